"""ICE for the engine's peer connections: TURN over UDP, TCP and TLS, trickle,
restart in place, and a liveness clock.

aiortc runs ICE through aioice and leaves out what calls across real networks
need (aiortc 1.16, aioice 0.13):

* one TURN server and one transport only, so a relay behind a firewall that
  lets out nothing but TCP 443 is never tried once a UDP one is listed;
* every candidate is gathered before the description is made, so a blocked
  TURN transport holds the call's set-up for aioice's 5 s gathering timeout;
* no ICE restart: its RTCIceTransport starts once; the engine used to replace
  the whole peer connection, which a standard browser only follows if its
  page rebuilds its own;
* consent freshness fails only after ~30 s (six checks 5 s apart);
* aggressive nomination: the first pair that answers carries the call, so a
  relay reached over TCP that happens to answer first wins over one over UDP.

So each peer connection (max-bundle: one ICE transport) gets an
:class:`IceAgent` that puts :class:`IceConnection` (an aioice ``Connection``)
under aiortc's ``RTCIceTransport`` and DTLS transport. The DTLS session (and
SRTP keys) stay while the agent swaps the ICE connection underneath: that is
an ICE restart as RFC 8445 section 2.4 and browsers do it, with new ufrag and
password offered in an ordinary re-offer. The agent reaches into aiortc's
private attributes in a few named places (``_connection``, ``_recv``,
``_send``, the transport's monitor task, the peer connection's pending local
description); ``tests/call/test_ice_restart.py`` fails if an aiortc upgrade
moves them, and pyproject pins the versions this was written against.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

import aioice.ice
from aioice import Candidate, TransportPolicy, stun
from aioice.candidate import candidate_priority
from aioice.ice import CandidatePair, StunProtocol, relayed_candidate, server_reflexive_candidate
from aiortc import RTCPeerConnection
from aiortc.rtcicetransport import RTCIceTransport, candidate_to_aioice, parse_stun_turn_uri
from aiortc.sdp import SessionDescription

from .config import IceServer
from .errors import IceFailedError, TurnAuthError
from .pacer import Pacer

log = logging.getLogger(__name__)

CandidateListener = Callable[[dict[str, Any]], None]
#: ICE local preference of a relayed candidate by how the relay is reached.
RELAY_PREFERENCE = {"udp": 65535, "tcp": 32767, "tls": 16383}
# A relay reached over TCP or TLS waits this long for one over UDP still being
# allocated: aioice nominates the first pair that answers, whatever its priority.
RELAY_HOLD_S = 0.3
# The controlling side nominates the best pair that answered within this long of
# the first answer (regular nomination), or at once when no better one is left.
SETTLE_S = 0.3
#: The replaced generation stays open this long, for what the peer still sends on it.
RETIRE_AFTER_S = 3.0


@dataclass(frozen=True)
class TurnEndpoint:
    """One TURN listener: host, port and how to reach it (udp, tcp, or tls over tcp)."""

    url: str
    host: str
    port: int
    transport: str  # "udp" | "tcp"
    secure: bool
    username: str | None
    password: str | None

    @property
    def label(self) -> str:
        return "tls" if self.secure else self.transport


def parse_servers(servers: Sequence[IceServer]) -> tuple[list[TurnEndpoint], tuple[str, int] | None]:
    """Every TURN URL of every server (aiortc keeps only the first), and the first STUN."""
    turn: list[TurnEndpoint] = []
    stun_server: tuple[str, int] | None = None
    for server in servers:
        for url in server.urls:
            try:
                parsed = parse_stun_turn_uri(url)
            except ValueError:
                log.warning("ignoring a malformed ICE server URL %r", url)
                continue
            if parsed["scheme"] == "stun" and stun_server is None:
                stun_server = (parsed["host"], parsed["port"])
            elif parsed["scheme"] in ("turn", "turns") and parsed["transport"] in ("udp", "tcp"):
                turn.append(TurnEndpoint(url, parsed["host"], parsed["port"], parsed["transport"],
                                         parsed["scheme"] == "turns", server.username, server.credential))
    return turn, stun_server


def tls_context() -> ssl.SSLContext:
    # The system's trust store (SSL_CERT_FILE if set): a turns: server needs a
    # certificate any browser would accept too.
    return ssl.create_default_context()


class IceConnection(aioice.Connection):
    """aioice's Connection with several TURN transports, trickle and a liveness clock.

    ``gather_candidates`` returns with the host candidates; server-reflexive and
    relayed ones follow in the background and are handed to ``on_candidate`` (and
    to running checks) as they come; ``None`` ends the list. Consent checks run
    every ``consent_interval`` and never close the connection themselves: the
    engine decides, from :attr:`last_alive`, what a silence means.
    """

    def __init__(self, *, ice_controlling: bool, turn: Sequence[TurnEndpoint],
                 stun_server: tuple[str, int] | None, gather_timeout: float,
                 consent_interval: float, sink: Callable[[IceConnection, bytes], None],
                 transport_policy: TransportPolicy = TransportPolicy.ALL,
                 local_username: str | None = None, local_password: str | None = None) -> None:
        super().__init__(ice_controlling=ice_controlling, use_ipv6=False,
                         transport_policy=transport_policy,
                         local_username=local_username, local_password=local_password)
        self._turn = list(turn)
        self._stun = stun_server
        self._gather_timeout = gather_timeout
        self._consent_interval = consent_interval
        self._sink = sink
        self.on_candidate: Callable[[Candidate | None], None] | None = None
        self.relay_labels: dict[StunProtocol, str] = {}
        self.relay_failures: dict[str, str] = {}  # url -> "auth" | "unreachable"
        self.gathering_done = asyncio.Event()
        self._relays_pending: dict[TurnEndpoint, asyncio.Event] = {}
        self.last_alive: float | None = None
        self._more: asyncio.Task[None] | None = None
        self._answered: dict[CandidatePair, float] = {}  # checked, awaiting nomination

    # -- gathering ---------------------------------------------------------------------

    async def gather_candidates(self) -> None:
        if self._local_candidates_start:
            return
        self._local_candidates_start = True
        addresses: list[str] = []
        if self._transport_policy == TransportPolicy.ALL:
            # Looked up on the module each time: tests narrow it to loopback.
            addresses = aioice.ice.get_host_addresses(use_ipv4=True, use_ipv6=False)
        host = await self.get_component_candidates(component=1, addresses=addresses)
        self._local_candidates += host
        self._local_candidates_end = True  # what aioice's connect() waits for; more may follow
        hosts = [p for p in self._protocols if p.local_candidate.type == "host"]
        self._more = asyncio.ensure_future(self._gather_more(hosts))
        if not host and (self._turn or self._stun):
            # Nothing to describe yet (relay-only policy): wait for the first relay.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._first_extra(), self._gather_timeout)

    async def _first_extra(self) -> None:
        while not self._local_candidates and not self.gathering_done.is_set():
            await asyncio.sleep(0.01)

    async def _gather_more(self, hosts: list[StunProtocol]) -> None:
        jobs: list[Awaitable[None]] = []
        if self._stun is not None:
            jobs += [self._one(server_reflexive_candidate(p, self._stun), None) for p in hosts]
        for endpoint in self._turn:
            self._relays_pending[endpoint] = asyncio.Event()
            jobs.append(self._one(relayed_candidate(
                component=1, hide_related_address=self._transport_policy == TransportPolicy.RELAY,
                protocol_factory=lambda: StunProtocol(self), turn_server=(endpoint.host, endpoint.port),
                turn_username=endpoint.username, turn_password=endpoint.password,
                turn_ssl=tls_context() if endpoint.secure else False,
                turn_transport=endpoint.transport), endpoint))
        try:
            await asyncio.gather(*jobs)
        finally:
            self.gathering_done.set()
            if not self._closing and self.on_candidate is not None:
                self.on_candidate(None)

    async def _one(self, job: Awaitable[tuple[Candidate, StunProtocol | None]],
                   endpoint: TurnEndpoint | None) -> None:
        try:
            candidate, protocol = await asyncio.wait_for(job, self._gather_timeout)
        except Exception as exc:  # TURN refused, unreachable, timed out: tried the others
            if endpoint is not None:
                auth = isinstance(exc, stun.TransactionFailed) and exc.response.error_code in (401, 403)
                self.relay_failures[endpoint.url] = "auth" if auth else "unreachable"
                log.info("TURN %s failed: %s", endpoint.url, exc or type(exc).__name__)
                self._relays_pending[endpoint].set()
            return
        if protocol is not None and endpoint is not None:
            self._relays_pending[endpoint].set()
            self.relay_labels[protocol] = endpoint.label
            # As browsers rank them: a relay reached over UDP before TCP before TLS.
            candidate.priority = candidate_priority(1, "relay", RELAY_PREFERENCE[endpoint.label])
            await self._let_better_relays_come_first(endpoint)
        self._add_local(candidate, protocol)

    async def _let_better_relays_come_first(self, endpoint: TurnEndpoint) -> None:
        better = [done.wait() for other, done in self._relays_pending.items()
                  if RELAY_PREFERENCE[other.label] > RELAY_PREFERENCE[endpoint.label]
                  and not done.is_set()]
        if better:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.gather(*better), RELAY_HOLD_S)

    def _add_local(self, candidate: Candidate, protocol: StunProtocol | None) -> None:
        if self._closing:
            if protocol is not None:
                asyncio.ensure_future(protocol.close())
            return
        self._local_candidates.append(candidate)
        if protocol is not None:
            self._protocols.append(protocol)
            checking = self._early_checks_done and not self._check_list_done
            for remote in self._remote_candidates:
                if candidate.can_pair_with(remote) and not self._find_pair(protocol, remote):
                    pair = CandidatePair(protocol, remote)
                    self._check_list.append(pair)
                    if checking:  # connect()'s pacing loop may be over: start it here
                        pair.state = CandidatePair.State.WAITING
                        self.check_start_task(pair)
            self.sort_check_list()
        if self.on_candidate is not None:
            self.on_candidate(candidate)

    # -- nomination --------------------------------------------------------------------

    async def check_start(self, pair: CandidatePair) -> None:
        """aioice's check, with regular nomination of the best pair when controlling."""
        if not self.ice_controlling or self.remote_is_lite:
            return await super().check_start(pair)
        assert self.remote_password is not None
        key = self.remote_password.encode("utf8")
        self.check_state(pair, CandidatePair.State.IN_PROGRESS)
        request = self.build_request(pair, nominate=False)
        try:
            _response, addr = await pair.protocol.request(request, pair.remote_addr,
                                                           integrity_key=key)
        except stun.TransactionError as exc:
            if exc.response and exc.response.error_code == 487:  # role conflict: we yield
                self.switch_role(ice_controlling=False)
                return await self.check_start(pair)
            return self._finish(pair, CandidatePair.State.FAILED)
        if addr != pair.remote_addr:
            return self._finish(pair, CandidatePair.State.FAILED)
        # Still "in progress" while it waits, so the check list is not taken as failed.
        self._answered[pair] = time.monotonic()
        try:
            best = await self._settle(pair)
        finally:
            self._answered.pop(pair, None)
        if not best or pair.component in self._nominated or pair.component in self._nominating:
            return self._finish(pair, CandidatePair.State.SUCCEEDED)
        self._nominating.add(pair.component)
        # The best that answered; should its nomination go unanswered, the next best.
        for candidate in [pair] + self._succeeded(pair.component):
            try:
                await candidate.protocol.request(self.build_request(candidate, nominate=True),
                                                 candidate.remote_addr, integrity_key=key)
            except stun.TransactionError:
                self.check_state(candidate, CandidatePair.State.FAILED)  # judged below
                continue
            candidate.nominated = True
            self._finish(candidate, CandidatePair.State.SUCCEEDED)
            return
        self._nominating.discard(pair.component)
        self.check_complete(pair)  # none took it: the check list may have failed

    async def _settle(self, pair: CandidatePair) -> bool:
        """Wait while a better pair may still answer; False if one did (it nominates)."""
        first = min(self._answered.values())
        while True:
            rank = self._rank(pair)
            better = [p for p in self._check_list
                      if p.component == pair.component and self._rank(p) > rank
                      and p.state != CandidatePair.State.FAILED]
            if any(p in self._answered or p.state == CandidatePair.State.SUCCEEDED
                   for p in better):
                return False
            if not better and not self._remote_candidates_expected():
                return True  # nothing better can come
            if time.monotonic() - first >= SETTLE_S:
                return True
            await asyncio.sleep(0.02)

    def _succeeded(self, component: int) -> list[CandidatePair]:
        pairs = [p for p in self._check_list if p.component == component
                 and p.state == CandidatePair.State.SUCCEEDED and not p.nominated]
        return sorted(pairs, key=self._rank, reverse=True)

    def _rank(self, pair: CandidatePair) -> int:
        return aioice.ice.candidate_pair_priority(pair.local_candidate, pair.remote_candidate,
                                                  self.ice_controlling)

    def _finish(self, pair: CandidatePair, state: CandidatePair.State) -> None:
        self.check_state(pair, state)
        self.check_complete(pair)

    def _remote_candidates_expected(self) -> bool:
        # Our own late candidates can still make pairs: not failed until they are in.
        return super()._remote_candidates_expected() or not self.gathering_done.is_set()

    # -- liveness ----------------------------------------------------------------------

    async def connect(self) -> None:
        await super().connect()
        self.last_alive = time.monotonic()

    def data_received(self, data: bytes, component: int) -> None:
        self.last_alive = time.monotonic()
        self._sink(self, data)

    def protocol_lost(self, protocol: StunProtocol) -> None:
        # A TURN TCP/TLS connection dropped: the path is dead, which the silence
        # shows; aioice would also end recv() and with it the DTLS session.
        log.info("ICE lost %s", protocol)

    async def query_consent(self) -> None:
        """Consent checks (RFC 7675) often; they refresh ``last_alive``, never close."""
        assert self.remote_password is not None
        key = self.remote_password.encode("utf8")
        while True:
            await asyncio.sleep(self._consent_interval)
            for pair in list(self._nominated.values()):
                try:
                    await pair.protocol.request(self.build_request(pair, nominate=False),
                                                pair.remote_addr, integrity_key=key,
                                                retransmissions=0)
                    self.last_alive = time.monotonic()
                except Exception:  # unanswered, or the socket is gone: silence tells
                    pass

    async def close(self) -> None:
        if self._more is not None and not self._more.done():
            self._more.cancel()
        await super().close()
        self.gathering_done.set()

    # -- what the stats show -----------------------------------------------------------

    def selected(self) -> dict[str, Any] | None:
        pair = self._nominated.get(1)
        if pair is None:
            return None
        local, remote = pair.local_candidate, pair.remote_candidate
        return {"local_type": local.type, "remote_type": remote.type,
                "local_address": f"{local.host}:{local.port}",
                "remote_address": f"{remote.host}:{remote.port}",
                "relay_transport": self.relay_labels.get(pair.protocol)}


def candidate_payload(candidate: Candidate | None, ufrag: str, mid: str) -> dict[str, Any]:
    """A browser-shaped RTCIceCandidateInit; an empty candidate ends the list."""
    text = "" if candidate is None else "candidate:" + candidate.to_sdp()
    return {"candidate": text, "sdpMid": mid, "sdpMLineIndex": 0, "usernameFragment": ufrag}


def strip_candidates(sdp: str) -> str:
    """The description without candidates or end-of-candidates (we feed those ourselves)."""
    lines = [line for line in sdp.splitlines()
             if not line.startswith(("a=candidate:", "a=end-of-candidates"))]
    return "\r\n".join(lines) + "\r\n"


def without_end_of_candidates(sdp: str) -> str:
    lines = [line for line in sdp.splitlines() if not line.startswith("a=end-of-candidates")]
    return "\r\n".join(lines) + "\r\n"


def remote_ice(sdp: str) -> tuple[str | None, str | None, list[Candidate], bool]:
    """ufrag, password, candidates and end-of-candidates of a description's first section."""
    description = SessionDescription.parse(sdp)
    if not description.media:
        return None, None, [], False
    media = description.media[0]
    candidates = [candidate_to_aioice(c) for c in media.ice_candidates]
    return (media.ice.usernameFragment, media.ice.password, candidates,
            bool(media.ice_candidates_complete))


class IceAgent:
    """The ICE side of one peer connection (max-bundle: a single ICE transport)."""

    def __init__(self, pc: RTCPeerConnection, servers: Sequence[IceServer], *,
                 gather_timeout: float, consent_interval: float,
                 on_candidate: CandidateListener) -> None:
        transport: RTCIceTransport = pc.getTransceivers()[0].receiver.transport.transport
        self._pc = pc
        self._transport = transport
        self._gatherer = transport.iceGatherer
        self._turn, self._stun = parse_servers(servers)
        self._gather_timeout = gather_timeout
        self._consent_interval = consent_interval
        self._on_candidate = on_candidate
        self._inbox: asyncio.Queue[bytes | None] = asyncio.Queue()
        self._mid = "0"
        self.pending: IceConnection | None = None
        self._pending_task: asyncio.Task[None] | None = None
        self.remote_ufrag: str | None = None  # the generation ``current`` checks against
        self.restarts = 0
        self.relay_failures: dict[str, str] = {}
        self._retiring: set[IceConnection] = set()
        self.pacer = Pacer()
        old = self._gatherer._connection
        self.current = self._connection(old.ice_controlling, old.local_username, old.local_password)
        self._gatherer._connection = self.current
        transport._connection = self.current
        transport._recv = self._recv
        transport._send = self._send

    def _connection(self, controlling: bool, ufrag: str | None = None,
                    password: str | None = None) -> IceConnection:
        conn = IceConnection(ice_controlling=controlling, turn=self._turn, stun_server=self._stun,
                             gather_timeout=self._gather_timeout,
                             consent_interval=self._consent_interval, sink=self._deliver,
                             local_username=ufrag, local_password=password)
        conn.on_candidate = lambda c: self._local_candidate(conn, c)
        return conn

    def use_servers(self, servers: Sequence[IceServer]) -> None:
        """Fresh credentials (or servers) for the next generation."""
        self._turn, self._stun = parse_servers(servers)

    # -- the DTLS transport's datagram pipe --------------------------------------------

    def _deliver(self, conn: IceConnection, data: bytes) -> None:
        # Either side switches generation first: take what the other still sends on
        # the generation being replaced (or already on the next one).
        if conn is self.current or conn is self.pending or conn in self._retiring:
            self._inbox.put_nowait(data)

    async def _recv(self) -> bytes:
        data = await self._inbox.get()
        if data is None:
            raise ConnectionError("ICE closed")
        return data

    async def _send(self, data: bytes) -> None:
        # A datagram that cannot go out is lost, as on any network: raising would end
        # aiortc's RTP and RTCP loops for good (and hang their shutdown), while the
        # path may come back or be replaced by a restart.
        await self.pacer.wait(data)
        try:
            await self.current.send(data)
        except Exception as exc:  # not connected, socket gone, TURN connection dropped
            log.debug("ICE send dropped: %s", exc)

    # -- candidates --------------------------------------------------------------------

    def set_mid(self, mid: str | None) -> None:
        if mid:
            self._mid = mid

    def gathering(self, conn: IceConnection | None = None) -> bool:
        return not (conn or self.local).gathering_done.is_set()

    @property
    def local(self) -> IceConnection:
        """The connection our next description describes."""
        return self.pending or self.current

    def _local_candidate(self, conn: IceConnection, candidate: Candidate | None) -> None:
        if candidate is None:
            for url, why in conn.relay_failures.items():
                self.relay_failures[url] = why
        if conn is self.local:
            self._on_candidate(candidate_payload(candidate, conn.local_username, self._mid))

    async def add_remote_candidate(self, payload: dict[str, Any]) -> None:
        """A trickled candidate (or end of them) of whichever generation it names."""
        ufrag = payload.get("usernameFragment")
        target: IceConnection | None
        if self.pending is not None and (ufrag is None or ufrag == self.pending.remote_username):
            target = self.pending
        elif ufrag is None or ufrag == self.remote_ufrag:
            target = self.current
        else:
            return  # an older generation's, late
        if target._remote_candidates_end:
            return
        text = (payload.get("candidate") or "").strip()
        if not text:
            await target.add_remote_candidate(None)
            return
        await target.add_remote_candidate(Candidate.from_sdp(text.removeprefix("candidate:")))

    # -- restart in place --------------------------------------------------------------

    def is_restart(self, sdp: str) -> bool:
        """A description from the peer with new ICE credentials, on a running transport."""
        ufrag = remote_ice(sdp)[0]
        return self.remote_ufrag is not None and ufrag is not None and ufrag != self.remote_ufrag

    def note_remote(self, sdp: str) -> None:
        """The first description's ufrag: aiortc starts ``current`` with it."""
        if self.remote_ufrag is None:
            self.remote_ufrag = remote_ice(sdp)[0]

    async def prepare_restart(self) -> None:
        """New local credentials and candidates; the next description carries them."""
        self.abandon_restart()
        pending = self._connection(self.current.ice_controlling)
        self.pending = pending
        self._gatherer._connection = pending
        await pending.gather_candidates()

    async def begin_checks(self, sdp: str, timeout: float) -> None:
        """The peer's side of the new generation is known: check it, then switch to it."""
        pending = self.pending
        if pending is None:
            return
        ufrag, password, candidates, complete = remote_ice(sdp)
        pending.remote_username, pending.remote_password = ufrag, password
        # Before any trickled candidate (or their end) for this generation is taken.
        for candidate in candidates:
            if not pending._remote_candidates_end:
                await pending.add_remote_candidate(candidate)
        if complete and not pending._remote_candidates_end:
            await pending.add_remote_candidate(None)
        self._pending_task = asyncio.ensure_future(self._connect(pending, timeout))

    async def _connect(self, pending: IceConnection, timeout: float) -> None:
        try:
            await asyncio.wait_for(pending.connect(), timeout)
        except (ConnectionError, TimeoutError) as exc:
            log.info("ICE restart did not connect: %s", exc or "timed out")
            if self.pending is pending:
                self.abandon_restart()
            return
        if self.pending is pending:
            self._switch(pending)

    def _switch(self, new: IceConnection) -> None:
        old, self.current, self.pending = self.current, new, None
        self.remote_ufrag = new.remote_username
        # aiortc's transport watches its connection for a close (and then fails the
        # peer connection): watch the new one, and let the old one close quietly.
        monitor = self._transport._RTCIceTransport__monitor_task  # type: ignore[attr-defined]
        if monitor is not None:
            monitor.cancel()
        self._transport._connection = new
        self._transport._RTCIceTransport__monitor_task = asyncio.ensure_future(  # type: ignore[attr-defined]
            self._transport._monitor())
        self.restarts += 1
        self._retiring.add(old)
        asyncio.get_running_loop().call_later(RETIRE_AFTER_S, self._retire, old)
        log.info("ICE restarted: now %s", new.selected())

    def _retire(self, old: IceConnection) -> None:
        if old in self._retiring:
            self._retiring.discard(old)
            asyncio.ensure_future(old.close())

    def abandon_restart(self) -> None:
        pending, self.pending = self.pending, None
        if self._pending_task is not None and not self._pending_task.done():
            self._pending_task.cancel()
        self._gatherer._connection = self.current
        if pending is not None:
            asyncio.ensure_future(pending.close())

    def rollback_local_offer(self) -> None:
        """Glare while restarting: drop our pending offer (aiortc has no rollback)."""
        self._pc._RTCPeerConnection__pendingLocalDescription = None  # type: ignore[attr-defined]
        self._pc._RTCPeerConnection__setSignalingState("stable")  # type: ignore[attr-defined]
        self.abandon_restart()

    # -- state -------------------------------------------------------------------------

    def silence(self, now: float | None = None) -> float | None:
        """Seconds since anything came from the peer on any path; None before connecting."""
        stamps = [c.last_alive for c in (self.current, self.pending) if c is not None and c.last_alive]
        if not stamps:
            return None
        return (now if now is not None else time.monotonic()) - max(stamps)

    def selected(self) -> dict[str, Any] | None:
        return self.current.selected()

    def failure(self, why: str, peer_id: str | None) -> IceFailedError:
        """The error to report when no path worked: the relay's refusal, if that was it."""
        if self._turn and self.relay_failures and all(
                self.relay_failures.get(t.url) == "auth" for t in self._turn):
            return TurnAuthError(f"{why}; the relay refused our credentials", peer_id=peer_id)
        return IceFailedError(why, peer_id=peer_id)

    async def close(self) -> None:
        self.abandon_restart()
        retiring, self._retiring = self._retiring, set()
        for old in retiring:
            await old.close()
        self._inbox.put_nowait(None)
