"""Spread a video frame's packets over time instead of sending them back to back.

aiortc hands every packet of an encoded frame to the transport at once; a key
frame of a few dozen packets then arrives at a thin line's bottleneck as one
burst, overflows its buffer, loses packets, and the receiver asks for another
key frame: on the lab's 1200 kbit/s line this alone turned one loss into
seconds of frozen picture. libwebrtc paces at a multiple of the target rate;
so does this, for the video stream's SSRC only (sound and RTCP go at once;
retransmissions too, since they are sent from the RTCP handler, which must
not wait).
"""

from __future__ import annotations

import asyncio
import time

#: Pace at this multiple of the video target: a frame goes out in a fraction of
#: its frame interval, but never as one burst.
PACE_FACTOR = 2.5
#: Never slower than this: a small picture's key frame must not take a second to leave.
PACE_FLOOR_KBPS = 300.0


class Pacer:
    def __init__(self) -> None:
        self.ssrcs: frozenset[int] = frozenset()
        self.kbps: float | None = None
        self._free_at = 0.0

    def set(self, ssrcs: frozenset[int], target_kbps: float) -> None:
        self.ssrcs, self.kbps = ssrcs, max(target_kbps * PACE_FACTOR, PACE_FLOOR_KBPS)

    async def wait(self, data: bytes) -> None:
        """Before ``data`` (an SRTP/SRTCP/DTLS datagram) leaves: wait for its turn."""
        if self.kbps is None or len(data) < 12 or data[0] >> 6 != 2:
            return  # not RTP (DTLS), or pacing is off
        if 72 <= (data[1] & 0x7F) <= 79:
            return  # RTCP (packet types 200-207)
        if int.from_bytes(data[8:12], "big") not in self.ssrcs:
            return
        now = time.monotonic()
        start = max(now, self._free_at)
        self._free_at = start + len(data) * 8 / (self.kbps * 1000.0)
        if start - now > 0.001:
            await asyncio.sleep(start - now)
