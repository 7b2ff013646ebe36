"""One conversation's video call, the same for the expert and the customer (no Qt).

The call engine (``client_core.call``) over the hub's ``rtc.signal`` frames:
it opens the devices, falls back to receive-only when they cannot be opened
(a broken camera must not cost anyone the appointment: the chat beside the
video still works), offers a connection to each peer it is told to call, and
answers the peers that call it. Convention: the serving expert calls the
customer (``customer:<user id>``); an invited interpreter calls everyone
already in the call.

Which peer is on the stage is decided here too (``stage_peer``): the preferred
peer (the expert shows the customer) while it is on screen, else the one
already there, else the first still on screen. Playing each peer's voice is
the Qt adapter's (``client_core.qt.call_signals``).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any

from client_core.call import (
    CallError,
    CallMedia,
    CallState,
    CaptureSource,
    HubFrameSignaling,
    dispatch_frame,
)
from client_core.call.states import TERMINAL
from client_core.events import Event

if TYPE_CHECKING:  # the engine (aiortc, PyAV, numpy) loads when a call starts
    from client_core.call import CallEngine, CallEvent, RemoteMedia

log = logging.getLogger(__name__)

SendFrame = Callable[[dict[str, Any]], Awaitable[None]]
SHOWN = (CallState.CONNECTED, CallState.RECONNECTING)  # the last picture stays while it reconnects


class ConversationCall:
    def __init__(self, conversation_id: str, local_id: str, send_frame: SendFrame,
                 media: CallMedia) -> None:
        self.conversation_id = conversation_id
        self.local_id = local_id
        self.media = media
        self.engine: CallEngine | None = None
        self.state_changed: Event[CallState] = Event("call state")  # the whole call's
        self.peer_changed: Event[str, CallState] = Event("call peer")  # a peer's
        self.devices_failed: Event[str] = Event("call devices")  # error class; receive-only
        self.receive_only = False  # the devices could not be opened
        self._send_frame = send_frame
        self._stage: str | None = None

    # ------------------------------------------------------------ queries

    @property
    def state(self) -> CallState:
        return self.engine.state if self.engine is not None else CallState.IDLE

    @property
    def active(self) -> bool:
        return self.engine is not None and self.engine.state not in TERMINAL

    def connected_peers(self) -> list[str]:
        return self._peers_in((CallState.CONNECTED,))

    def shown_peers(self) -> list[str]:
        """Peers whose picture stays on screen: connected, or reconnecting."""
        return self._peers_in(SHOWN)

    def _peers_in(self, states: Iterable[CallState]) -> list[str]:
        if self.engine is None:
            return []
        wanted = set(states)
        return [p for p, s in self.engine.peers.items() if s.state in wanted]

    def remote(self, peer: str) -> RemoteMedia | None:
        return self.engine.remote(peer) if self.engine is not None else None

    def stage_peer(self, preferred: str | None = None) -> str | None:
        """Who is on the stage now (see the module's docstring); sticky between calls."""
        shown = self.shown_peers()
        if preferred in shown:
            self._stage = preferred
        elif self._stage not in shown:
            self._stage = shown[0] if shown else None
        return self._stage

    # ------------------------------------------------------------ actions

    async def start(self, call: Iterable[str] = ()) -> None:
        """Open the devices, then offer a connection to each peer in ``call``."""
        if self.engine is not None:
            return
        self.engine = self._new_engine(with_devices=True)
        try:
            await self.engine.start()
        except CallError as exc:
            log.warning("call devices: %s", exc)
            self.receive_only = True
            self.devices_failed.emit(type(exc).__name__)
            self.engine = self._new_engine(with_devices=False)
            await self.engine.start()
        for peer in call:
            await self.engine.call(peer)

    def _new_engine(self, with_devices: bool) -> CallEngine:
        from client_core.call import CallEngine

        m = self.media
        engine = CallEngine(
            self.local_id, HubFrameSignaling(self.conversation_id, self._send_frame),
            audio=CaptureSource(m.microphone) if with_devices and m.microphone else None,
            video=CaptureSource(m.camera) if with_devices and m.camera else None,
        )
        engine.add_listener(self._on_event)
        return engine

    def on_signal(self, frame: Any) -> None:
        """A hub ``rtc.signal`` relay (``RtcSignalRelay``); other conversations' are ignored."""
        if self.engine is not None and frame.conversation_id == self.conversation_id:
            dispatch_frame(self.engine, frame)

    def _on_event(self, event: CallEvent) -> None:
        if event.peer_id is None:
            self.state_changed.emit(event.state)
        else:
            self.peer_changed.emit(event.peer_id, event.state)

    def set_muted(self, muted: bool) -> None:
        if self.engine is not None:
            self.engine.set_muted(muted)

    async def set_camera(self, enabled: bool) -> None:
        if self.engine is not None:
            await self.engine.set_camera_enabled(enabled)

    async def hang_up(self) -> None:
        """Bye to every peer; devices, connections and tasks are released."""
        if self.engine is not None:
            await self.engine.hang_up()  # also releases the devices when no peer ever joined

    async def wait_closed(self) -> None:
        if self.engine is not None:
            await self.engine.wait_closed()
