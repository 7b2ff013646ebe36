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

from .errors import DeviceError
from .sources import CaptureSource, SourceSpec

LevelListener = Callable[[float], None]


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
