"""The customer's video call: one shared ``ConversationCall`` per conversation, on the stage.

The serving expert calls the customer (peer id ``customer:<user id>``) and the
customer's engine answers; an interpreter the expert invites calls everyone.
What is the customer's own: the call starts when the conversation becomes
active and waits to be called, and the stage shows the peer that connected
first (the expert) while the others are heard.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from client_core.call import LocalMedia
from client_core.conversation.call import ConversationCall
from client_core.qt.call_signals import CallSignals
from client_core.qt.speaking import SpeakingWatcher

from ..services.customer_visit import CustomerVisit


class CallController(QObject):
    stateChanged = Signal(str)  # CallState value of the whole call
    remoteVideo = Signal(object)  # FrameFanout of the stage peer's picture, or None
    localVideo = Signal(object)  # FrameFanout of our own picture
    deviceProblem = Signal(str, str)  # (device kind, CallError code)
    qualityChanged = Signal(str)  # the stage peer's client_core.call.Quality value
    failed = Signal(str)  # a CallError code
    speakingChanged = Signal(bool, bool)  # (the expert on the stage, another peer) speaking

    def __init__(self, visit: CustomerVisit, media: LocalMedia,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.visit = visit
        self.media = media
        self.call: ConversationCall | None = None
        self.signals: CallSignals | None = None
        self.speaking: SpeakingWatcher | None = None
        self.stage_peer: str | None = None
        visit.events.rtc_signal.connect(self._on_signal)

    async def start(self) -> None:
        """Open the devices and wait for the expert's call (answered by the engine)."""
        if self.call is not None or self.visit.conversation_id is None:
            return
        call = ConversationCall(self.visit.conversation_id, self.visit.my_ref or "customer",
                                self.visit.send_rtc, self.media, network=self.visit.call_network)
        self.call, self.signals = call, CallSignals(call, self)
        self.speaking = SpeakingWatcher(call, self)
        self.signals.stateChanged.connect(self.stateChanged)
        self.signals.deviceProblem.connect(self.deviceProblem)
        self.signals.failed.connect(self.failed)
        self.signals.qualityChanged.connect(self._on_quality)
        self.signals.peersChanged.connect(self._show_stage)
        self.signals.peersChanged.connect(self.speaking.refresh)
        self.speaking.speakingChanged.connect(self._speaking)
        await call.start()
        if not call.receive_only and call.engine is not None:
            self.localVideo.emit(call.engine.local_preview)

    def _on_signal(self, frame: Any) -> None:
        if self.call is not None:
            self.call.on_signal(frame)

    def _on_quality(self, peer: str, quality: str) -> None:
        # What the customer sees is the stage (the expert); others are only heard.
        if peer == (self.stage_peer or peer):
            self.qualityChanged.emit(quality)

    def _show_stage(self) -> None:
        call = self.call
        peer = call.stage_peer() if call is not None else None
        if peer == self.stage_peer:
            return
        self.stage_peer = peer
        remote = call.remote(peer) if call is not None and peer is not None else None
        self.remoteVideo.emit(remote.video if remote is not None else None)

    def _speaking(self, _peer: str, _speaking: bool) -> None:
        watcher = self.speaking
        now = watcher.speaking() if watcher is not None else []
        self.speakingChanged.emit(self.stage_peer in now,
                                  any(p != self.stage_peer for p in now))

    def set_muted(self, muted: bool) -> None:
        if self.call is not None:
            self.call.set_muted(muted)

    async def set_camera(self, enabled: bool) -> None:
        if self.call is not None:
            await self.call.set_camera(enabled)

    def stop_audio(self) -> None:
        if self.signals is not None:
            self.signals.stop_audio()

    async def hang_up(self) -> None:
        """Bye to every peer; devices, connections and tasks are released."""
        signals, self.signals, self.call, self.stage_peer = self.signals, None, None, None
        if self.speaking is not None:
            self.speaking.stop()
            self.speaking.deleteLater()
            self.speaking = None
            self.speakingChanged.emit(False, False)
        if signals is not None:
            signals.dispose()
            await signals.hang_up()
            signals.deleteLater()
