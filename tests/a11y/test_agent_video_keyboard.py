"""The expert's side of a video call through AT-SPI, by keyboard alone: the video offer
accepted, the call pane (its controls named, who is speaking shown in words, the call's
start read out), and the invite dialog (Add interpreter…). The real ``agent-desktop``
with synthetic devices against a real hub; the customer is a HubClient with a real
call engine on lavfi media."""

from __future__ import annotations

from typing import Any

from client_core.call import (
    CallEngine,
    CaptureSource,
    HubFrameSignaling,
    dispatch_frame,
    synthetic_audio,
    synthetic_video,
)
from hub_protocol import frames as p

from . import checks
from .checks import assert_named, assert_reading_order, tab_cycle
from .rig import AtSpi
from .test_agent_keyboard import (
    AGENT,
    _dialog,
    customer,
    go_available,
    sign_in_by_keyboard,
    start_agent,
)

PRECHECK = {"passed": True, "items": [{"item": "camera", "verdict": "ok"},
                                      {"item": "bandwidth", "verdict": "ok", "kbps": 5400}]}
CALL_CONTROLS = {"Mute", "Camera off", "Devices…", "Add interpreter…", "Hang up"}


def customer_engine(client: Any, conversation_id: str) -> CallEngine:
    async def send_frame(frame: dict[str, Any]) -> None:
        await client.send(p.RtcSignal(**frame))

    welcome = client.welcome
    engine = CallEngine(f"{welcome.role}:{welcome.user_id}", HubFrameSignaling(conversation_id, send_frame),
                        audio=CaptureSource(synthetic_audio(440.0)),
                        video=CaptureSource(synthetic_video(320, 240, 15)))
    client.add_listener(lambda f: dispatch_frame(engine, f) if isinstance(f, p.RtcSignalRelay) else None)
    return engine


async def test_video_call_and_invite_by_keyboard(atspi: AtSpi, hub: Any, programs: Any) -> None:
    hub.add_agent("anna", "correct horse", "--languages", "fi,sv,en")
    await start_agent(atspi, hub, programs)
    await sign_in_by_keyboard(atspi)
    await go_available(atspi)

    client, _frames = await customer(hub)
    engine: CallEngine | None = None
    try:
        conv = (await client.request(p.ChatStart(channel="video", language="fi"))).conversation_id
        engine = customer_engine(client, conv)
        await engine.start()
        await client.request(p.HandoffRequest(conversation_id=conv, precheck=PRECHECK))
        await atspi.until("the offer read out", lambda: checks.heard(atspi, "Incoming video"))
        mark = len(await atspi.announcements())
        await atspi.key("a", "Control_L", "Shift_L")

        # The call pane: its controls named, the customer's voice shown as words.
        await atspi.until("the call's controls", lambda: _call_live(atspi), timeout=30)
        await atspi.until("who is speaking", lambda: _tree_has(atspi, "Speaking: Maija"), timeout=20)
        await atspi.until("the call's start read out",
                          lambda: checks.heard(atspi, "Call with Maija", since=mark), timeout=10)
        tree = await atspi.tree(AGENT)
        assert_named(tree, "video call")
        order = await tab_cycle(atspi, AGENT, limit=60)
        assert CALL_CONTROLS <= {f["name"] for f in order}, checks.names(order)
        assert_reading_order(_call_part(order), "video call")

        # The invite dialog: by keyboard from the pane, named, in order; Escape keeps the call.
        await checks.focus_named(atspi, AGENT, "Add interpreter…", limit=60)
        await atspi.key("space")  # a button outside a dialog: Space presses it
        await atspi.until("the invite dialog", lambda: _dialog(atspi, "interpreter"))
        tree = await atspi.tree(AGENT)
        assert_named(tree, "invite")
        dialog = next(n for n in tree.find_all("dialog") if "interpreter" in n.name)
        assert dialog.find_all("list", "Signed-in colleagues"), dialog.dump()
        order = await tab_cycle(atspi, AGENT)
        assert "Cancel" in {f["name"] for f in order}, checks.names(order)
        assert_reading_order(order, "invite")
        await atspi.key("Escape")
        await atspi.until("the call pane again",
                          lambda: checks.focused_is(atspi, AGENT, "Add interpreter…"))
    finally:
        if engine is not None:
            await engine.hang_up()
        await client.close()


def _call_part(order: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The focus order from the first call control on, up to the first control that is
    not the call's: the pane's own order (the rest of the window is walked elsewhere)."""
    start = next(i for i, f in enumerate(order) if f["name"] == "Mute")
    rotated = order[start:] + order[:start]
    end = next((i for i, f in enumerate(rotated) if f["name"] not in CALL_CONTROLS), len(rotated))
    return rotated[:end]


async def _call_live(atspi: AtSpi) -> bool:
    tree = await atspi.tree(AGENT)
    hang_up = tree.find_all("push button", "Hang up")
    return bool(hang_up) and "enabled" in hang_up[0].states


async def _tree_has(atspi: AtSpi, text: str) -> bool:
    return bool((await atspi.tree(AGENT)).find_all(contains=text))
