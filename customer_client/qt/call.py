"""The video call on the client_core call engine, wired to the hub session.

The service expert's desktop calls the customer (peer id ``customer:<user id>``);
the customer's engine answers. Signals travel as ``rtc.signal`` frames through
the hub; media goes peer to peer.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from client_core.call import (
    CallEngine,
    CallError,
    CallEvent,
    CallState,
    CaptureSource,
    HubFrameSignaling,
)

from .media import MediaConfig, RemoteAudio
from .session import CustomerSession

log = logging.getLogger(__name__)


class CallController(QObject):
    stateChanged = Signal(str)  # CallState value
    remoteVideo = Signal(object)  # FrameFanout of the expert's picture
    localVideo = Signal(object)
    deviceProblem = Signal(str)

    def __init__(self, session: CustomerSession, media: MediaConfig,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.media = media
        self.engine: CallEngine | None = None
        self.audio = RemoteAudio(self)
        session.rtcSignal.connect(self._on_signal)

    async def start(self) -> None:
        if self.engine is not None or self.session.conversation_id is None:
            return
        signaling = HubFrameSignaling(self.session.conversation_id, self.session.send_rtc)
        self.engine = CallEngine(
            self.session.my_ref or "customer",
            signaling,
            audio=CaptureSource(self.media.microphone) if self.media.microphone else None,
            video=CaptureSource(self.media.camera) if self.media.camera else None,
        )
        self.engine.add_listener(self._on_event)
        try:
            await self.engine.start()
        except CallError as exc:
            log.warning("call devices: %s", exc)
            self.deviceProblem.emit(type(exc).__name__)
            return
        self.localVideo.emit(self.engine.local_preview)

    def _on_signal(self, frame: Any) -> None:
        if self.engine is not None:
            self.engine.on_signal(frame.kind, dict(frame.payload), frame.sender)

    def _on_event(self, event: CallEvent) -> None:
        if event.peer_id is not None and event.state is CallState.CONNECTED and self.engine:
            remote = self.engine.remote(event.peer_id)
            if remote is not None:
                self.remoteVideo.emit(remote.video)
                self.audio.bind(remote.audio)
        if event.peer_id is None:
            self.stateChanged.emit(event.state.value)

    def set_muted(self, muted: bool) -> None:
        if self.engine is not None:
            self.engine.set_muted(muted)

    async def set_camera(self, enabled: bool) -> None:
        if self.engine is not None:
            await self.engine.set_camera_enabled(enabled)

    async def hang_up(self) -> None:
        self.audio.unbind()
        engine, self.engine = self.engine, None
        if engine is not None:
            await engine.hang_up()  # also releases the devices when no peer ever joined
