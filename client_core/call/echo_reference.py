"""What the speaker plays, on a timeline: the echo canceller's reference.

Every audio sink that plays into the room (one per remote peer, the check's test
sound) writes the samples it hands to the device together with the time the
device will play them, computed from the sink's own reported queue. The
capture side reads the reference for the moment a microphone block was
captured, so the canceller sees far-end audio aligned by measured latencies;
what no API reports (the OS mixer, the air between speaker and microphone) is
left to the canceller's own delay estimator, which only has to look forward.

Thread-safe: sinks write on the Qt thread, capture threads read.
"""

from __future__ import annotations

import threading

import numpy as np

RATE = 48_000
SPAN_S = 2.0  # how far back a reader may look; capture runs well within 0.5 s of playback
RESYNC_S = 0.02  # a writer whose stamps stray further than this restarts its position


class EchoReference:
    """A mono 48 kHz ring of what will be (or was) played, indexed by monotonic time."""

    def __init__(self, span_s: float = SPAN_S) -> None:
        self._size = int(span_s * RATE)
        self._ring = np.zeros(self._size, dtype=np.int32)  # sums of several sinks
        self._end = 0  # absolute sample index up to which the ring holds current data
        self._lock = threading.Lock()

    @staticmethod
    def index(t: float) -> int:
        return int(round(t * RATE))

    def writer(self) -> ReferenceWriter:
        """One per sink: keeps that sink's samples contiguous on the timeline."""
        return ReferenceWriter(self)

    def add(self, start: int, samples: np.ndarray) -> None:
        """Mix mono int16 ``samples`` in, the first played at absolute index ``start``."""
        n = len(samples)
        if n == 0:
            return
        with self._lock:
            end = start + n
            if end > self._end:
                # Samples beyond the previous end belong to a new lap of the ring: clear them.
                clear_from = max(self._end, end - self._size)
                self._slots(clear_from, end, np.zeros(end - clear_from, np.int32), assign=True)
                self._end = end
            lo = max(start, self._end - self._size)
            if lo < end:
                self._slots(lo, end, samples[lo - start:].astype(np.int32), assign=False)

    def read(self, start: int, n: int) -> np.ndarray:
        """int16 samples played at ``start`` .. ``start + n``; silence where nothing played."""
        out = np.zeros(n, dtype=np.int32)
        with self._lock:
            lo, hi = max(start, self._end - self._size), min(start + n, self._end)
            if lo < hi:
                out[lo - start:hi - start] = self._take(lo, hi)
        return np.clip(out, -32768, 32767).astype(np.int16)

    def _slots(self, lo: int, hi: int, values: np.ndarray, *, assign: bool) -> None:
        a, b = lo % self._size, (hi - 1) % self._size + 1
        if a < b:
            parts = [(slice(a, b), values)]
        else:
            cut = self._size - a
            parts = [(slice(a, self._size), values[:cut]), (slice(0, b), values[cut:])]
        for where, chunk in parts:
            if assign:
                self._ring[where] = chunk
            else:
                self._ring[where] += chunk

    def _take(self, lo: int, hi: int) -> np.ndarray:
        a, b = lo % self._size, (hi - 1) % self._size + 1
        if a < b:
            return self._ring[a:b]
        return np.concatenate([self._ring[a:], self._ring[:b]])


class ReferenceWriter:
    """A sink's view: contiguous samples, resynchronised when the sink's stamps stray.

    A sink's queue-based stamps jitter by a few milliseconds from write to write;
    writing each chunk at its own stamp would overlap or gap the reference where
    the speaker played a seamless stream.
    """

    def __init__(self, reference: EchoReference) -> None:
        self.reference = reference
        self._next: int | None = None
        self.resyncs = 0

    def write(self, samples: np.ndarray, play_at: float) -> None:
        """``samples``: mono int16 handed to the device, the first heard at ``play_at``."""
        stamp = EchoReference.index(play_at)
        if self._next is None or abs(stamp - self._next) > RESYNC_S * RATE:
            if self._next is not None:
                self.resyncs += 1
            self._next = stamp
        self.reference.add(self._next, samples)
        self._next += len(samples)

    def reset(self) -> None:
        self._next = None


def mono(pcm: np.ndarray, channels: int) -> np.ndarray:
    """Interleaved int16 -> mono int16 (the mean of the channels)."""
    if channels == 1:
        return pcm
    frames = pcm[: len(pcm) // channels * channels].reshape(-1, channels)
    return frames.mean(axis=1).astype(np.int16)
