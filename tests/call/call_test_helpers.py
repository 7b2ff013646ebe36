"""Helpers to look at received frames in tests."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable

import numpy as np
from av.audio.frame import AudioFrame
from av.video.frame import VideoFrame

from client_core.call import FrameFanout
from client_core.devices import level_dbfs, tone_level_dbfs

SMALL = dict(width=320, height=240, fps=30)  # small frames keep the suite fast on 2 cores


async def collect(fanout: FrameFanout, seconds: float) -> list:
    frames: list = []
    unsubscribe = fanout.subscribe(frames.append)
    try:
        await asyncio.sleep(seconds)
    finally:
        unsubscribe()
    return frames


async def eventually(check: Callable[[], bool], what: str, timeout: float = 10.0) -> None:
    """Wait until ``check()`` holds: a loaded machine may take longer than a fixed sleep."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout} s: {what}")
        await asyncio.sleep(0.05)


def shows(fanout: FrameFanout, luma: Callable[[float], bool]) -> Callable[[], bool]:
    """A check: the newest picture's mean luma passes ``luma``."""
    def check() -> bool:
        frame = fanout.latest()
        return frame is not None and luma(mean_luma(frame))
    return check


def pcm(frames: list[AudioFrame]) -> np.ndarray:
    """Mono int16 samples (first channel) of a list of received audio frames."""
    chunks = []
    for f in frames:
        a = f.to_ndarray().reshape(-1, len(f.layout.channels))
        chunks.append(a[:, 0])
    return np.concatenate(chunks) if chunks else np.zeros(0, np.int16)


def audio_level(frames: list[AudioFrame]) -> float:
    return level_dbfs(pcm(frames))


def tone_level(frames: list[AudioFrame], frequency: float) -> float:
    return tone_level_dbfs(pcm(frames), frequency, 48_000)


def mean_luma(frame: VideoFrame) -> float:
    return float(np.mean(frame.to_ndarray(format="yuv420p")[: frame.height]))


class Leaks:
    """Snapshot tasks and threads, then check that a call left none behind."""

    def __init__(self) -> None:
        self.tasks = set(asyncio.all_tasks())
        self.threads = set(threading.enumerate())

    async def assert_clean(self) -> None:
        await asyncio.sleep(0.3)  # aiortc's own close callbacks run a few loop turns later
        me = asyncio.current_task()
        left = [t for t in asyncio.all_tasks() - self.tasks if t is not me and not t.done()]
        assert not left, f"tasks left behind: {left}"
        # aiortc encodes in the loop's default executor; that pool is asyncio's, reused
        # across calls, so shut it down to prove every other thread (capture, decoders)
        # has ended too.
        await asyncio.get_running_loop().shutdown_default_executor()
        for _ in range(50):
            extra = [t for t in threading.enumerate() if t not in self.threads and t.is_alive()]
            if not extra:
                break
            await asyncio.sleep(0.02)
        assert not extra, f"threads left behind: {extra}"
