"""Network part of the pre-session check: a WebRTC loopback through the hub.

How (the way test.webrtc.org, Jitsi and Twilio pre-call tests do it):

1. Connect: one RTCPeerConnection to the hub (``POST /precheck/offer``) with
   three data channels (see :mod:`service_hub.precheck_echo`). If no channel
   opens, WebRTC connectivity fails and nothing else is measured.
2. Idle pings (``ping_phase_s``, 100 per second): timestamped messages on an
   UNORDERED, ``maxRetransmits=0`` channel, echoed by the hub. RTT is the
   median, jitter the mean change between consecutive RTTs (the RTT analogue of
   RFC 3550 interarrival jitter), loss the share never echoed. Measured on an
   idle link on purpose: with the link full, the test's own queueing and drops
   would be graded as if they were the line's.
3. Throughput: the rest of ``duration_s`` is split between up, then down,
   SEQUENTIALLY. Measured both ways on tc-shaped links: concurrently each
   direction's SACKs queue behind the other direction's data and the pair
   under-fills the link by 5-10% even after counting the SACK bytes, while
   one direction at a time lands within ~2% of the shaped rate. Each phase is
   measured where the bytes arrive (upload on the hub's clock, download on
   ours) from arrival timestamps: the first ``STEADY_FROM_S`` after the first
   arrival are dropped (slow start, the shaper's bucket burst) and the rate
   is taken over the rest of the phase (1.5 s of the 2 s). Pings continue at
   10 per second and give ``rtt_loaded_ms`` (queueing under load; reported,
   not graded).

Link rate, not payload: the estimate is every SCTP packet the receiving end
got in the window, each counted with its Ethernet/IPv4/UDP/DTLS headers
(:class:`hub_protocol.precheck_meter.WireMeter`), so it is comparable with a
connection speed (the agency's 1200 kbit/s, an ISP's rate or a ``tc``
shaper). Counting the packets, not the payload delivered, matters: aiortc's
SCTP fast-retransmits a lost chunk again for every three SACKs that still
miss it (on the lab's shaped links 9-15% of a phase's DATA packets were
such copies, up to 5 of one chunk), and an ordered channel delivers payload
in bursts after each loss: a chunk lost near a sample boundary moves up to a
queue's worth (~160 ms at 800 kbit/s) of payload across it, and the upload's
tail losses, always there, moved it out of the last sample. Payload-only figures stay in ``*_goodput_kbit``. A hub or aiortc
without the packet meter falls back to payload plus a header model.

Which throughput transport is default, and why: see ``DEFAULT_THROUGHPUT``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import statistics
import struct
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import aiohttp
from aiortc import (
    RTCConfiguration,
    RTCDataChannel,
    RTCIceServer,
    RTCPeerConnection,
    RTCSessionDescription,
)
from aiortc.exceptions import InvalidStateError

from client_core.precheck.measurement import NetworkMeasurement
from hub_protocol.precheck_meter import Cumulative, WireMeter, send_paced

try:
    from aiortc.rtcsctptransport import USERDATA_MAX_LENGTH as SCTP_CHUNK
except ImportError:  # pragma: no cover
    SCTP_CHUNK = 1160

__all__ = ["NetworkMeasurement", "measure_network", "measure_http", "DEFAULT_THROUGHPUT"]

log = logging.getLogger(__name__)

Throughput = Literal["datachannel", "http"]

#: Chosen after measuring both on tc-shaped links, 0.8-5 Mbit/s
#: (bench/precheck.py): counting received packets (WireMeter) the data
#: channel lands within about 1% of the shaped rate and of the bytes the
#: veth actually carried, finishes inside the 6 s budget at every rate, and
#: it is the path a call's media takes (UDP, the same NAT and firewall).
#: HTTP/TCP swings more (one TCP sawtooth can move a 1-second sample by 30%),
#: and at 800 kbit/s the upload's kernel send buffer keeps draining past the
#: deadline so the check overran 6 s.
#: aiortc's SCTP is pure Python: its ceiling on this machine is ~55 Mbit/s
#: per direction with both ends in one process, far above the 5 Mbit/s the
#: verdicts care about; above that, use ``measure_http``.
DEFAULT_THROUGHPUT: Throughput = "datachannel"

# Per-packet bytes on the wire beyond the SCTP payload (IPv4, as a Linux
# qdisc counts it): Ethernet 14 + IPv4 20 + UDP 8 + DTLS 1.2 AES-GCM record
# 13+8+16 + SCTP common header 12 + DATA (or SACK) chunk header 16.
DC_PACKET_OVERHEAD = 14 + 20 + 8 + 37 + 12 + 16
DC_SACK_WIRE = DC_PACKET_OVERHEAD  # a SACK without gap blocks is the same size
# TCP: Ethernet 14 + IPv4 20 + TCP with timestamps 32 around a 1448-byte MSS.
TCP_MSS = 1448
TCP_PACKET_OVERHEAD = 66
# Small client send buffer for the HTTP upload: bytes queued in the kernel
# keep draining after our deadline and would hold the request open.
HTTP_SNDBUF = 32 * 1024

PING = struct.Struct("!Id")  # sequence number, client send time (monotonic)
IDLE_PING_INTERVAL_S = 0.01
LOADED_PING_INTERVAL_S = 0.1
CONNECT_TIMEOUT_S = 3.0
#: Cumulative counts are taken on a grid of this step from a phase's first arrival.
REPORT_STEP_S = 0.25
#: Warm-up dropped from each throughput phase (a multiple of REPORT_STEP_S).
#: Measured on the shaped lab link: full from ~0.2 s at 0.8-5 Mbit/s.
STEADY_FROM_S = 0.5
RESULT_GRACE_S = 0.35  # wait this long after sending stops for the hub's last sample


@dataclass
class _Pings:
    """Sent and echoed pings; the phase decides what is graded."""

    sent: dict[int, tuple[float, bool]] = field(default_factory=dict)  # seq -> (t, loaded)
    rtt_s: dict[int, float] = field(default_factory=dict)
    next_seq: int = 0

    def send(self, channel: RTCDataChannel, loaded: bool) -> None:
        if channel.readyState != "open":
            return
        now = time.monotonic()
        self.sent[self.next_seq] = (now, loaded)
        channel.send(PING.pack(self.next_seq, now))
        self.next_seq += 1

    def on_message(self, message: bytes | str) -> None:
        if isinstance(message, str) or len(message) != PING.size:
            return
        seq, t_sent = PING.unpack(message)
        if seq in self.sent and seq not in self.rtt_s:
            self.rtt_s[seq] = time.monotonic() - t_sent

    def idle_figures(self) -> tuple[float | None, float | None, float | None, int, int]:
        """(rtt_ms, jitter_ms, loss_pct, sent, lost) over the idle phase."""
        idle = [s for s, (_, loaded) in self.sent.items() if not loaded]
        got = [self.rtt_s[s] * 1000 for s in sorted(idle) if s in self.rtt_s]
        lost = len(idle) - len(got)
        if not idle:
            return None, None, None, 0, 0
        loss = 100.0 * lost / len(idle)
        if not got:
            return None, None, loss, len(idle), lost
        jitter = (
            statistics.fmean(abs(b - a) for a, b in zip(got, got[1:], strict=False))
            if len(got) > 1
            else 0.0
        )
        return statistics.median(got), jitter, loss, len(idle), lost

    def loaded_rtt_ms(self) -> float | None:
        got = [rtt * 1000 for s, rtt in self.rtt_s.items() if self.sent[s][1]]
        return statistics.median(got) if got else None

    def loaded_per_s(self) -> float:
        return 1.0 / LOADED_PING_INTERVAL_S


@dataclass
class _Arrivals:
    """Bytes arriving at this end, binned per second from the first byte."""

    first: float | None = None
    events: list[tuple[float, int]] = field(default_factory=list)
    cumulative: Cumulative = field(default_factory=Cumulative)

    def add(self, n: int) -> None:
        now = time.monotonic()
        if self.first is None:
            self.first = now
        self.events.append((now, n))
        self.cumulative.add(n, now)

    def per_second(self, seconds: int) -> list[int]:
        if self.first is None:
            return []
        bins = [0] * seconds
        for t, n in self.events:
            k = int(t - self.first)
            if k < seconds:
                bins[k] += n
        # only whole seconds that have ended
        done = int(time.monotonic() - self.first)
        return bins[: min(seconds, done)]


def _steady(per_second: Sequence[int]) -> float | None:
    """Mean bytes/s after dropping the warm-up second; None if nothing is left."""
    steady = list(per_second[1:])
    return statistics.fmean(steady) if steady else None


def _kbit(bytes_per_s: float) -> float:
    return bytes_per_s * 8 / 1000


def _grid_rate(cumulative: dict[int, int], k0: int, k1: int) -> float | None:
    """Bytes/s between grid points ``k0`` and ``k1`` (None if either is missing)."""
    if k1 <= k0 or k0 not in cumulative or k1 not in cumulative:
        return None
    return (cumulative[k1] - cumulative[k0]) / ((k1 - k0) * REPORT_STEP_S)


def _grid_per_second(cumulative: dict[int, int], seconds: int) -> list[int]:
    """Bytes in each whole second of the grid, while the grid has it."""
    per = round(1 / REPORT_STEP_S)
    out = []
    for s in range(seconds):
        if s * per not in cumulative or (s + 1) * per not in cumulative:
            break
        out.append(cumulative[(s + 1) * per] - cumulative[s * per])
    return out


def _dc_link_bytes_per_s(payload: float, pings_per_s: float) -> float:
    """Fallback header model (no packet meter): data packets plus the pings."""
    own = payload / SCTP_CHUNK * (SCTP_CHUNK + DC_PACKET_OVERHEAD)
    # each ping crosses each link once (request or echo) and so does a SACK
    pings = pings_per_s * (DC_PACKET_OVERHEAD + PING.size + DC_SACK_WIRE)
    return own + pings


def _tcp_link_bytes_per_s(payload: float) -> float:
    return payload / TCP_MSS * (TCP_MSS + TCP_PACKET_OVERHEAD)


@dataclass
class _Run:
    """State of one measurement, so a timeout can still report what was seen."""

    t0: float = field(default_factory=time.monotonic)
    connected: bool = False
    setup_s: float | None = None
    pings: _Pings = field(default_factory=_Pings)
    down: _Arrivals = field(default_factory=_Arrivals)
    down_wire: WireMeter | None = None  # every packet the hub sent us, in link bytes
    up_cumulative: dict[int, int] = field(default_factory=dict)  # hub second -> bytes (legacy)
    up_grid: dict[int, tuple[int, int | None]] = field(default_factory=dict)  # k -> (payload, wire)
    http_up: list[int] | None = None
    http_down: list[int] | None = None
    method: Throughput = "datachannel"
    phase_s: float = 0.0  # length of each throughput phase
    notes: list[str] = field(default_factory=list)

    def on_up_report(self, message: bytes | str) -> None:
        if not isinstance(message, str):
            return
        try:
            report = json.loads(message)
            if "t" in report:
                wire = report.get("wire")
                self.up_grid[round(float(report["t"]) / REPORT_STEP_S)] = (
                    int(report["bytes"]), None if wire is None else int(wire))
            else:  # a hub that ignored our report_step: one report a second
                self.up_cumulative[int(report["second"])] = int(report["bytes"])
        except (ValueError, KeyError, TypeError):
            log.warning("bad upload report from the hub: %.80r", message)

    def grid_end(self) -> int:
        """Last grid point inside the phase."""
        return int(self.phase_s / REPORT_STEP_S + 1e-9)

    def down_grid(self) -> dict[int, tuple[int, int | None]]:
        """Our download counts on the grid, for the points already passed."""
        first = self.down.first
        if first is None:
            return {}
        now = time.monotonic()
        out: dict[int, tuple[int, int | None]] = {}
        for k in range(self.grid_end() + 1):
            t = first + k * REPORT_STEP_S
            if t > now:
                break
            # the first message's bytes belong to the phase: count from just before it
            at = t if k else t - 1e-9
            out[k] = (self.down.cumulative.at(at),
                      None if self.down_wire is None else self.down_wire.at(at))
        return out

    def _direction(self, grid: dict[int, tuple[int, int | None]]
                   ) -> tuple[float | None, float | None, list[int], bool]:
        """(link bytes/s, payload bytes/s, per-second link bytes, metered)
        over the steady part of a phase. Without wire counts (no packet
        meter) the link rate is payload plus the header model."""
        k0, k1 = round(STEADY_FROM_S / REPORT_STEP_S), self.grid_end()
        payload = {k: b for k, (b, _) in grid.items()}
        wire = {k: w for k, (_, w) in grid.items() if w is not None}
        goodput = _grid_rate(payload, k0, k1)
        if grid and len(wire) == len(grid):
            return (_grid_rate(wire, k0, k1), goodput,
                    _grid_per_second(wire, int(self.phase_s)), True)
        pings = self.pings.loaded_per_s() if self.pings.rtt_s else 0.0
        link = None if goodput is None else _dc_link_bytes_per_s(goodput, pings)
        bins = [round(_dc_link_bytes_per_s(b, pings))
                for b in _grid_per_second(payload, int(self.phase_s))]
        return link, goodput, bins, False

    def throughput_done(self) -> bool:
        end = self.grid_end()
        up_done = end in self.up_grid or len(self.up_per_second()) >= int(self.phase_s)
        return up_done and end in self.down_grid()

    def up_per_second(self) -> list[int]:
        """Per-second upload bytes, only seconds inside the upload phase."""
        out, prev = [], 0
        for k in range(1, int(self.phase_s) + 1):
            if k not in self.up_cumulative:
                break
            out.append(self.up_cumulative[k] - prev)
            prev = self.up_cumulative[k]
        return out

    def result(self, error: str | None = None) -> NetworkMeasurement:
        rtt, jitter, loss, sent, lost = self.pings.idle_figures()
        if self.method == "http":
            up_bins, down_bins = self.http_up or [], self.http_down or []
        else:
            up_bins, down_bins = self.up_per_second(), self.down.per_second(int(self.phase_s))
        up, down = _steady(up_bins), _steady(down_bins)
        up_link = down_link = None
        if up is not None and down is not None:
            # Phases are sequential: the reverse link carries no test payload.
            if self.method == "http":
                up_link, down_link = _tcp_link_bytes_per_s(up), _tcp_link_bytes_per_s(down)
            else:
                rate = self.pings.loaded_per_s() if self.pings.rtt_s else 0.0
                up_link = _dc_link_bytes_per_s(up, rate)
                down_link = _dc_link_bytes_per_s(down, rate)
        if self.method == "datachannel":
            # Preferred: packets counted at the receiver (see WireMeter).
            for direction, grid in (("up", self.up_grid), ("down", self.down_grid())):
                if not grid:  # nothing arrived, or a hub without fine reports: as above
                    if direction == "up" and self.up_cumulative:
                        self.notes.append("up: hub sent per-second payload reports only")
                    continue
                link, payload, bins, metered = self._direction(grid)
                if not metered:
                    self.notes.append(f"{direction}: no packet meter, payload plus header model")
                if direction == "up":
                    up_link, up, up_bins = link, payload, bins
                else:
                    down_link, down, down_bins = link, payload, bins
        if self.connected and (up is None or down is None) and error is None:
            error = "too few throughput samples"
        return NetworkMeasurement(
            connected=self.connected,
            method=self.method,
            up_kbit=None if up_link is None else round(_kbit(up_link), 1),
            down_kbit=None if down_link is None else round(_kbit(down_link), 1),
            up_goodput_kbit=None if up is None else round(_kbit(up), 1),
            down_goodput_kbit=None if down is None else round(_kbit(down), 1),
            up_samples_kbit=tuple(round(_kbit(b), 1) for b in up_bins),
            down_samples_kbit=tuple(round(_kbit(b), 1) for b in down_bins),
            rtt_ms=None if rtt is None else round(rtt, 2),
            rtt_loaded_ms=_round(self.pings.loaded_rtt_ms()),
            jitter_ms=None if jitter is None else round(jitter, 2),
            loss_pct=None if loss is None else round(loss, 2),
            pings_sent=sent,
            pings_lost=lost,
            setup_s=None if self.setup_s is None else round(self.setup_s, 3),
            elapsed_s=round(time.monotonic() - self.t0, 3),
            error=error,
            notes=tuple(self.notes),
        )


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


async def _ping_for(channel: RTCDataChannel, pings: _Pings, seconds: float,
                    interval: float, loaded: bool) -> None:
    """Send pings on a fixed schedule (no drift from send-time jitter)."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    k = 0
    while channel.readyState == "open":
        due = start + k * interval
        if due >= start + seconds:
            return
        await asyncio.sleep(max(0.0, due - loop.time()))
        pings.send(channel, loaded)
        k += 1


async def _connect(pc: RTCPeerConnection, http: aiohttp.ClientSession, base_url: str,
                   channels: Sequence[RTCDataChannel]) -> None:
    await pc.setLocalDescription(await pc.createOffer())
    offer = pc.localDescription
    async with http.post(f"{base_url}/precheck/offer",
                         json={"sdp": offer.sdp, "type": offer.type}) as resp:
        if resp.status != 200:
            raise ConnectionError(f"hub refused the offer (HTTP {resp.status})")
        answer = await resp.json()
    await pc.setRemoteDescription(RTCSessionDescription(sdp=answer["sdp"], type=answer["type"]))
    opened = [asyncio.Event() for _ in channels]
    for channel, event in zip(channels, opened, strict=True):
        channel.on("open", event.set)
    await asyncio.gather(*(e.wait() for e in opened))


async def measure_network(
    base_url: str,
    *,
    duration_s: float = 5.0,
    ping_phase_s: float = 1.0,
    throughput: Throughput = DEFAULT_THROUGHPUT,
    ice_servers: Sequence[RTCIceServer] = (),
    max_total_s: float = 6.0,
    http: aiohttp.ClientSession | None = None,
) -> NetworkMeasurement:
    """Measure WebRTC connectivity, bandwidth up/down, RTT, jitter and loss.

    ``duration_s`` covers the idle ping phase and the throughput phase;
    connecting comes on top, and everything is cut at ``max_total_s`` (partial
    figures are returned with ``error`` set). Never raises for network
    trouble: an unreachable hub or a failed connection gives ``connected=False``.
    ``ice_servers`` is empty by default - the hub is reached on its host
    address - and aiortc's default public STUN server is never used.
    """
    run = _Run(method=throughput)
    own_http = http is None
    session = http or _http_session(max_total_s)
    pc = RTCPeerConnection(RTCConfiguration(iceServers=list(ice_servers)))
    try:
        async with asyncio.timeout(max_total_s - 0.2):  # leave time to close
            await _measure(run, pc, session, base_url.rstrip("/"), duration_s, ping_phase_s)
        return run.result()
    except TimeoutError:
        return run.result("network check timed out" if run.connected else "could not connect")
    except (aiohttp.ClientError, ConnectionError, OSError, ValueError, InvalidStateError) as exc:
        return run.result(f"{type(exc).__name__}: {exc}")
    finally:
        try:
            async with asyncio.timeout(1.0):
                await pc.close()
        except TimeoutError:
            log.warning("closing the precheck peer connection timed out")
        if own_http:
            await session.close()


async def _measure(run: _Run, pc: RTCPeerConnection, http: aiohttp.ClientSession,
                   base_url: str, duration_s: float, ping_phase_s: float) -> None:
    ping = pc.createDataChannel("ping", ordered=False, maxRetransmits=0)
    up = pc.createDataChannel("up")
    down = pc.createDataChannel("down")
    ping.on("message", run.pings.on_message)
    up.on("message", run.on_up_report)
    down.on("message", lambda m: run.down.add(len(m)) if isinstance(m, bytes) else None)
    run.down_wire = WireMeter.attach(pc.sctp)

    async with asyncio.timeout(CONNECT_TIMEOUT_S):
        await _connect(pc, http, base_url, (ping, up, down))
    run.connected = True
    run.setup_s = time.monotonic() - run.t0

    await _ping_for(ping, run.pings, ping_phase_s, IDLE_PING_INTERVAL_S, loaded=False)

    phase_s = run.phase_s = max(0.0, duration_s - ping_phase_s) / 2
    loaded_pings = asyncio.ensure_future(
        _ping_for(ping, run.pings, 2 * phase_s, LOADED_PING_INTERVAL_S, loaded=True))
    try:
        if run.method == "http":
            run.http_up = await _http_upload(http, base_url, phase_s)
            run.http_down = await _http_download(http, base_url, phase_s)
        else:
            # Ask for the download now, while the up link is idle: asked after the
            # upload it would queue behind the upload's tail and start late.
            down.send(json.dumps({"seconds": phase_s, "delay": phase_s}))
            up.send(json.dumps({"report_step": REPORT_STEP_S}))  # before any data
            await send_paced(up, phase_s)
            await asyncio.sleep(phase_s)  # the hub's last upload report arrives meanwhile
            loop = asyncio.get_running_loop()
            give_up = loop.time() + RESULT_GRACE_S
            while loop.time() < give_up and not run.throughput_done():
                await asyncio.sleep(0.02)
    finally:
        loaded_pings.cancel()


# ---- HTTP (TCP) throughput --------------------------------------------------


async def _http_download(http: aiohttp.ClientSession, base_url: str, seconds: float) -> list[int]:
    """Read for ``seconds`` from the first byte (not from the request: that
    would cut the last sample short by one RTT), then hang up."""
    arrivals = _Arrivals()
    loop = asyncio.get_running_loop()
    give_up = loop.time() + seconds + 2.0  # a hub that never starts sending
    async with http.get(f"{base_url}/precheck/download",
                        params={"bytes": str(10_000_000_000)}) as resp:
        resp.raise_for_status()
        async for chunk in resp.content.iter_any():
            arrivals.add(len(chunk))
            assert arrivals.first is not None
            if time.monotonic() >= arrivals.first + seconds or loop.time() >= give_up:
                break
    return arrivals.per_second(int(seconds))


async def _http_upload(http: aiohttp.ClientSession, base_url: str, seconds: float) -> list[int]:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    block = bytes(64 * 1024)

    async def body() -> AsyncIterator[bytes]:
        while loop.time() < deadline:
            yield block

    async with http.post(f"{base_url}/precheck/upload", data=body()) as resp:
        resp.raise_for_status()
        cumulative = (await resp.json())["cumulative_by_second"]
    return [b - a for a, b in zip([0, *cumulative], cumulative, strict=False)]


async def _http_both(http: aiohttp.ClientSession, base_url: str,
                     seconds: float) -> tuple[list[int], list[int]]:
    up = await _http_upload(http, base_url, seconds / 2)
    down = await _http_download(http, base_url, seconds / 2)
    return up, down


def _small_sndbuf_socket(addr_info: Any) -> socket.socket:
    family, type_, proto, _, _ = addr_info
    sock = socket.socket(family, type_, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, HTTP_SNDBUF)
    return sock


def _http_session(timeout_s: float) -> aiohttp.ClientSession:
    connector = aiohttp.TCPConnector(socket_factory=_small_sndbuf_socket, force_close=True)
    return aiohttp.ClientSession(connector=connector,
                                 timeout=aiohttp.ClientTimeout(total=timeout_s))


async def measure_http(base_url: str, *, duration_s: float = 4.0,
                       http: aiohttp.ClientSession | None = None) -> NetworkMeasurement:
    """Bandwidth only, over plain HTTP/TCP (``/precheck/upload`` and ``/download``).

    Kept as the alternative to the data channel: kernel TCP has no CPU ceiling
    worth the name, but it is not the path media takes (TCP, not UDP), so it
    cannot tell whether WebRTC gets through. Up then down (``duration_s / 2``
    each), converted to link rates with TCP/IP header overhead, exactly like
    the data-channel figures. No RTT/jitter/loss (``connected`` is about
    HTTP reachability here).
    """
    run = _Run(method="http")
    own = http is None
    session = http or _http_session(duration_s + 5.0)
    try:
        run.http_up, run.http_down = await _http_both(session, base_url.rstrip("/"), duration_s)
        run.connected = True
        return run.result()
    except (aiohttp.ClientError, OSError, ValueError) as exc:
        return run.result(f"{type(exc).__name__}: {exc}")
    finally:
        if own:
            await session.close()




def main(argv: Sequence[str] | None = None) -> None:
    """``python -m client_core.precheck.network URL``: one check, JSON on stdout.

    Used by the namespace tests and the bench, which run the client inside a
    network namespace; also handy by hand against a test hub.
    """
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("base_url")
    parser.add_argument("--duration", type=float, default=5.0)
    parser.add_argument("--throughput", choices=["datachannel", "http"], default=DEFAULT_THROUGHPUT)
    parser.add_argument("--http-only", action="store_true", help="run measure_http instead")
    args = parser.parse_args(argv)

    async def one() -> NetworkMeasurement:
        if args.http_only:
            return await measure_http(args.base_url, duration_s=args.duration)
        return await measure_network(args.base_url, duration_s=args.duration,
                                     throughput=args.throughput)

    cpu = time.process_time()
    result = asyncio.run(one()).to_dict()
    result["client_cpu_s"] = round(time.process_time() - cpu, 3)
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
