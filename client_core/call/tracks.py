"""Outgoing per-peer tracks (with mute / camera-off) and the pump that drains remote tracks."""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from fractions import Fraction

import numpy as np
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack
from av.audio.frame import AudioFrame
from av.video.frame import VideoFrame

from .fanout import FanoutClosed, FrameFanout
from .sources import EPOCH, VIDEO_CLOCK, VIDEO_TIME_BASE, Frame, MediaSource

log = logging.getLogger(__name__)

CAMERA_OFF_FPS = 5  # black frames keep the stream alive cheaply while the camera is off


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
    """One peer's view of a shared local source. Reads only the newest frame (video)."""

    def __init__(self, source: MediaSource, controls: LocalControls) -> None:
        super().__init__()
        self.kind = source.kind
        self._source = source
        self._controls = controls
        self._seq = 0
        self._last: Frame | None = None
        self._size = (640, 480)

    async def recv(self) -> Frame:
        while True:
            if self.readyState != "live":
                raise MediaStreamError
            if self.kind == "video" and not self._controls.camera_enabled:
                await asyncio.sleep(1 / CAMERA_OFF_FPS)
                return black_frame(*self._size)
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
                return frame
            assert isinstance(frame, AudioFrame)
            return silent_copy(frame) if self._controls.muted else frame


class RemotePump:
    """Drains one remote aiortc track into a bounded fanout, counting what arrives.

    aiortc's RemoteStreamTrack buffers decoded frames in an unbounded queue; draining it
    continuously and keeping only the newest frames bounds memory and delay.
    """

    def __init__(self, track: MediaStreamTrack, fanout: FrameFanout[Frame]) -> None:
        self.track = track
        self.fanout = fanout
        self.received = 0
        self.first_at: float | None = None
        self.last_at: float | None = None
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
            self.fanout.publish(frame)

    async def stop(self) -> None:
        self.track.stop()  # aiortc only marks it ended once someone reads its end marker
        self.task.cancel()
        try:
            await self.task
        except asyncio.CancelledError:
            pass
