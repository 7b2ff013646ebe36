"""How both ends of the pre-session network check move and count bytes.

The customer client (upload) and the hub's echo (download) send throughput on
a WebRTC data channel the same way (``send_paced``), and the receiving end
counts what the link carried (``WireMeter``), so the two directions are
measured alike.
"""

from __future__ import annotations

import asyncio
import bisect
import time
from typing import Any

from aiortc import RTCDataChannel
from aiortc.exceptions import InvalidStateError

try:  # one SCTP DATA chunk per packet; whole chunks avoid a runt packet per message
    from aiortc.rtcsctptransport import USERDATA_MAX_LENGTH as _CHUNK
except ImportError:  # pragma: no cover - private constant moved
    _CHUNK = 1160

#: Size of one throughput message (a whole number of SCTP chunks).
DC_MESSAGE_BYTES = _CHUNK
#: Stop queueing above this many buffered bytes, resume below the low mark.
#: Small on purpose: every byte queued here delays the next ping echo.
DC_BUFFER_HIGH = 16 * DC_MESSAGE_BYTES
DC_BUFFER_LOW = 8 * DC_MESSAGE_BYTES
#: The check needs to show at least 1200 kbit/s, not a line's maximum: past this
#: rate a fast link reads "at least 20 Mbit/s". Unbounded, aiortc's pure-Python
#: SCTP runs both ends flat out (~50-80 Mbit/s on loopback) and starves the
#: other direction's phase of CPU.
DC_MAX_BYTES_PER_S = 20_000_000 // 8

#: Bytes one SCTP packet costs on the link beyond the SCTP packet itself, IPv4,
#: as a Linux qdisc (and ``tc``) counts a frame: Ethernet 14 + IPv4 20 + UDP 8
#: + DTLS 1.2 record header 13 + AES-GCM explicit nonce 8 + tag 16. Measured
#: on the lab veth (AF_PACKET capture, bench/precheck.py): an SCTP packet with
#: one full DATA chunk (12 + 16 + 1160 = 1188 bytes) is a 1267-byte frame.
SCTP_PACKET_WIRE_OVERHEAD = 14 + 20 + 8 + 13 + 8 + 16


class Cumulative:
    """A running byte count with arrival times: ``at(t)`` is the total at time ``t``.

    Timestamps are taken when the bytes arrive (``time.monotonic()``), so a
    report computed later - a late timer, a busy event loop - still gives the
    count at the exact instant asked for.
    """

    def __init__(self) -> None:
        self.total = 0
        self._times: list[float] = []
        self._totals: list[int] = []

    def add(self, n: int, now: float | None = None) -> None:
        self.total += n
        self._times.append(time.monotonic() if now is None else now)
        self._totals.append(self.total)

    def at(self, t: float) -> int:
        i = bisect.bisect_right(self._times, t)
        return self._totals[i - 1] if i else 0


class WireMeter(Cumulative):
    """Every SCTP packet one end RECEIVES on an association, in link bytes.

    Counted where the packets arrive and before SCTP reorders, reassembles or
    discards anything: data, retransmissions (aiortc 1.16 fast-retransmits a
    chunk again for every three SACKs that still miss it: on the lab's shaped
    links a lost chunk was sent up to 5 times, 9-15% of a 2 s phase's DATA
    packets were such copies, and every copy took link time), pings and
    SACKs. Each packet is counted as ``len(packet) + SCTP_PACKET_WIRE_OVERHEAD``,
    i.e. what a ``tc`` qdisc on the sender's interface counts. That is the
    link rate the check is after; payload that reached the application is
    counted separately (goodput).

    Hooks ``RTCSctpTransport._handle_data`` (the DTLS transport's data
    receiver) on this one instance; ``attach`` returns None if a future aiortc
    has no such method, and callers fall back to payload plus a header model.
    """

    @classmethod
    def attach(cls, sctp: Any) -> WireMeter | None:
        handle = getattr(sctp, "_handle_data", None) if sctp is not None else None
        if handle is None or not callable(handle):
            return None
        meter = cls()

        async def counted(data: bytes) -> None:
            meter.add(len(data) + SCTP_PACKET_WIRE_OVERHEAD)
            await handle(data)

        sctp._handle_data = counted
        return meter


def send_unless_closed(channel: RTCDataChannel, message: bytes | str) -> bool:
    """Send unless the channel closed under us (the peer may go at any time)."""
    try:
        channel.send(message)
    except InvalidStateError:
        return False
    return True


async def send_paced(channel: RTCDataChannel, seconds: float) -> int:
    """Send throughput messages for ``seconds`` without overfilling the buffer.

    Shared by the hub (download) and the client (upload). Returns bytes queued.
    """
    loop = asyncio.get_running_loop()
    low = asyncio.Event()
    channel.bufferedAmountLowThreshold = DC_BUFFER_LOW
    channel.on("bufferedamountlow", low.set)
    payload = bytes(DC_MESSAGE_BYTES)
    started = loop.time()
    deadline = started + seconds
    sent = 0
    try:
        while channel.readyState == "open" and loop.time() < deadline:
            ahead = sent - (loop.time() - started) * DC_MAX_BYTES_PER_S - DC_BUFFER_HIGH
            if ahead > 0:  # over the ceiling: wait until the schedule catches up
                await asyncio.sleep(min(ahead / DC_MAX_BYTES_PER_S, max(0.0, deadline - loop.time())))
                continue
            if channel.bufferedAmount >= DC_BUFFER_HIGH:
                low.clear()
                try:
                    await asyncio.wait_for(low.wait(), deadline - loop.time())
                except TimeoutError:
                    break
                continue
            if not send_unless_closed(channel, payload):
                break
            sent += len(payload)
    finally:
        channel.remove_listener("bufferedamountlow", low.set)
    return sent
