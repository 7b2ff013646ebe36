"""One conversation's video call, the same for the expert and the customer (no Qt).

The call engine (``client_core.call``) over the hub's ``rtc.signal`` frames:
it opens the camera and the microphone one by one and goes on with what
opened (a refused camera must not cost anyone the appointment: the voice, or
at least the chat beside the video, still works; ``devices_failed`` says what
did not open and why), offers a connection to each peer it is told to call,
and answers the peers that call it. The sources come from a ``LocalMedia``:
the apps' ``CallDevices`` (the devices the user chose, switched mid-call) or
fixed ``CallMedia`` inputs. Convention: the serving expert calls the
customer (``customer:<user id>``); an invited interpreter calls everyone
already in the call.

Which peer is on the stage is decided here too (``stage_peer``): the preferred
peer (the expert shows the customer) while it is on screen, else the one
already there, else the first still on screen. Playing each peer's voice is
the Qt adapter's (``client_core.qt.call_signals``).

With a :class:`~client_core.conversation.network.CallNetwork` the call gets
its ICE servers (TURN) from the hub before it starts, a way to tell a peer
that left from our own network failing, and an ICE restart as soon as our hub
link is back after a break. Signals that come before the engine exists (the
expert may call while the customer still fetches its servers) wait for it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any

from client_core.call import (
    CallConfig,
    CallError,
    CallState,
    HubFrameSignaling,
    dispatch_frame,
)
from client_core.call.states import TERMINAL
from client_core.events import Event

from .network import CallNetwork

if TYPE_CHECKING:  # the engine (aiortc, PyAV, numpy) loads when a call starts
    from client_core.call import (
        CallEngine,
        CallEvent,
        LocalMedia,
        MediaSource,
        Quality,
        RemoteMedia,
    )

log = logging.getLogger(__name__)

SendFrame = Callable[[dict[str, Any]], Awaitable[None]]
SHOWN = (CallState.CONNECTED, CallState.RECONNECTING)  # the last picture stays while it reconnects
DEVICE_OF = {"audio": "microphone", "video": "camera"}


class ConversationCall:
    def __init__(self, conversation_id: str, local_id: str, send_frame: SendFrame,
                 media: LocalMedia, network: CallNetwork | None = None) -> None:
        self.conversation_id = conversation_id
        self.local_id = local_id
        self.media = media
        self.network = network
        self.engine: CallEngine | None = None
        self.config = CallConfig()
        self.state_changed: Event[CallState] = Event("call state")  # the whole call's
        self.peer_changed: Event[str, CallState] = Event("call peer")  # a peer's
        # (device kind, CallError code): "camera"/"microphone", "permission_denied", ...
        self.devices_failed: Event[str, str] = Event("call devices")
        self.failed: dict[str, str] = {}  # device kind -> error code, for this call
        self.quality_changed: Event[str, Quality] = Event("call quality")  # a peer's
        self.call_failed: Event[str] = Event("call failed")  # the error's code, e.g. turn_auth
        self.receive_only = False  # neither device could be opened
        self._send_frame = send_frame
        self._stage: str | None = None
        self._opening = False
        self._hung_up = False
        self._early: list[Any] | None = []  # signals before the engine exists
        self._unlisten: Callable[[], None] | None = None

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
        if self.engine is not None or self._opening or self._early is None:
            return
        self._opening = True
        try:
            if self.network is not None:
                servers = await self.network.ice_servers(self.conversation_id)
                self.config = CallConfig(ice_servers=servers, ice_refresh=self._refresh_servers)
                self._unlisten = self.network.on_restored(self._link_restored)
            sources = await self._open_sources()
        finally:
            self._opening = False
        if self._hung_up:  # hung up while the relay or the devices were being asked
            self._stop_listening()
            for source in sources.values():
                await source.stop()
            return
        self.receive_only = not sources
        from client_core.call import CallEngine

        probe = self.network.probe if self.network is not None else None
        engine = CallEngine(
            self.local_id, HubFrameSignaling(self.conversation_id, self._send_frame, probe=probe),
            audio=sources.get("audio"), video=sources.get("video"), config=self.config,
        )
        engine.add_listener(self._on_event)
        engine.add_quality_listener(self.quality_changed.emit)
        self.engine = engine
        self.media.bind(engine)
        await engine.start()  # the sources are running already: this cannot fail on them
        early, self._early = self._early or [], None
        for frame in early:
            self.on_signal(frame)
        for peer in call:
            await engine.call(peer)

    async def _open_sources(self) -> dict[str, MediaSource]:
        """Each device on its own: what opens is sent, what does not is reported."""
        opened: dict[str, MediaSource] = {}
        for kind in ("audio", "video"):
            source = self.media.open(kind)  # type: ignore[arg-type]
            if source is None:
                continue
            try:
                await source.start()
            except CallError as exc:
                log.warning("call %s: %s", DEVICE_OF[kind], exc)
                self.failed[DEVICE_OF[kind]] = exc.code
                self.devices_failed.emit(DEVICE_OF[kind], exc.code)
            else:
                opened[kind] = source
        return opened

    async def _refresh_servers(self) -> tuple[Any, ...] | None:
        return await self.network.ice_servers(self.conversation_id) if self.network else None

    def _link_restored(self) -> None:
        if self.engine is not None:
            asyncio.ensure_future(self.engine.signaling_restored())

    def _stop_listening(self) -> None:
        if self._unlisten is not None:
            self._unlisten()
            self._unlisten = None

    def on_signal(self, frame: Any) -> None:
        """A hub ``rtc.signal`` relay (``RtcSignalRelay``); other conversations' are ignored."""
        if frame.conversation_id != self.conversation_id:
            return
        if self._early is not None:
            self._early.append(frame)
        elif self.engine is not None:
            dispatch_frame(self.engine, frame)

    def _on_event(self, event: CallEvent) -> None:
        if event.peer_id is None:
            if event.state is CallState.FAILED and event.error is not None:
                self.call_failed.emit(event.error.code)
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
        self._hung_up = True
        self._stop_listening()
        if self.engine is not None:
            self.media.bind(None)
            await self.engine.hang_up()  # also releases the devices when no peer ever joined

    async def wait_closed(self) -> None:
        if self.engine is not None:
            await self.engine.wait_closed()
