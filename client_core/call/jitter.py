"""Receive buffers that wait for a lost packet a bounded time, then move on.

aiortc's jitter buffer hands out frames only in order and complete, and waits
for a missing packet until its capacity overflows: 512 packets for video
(seconds of frozen picture per packet that even NACK did not bring back) and
16 for audio (a 320 ms hole, then every later frame one slot late for good).
And a retransmission arriving 100 packets late resets it to that old packet.
On a link losing 1-3 % that is a freeze every few seconds.

:class:`BoundedJitterBuffer` waits ``max_wait`` for the packet at its head (time
for one NACK round trip), then skips to the next frame that starts cleanly
(after a packet with the RTP marker bit: the end of a video frame) and asks for
a key frame; the decoder carries on from there, with artefacts at worst until
the key frame comes. For audio (one packet per frame) the hole becomes a gap
the player conceals, and the buffer never holds more than it needs. Packets
older than the head are late and dropped.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from aiortc.jitterbuffer import JitterBuffer, JitterFrame
from aiortc.rtp import RtpPacket
from aiortc.utils import uint16_gt

#: How long a video frame waits for a lost packet: one retransmission at ~100 ms RTT.
VIDEO_MAX_WAIT_S = 0.2
#: Video held back more than this (RTP time from head to newest) is dropped up to a
#: frame that can be shown now.
VIDEO_MAX_SPAN_S = 0.3
VIDEO_CLOCK = 90_000
_VP8_KEY_START = b"\x9d\x01\x2a"  # the start code of a VP8 key frame's header


class BoundedJitterBuffer(JitterBuffer):
    def __init__(self, capacity: int, prefetch: int = 0, is_video: bool = False, *,
                 max_wait: float, max_span: float | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(capacity, prefetch=prefetch, is_video=is_video)
        self._max_wait = max_wait
        self._max_span = None if max_span is None else int(max_span * VIDEO_CLOCK)
        self._clock = clock
        self._gap_since: float | None = None
        self.skipped = 0  # times the head was given up on

    def add(self, packet: RtpPacket) -> tuple[bool, JitterFrame | None]:
        if self._origin is not None and uint16_gt(self._origin, packet.sequence_number):
            return False, None  # older than what we already handed out or gave up on
        pli = self._origin is not None and self._max_span is not None and self._catch_up(packet)
        more_pli, frame = super().add(packet)
        pli = pli or more_pli
        if frame is not None or not self._hole():
            self._gap_since = None
            if frame is not None and not self._is_video:
                self._trim()
            return pli, frame
        if not self._is_video:
            return pli, self._next_audio()
        now = self._clock()
        if self._gap_since is None:
            self._gap_since = now
            if self._max_wait > 0:
                return pli, None
        if now - self._gap_since < self._max_wait or not self._skip():
            return pli, None
        self._gap_since = None
        self.skipped += 1
        return pli or self._is_video, self._remove_frame(packet.sequence_number)

    def _next_audio(self) -> JitterFrame:
        """One frame out for each packet in while a hole is held: aiortc hands out
        nothing until ``prefetch`` whole frames follow the head, so the frames before a
        lost packet would wait, and then be dropped with it. They come out in turn (a
        late packet may still fill the hole), and the hole is passed over when it
        reaches the head, costing its own 20 ms (the player conceals it)."""
        slots = self._slots()
        lost = next(i for i, packet in enumerate(slots) if packet is not None)
        if lost:
            self.skipped += 1
        head = slots[lost]
        assert head is not None
        self.remove(lost + 1)
        return JitterFrame(data=head._data, timestamp=head.timestamp)  # type: ignore[attr-defined]

    def _slots(self) -> list[RtpPacket | None]:
        """The buffer from its head, up to the newest packet held."""
        slots = [self._packets[(self._origin + i) % self._capacity] for i in range(self._capacity)]
        while slots and slots[-1] is None:
            slots.pop()
        return slots

    def _hole(self) -> bool:
        """A packet is missing with newer ones already here (the head frame cannot complete)."""
        return None in self._slots()

    def _skip(self) -> bool:
        """Drop the head up to where a whole frame starts after the hole; False if none yet."""
        slots = self._slots()
        hole = slots.index(None)
        for i in range(hole + 1, len(slots)):
            packet, before = slots[i], slots[i - 1]
            if packet is None:
                continue
            if not self._is_video:
                self.remove(i)  # one packet, one frame: the first one after the hole
                return True
            # A frame starts right after a known end (marker) or a timestamp change.
            if before is not None and (before.marker or before.timestamp != packet.timestamp):
                self.remove(i)
                return True
        return False

    def _catch_up(self, newest: RtpPacket) -> bool:
        """Jump ahead if the head is too far behind ``newest``; True: ask for a key frame."""
        assert self._max_span is not None
        slots = self._slots()
        head = next((p for p in slots if p is not None), None)
        if head is None or (newest.timestamp - head.timestamp) % (1 << 32) <= self._max_span:
            return False
        starts = [i for i, p in enumerate(slots) if p is not None and (i == 0 or (
            slots[i - 1] is not None and slots[i - 1].timestamp != p.timestamp))]
        keys = [i for i in starts if _VP8_KEY_START in getattr(slots[i], "_data", b"")[3:6]]
        if keys:
            self.remove(keys[-1])
            self.skipped += 1
            return False
        if len(starts) > 1:
            self.remove(starts[-1])
            self.skipped += 1
        return True

    def _trim(self) -> None:
        # Audio is one packet a frame: what arrived during a stall would otherwise
        # stay queued, and the call a few frames late, for the rest of the call.
        # Only a lasting surplus: jitter delivers packets in bursts, and dropping
        # a burst's extra frames would cut holes into speech that had none.
        slots = self._slots()
        held = [i for i, packet in enumerate(slots) if packet is not None]
        if len(held) > 2 * self._prefetch + 2:
            self.remove(held[len(held) - self._prefetch - 2])


def install(receiver: object, kind: str) -> None:
    """Put a bounded buffer into an aiortc RTCRtpReceiver before it gets packets."""
    if kind == "video":
        buffer = BoundedJitterBuffer(512, is_video=True, max_wait=VIDEO_MAX_WAIT_S,
                                     max_span=VIDEO_MAX_SPAN_S)
    else:
        # Sound waits for a late packet only as long as its prefetch (4 frames, 80 ms)
        # takes to play: nobody retransmits it (see _next_audio).
        buffer = BoundedJitterBuffer(16, prefetch=4, max_wait=0.0)
    current = getattr(receiver, "_RTCRtpReceiver__jitter_buffer", None)
    if current is None:
        raise RuntimeError("aiortc's RTCRtpReceiver has no jitter buffer where expected")
    receiver._RTCRtpReceiver__jitter_buffer = buffer  # type: ignore[attr-defined]
