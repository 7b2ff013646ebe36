"""PyInstaller entry script for the `agent-desktop` console script (agent_desktop.app:main).

A spec needs a file to start from; this mirrors the console-script wrapper.
"""

import sys

from agent_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
