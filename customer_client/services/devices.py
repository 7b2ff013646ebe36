"""Camera and microphone probes on the call engine's capture sources.

The same ``CaptureSource`` the call uses opens the device, so a check that
passes means the call can open it too. Tests and the demo pass lavfi specs
(``testsrc``, ``sine``); a missing device path exercises the real failure path.
"""

from __future__ import annotations

import asyncio
import math
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from client_core.call import CaptureSource, DeviceError, SourceSpec, camera_spec, microphone_spec
from client_core.devices import (
    CameraReport,
    MicrophoneReport,
    Remedy,
    Verdict,
    check_camera,
    check_microphone,
    level_dbfs,
)

LevelListener = Callable[[float], None]


def default_camera() -> SourceSpec | None:
    try:
        return camera_spec("/dev/video0" if sys.platform.startswith("linux") else "0")
    except DeviceError:
        return None


def default_microphone() -> SourceSpec | None:
    try:
        return microphone_spec()
    except DeviceError:
        return None


def _luma(frame: object) -> np.ndarray:
    plane = frame.planes[0]  # type: ignore[attr-defined]
    rows = np.frombuffer(plane, np.uint8).reshape(-1, plane.line_size)
    return rows[: frame.height, : frame.width]  # type: ignore[attr-defined]


@dataclass
class DeviceProbe:
    camera_spec: SourceSpec | None
    microphone_spec: SourceSpec | None
    warmup_s: float = 1.0  # auto-exposure and AGC settle; test.webrtc.org drops it too
    sample_s: float = 1.5

    async def _collect(self, spec: SourceSpec, on_frame: Callable[[object, float], None]) -> None:
        source = CaptureSource(spec)
        await source.start()  # raises DeviceError: missing, busy, no permission
        start = time.monotonic()

        def listener(frame: object) -> None:
            now = time.monotonic()
            if now - start >= self.warmup_s:
                on_frame(frame, now)

        unsubscribe = source.fanout.subscribe(listener)
        try:
            await asyncio.sleep(self.warmup_s + self.sample_s)
        finally:
            unsubscribe()
            await source.stop()

    async def camera(self) -> CameraReport:
        if self.camera_spec is None:
            return CameraReport(Verdict.FAIL, Remedy.CAMERA_MISSING, 0, 0.0, 0.0, 0.0)
        lumas: list[np.ndarray] = []
        stamps: list[float] = []

        def keep(frame: object, now: float) -> None:
            lumas.append(_luma(frame).copy())
            stamps.append(now)

        try:
            await self._collect(self.camera_spec, keep)
        except DeviceError:
            return CameraReport(Verdict.FAIL, Remedy.CAMERA_MISSING, 0, 0.0, 0.0, 0.0)
        return check_camera(lumas, stamps)

    async def microphone(self, on_level: LevelListener | None = None) -> MicrophoneReport:
        if self.microphone_spec is None:
            return MicrophoneReport(Verdict.FAIL, Remedy.MIC_DEAD, -math.inf, -math.inf, 0.0)
        blocks: list[np.ndarray] = []

        def keep(frame: object, _now: float) -> None:
            samples = frame.to_ndarray().reshape(-1)  # type: ignore[attr-defined]
            blocks.append(samples)
            if on_level is not None:
                on_level(level_dbfs(samples))

        try:
            await self._collect(self.microphone_spec, keep)
        except DeviceError:
            return MicrophoneReport(Verdict.FAIL, Remedy.MIC_DEAD, -math.inf, -math.inf, 0.0)
        samples = np.concatenate(blocks) if blocks else np.zeros(0, np.int16)
        return check_microphone(samples)
