"""The video call on the client_core call engine, wired to the hub session.

Convention shared with the agent desktop: the serving expert calls the
customer (peer id ``customer:<user id>``) and the customer's engine answers;
an invited interpreter calls everyone already in the call, and is answered the
same way. Signals travel as ``rtc.signal`` frames through the hub; media goes
peer to peer. Each connected peer's voice plays on a shared
``RemoteAudioPlayer``; the stage shows the first peer that connected (the
expert), the others are heard.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from client_core.call import (
    CallEngine,
    CallError,
    CallEvent,
    CallMedia,
    CallState,
    CaptureSource,
    HubFrameSignaling,
    dispatch_frame,
)
from client_core.call.states import TERMINAL
from client_core.qt.audio_output import RemoteAudioPlayer

from .session import CustomerSession

log = logging.getLogger(__name__)


class CallController(QObject):
    stateChanged = Signal(str)  # CallState value of the whole call
    remoteVideo = Signal(object)  # FrameFanout of the stage peer's picture, or None
    localVideo = Signal(object)  # FrameFanout of our own picture
    deviceProblem = Signal(str)

    def __init__(self, session: CustomerSession, media: CallMedia,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.media = media
        self.engine: CallEngine | None = None
        self.players: dict[str, RemoteAudioPlayer] = {}
        self.stage_peer: str | None = None
        session.rtcSignal.connect(self._on_signal)

    async def start(self) -> None:
        """Open the devices and wait for the expert's call (answered by the engine)."""
        if self.engine is not None or self.session.conversation_id is None:
            return
        self.engine = self._new_engine(with_devices=True)
        try:
            await self.engine.start()
        except CallError as exc:
            # The expert can still see nothing but hear nothing either: go on receive-only
            # and say so; the text chat beside the video still works.
            log.warning("call devices: %s", exc)
            self.deviceProblem.emit(type(exc).__name__)
            self.engine = self._new_engine(with_devices=False)
            await self.engine.start()
            return
        self.localVideo.emit(self.engine.local_preview)

    def _new_engine(self, with_devices: bool) -> CallEngine:
        assert self.session.conversation_id is not None
        m = self.media
        engine = CallEngine(
            self.session.my_ref or "customer",
            HubFrameSignaling(self.session.conversation_id, self.session.send_rtc),
            audio=CaptureSource(m.microphone) if with_devices and m.microphone else None,
            video=CaptureSource(m.camera) if with_devices and m.camera else None,
        )
        engine.add_listener(self._on_event)
        return engine

    def _on_signal(self, frame: Any) -> None:
        if self.engine is not None and frame.conversation_id == self.session.conversation_id:
            dispatch_frame(self.engine, frame)

    def _on_event(self, event: CallEvent) -> None:
        engine = self.engine
        if event.peer_id is None:
            self.stateChanged.emit(event.state.value)
            return
        if engine is None:
            return
        peer = event.peer_id
        if event.state is CallState.CONNECTED:
            remote = engine.remote(peer)
            if remote is not None and peer not in self.players:
                player = RemoteAudioPlayer(parent=self)
                player.start(remote.audio)
                self.players[peer] = player
            if self.stage_peer is None and remote is not None:
                self.stage_peer = peer
                self.remoteVideo.emit(remote.video)
        elif event.state in TERMINAL:
            player = self.players.pop(peer, None)
            if player is not None:
                player.stop()
            if peer == self.stage_peer:
                self._next_on_stage(engine)

    def _next_on_stage(self, engine: CallEngine) -> None:
        connected = [p for p, s in engine.peers.items() if s.state is CallState.CONNECTED]
        self.stage_peer = connected[0] if connected else None
        remote = engine.remote(self.stage_peer) if self.stage_peer else None
        self.remoteVideo.emit(remote.video if remote is not None else None)

    def set_muted(self, muted: bool) -> None:
        if self.engine is not None:
            self.engine.set_muted(muted)

    async def set_camera(self, enabled: bool) -> None:
        if self.engine is not None:
            await self.engine.set_camera_enabled(enabled)

    def stop_audio(self) -> None:
        for player in self.players.values():
            player.stop()
        self.players.clear()

    async def hang_up(self) -> None:
        """Bye to every peer; devices, connections and tasks are released."""
        self.stop_audio()
        self.stage_peer = None
        engine, self.engine = self.engine, None
        if engine is not None:
            await engine.hang_up()  # also releases the devices when no peer ever joined
