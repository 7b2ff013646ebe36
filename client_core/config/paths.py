"""Where read-only resources are, from a source checkout and from a bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` tree: beside the packages in a checkout, in _MEIPASS in a bundle.

    The PyInstaller specs copy resources/ to <bundle>/_internal/resources
    (Contents/Resources/resources on macOS), which is sys._MEIPASS/resources.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
