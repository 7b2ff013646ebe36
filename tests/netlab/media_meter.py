"""Media that tells its own capture time, and a meter for what arrives.

The sender's picture carries its capture time (CLOCK_MONOTONIC milliseconds,
which every namespace of the machine shares) as a bar code of 32 black or
white cells in two rows across the top sixth of the frame; the rest moves, so
the encoder has work. Its sound is silence with a 60 ms 1 kHz beep at every
whole second of the same clock. The receiver reads the bar code of each
decoded frame and finds each beep's onset, so it knows each medium's delay
through the whole call path (capture, encoder, network, jitter buffer,
decoder) and the offset between the two: lip sync, as a flash-and-beep test
measures it. Cells are a tenth of the picture's width or more, so the code
survives scaling down to 160x120 and VP8 at low rates.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from av.audio.frame import AudioFrame
from av.video.frame import VideoFrame

from client_core.call import FrameFanout
from client_core.call.sources import AUDIO_FRAME_SAMPLES, AUDIO_RATE, ThreadedSource

CELLS = 16  # per row, two rows: 24 bits of time, 8 of check
TIME_BITS = 24
BEEP_MS = 60
BEEP_HZ = 1000.0
FREEZE_GAP_S = 0.5


def now_ms() -> int:
    return int(time.monotonic() * 1000)


def _encode(ms: int) -> list[int]:
    value = ms % (1 << TIME_BITS)
    check = (value ^ (value >> 8) ^ (value >> 16) ^ 0x5A) & 0xFF
    word = (value << 8) | check
    return [(word >> (31 - i)) & 1 for i in range(32)]


def _decode(bits: list[int]) -> int | None:
    word = 0
    for bit in bits:
        word = (word << 1) | bit
    value, check = word >> 8, word & 0xFF
    if (value ^ (value >> 8) ^ (value >> 16) ^ 0x5A) & 0xFF != check:
        return None
    return value


_RNG = np.random.default_rng(7)
_TEXTURES: dict[tuple[int, int], np.ndarray] = {}


def _texture(width: int, height: int) -> np.ndarray:
    """Detail like a room behind a person: smoothed noise, twice the frame in size."""
    key = (width, height)
    if key not in _TEXTURES:
        raw = _RNG.integers(0, 256, (height * 2 // 8 + 2, width * 2 // 8 + 2)).astype(np.float32)
        big = np.kron(raw, np.ones((8, 8), np.float32))[: height * 2, : width * 2]
        _TEXTURES[key] = (big * 0.6 + 50).astype(np.uint8)
    return _TEXTURES[key]


def stamp_frame(width: int, height: int, ms: int, phase: int) -> VideoFrame:
    """A yuv420p picture: the bar code of ``ms`` on top; below, a detailed scene that
    pans slowly with a little sensor noise, so the encoder spends its bits as it
    would on a camera's picture (a flat test pattern costs almost nothing)."""
    texture = _texture(width, height)
    dx, dy = (phase * 3) % width, (phase * 2) % height
    y = texture[dy:dy + height, dx:dx + width].copy()
    noise = _RNG.integers(-3, 4, (height, width), dtype=np.int16)
    y = np.clip(y.astype(np.int16) + noise, 16, 235).astype(np.uint8)
    band = max(4, height // 6)
    row_h = band // 2
    cell_w = width // CELLS
    for i, bit in enumerate(_encode(ms)):
        r, c = divmod(i, CELLS)
        y[r * row_h:(r + 1) * row_h, c * cell_w:(c + 1) * cell_w] = 235 if bit else 16
    uv = np.full((height // 2, width // 2), 128, np.uint8)
    planes = np.concatenate([y, uv.reshape(height // 4, width), uv.reshape(height // 4, width)])
    return VideoFrame.from_ndarray(planes, format="yuv420p")


def read_stamp(frame: VideoFrame) -> int | None:
    y = frame.to_ndarray(format="yuv420p")[: frame.height]
    height, width = y.shape
    band = max(4, height // 6)
    row_h = band // 2
    cell_w = width // CELLS
    bits = []
    for i in range(32):
        r, c = divmod(i, CELLS)
        cell = y[r * row_h + row_h // 4:(r + 1) * row_h - row_h // 4,
                 c * cell_w + cell_w // 4:(c + 1) * cell_w - cell_w // 4]
        bits.append(1 if float(cell.mean()) > 125 else 0)
    return _decode(bits)


def unwrap(stamp: int, reference_ms: int) -> int:
    """The full millisecond time nearest ``reference_ms`` with these low bits."""
    period = 1 << TIME_BITS
    base = reference_ms - (reference_ms % period) + stamp
    return min((base - period, base, base + period), key=lambda t: abs(t - reference_ms))


class StampedVideo(ThreadedSource):
    """Frames at ``fps`` with their capture time on them (see the module docstring)."""

    def __init__(self, width: int = 640, height: int = 480, fps: int = 30) -> None:
        super().__init__("video", f"stamped {width}x{height}@{fps}", realtime=False)
        self.size, self.fps = (width, height), fps

    def _open(self) -> None:
        pass

    def _frames(self) -> Iterator[VideoFrame]:
        n = 0
        start = time.monotonic()
        while not self._stopping.is_set():
            due = start + n / self.fps
            delay = due - time.monotonic()
            if delay > 0 and self._stopping.wait(delay):
                return
            yield stamp_frame(*self.size, now_ms(), n)
            n += 1


class BeepingAudio(ThreadedSource):
    """20 ms frames of silence with a 1 kHz beep at each whole second of CLOCK_MONOTONIC."""

    def __init__(self) -> None:
        super().__init__("audio", "beeps", realtime=False)

    def _open(self) -> None:
        pass

    def _frames(self) -> Iterator[AudioFrame]:
        step = AUDIO_FRAME_SAMPLES / AUDIO_RATE
        start = time.monotonic()
        n = 0
        while not self._stopping.is_set():
            due = start + n * step
            delay = due - time.monotonic()
            if delay > 0 and self._stopping.wait(delay):
                return
            t0 = due * 1000.0  # capture time of the frame's first sample, ms
            ms = t0 + np.arange(AUDIO_FRAME_SAMPLES) * 1000.0 / AUDIO_RATE
            on = (ms % 1000.0) < BEEP_MS
            wave = np.where(on, 0.5 * np.sin(2 * math.pi * BEEP_HZ * ms / 1000.0), 0.0)
            samples = (wave * 32767).astype(np.int16).reshape(1, -1)
            frame = AudioFrame.from_ndarray(samples, format="s16", layout="mono")
            frame.sample_rate = AUDIO_RATE
            yield frame
            n += 1


@dataclass
class ReceivedVideo:
    at: float  # arrival, monotonic seconds
    latency_ms: float | None
    width: int
    height: int


@dataclass
class MediaMeter:
    """Everything about one peer's incoming media, from a chosen start."""

    video: list[ReceivedVideo] = field(default_factory=list)
    audio_latency: list[tuple[float, float]] = field(default_factory=list)  # (arrival, ms)
    audio_frames: list[tuple[float, int, int]] = field(default_factory=list)  # (arrival, got, missing)
    _last_audio_pts: int | None = None
    _audio_quiet_since: float | None = None
    _unsubscribe: list[Any] = field(default_factory=list)
    _frame_index: int = 0

    def attach(self, audio: FrameFanout[Any], video: FrameFanout[Any]) -> None:
        self._unsubscribe = [audio.subscribe(self._on_audio), video.subscribe(self._on_video)]

    def detach(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []

    def _on_video(self, frame: VideoFrame) -> None:
        now = time.monotonic()
        self._frame_index += 1
        latency = None
        # Reading the code costs a little; every frame is cheap enough at these sizes.
        stamp = read_stamp(frame)
        if stamp is not None:
            captured = unwrap(stamp, int(now * 1000))
            latency = now * 1000 - captured
            if not 0 <= latency < 10_000:
                latency = None
        self.video.append(ReceivedVideo(now, latency, frame.width, frame.height))

    def _on_audio(self, frame: AudioFrame) -> None:
        now = time.monotonic()
        samples = frame.samples
        missing = 0
        if frame.pts is not None and self._last_audio_pts is not None:
            # Samples the timestamps skipped: lost or late, concealed by the player.
            gap = frame.pts - self._last_audio_pts - samples
            missing = gap if 0 < gap < AUDIO_RATE * 10 else 0
        if frame.pts is not None:
            self._last_audio_pts = frame.pts
        self.audio_frames.append((now, samples, missing))
        pcm = frame.to_ndarray().reshape(-1, len(frame.layout.channels))[:, 0].astype(np.float32)
        loud = np.nonzero(np.abs(pcm) > 3000)[0]
        if loud.size == 0:
            if self._audio_quiet_since is None:
                self._audio_quiet_since = now
            return
        quiet_for = now - self._audio_quiet_since if self._audio_quiet_since is not None else 0.0
        self._audio_quiet_since = None
        if quiet_for < 0.3:
            return  # the same beep's later frames
        # The onset is sample ``loud[0]``: its capture time is the whole second
        # nearest (arrival - that sample's age - a typical delay).
        onset_arrival = now - (samples - loud[0]) / AUDIO_RATE
        guess = onset_arrival * 1000 - 150
        captured = round(guess / 1000) * 1000
        latency = onset_arrival * 1000 - captured
        if 0 <= latency < 1000:
            self.audio_latency.append((onset_arrival, latency))

    # -- figures -------------------------------------------------------------------------

    def figures(self, since: float, until: float) -> dict[str, Any]:
        """fps, sizes, freezes, concealment and A/V offset over [since, until]."""
        frames = [v for v in self.video if since <= v.at <= until]
        span = max(until - since, 1e-6)
        out: dict[str, Any] = {"frames": len(frames), "fps": round(len(frames) / span, 1)}
        per_second = [sum(1 for v in frames if s <= v.at < s + 1)
                      for s in np.arange(since, until - 0.999, 1.0)]
        out["fps_min_1s"] = min(per_second) if per_second else 0
        if frames:
            sizes = sorted(v.width * v.height for v in frames)
            smallest = min(frames, key=lambda v: v.width * v.height)
            out["min_resolution"] = f"{smallest.width}x{smallest.height}"
            out["median_pixels"] = sizes[len(sizes) // 2]
        gaps = [b.at - a.at for a, b in zip(frames, frames[1:], strict=False)]
        freezes = [g for g in gaps if g > FREEZE_GAP_S]
        out["freezes"] = len(freezes)
        out["frozen_s"] = round(sum(freezes), 2)
        out["longest_gap_s"] = round(max(gaps), 2) if gaps else None
        latencies = [v.latency_ms for v in frames if v.latency_ms is not None]
        out["video_latency_ms"] = round(statistics.median(latencies), 1) if latencies else None
        beeps = [(t, ms) for t, ms in self.audio_latency if since <= t <= until]
        out["audio_latency_ms"] = round(statistics.median([ms for _, ms in beeps]), 1) if beeps else None
        offsets = []
        for t, audio_ms in beeps:
            near = [v.latency_ms for v in self.video
                    if abs(v.at - t) <= 0.5 and v.latency_ms is not None]
            if near:
                offsets.append(statistics.median(near) - audio_ms)
        out["av_offset_ms_p95"] = (round(float(np.percentile(np.abs(offsets), 95)), 1)
                                   if offsets else None)
        out["av_offset_ms_median"] = round(statistics.median(offsets), 1) if offsets else None
        got = sum(n for t, n, _ in self.audio_frames if since <= t <= until)
        missing = sum(m for t, _, m in self.audio_frames if since <= t <= until)
        out["audio_concealed_pct"] = round(100.0 * missing / (got + missing), 2) if got else None
        return out

    def first_video_after(self, t: float) -> float | None:
        return next((v.at for v in self.video if v.at > t), None)

    def first_audio_after(self, t: float) -> float | None:
        return next((a for a, _, _ in self.audio_frames if a > t), None)
