"""The expert's video pane against a real hub process: device check, a real call with
a customer-side engine (lavfi media), controls, an interpreter joining, hang-up."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog

from agent_desktop.qt.conversation_view import ConversationView
from agent_desktop.qt.dialogs import WrapUpDialog
from agent_desktop.qt.invite_dialog import InviteDialog
from client_core.call import (
    CallEngine,
    CallMedia,
    CallState,
    CaptureSource,
    HubFrameSignaling,
    camera_spec,
    dispatch_frame,
    synthetic_audio,
    synthetic_video,
)
from client_core.hub_client import HubClient
from hub_protocol import frames as p
from tests.agent_desktop.conftest import FAST_RECONNECT, Aio
from tests.agent_desktop.helpers import go_available, make_window, sign_in
from tests.hubkit import FrameLog

SMALL_AGENT_MEDIA = CallMedia(synthetic_video(320, 240, 15, pattern="testsrc2"), synthetic_audio(330.0),
                              synthetic=True)
PRECHECK = {"passed": True, "items": [{"item": "camera", "verdict": "ok"},
                                      {"item": "bandwidth", "verdict": "ok", "kbps": 5400}]}


class Party:
    """A hub client with a call engine on it (the customer, or an interpreter)."""

    def __init__(self, aio: Aio, url: str, token: str, pattern: str) -> None:
        self.aio = aio
        self.client = HubClient(url, token, **FAST_RECONNECT)
        self.log = FrameLog(self.client)
        aio.run(self.client.start())
        self.pattern = pattern
        self.engine: CallEngine | None = None

    @property
    def ref(self) -> str:
        welcome = self.client.welcome
        assert welcome is not None
        return f"{welcome.role}:{welcome.user_id}"

    def make_engine(self, conversation_id: str) -> CallEngine:
        async def send_frame(frame: dict[str, Any]) -> None:
            await self.client.send(p.RtcSignal(**frame))

        engine = CallEngine(self.ref, HubFrameSignaling(conversation_id, send_frame),
                            audio=CaptureSource(synthetic_audio(440.0)),
                            video=CaptureSource(synthetic_video(320, 240, 15, pattern=self.pattern)))
        self.client.add_listener(lambda f: dispatch_frame(engine, f) if isinstance(f, p.RtcSignalRelay) else None)
        self.engine = engine
        return engine

    def close(self) -> None:
        if self.engine is not None:
            self.aio.run(self.engine.hang_up())
        self.aio.run(self.client.close())


def call_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("capture-")]


def call_tasks(loop: asyncio.AbstractEventLoop) -> list[asyncio.Task[Any]]:
    marks = ("aiortc", "aioice", "client_core/call")
    return [t for t in asyncio.all_tasks(loop) if not t.done()
            and any(m in t.get_coro().cr_code.co_filename for m in marks)]


def test_video_call_in_the_pane(hub_process: Any, aio: Aio, qtbot: Any, tmp_path: Path) -> None:
    hub_process.add_agent("anna")
    hub_process.add_agent("ilse")
    window = make_window(hub_process, tmp_path, qtbot)
    window.expert_devices.media = SMALL_AGENT_MEDIA
    window.resize(1400, 900)
    sign_in(aio, window)
    # Anna serves video: choosing Available runs the device check first (lavfi passes).
    go_available(aio, window)
    assert window.desk is not None and window.desk.devices_checked
    assert not window.channels_note.isVisible()

    customer = Party(aio, hub_process.ws_url, hub_process.customer_token("cust-5", "Maija"), "color=c=red")
    conv = aio.run(customer.client.request(p.ChatStart(channel="video", language="fi"))).conversation_id
    c_engine = customer.make_engine(conv)
    aio.run(c_engine.start())
    aio.run(customer.client.request(p.HandoffRequest(conversation_id=conv, precheck=PRECHECK)))
    aio.until(lambda: window.offer_card.isVisible(), what="the video offer")
    window.offer_card.accept_current()
    aio.until(lambda: conv in window.views, what="the conversation tab")
    view = window.views[conv]
    assert isinstance(view, ConversationView) and view.video is not None
    pane = view.video
    assert pane.precheck.tree.model().rowCount() >= 2  # the report beside the video

    # The customer's red picture on the stage, our own picture in the corner, figures on top.
    aio.until(lambda: pane.view.remote.pushed >= 10 and pane.view.local.pushed >= 5, timeout=20,
              what="remote and own video in the pane")
    shown = pane.view.remote_view.videoSink().videoFrame()
    assert shown.isValid() and (shown.width(), shown.height()) == (320, 240)
    pixel = shown.toImage().pixelColor(160, 120)
    assert pixel.red() > 200 and pixel.green() < 60 and pixel.blue() < 60
    aio.until(lambda: "kbit/s" in pane.view.stats_label.text(), timeout=5, what="stats overlay")
    assert "Maija" in pane.status_label.text()
    assert pane.call_signals is not None and pane.call_signals.players  # voice on a RemoteAudioPlayer
    # Her tone is her voice: who is speaking is shown under the picture (EN 301 549 6.5.6).
    aio.until(lambda: "Speaking: Maija" in pane.speaking_label.text(), timeout=10,
              what="the customer speaking")

    pane.mute.click()
    pane.camera.click()
    engine = pane.call.engine
    assert engine is not None and engine.controls.muted
    aio.until(lambda: not engine.controls.camera_enabled, what="camera off")
    assert pane.mute.text() == "Unmute" and pane.camera.text() == "Camera on"
    pane.camera.click()
    aio.until(lambda: engine.controls.camera_enabled, what="camera back on")

    # The customer's line turns too thin for a picture: their engine pauses it and
    # keeps the sound; the expert is told in words, which go when it is good again.
    assert not pane.quality_label.isVisible()
    c_send = c_engine.peers[f"agent:{window.desk.client.welcome.user_id}"].sendside  # type: ignore[union-attr]
    c_send.estimate.kbps = c_send.estimate.min_kbps
    aio.until(lambda: pane.quality_label.isVisible(), timeout=10, what="quality notice")
    assert pane.quality_label.text() == ("The customer's connection is weak: their picture is "
                                         "paused, sound continues.")
    # The line recovers: the picture comes back (small at first, growing as the line proves
    # it carries more), and the notice no longer says it is paused.
    paused = pane.quality_label.text()
    pushed = pane.view.remote.pushed
    c_send.estimate.kbps, c_send.chooser.index = 900.0, 2
    aio.until(lambda: pane.view.remote.pushed > pushed + 10, timeout=10, what="picture back")
    aio.until(lambda: pane.quality_label.text() != paused or not pane.quality_label.isVisible(),
              timeout=10, what="the paused notice gone")

    # An interpreter joins: Anna picks her in the invite dialog; she calls everyone.
    interpreter = Party(aio, hub_process.ws_url, aio.run(_agent_token(hub_process, "ilse")), "color=c=blue")
    aio.until(lambda: any(c.display_name == "Ilse" for c in window.desk.colleagues),  # type: ignore[union-attr]
              what="Ilse in the colleagues list")
    assert window.desk.display_name not in {c.display_name for c in window.desk.colleagues}  # type: ignore[union-attr]

    def pick_ilse(dialog: QDialog) -> int:
        assert isinstance(dialog, InviteDialog)
        dialog.list.setCurrentRow(0)
        return QDialog.DialogCode.Accepted

    window.run_dialog = pick_ilse
    assert pane.invite.isEnabled()
    pane.invite.click()
    invited = aio.run(interpreter.log.wait_for(p.ConversationInvited, conversation_id=conv))
    i_engine = interpreter.make_engine(conv)
    for peer in invited.participants:
        aio.run(i_engine.call(peer))
    aio.until(lambda: interpreter.ref in pane.tiles, timeout=20, what="the interpreter's tile")
    tile = pane.tiles[interpreter.ref][1]
    aio.until(lambda: tile.remote.pushed >= 5, timeout=10, what="interpreter's picture in the tile")
    assert pane.tiles[interpreter.ref][2].text() == "Ilse"
    aio.until(lambda: "Ilse" in pane.speaking_label.text(), timeout=10, what="Ilse speaking")
    aio.run(i_engine.hang_up())
    aio.until(lambda: interpreter.ref not in pane.tiles, what="the tile to go when she leaves")
    aio.run(interpreter.client.request(p.ConversationLeave(conversation_id=conv)))

    # Hang up ends the call, not the conversation: devices, threads and tasks are released.
    pane.hang_up_button.click()
    aio.run(pane.call.wait_closed())  # type: ignore[union-attr]
    aio.run(c_engine.wait_for(CallState.ENDED, timeout=5))
    aio.run(c_engine.wait_closed())
    aio.sleep(0.3)  # aiortc's close callbacks run a few loop turns later
    assert not call_threads(), call_threads()
    assert not call_tasks(aio.loop), call_tasks(aio.loop)
    assert "wrap-up" in pane.status_label.text() and view.end_button.isEnabled()

    def fill_wrap_up(dialog: QDialog) -> int:
        assert isinstance(dialog, WrapUpDialog)
        return QDialog.DialogCode.Accepted

    window.run_dialog = fill_wrap_up
    view.end_button.click()
    aio.until(lambda: conv not in window.views, what="the tab to close after wrap-up")
    interpreter.close()
    customer.close()
    aio.run(window.sign_out())  # as quitting does: the hub connection closed, not left to the collector


def test_failed_device_check_offers_chat_only(hub_process: Any, aio: Aio, qtbot: Any, tmp_path: Path) -> None:
    hub_process.add_agent("anna")
    window = make_window(hub_process, tmp_path, qtbot)
    window.expert_devices.media = CallMedia(camera_spec("/dev/video-missing", platform="linux"),
                                            synthetic_audio())
    sign_in(aio, window)
    combo = window.status.combo
    combo.setCurrentIndex(combo.findData("available"))
    combo.activated.emit(combo.currentIndex())
    aio.until(lambda: window.device_check is not None and window.device_check.chat_only.isVisible(),
              what="the failed check's choices")
    dialog = window.device_check
    assert dialog.question.isVisible()  # the speakers are checked too: did the expert hear it?
    assert "camera" in dialog.results["camera"].text().lower()
    assert dialog.results["mic"].text() == "Works."
    dialog.chat_only.click()
    aio.until(lambda: window.status.state == "available", what="available for chat")
    assert window.desk is not None and window.desk.wanted_channels == ["chat"]
    assert not window.desk.devices_checked and window.channels_note.isVisible()
    aio.run(window.sign_out())


async def _agent_token(hub_process: Any, username: str) -> str:
    import aiohttp

    async with aiohttp.ClientSession() as session, session.post(
        f"{hub_process.http_url}/api/login", json={"username": username, "password": "correct horse"}
    ) as resp:
        return (await resp.json())["token"]
