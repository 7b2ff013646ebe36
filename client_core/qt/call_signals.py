"""The Qt face of a ``ConversationCall``: its events as signals, each peer's voice played.

Both apps' call views connect to these signals; the rules (devices, fallback,
signaling, who is on the stage) stay in ``client_core.conversation.call``.
When the call's media are the app's ``CallDevices``, each voice plays on the
chosen speaker and feeds the echo canceller's reference (and moves when the
user picks another speaker); otherwise on the system's default output.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from client_core.call import CallState, Quality
from client_core.call.states import TERMINAL
from client_core.conversation.call import ConversationCall

from .audio_output import RemoteAudioPlayer
from .call_devices import CallDevices


class CallSignals(QObject):
    stateChanged = Signal(str)  # the whole call's CallState value
    peersChanged = Signal()  # a peer connected, reconnects or left: views re-bind
    deviceProblem = Signal(str, str)  # (device kind, CallError code); the call goes on without it
    qualityChanged = Signal(str, str)  # peer, client_core.call.Quality value ("good": hide)
    failed = Signal(str)  # why the call failed: a CallError code (e.g. "turn_auth")

    def __init__(self, call: ConversationCall, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.call = call
        self.devices = call.media if isinstance(call.media, CallDevices) else None
        self.players: dict[str, RemoteAudioPlayer] = {}
        call.state_changed.connect(self._on_state)
        call.peer_changed.connect(self._on_peer)
        call.devices_failed.connect(self._on_devices)
        call.quality_changed.connect(self._on_quality)
        call.call_failed.connect(self._on_failed)

    def _on_state(self, state: CallState) -> None:
        self.stateChanged.emit(state.value)

    def _on_devices(self, kind: str, error: str) -> None:
        self.deviceProblem.emit(kind, error)

    def _on_quality(self, peer: str, quality: Quality) -> None:
        self.qualityChanged.emit(peer, quality.value)

    def _on_failed(self, code: str) -> None:
        self.failed.emit(code)

    def _on_peer(self, peer: str, state: CallState) -> None:
        if state is CallState.CONNECTED:
            remote = self.call.remote(peer)
            if remote is not None and peer not in self.players:
                player = self.devices.player(self) if self.devices is not None \
                    else RemoteAudioPlayer(parent=self)
                player.start(remote.audio)
                self.players[peer] = player
        elif state in TERMINAL:
            player = self.players.pop(peer, None)
            if player is not None:
                self._release(player)
        self.peersChanged.emit()

    def _release(self, player: RemoteAudioPlayer) -> None:
        if self.devices is not None:
            self.devices.release(player)
        else:
            player.stop()

    def stop_audio(self) -> None:
        for player in self.players.values():
            self._release(player)
        self.players.clear()

    async def hang_up(self) -> None:
        """Silence every peer, then hang up the call."""
        self.stop_audio()
        await self.call.hang_up()

    def dispose(self) -> None:
        """Stop listening: the call may outlive this object (a closing tab)."""
        self.stop_audio()
        self.call.state_changed.disconnect(self._on_state)
        self.call.peer_changed.disconnect(self._on_peer)
        self.call.devices_failed.disconnect(self._on_devices)
        self.call.quality_changed.disconnect(self._on_quality)
        self.call.call_failed.disconnect(self._on_failed)
