"""The call engine: a mesh of peer connections keyed by peer id, driven by signals.

Construction takes everything from outside (signaling channel, media sources, config),
so tests wire two or three engines through :class:`MemorySignalingHub` and the apps
wire them to the hub connection and to real devices.

Protocol (kinds of the hub's ``rtc.signal`` frames), what a browser's
RTCPeerConnection sends and takes:

* ``offer`` / ``answer``: ``{"type", "sdp"}``. The description carries the candidates
  found at once (host); relayed and server-reflexive ones follow as ``ice``.
* ``ice``: ``{"candidate", "sdpMid", "sdpMLineIndex", "usernameFragment"}``; an empty
  ``candidate`` ends the list (trickle ICE, RFC 8838).
* An ICE restart is an ordinary re-offer with new ICE credentials on the same
  connection (:mod:`client_core.call.ice`); either side may send one.
* ``restart``: the old way (a whole new connection), still answered for engines
  from before restart in place, never sent.
* ``bye``: ``{"reason": "hangup" | "ice_failed"}``.

Offer collisions are settled "perfect negotiation" style: the peer with the greater id
is polite and yields to the other's offer.

Failure detection: every peer's silence (nothing received on any path, consent
checks every ``consent_interval``) is watched. After ``disconnect_after`` the peer
is *reconnecting* and an ICE restart is offered (by the impolite side at once, by
the polite side if that does not come); media resumes by itself when the old path
comes back or the new one connects. Silent for ``peer_gone_after`` while our own
signaling still answers: the peer is gone (app killed, laptop closed) and ends as
*peer left*; with our signaling down too, it is our network, which fails the call
only after ``ice_timeout``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiortc import RTCPeerConnection

from .config import CallConfig
from .errors import CallError, IceFailedError, PeerLeftError, SignalingError
from .fanout import FrameFanout
from .peer import PeerLink, RemoteMedia
from .quality import Quality
from .signaling import SignalingChannel
from .sources import Frame, MediaSource
from .states import TERMINAL, CallState, aggregate, check_transition
from .stats import CallStats, StatsSampler
from .tracks import LocalControls, black_frame

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CallEvent:
    """A state change of one peer (``peer_id``) or of the whole call (``peer_id=None``)."""

    peer_id: str | None
    state: CallState
    error: CallError | None = None


Listener = Callable[[CallEvent], None]
QualityListener = Callable[[str, Quality], None]


class CallEngine:
    def __init__(
        self,
        local_id: str,
        signaling: SignalingChannel,
        *,
        audio: MediaSource | None = None,
        video: MediaSource | None = None,
        config: CallConfig | None = None,
    ) -> None:
        self.local_id = local_id
        self.config = config or CallConfig()
        self.controls = LocalControls()
        self.state = CallState.IDLE
        self.error: CallError | None = None
        self.peers: dict[str, PeerLink] = {}
        self.local_preview: FrameFanout[Frame] = FrameFanout("video", 1)
        self._signaling = signaling
        self._sources: dict[str, MediaSource] = {
            k: s for k, s in (("audio", audio), ("video", video)) if s
        }
        self._listeners: list[Listener] = []
        self._quality_listeners: list[QualityListener] = []
        self._inbox: asyncio.Queue[tuple[str, dict[str, Any], str]] = asyncio.Queue()
        self._worker: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._unsubscribe_preview: Callable[[], None] | None = None
        self._samplers: dict[str, StatsSampler] = {}
        self._started = False
        self._closed = asyncio.Event()  # shutting down: no more signals taken
        self._done = asyncio.Event()  # everything released
        self._hung_up = False

    # -- public API --------------------------------------------------------------------

    def add_listener(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def add_quality_listener(self, listener: QualityListener) -> Callable[[], None]:
        """``listener(peer_id, quality)`` when what the indicator should say changes."""
        self._quality_listeners.append(listener)
        return lambda: (self._quality_listeners.remove(listener)
                        if listener in self._quality_listeners else None)

    def quality(self, peer_id: str) -> Quality:
        session = self.peers.get(peer_id)
        return session.quality.shown if session is not None else Quality.GOOD

    async def start(self) -> None:
        """Open the local devices (raises a DeviceError) and start taking signals."""
        if self._started:
            return
        self._started = True
        try:
            for source in self._sources.values():
                await source.start()
        except CallError as exc:
            await self._stop_sources()
            self._set_call_state(CallState.FAILED, exc)
            self._closed.set()
            self._done.set()
            raise
        self._bind_preview()
        self._worker = asyncio.ensure_future(self._run_inbox())

    async def call(self, peer_id: str) -> None:
        """Offer a connection to ``peer_id`` (the callee, or a third party joining)."""
        await self.start()
        session = self._session(peer_id)
        async with session.lock:
            self._set_peer_state(session, CallState.CONNECTING)
            await session.new_pc(self._sources)
            offer = await session.create_offer()
        await self._signaling.send("offer", offer, peer_id)
        await session.description_sent()

    def on_signal(self, kind: str, payload: dict[str, Any], from_: str) -> None:
        """Feed one incoming signal. Never blocks; processed in order by the engine."""
        if self._closed.is_set() or from_ == self.local_id:
            return
        self._inbox.put_nowait((kind, payload, from_))

    def set_muted(self, muted: bool) -> None:
        """Muted peers keep receiving audio frames, but silent ones."""
        self.controls.muted = muted

    async def set_camera_enabled(self, enabled: bool) -> None:
        """Camera off releases the device (its light goes out) and sends black frames."""
        if enabled == self.controls.camera_enabled:
            return
        self.controls.camera_enabled = enabled
        source = self._sources.get("video")
        if source is None:
            return
        if enabled:
            await source.start()
        else:
            source.fanout.interrupt()  # waiting tracks switch to black frames now
            await source.stop()
            self.local_preview.publish(black_frame(320, 240))

    async def switch_source(self, source: MediaSource) -> None:
        """Switch camera or microphone mid-call (replaceTrack on every peer's sender).

        A camera chosen while the camera is off opens when it is turned on again.
        """
        if source.kind != "video" or self.controls.camera_enabled:
            await source.start()  # raises DeviceError and keeps the old device if it fails
        old = self._sources.get(source.kind)
        self._sources[source.kind] = source
        for session in self.peers.values():
            session.replace_track(source.kind, source)
        if source.kind == "video":
            self._bind_preview()
        if old is not None and old is not source:
            await old.stop()

    async def restart_ice(self, peer_id: str | None = None) -> None:
        """Network changed: an ICE restart with every peer (or one), media kept flowing."""
        for session in list(self.peers.values()):
            if peer_id in (None, session.peer_id) and session.state not in TERMINAL:
                await self._restart(session)

    async def signaling_restored(self) -> None:
        """Our hub connection is back (perhaps on a new network): restart ICE now with
        every peer we have lost, rather than at the next periodic attempt."""
        for session in list(self.peers.values()):
            if session.state == CallState.RECONNECTING:
                await self._restart(session, force=True)

    def path(self, peer_id: str) -> dict[str, Any] | None:
        """The selected candidate pair: local/remote type ("host", "srflx", "relay"),
        addresses, and the TURN transport ("udp", "tcp", "tls") of a relayed one."""
        session = self.peers.get(peer_id)
        return session.ice.selected() if session is not None and session.ice is not None else None

    async def hang_up(self) -> None:
        """End the call for everyone: bye to every peer, then release everything."""
        if self._closed.is_set():
            await self._done.wait()  # already shutting down: just wait for it
            return
        self._hung_up = True
        for session in list(self.peers.values()):
            if session.state not in TERMINAL:
                with contextlib.suppress(Exception):
                    await self._signaling.send("bye", {"reason": "hangup"}, session.peer_id)
                self._set_peer_state(session, CallState.ENDED)
        await self._shutdown()

    async def wait_closed(self) -> None:
        """Until the call is over and every connection, device and task is released."""
        await self._done.wait()

    async def wait_for(
        self, state: CallState, peer_id: str | None = None, timeout: float = 10.0
    ) -> None:
        """Wait until the call (or one peer) reaches ``state``; mainly for tests and tools."""

        def current() -> CallState | None:
            if peer_id is None:
                return self.state
            session = self.peers.get(peer_id)
            return session.state if session else None

        if current() == state:
            return
        reached = asyncio.get_running_loop().create_future()

        def listener(event: CallEvent) -> None:
            if event.peer_id == peer_id and event.state == state and not reached.done():
                reached.set_result(None)

        remove = self.add_listener(listener)
        try:
            await asyncio.wait_for(reached, timeout)
        finally:
            remove()

    def remote(self, peer_id: str) -> RemoteMedia | None:
        session = self.peers.get(peer_id)
        return session.remote if session else None

    async def get_stats(self, peer_id: str) -> CallStats | None:
        """Bitrate, fps, RTT and loss since the previous call for this peer."""
        session = self.peers.get(peer_id)
        if session is None or session.pc is None:
            return None
        report = await session.pc.getStats()
        sampler = self._samplers.setdefault(peer_id, StatsSampler())
        return sampler.sample(report, session.remote.frames_received("video"))

    # -- signals -----------------------------------------------------------------------

    async def _run_inbox(self) -> None:
        while True:
            kind, payload, from_ = await self._inbox.get()
            session = self.peers.get(from_)
            try:
                await self._handle(kind, payload, from_)
            except Exception as exc:  # a bad message fails that peer, not the engine
                log.exception("signal %s from %s failed", kind, from_)
                session = self.peers.get(from_)
                if session is not None and session.state not in TERMINAL:
                    await self._end_peer(
                        session, CallState.FAILED, SignalingError(str(exc), peer_id=from_)
                    )

    async def _handle(self, kind: str, payload: dict[str, Any], from_: str) -> None:
        session = self.peers.get(from_)
        if kind in ("offer", "restart"):
            await self._on_offer(from_, payload, restart=kind == "restart")
        elif session is None or session.state in TERMINAL:
            return  # late message for a peer we are done with
        elif kind == "answer":
            async with session.lock:
                if session.pc is not None and session.pc.signalingState == "have-local-offer":
                    await session.accept_answer(payload)
        elif kind == "ice":
            await session.add_candidate(payload)
        elif kind == "bye":
            if payload.get("reason") == "ice_failed":
                await self._end_peer(
                    session,
                    CallState.FAILED,
                    IceFailedError("peer reported ICE failure", peer_id=from_),
                )
            else:
                await self._end_peer(
                    session, CallState.ENDED, PeerLeftError("peer hung up", peer_id=from_)
                )

    async def _on_offer(self, from_: str, payload: dict[str, Any], *, restart: bool) -> None:
        session = self.peers.get(from_)
        if session is not None and session.state in TERMINAL:
            return
        session = self._session(from_)
        async with session.lock:
            pc = session.pc
            # A re-offer on a connection that works (an ICE restart, either side's) is
            # answered on it; the legacy "restart" and first offers get a new one.
            in_place = (not restart and pc is not None and session.ever_connected
                        and pc.connectionState not in ("closed", "failed"))
            if pc is not None and pc.signalingState == "have-local-offer":
                if not session.polite:
                    return  # glare: we are impolite, our own offer wins
                if in_place:
                    session.rollback()
            if not in_place:
                if session.state == CallState.CONNECTED:
                    self._set_peer_state(session, CallState.RECONNECTING)
                elif session.state == CallState.IDLE:
                    self._set_peer_state(session, CallState.CONNECTING)
                await session.new_pc(self._sources)
            answer = await session.accept_offer(payload)
        await self._signaling.send("answer", answer, from_)
        await session.description_sent()

    # -- peer connection state ---------------------------------------------------------

    def _on_pc_state(self, session: PeerLink, pc: RTCPeerConnection) -> None:
        if pc is not session.pc or session.state in TERMINAL:
            return  # an old connection being replaced, or a finished peer
        state = pc.connectionState
        if state == "connected":
            session.ever_connected = True
            self._set_peer_state(session, CallState.CONNECTED)
            if session.monitor is None:
                session.monitor = self._spawn(self._watch(session))
        elif state == "closed" and session.ever_connected:
            # The peer closed its end (DTLS close_notify) without a "bye".
            self._spawn(self._end_peer(
                session, CallState.ENDED, PeerLeftError("peer closed the connection",
                                                        peer_id=session.peer_id)))
        elif state in ("failed", "closed"):
            self._spawn(self._fail_ice(session, f"connection {state}"))

    async def _watch(self, session: PeerLink) -> None:
        """The peer's silence decides: reconnecting, restart, back, or gone (see above);
        and once a second, what we send adapts to the path (client_core.call.adapt)."""
        cfg = self.config
        adapted_at = time.monotonic()
        while session.state not in TERMINAL:
            await asyncio.sleep(min(0.25, cfg.consent_interval))
            now = time.monotonic()
            if session.sendside is not None and now - adapted_at >= 1.0:
                adapted_at = now
                session.sendside.tick(now)
                self._tell_quality(session, session.assess(self.controls.camera_enabled, now))
            silence = session.silence()
            if silence is None:
                continue
            if session.state == CallState.CONNECTED and silence > cfg.disconnect_after:
                self._set_peer_state(session, CallState.RECONNECTING)
                # If it is our network, the signaling we need for a restart is down too:
                # let its owner find out (and redial) now.
                self._spawn(self._signaling_alive())
            elif session.state == CallState.RECONNECTING and silence < cfg.disconnect_after / 2:
                self._set_peer_state(session, CallState.CONNECTED)
                await self._drop_unanswered_offer(session)
            if session.state != CallState.RECONNECTING:
                continue
            if silence > cfg.peer_gone_after and await self._signaling_alive():
                await self._end_peer(session, CallState.ENDED, PeerLeftError(
                    f"nothing from the peer for {silence:.0f} s", peer_id=session.peer_id))
                return
            if cfg.auto_restart and self._restart_due(session, silence):
                await self._restart(session)

    def _tell_quality(self, session: PeerLink, quality: Quality | None) -> None:
        if quality is None:
            return
        for listener in list(self._quality_listeners):
            try:
                listener(session.peer_id, quality)
            except Exception:
                log.exception("quality listener failed")

    def _restart_due(self, session: PeerLink, silence: float) -> bool:
        cfg = self.config
        # The impolite side drives restarts; the polite one steps in only if none comes.
        first_after = cfg.disconnect_after * (2 if session.polite else 1)
        if silence < first_after:
            return False
        last = session.restart_at
        return last is None or time.monotonic() - last >= cfg.restart_interval

    async def _signaling_alive(self) -> bool:
        probe = getattr(self._signaling, "probe", None)
        if probe is None:
            return True
        try:
            return bool(await asyncio.wait_for(probe(), 2.0))
        except Exception:
            return False

    async def _drop_unanswered_offer(self, session: PeerLink) -> None:
        """The old path came back while our restart offer is unanswered: withdraw it
        (an offer still pending would keep every later restart from starting)."""
        async with session.lock:
            if session.pc is not None and session.pc.signalingState == "have-local-offer":
                session.rollback()

    async def _restart(self, session: PeerLink, *, force: bool = False) -> None:
        async with session.lock:
            pc = session.pc
            if pc is None or session.ice is None or pc.connectionState in ("closed", "failed"):
                return
            if pc.signalingState == "have-local-offer":
                last = session.restart_at
                recent = last is not None and time.monotonic() - last < self.config.restart_interval
                if recent and not force:
                    return  # our offer is on its way
                session.rollback()  # unanswered (the peer's signaling was down too): anew
            elif pc.signalingState != "stable":
                return  # the peer's offer is being answered
            session.restart_at = time.monotonic()
            await self._refresh_servers(session)
            offer = await session.restart_offer()
        await self._signaling.send("offer", offer, session.peer_id)
        await session.description_sent()

    async def _refresh_servers(self, session: PeerLink) -> None:
        """Before a restart late in a long call: TURN credentials that still work."""
        refresh = self.config.ice_refresh
        if refresh is None or not self.config.credentials_expire_within(120):
            return
        try:
            servers = await asyncio.wait_for(refresh(), 5.0)
        except Exception as exc:
            log.warning("could not refresh ICE servers: %s", exc)
            return
        if servers:
            self.config = self.config.with_servers(servers)
            for other in self.peers.values():
                other.config = self.config
                if other.ice is not None:
                    other.ice.use_servers(self.config.ice_servers)

    async def _fail_ice(self, session: PeerLink, why: str) -> None:
        if session.state in TERMINAL:
            return
        error = (session.ice.failure(why, session.peer_id) if session.ice is not None
                 else IceFailedError(why, peer_id=session.peer_id))
        with contextlib.suppress(Exception):
            await self._signaling.send("bye", {"reason": "ice_failed"}, session.peer_id)
        await self._end_peer(session, CallState.FAILED, error)

    async def _watchdog(self, session: PeerLink) -> None:
        await asyncio.sleep(self.config.ice_timeout)
        if session.state in (CallState.CONNECTING, CallState.RECONNECTING):
            await self._fail_ice(session, f"no connection within {self.config.ice_timeout:g} s")

    # -- state bookkeeping -------------------------------------------------------------

    def _session(self, peer_id: str) -> PeerLink:
        session = self.peers.get(peer_id)
        if session is None or session.state in TERMINAL:
            session = PeerLink(
                peer_id,
                polite=self.local_id > peer_id,
                config=self.config,
                controls=self.controls,
                on_pc_state=self._on_pc_state,
                send_signal=lambda kind, payload: self._signaling.send(kind, payload, peer_id),
            )
            self.peers[peer_id] = session
        return session

    def _set_peer_state(
        self, session: PeerLink, state: CallState, error: CallError | None = None
    ) -> None:
        if state == session.state:
            return
        check_transition(session.state, state)
        session.state = state
        session.error = error
        if session.watchdog is not None and session.watchdog is not asyncio.current_task():
            session.watchdog.cancel()
        session.watchdog = None
        if state in (CallState.CONNECTING, CallState.RECONNECTING):
            session.watchdog = self._spawn(self._watchdog(session))
        self._emit(CallEvent(session.peer_id, state, error))
        new = aggregate([s.state for s in self.peers.values()], hung_up=self._hung_up)
        if new != self.state:
            # The call fails only if every peer failed; report the last peer's error.
            self._set_call_state(new, error if new in TERMINAL else None)
            if new in TERMINAL and not self._hung_up:
                self._spawn(self._shutdown())

    def _set_call_state(self, state: CallState, error: CallError | None = None) -> None:
        self.state = state
        self.error = error
        self._emit(CallEvent(None, state, error))

    async def _end_peer(self, session: PeerLink, state: CallState, error: CallError) -> None:
        self._set_peer_state(session, state, error)
        await session.close()

    def _emit(self, event: CallEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("call listener failed")

    def _spawn(self, coro: Any) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def _bind_preview(self) -> None:
        if self._unsubscribe_preview is not None:
            self._unsubscribe_preview()
            self._unsubscribe_preview = None
        video = self._sources.get("video")
        if video is not None:
            self._unsubscribe_preview = video.fanout.subscribe(self.local_preview.publish)

    async def _stop_sources(self) -> None:
        for source in self._sources.values():
            await source.stop()

    async def _shutdown(self) -> None:
        """Release everything: peers, devices, our tasks. Safe to call twice."""
        if self._closed.is_set():
            return
        self._closed.set()
        # Stop negotiating first (a task cancelled here may be mid-offer), then close
        # every connection; PeerLink.close() is shielded against cancellation.
        me = asyncio.current_task()
        tasks = [t for t in (self._worker, *self._tasks) if t is not None and t is not me]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for session in list(self.peers.values()):
            if session.state not in TERMINAL:
                self._set_peer_state(session, CallState.ENDED)
            await session.close()
        if self._hung_up and self.state not in TERMINAL:
            self._set_call_state(CallState.ENDED)
        if self._unsubscribe_preview is not None:
            self._unsubscribe_preview()
        await self._stop_sources()
        self.local_preview.close()
        self._done.set()
