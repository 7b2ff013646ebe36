"""Save a PNG of the whole X11 screen ($DISPLAY): the demo's --screenshots.

    .venv/bin/python scripts/grab_screen.py OUT.png
    .venv/bin/python scripts/grab_screen.py --check      # can the screen be grabbed here?

Qt's own grab through its xcb platform plugin (already installed with the
apps), so no screenshot tool such as ImageMagick is needed. Wayland does not
let a program read the screen: there it says so and exits with status 1.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    if not os.environ.get("DISPLAY"):
        print("cannot grab the screen: no X11 display ($DISPLAY is not set; Wayland is not supported)",
              file=sys.stderr)
        return 1
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([argv[0], "-platform", "xcb"])
    screen = app.primaryScreen()
    image = screen.grabWindow(0) if screen is not None else None
    if image is None or image.isNull():
        print(f"cannot grab the screen of display {os.environ['DISPLAY']}", file=sys.stderr)
        return 1
    if argv[1] != "--check" and not image.save(argv[1], "PNG"):
        print(f"cannot write {argv[1]}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
