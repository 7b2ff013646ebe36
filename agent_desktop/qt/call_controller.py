"""One video conversation's call: the engine over the hub's signaling, remote audio.

The serving expert calls the customer (``customer:<sub>``), as the customer
client expects; an invited interpreter calls everyone already in the call.
Incoming offers (a newcomer calling us) are answered by the engine itself.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
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

log = logging.getLogger(__name__)

SendFrame = Callable[[dict[str, Any]], Awaitable[None]]


class AgentCall(QObject):
    stateChanged = Signal(str)  # the whole call's CallState value
    peersChanged = Signal()  # a peer connected or left: views re-bind
    deviceProblem = Signal(str)  # error class name; the call goes on receive-only

    def __init__(self, conversation_id: str, local_id: str, send_frame: SendFrame, media: CallMedia,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conversation_id = conversation_id
        self.local_id = local_id
        self.media = media
        self.engine: CallEngine | None = None
        self.players: dict[str, RemoteAudioPlayer] = {}
        self._send_frame = send_frame

    @property
    def state(self) -> CallState:
        return self.engine.state if self.engine is not None else CallState.IDLE

    @property
    def active(self) -> bool:
        return self.engine is not None and self.engine.state not in TERMINAL

    def connected_peers(self) -> list[str]:
        if self.engine is None:
            return []
        return [p for p, s in self.engine.peers.items() if s.state is CallState.CONNECTED]

    def shown_peers(self) -> list[str]:
        """Peers whose picture stays on screen: connected, or reconnecting (last frame held)."""
        if self.engine is None:
            return []
        return [p for p, s in self.engine.peers.items()
                if s.state in (CallState.CONNECTED, CallState.RECONNECTING)]

    def _new_engine(self, with_devices: bool) -> CallEngine:
        m = self.media
        engine = CallEngine(
            self.local_id, HubFrameSignaling(self.conversation_id, self._send_frame),
            audio=CaptureSource(m.microphone) if with_devices and m.microphone else None,
            video=CaptureSource(m.camera) if with_devices and m.camera else None,
        )
        engine.add_listener(self._on_event)
        return engine

    async def start(self, call: list[str]) -> None:
        """Open the devices and offer a connection to each peer in ``call``."""
        if self.engine is not None:
            return
        self.engine = self._new_engine(with_devices=True)
        try:
            await self.engine.start()
        except CallError as exc:
            # A broken camera must not cost the customer their appointment: go on
            # receive-only, tell the expert, who can still talk over chat.
            log.warning("call devices: %s", exc)
            self.deviceProblem.emit(type(exc).__name__)
            self.engine = self._new_engine(with_devices=False)
            await self.engine.start()
        for peer in call:
            await self.engine.call(peer)

    def on_signal(self, frame: Any) -> None:
        """A hub ``rtc.signal`` relay (RtcSignalRelay) for this conversation."""
        if self.engine is not None and frame.conversation_id == self.conversation_id:
            dispatch_frame(self.engine, frame)

    def _on_event(self, event: CallEvent) -> None:
        if event.peer_id is None:
            self.stateChanged.emit(event.state.value)
            return
        if event.state is CallState.CONNECTED and self.engine is not None:
            remote = self.engine.remote(event.peer_id)
            if remote is not None and event.peer_id not in self.players:
                player = RemoteAudioPlayer(parent=self)
                player.start(remote.audio)
                self.players[event.peer_id] = player
        elif event.state in TERMINAL:
            player = self.players.pop(event.peer_id, None)
            if player is not None:
                player.stop()
        self.peersChanged.emit()

    def set_muted(self, muted: bool) -> None:
        if self.engine is not None:
            self.engine.set_muted(muted)

    async def set_camera(self, enabled: bool) -> None:
        if self.engine is not None:
            await self.engine.set_camera_enabled(enabled)

    async def hang_up(self) -> None:
        """Bye to every peer, then devices, connections and tasks are released."""
        for player in self.players.values():
            player.stop()
        self.players.clear()
        if self.engine is not None:
            await self.engine.hang_up()
