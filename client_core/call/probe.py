"""Device probes on the call's own capture sources, graded by client_core.devices.

The same ``CaptureSource`` the call uses opens the device, so a probe that
passes means the call can open it too. Tests and demos pass lavfi specs.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # numpy loads with the first check, not with the first screen
    import numpy as np

from client_core.devices import (
    CameraReport,
    MicrophoneReport,
    Remedy,
    Verdict,
    check_camera,
    check_microphone,
    level_dbfs,
)
from client_core.devices.echo import SETTLE_S, SOUND_S, EchoReport, check_echo

from .audio_processing import CaptureProcessor
from .errors import DeviceError
from .sources import CaptureSource, SourceSpec, ThreadedSource

LevelListener = Callable[[float], None]
FLOWING_S = 0.3
TAIL_S = 0.3  # the room's echo of the sound's end


def _luma(frame: Any) -> np.ndarray:
    import numpy as np

    plane = frame.planes[0]
    rows = np.frombuffer(plane, np.uint8).reshape(-1, plane.line_size)
    return rows[: frame.height, : frame.width]


async def _collect(spec: SourceSpec, warmup_s: float, sample_s: float,
                   on_frame: Callable[[Any, float], None]) -> None:
    source = CaptureSource(spec)
    await source.start()  # raises DeviceError: missing, busy, no permission
    start = time.monotonic()

    def listener(frame: Any) -> None:
        now = time.monotonic()
        if now - start >= warmup_s:  # auto-exposure and gain settle first
            on_frame(frame, now)

    unsubscribe = source.fanout.subscribe(listener)
    try:
        await asyncio.sleep(warmup_s + sample_s)
    finally:
        unsubscribe()
        await source.stop()


async def probe_camera(spec: SourceSpec | None, *, warmup_s: float = 1.0,
                       sample_s: float = 1.5) -> CameraReport:
    missing = CameraReport(Verdict.FAIL, Remedy.CAMERA_MISSING, 0, 0.0, 0.0, 0.0)
    if spec is None:
        return missing
    lumas: list[np.ndarray] = []
    stamps: list[float] = []

    def keep(frame: Any, now: float) -> None:
        lumas.append(_luma(frame).copy())
        stamps.append(now)

    try:
        await _collect(spec, warmup_s, sample_s, keep)
    except DeviceError:
        return missing
    return check_camera(lumas, stamps)


async def probe_microphone(spec: SourceSpec | None, *, warmup_s: float = 1.0, sample_s: float = 1.5,
                           on_level: LevelListener | None = None) -> MicrophoneReport:
    dead = MicrophoneReport(Verdict.FAIL, Remedy.MIC_DEAD, -math.inf, -math.inf, 0.0)
    if spec is None:
        return dead
    blocks: list[np.ndarray] = []

    def keep(frame: Any, _now: float) -> None:
        samples = frame.to_ndarray().reshape(-1)
        blocks.append(samples)
        if on_level is not None:
            on_level(level_dbfs(samples))

    try:
        await _collect(spec, warmup_s, sample_s, keep)
    except DeviceError:
        return dead
    import numpy as np

    return check_microphone(np.concatenate(blocks) if blocks else np.zeros(0, np.int16))


class EchoRecorder:
    """Records a processor's 10 ms blocks (on the capture thread) for the echo check."""

    def __init__(self) -> None:
        self.blocks: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []

    def __call__(self, _at: int, mic: np.ndarray, played: np.ndarray, out: np.ndarray) -> None:
        self.blocks.append((mic.copy(), played, out))  # list.append is atomic

    def sound_window(self, settle_blocks: int) -> tuple[np.ndarray, np.ndarray] | None:
        """Microphone and processed samples while the test sound played, after settling."""
        playing = [i for i, (_, played, _) in enumerate(self.blocks)
                   if np.abs(played).max(initial=0) > 0]
        if len(playing) <= settle_blocks:
            return None  # the sound never reached the speaker's reference
        chosen = playing[settle_blocks:]
        mic = np.concatenate([self.blocks[i][0] for i in chosen])
        out = np.concatenate([self.blocks[i][2] for i in chosen])
        return mic, out

    def after(self, seconds: float) -> np.ndarray:
        """The raw microphone after the sound (the customer speaking), for the level check."""
        playing = [i for i, (_, played, _) in enumerate(self.blocks)
                   if np.abs(played).max(initial=0) > 0]
        start = (playing[-1] + 1) if playing else 0
        blocks = [b[0] for b in self.blocks[start:]][-int(seconds * 100):]
        return np.concatenate(blocks) if blocks else np.zeros(0, np.int16)


async def probe_speaker_echo(
    source: ThreadedSource, processor: CaptureProcessor, play_sound: Callable[[], None], *,
    sample_s: float = 1.5, on_level: LevelListener | None = None,
) -> tuple[MicrophoneReport, EchoReport | None]:
    """Play the test sound, hear it on the microphone; then grade the microphone itself.

    ``source`` captures through ``processor`` (whose reference the sound's player
    feeds). Returns the microphone's report and the echo report, or None for the
    echo when the sound never played (no speaker).
    """
    recorder = EchoRecorder()
    processor.tap = recorder
    source.processor = processor
    dead = MicrophoneReport(Verdict.FAIL, Remedy.MIC_DEAD, -math.inf, -math.inf, 0.0)
    try:
        await source.start()
    except DeviceError:
        return dead, None
    unsubscribe = source.fanout.subscribe(
        lambda frame: on_level(level_dbfs(frame.to_ndarray().reshape(-1))) if on_level else None)
    try:
        await asyncio.sleep(FLOWING_S)  # devices deliver their first blocks late
        play_sound()
        await asyncio.sleep(SOUND_S + TAIL_S + sample_s)
    finally:
        unsubscribe()
        await source.stop()
        processor.tap = None
    window = recorder.sound_window(int(SETTLE_S * 100))
    echo = None if window is None else check_echo(
        *window, cancelling=processor.config.echo_cancellation)
    return check_microphone(recorder.after(sample_s)), echo
