"""What every screen must offer a screen-reader and keyboard user, checked on AT-SPI trees."""

from __future__ import annotations

from typing import Any

from .rig import App, AtSpi, Node

# Roles a user operates (AT-SPI role names as pyatspi spells them).
CONTROLS = {"push button", "toggle button", "check box", "radio button", "text", "password text",
            "combo box", "list", "table", "tree table", "spin button", "slider", "page tab",
            "menu item", "entry", "tree", "scroll bar"}


def unnamed_controls(tree: Node) -> list[Node]:
    """Showing controls a screen reader would announce only by their role."""
    return [n for n in tree.walk() if n.showing and n.role in CONTROLS - {"scroll bar"}
            and not n.name.strip() and not any(n.relations.get("labelled by", []))]


def assert_named(tree: Node, where: str) -> None:
    missing = unnamed_controls(tree)
    assert not missing, f"{where}: controls without a name: {missing}\n{tree.dump()}"


def assert_labels_plain(tree: Node, where: str) -> None:
    """Nothing shows markup (customer text is never rich text)."""
    for n in tree.walk():
        if n.showing and n.role == "label":
            assert "<" not in n.name or ">" not in n.name or "&lt;" not in n.name, (where, n)


async def tab_cycle(atspi: AtSpi, app: str, *, backwards: bool = False,
                    limit: int = 40) -> list[dict[str, Any]]:
    """Press Tab until the focus comes back where it started: the focus order."""
    start = await atspi.focus(app)
    assert start is not None, f"{app}: nothing has the keyboard focus"
    seen = [start]
    for _ in range(limit):
        if backwards:
            now = await atspi.focused_after(app, "Tab", "Shift_L")
        else:
            now = await atspi.focused_after(app, "Tab")
        assert now is not None, f"{app}: the focus got lost after {[s['name'] for s in seen]}"
        if same(now, start):
            return seen
        if (now["role"], now["name"]) == (start["role"], start["name"]):
            # Back where it started, but the page's layout moved meanwhile (a check
            # finishing, a picture arriving): walk the cycle once more from here.
            start, seen = now, [now]
            continue
        seen.append(now)
    raise AssertionError(f"{app}: Tab never came back to {start['name']!r}: {names(seen)}")


def same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return (a["role"], a["name"], a["extents"]) == (b["role"], b["name"], b["extents"])


def names(focus: list[dict[str, Any]]) -> list[str]:
    return [f"{f['role']}:{f['name']}" for f in focus]


def reading_order_breaks(order: list[dict[str, Any]], rtl: bool = False) -> list[tuple[str, str]]:
    """Steps of the focus order that go against the reading order (top to bottom,
    then along the line: left to right, or right to left in Sorani)."""
    breaks = []
    for a, b in zip(order, order[1:], strict=False):
        if same(a, b):
            continue  # Tab through one control's parts (a date's day, month, year)
        ax, ay, aw, ah = a["extents"]
        bx, by, bw, bh = b["extents"]
        same_line = by < ay + ah and ay < by + bh  # they overlap vertically
        if same_line:
            forward = (bx + bw / 2 < ax + aw / 2) if rtl else (bx + bw / 2 > ax + aw / 2)
        else:
            forward = by >= ay + ah / 2
        if not forward:
            breaks.append((a["name"], b["name"]))
    return breaks


def assert_reading_order(order: list[dict[str, Any]], where: str, rtl: bool = False) -> None:
    """The focus order follows the reading order, with one wrap from the end to the start."""
    breaks = reading_order_breaks(order, rtl)
    assert len(breaks) <= 1, f"{where}: focus order against the reading order at {breaks}: {names(order)}"


def focusable_showing(tree: Node) -> list[Node]:
    return [n for n in tree.walk() if n.showing and "focusable" in n.states
            and "enabled" in n.states and n.role in CONTROLS]


async def focus_named(atspi: AtSpi, app: str, name: str, *, backwards: bool = False,
                      limit: int = 30, contains: bool = False) -> dict[str, Any]:
    """Tab (or Shift+Tab) to the control called ``name``."""
    seen = []
    for _ in range(limit):
        now = await atspi.focus(app)
        if now is not None and (name in now["name"] if contains else now["name"] == name):
            return now
        seen.append(now and now["name"])
        await atspi.key("Tab", *(("Shift_L",) if backwards else ()))
    raise AssertionError(f"Tab never reached {name!r}: {seen}")


async def focused_is(atspi: AtSpi, app: str, name: str, *, contains: bool = False) -> bool:
    focus = await atspi.focus(app)
    return focus is not None and (name in focus["name"] if contains else focus["name"] == name)


async def heard(atspi: AtSpi, part: str, since: int = 0) -> bool:
    """Was something containing ``part`` announced (after the first ``since``)?"""
    return any(part in a for a in (await atspi.announcements())[since:])


async def on_bus(atspi: AtSpi, app: App) -> bool:
    if app.proc.poll() is not None:
        raise AssertionError(f"{app.name} exited: {app.log.read_text()[-3000:]}")
    return app.name in await atspi.apps()
