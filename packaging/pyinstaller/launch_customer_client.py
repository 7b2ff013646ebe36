"""PyInstaller entry script for the `customer-client` console script (customer_client.app:main).

A spec needs a file to start from; this mirrors the console-script wrapper.
"""

import sys

from customer_client.app import main

if __name__ == "__main__":
    sys.exit(main())
