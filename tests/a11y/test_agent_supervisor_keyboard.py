"""The supervisor's screens of the agent desktop through AT-SPI, by keyboard alone:
the trial-metrics window (Ctrl+Shift+M) and the supervisor console (Ctrl+Shift+W).
The real ``agent-desktop`` signed in as a supervisor against a real hub."""

from __future__ import annotations

from typing import Any

from . import checks
from .checks import assert_named, assert_reading_order, tab_cycle
from .rig import AtSpi
from .test_agent_keyboard import AGENT, _dialog, sign_in_by_keyboard, start_agent

CONSOLE = "Supervisor console"
# The console in reading order: the board's column (queues, experts, the state of the
# chosen expert), then the served conversations and what to do with the chosen one.
CONSOLE_ORDER = ["table:Queues", "table:Experts", "push button:Set the expert's state",
                 "table:Conversations being served", "push button:Monitor", "push button:Take over",
                 "push button:Reassign…"]


async def _window(atspi: AtSpi, part: str) -> bool:
    """A top-level window (a screen reader's "frame") whose title has ``part``."""
    tree = await atspi.tree(AGENT)
    return any(part in n.name for n in tree.children if n.role == "frame" and n.showing)


async def _no_dialog(atspi: AtSpi, part: str) -> bool:
    return not await _dialog(atspi, part)


async def test_metrics_window_and_supervisor_console_by_keyboard(
        atspi: AtSpi, hub: Any, programs: Any) -> None:
    hub.add_agent("sofia", "correct horse", "--languages", "fi,sv,en", "--supervisor")
    await start_agent(atspi, hub, programs)
    await sign_in_by_keyboard(atspi, "sofia")

    # The trial metrics: a dialog, every control named, Tab in reading order; Escape closes.
    await atspi.key("m", "Control_L", "Shift_L")
    await atspi.until("the metrics window", lambda: _dialog(atspi, "metrics"), timeout=20)
    await atspi.until("the figures shown", lambda: _metrics_loaded(atspi), timeout=20)
    tree = await atspi.tree(AGENT)
    assert_named(tree, "trial metrics")
    order = await tab_cycle(atspi, AGENT)
    assert len(order) >= 4 and all(f["name"] for f in order), checks.names(order)
    assert_reading_order(order, "trial metrics")
    await atspi.key("Escape")
    await atspi.until("the metrics window closed", lambda: _no_dialog(atspi, "metrics"))

    # The console: a window of its own (not a nameless filler), its tables let Tab go on.
    await atspi.key("w", "Control_L", "Shift_L")
    await atspi.until("the supervisor console", lambda: _window(atspi, CONSOLE), timeout=20)
    await atspi.until("the focus in the console", lambda: _focused_in_console(atspi))
    tree = await atspi.tree(AGENT)
    assert_named(tree, "supervisor console")
    order = await tab_cycle(atspi, AGENT)
    assert checks.names(order) == CONSOLE_ORDER, checks.names(order)
    assert_reading_order(order, "supervisor console")


async def _metrics_loaded(atspi: AtSpi) -> bool:
    tree = await atspi.tree(AGENT)
    dialog = next(n for n in tree.find_all("dialog") if "metrics" in n.name)
    return bool(dialog.find_all("table"))


async def _focused_in_console(atspi: AtSpi) -> bool:
    focus = await atspi.focus(AGENT)
    return focus is not None and focus["name"] in {"Queues", "Experts"}
