"""The agent desktop at 200 % text size through AT-SPI: the sign-in and the workspace
with a chat open. No unnamed controls, every showing control whole inside its window
(not cut off at an edge), every focusable control reachable by Tab."""

from __future__ import annotations

from typing import Any

from . import checks
from .checks import assert_named, tab_cycle
from .rig import AtSpi, Node
from .test_agent_keyboard import AGENT, accept_a_chat, customer, sign_in_by_keyboard, start_agent


def clipped(tree: Node) -> list[tuple[Node, Any]]:
    """Showing controls that reach outside their window or have no size: what a
    sighted user at 200 % would not see whole."""
    out = []
    for window in tree.children:
        if not window.showing or window.extents is None:
            continue
        wx, wy, ww, wh = window.extents
        for n in window.walk():
            if not n.showing or n.role not in checks.CONTROLS or n.extents is None:
                continue
            x, y, w, h = n.extents
            if w <= 0 or h <= 0 or x < wx or y < wy or x + w > wx + ww or y + h > wy + wh:
                out.append((n, n.extents))
    return out


async def assert_whole_and_reachable(atspi: AtSpi, where: str) -> None:
    tree = await atspi.tree(AGENT)
    assert_named(tree, where)
    cut = clipped(tree)
    assert not cut, f"{where}: controls cut off at 200 %: {cut}\n{tree.dump()}"
    order = await tab_cycle(atspi, AGENT, limit=80)
    reached = {(f["role"], f["name"]) for f in order}
    tree = await atspi.tree(AGENT)
    missing = [n for n in checks.focusable_showing(tree) if (n.role, n.name) not in reached
               and n.role not in {"list item", "page tab", "scroll bar"}]
    assert not missing, f"{where}: not reachable by Tab: {missing}; Tab went {checks.names(order)}"


async def test_agent_desktop_at_200_percent(atspi: AtSpi, hub: Any, programs: Any) -> None:
    hub.add_agent("anna", "correct horse", "--languages", "fi,sv,en", "--channels", "chat")
    await start_agent(atspi, hub, programs, "--text-size", "200")
    await assert_whole_and_reachable(atspi, "sign-in at 200 %")
    await sign_in_by_keyboard(atspi)
    # The workspace starts on the status (not on an unnamed container, which the
    # walk once started from).
    await atspi.until("the status focused", lambda: checks.focused_is(atspi, AGENT, "Away"))
    await assert_whole_and_reachable(atspi, "workspace at 200 %")

    # Available (chat only: no device check), a chat accepted: the conversation's screen.
    await atspi.key("s", "Alt_L")
    await atspi.key("Up")
    await atspi.until("Available", lambda: checks.focused_is(atspi, AGENT, "Available"))
    client, _frames = await customer(hub)
    try:
        conv = await accept_a_chat(atspi, client)
        await client.send_chat(conv, "hei, tarvitsen apua", "c-1")
        await atspi.until("the message read out", lambda: checks.heard(atspi, "tarvitsen apua"))
        await assert_whole_and_reachable(atspi, "conversation at 200 %")
    finally:
        await client.close()
