"""Qt models (thin adapters over agent_desktop.domain) and views."""

import sys

if sys.version_info < (3, 12):  # pragma: no cover - depends on the interpreter
    # PySide6 6.12 on Python 3.11 drops a reference to None on every call of a
    # void QPainter method (setPen, setBrush, drawRoundedRect, setFont... - see
    # bench/desktop.py history); after ~100k paints Python aborts with
    # "deallocating None". Python 3.12 made None immortal; do the same here so a
    # workstation that runs all day cannot crash. Remove when PySide6 is fixed.
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
