"""Outgoing per-peer tracks (with mute / camera-off) and the pump that drains remote tracks."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from dataclasses import dataclass
from fractions import Fraction

import numpy as np
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack
from av.audio.frame import AudioFrame
from av.video.frame import VideoFrame

from .adapt import Rung
from .fanout import FanoutClosed, FrameFanout
from .sources import EPOCH, VIDEO_CLOCK, VIDEO_TIME_BASE, Frame, MediaSource

log = logging.getLogger(__name__)

CAMERA_OFF_FPS = 5  # black frames keep the stream alive cheaply while the camera is off
PAUSED_POLL_S = 0.2  # how soon a paused picture notices it may resume
RECENT_S = 3.0  # the window of arrivals a remote track keeps for the quality indicator


@dataclass
class LocalControls:
    """User toggles shared by every outgoing track of one engine."""

    muted: bool = False
    camera_enabled: bool = True


def silent_copy(frame: AudioFrame) -> AudioFrame:
    channels = len(frame.layout.channels)
    zeros = np.zeros((1, frame.samples * channels), dtype=np.int16)
    out = AudioFrame.from_ndarray(zeros, format="s16", layout=frame.layout.name)
    out.sample_rate = frame.sample_rate
    out.pts = frame.pts
    out.time_base = frame.time_base
    return out


def silence(samples: int = 960, rate: int = 48_000) -> AudioFrame:
    frame = AudioFrame.from_ndarray(np.zeros((1, samples), np.int16), format="s16", layout="mono")
    frame.sample_rate = rate
    frame.pts = int((time.monotonic() - EPOCH) * rate)
    frame.time_base = Fraction(1, rate)
    return frame


def black_frame(width: int, height: int) -> VideoFrame:
    # Y=16, U=V=128 is video black; all-zero planes would show as dark green.
    planes = np.full((height * 3 // 2, width), 128, dtype=np.uint8)
    planes[:height] = 16
    frame = VideoFrame.from_ndarray(planes, format="yuv420p")
    frame.pts = int((time.monotonic() - EPOCH) * VIDEO_CLOCK)
    frame.time_base = VIDEO_TIME_BASE
    return frame


class SourceTrack(MediaStreamTrack):
    """One peer's view of a shared local source. Reads only the newest frame (video).

    ``rung`` (set by the send side, :mod:`client_core.call.sendside`) shapes the
    picture before it is encoded: scaled down to the rung's size, thinned to its
    frame rate, or paused (no frames at all: the sound goes on). ``pace()`` tells
    how fast the sender actually takes frames, which falls behind the rung's rate
    when the encoder cannot keep up.
    """

    def __init__(self, source: MediaSource, controls: LocalControls) -> None:
        super().__init__()
        self.kind = source.kind
        self._source = source
        self._controls = controls
        self._seq = 0
        self._last: Frame | None = None
        self._size = (640, 480)
        self.rung: Rung | None = None
        self._last_at: float | None = None
        self._credit = 0.0
        self._taken: deque[float] = deque(maxlen=90)

    def pace(self, now: float, window: float = 2.0) -> float:
        """Frames a second the sender took over the last ``window`` seconds."""
        return sum(1 for t in self._taken if now - t <= window) / window

    async def recv(self) -> Frame:
        frame = await self._next()
        if isinstance(frame, VideoFrame):
            self._taken.append(time.monotonic())
        return frame

    async def _next(self) -> Frame:
        while True:
            if self.readyState != "live":
                raise MediaStreamError
            if self.kind == "video" and not self._controls.camera_enabled:
                await asyncio.sleep(1 / CAMERA_OFF_FPS)
                return black_frame(*self._size)
            rung = self.rung
            if self.kind == "video" and rung is not None and rung.fps == 0:
                await asyncio.sleep(PAUSED_POLL_S)  # paused: nothing to encode or send
                continue
            fanout = self._source.fanout
            try:
                got = await fanout.next(self._seq)
            except FanoutClosed:
                # Our source was stopped (device switched: the sender already has a new
                # track). Hand out one more frame rather than raising, which would end
                # the sender's RTP loop for good.
                # A source that never delivered (switched away from at once) gets a
                # silent or black stand-in for the same reason.
                if self._last is not None:
                    return self._last
                return silence() if self.kind == "audio" else black_frame(*self._size)
            if got is None:  # interrupted: controls changed, re-check them
                continue
            self._seq, frame = got
            self._last = frame
            if isinstance(frame, VideoFrame):
                self._size = (frame.width, frame.height)
                if rung is None:
                    return frame
                shaped = self._shape(frame, rung)
                if shaped is not None:
                    return shaped
                continue
            assert isinstance(frame, AudioFrame)
            return silent_copy(frame) if self._controls.muted else frame


    def _shape(self, frame: VideoFrame, rung: Rung) -> VideoFrame | None:
        """The frame at the rung's size, or None to skip it (frame rate)."""
        # Paced on our own clock, not the frame's pts: frames are shared between
        # peers and PyAV's encoder rebases a frame's pts in place while encoding it.
        now = time.monotonic()
        # Credit for frames, earned at the rung's rate: 30 -> 20 keeps two of three.
        elapsed = now - self._last_at if self._last_at is not None else 1.0
        self._last_at = now
        self._credit = min(self._credit + elapsed * rung.fps, 1.5)
        if self._credit < 0.8:
            return None
        self._credit -= 1.0
        if frame.width <= rung.width and frame.height <= rung.height:
            return frame  # never scale up
        # Keep the source's aspect ratio within the rung's box; sizes even for 4:2:0.
        scale = min(rung.width / frame.width, rung.height / frame.height)
        width, height = int(frame.width * scale) & ~1, int(frame.height * scale) & ~1
        small = frame.reformat(width=width, height=height)
        small.pts, small.time_base = frame.pts, frame.time_base
        return small


class RemotePump:
    """Drains one remote aiortc track into a bounded fanout, counting what arrives.

    aiortc's RemoteStreamTrack buffers decoded frames in an unbounded queue; draining it
    continuously and keeping only the newest frames bounds memory and delay. It also
    keeps the last seconds' arrivals (and, for sound, the samples the timestamps
    skipped: lost or given up on), which the call's quality indicator reads.
    """

    def __init__(self, track: MediaStreamTrack, fanout: FrameFanout[Frame]) -> None:
        self.track = track
        self.fanout = fanout
        self.received = 0
        self.first_at: float | None = None
        self.last_at: float | None = None
        self._recent: deque[tuple[float, int, int]] = deque()  # (arrival, samples, missing)
        self._next_pts: int | None = None
        self.task = asyncio.ensure_future(self._run())

    async def _run(self) -> None:
        while True:
            try:
                frame = await self.track.recv()
            except MediaStreamError:
                return
            now = time.monotonic()
            self.first_at = self.first_at or now
            self.last_at = now
            self.received += 1
            self._note(frame, now)
            self.fanout.publish(frame)

    def _note(self, frame: Frame, now: float) -> None:
        missing, samples = 0, 1
        if isinstance(frame, AudioFrame) and frame.pts is not None:
            samples = frame.samples
            if self._next_pts is not None and 0 < frame.pts - self._next_pts < 10 * frame.sample_rate:
                missing = frame.pts - self._next_pts
            self._next_pts = frame.pts + frame.samples
        self._recent.append((now, samples, missing))
        while self._recent and now - self._recent[0][0] > RECENT_S:
            self._recent.popleft()

    def rate(self, now: float) -> float:
        """Frames a second over the last seconds."""
        return sum(1 for t, _, _ in self._recent if now - t <= RECENT_S) / RECENT_S

    def lost_pct(self, now: float) -> float | None:
        """Share of the sound lost over the last seconds (None: no sound lately)."""
        got = sum(n for t, n, _ in self._recent if now - t <= RECENT_S)
        lost = sum(m for t, _, m in self._recent if now - t <= RECENT_S)
        return 100.0 * lost / (got + lost) if got else None

    async def stop(self) -> None:
        self.track.stop()  # aiortc only marks it ended once someone reads its end marker
        self.task.cancel()
        try:
            await self.task
        except asyncio.CancelledError:
            pass
