"""The customer's devices as the pre-session check probes them (no Qt).

``DeviceProbes`` is what the check needs: the camera, and the speaker item
(the test sound on the speakers, its echo, and the microphone graded around
it). The window's probes are client_core's ``DeviceChecks`` on the app's
``CallDevices`` (the devices the customer picked, opened as the call opens
them); the headless ``--precheck`` uses ``HeadlessProbes`` on the platform's
FFmpeg inputs, where no sound is played and no echo measured.
"""

from __future__ import annotations

import sys
from typing import Protocol

from client_core.call import DeviceError, SourceSpec, camera_spec, microphone_spec
from client_core.call.probe import LevelListener, SoundReport, probe_camera, probe_microphone
from client_core.devices import CameraReport


class DeviceProbes(Protocol):
    async def camera(self) -> CameraReport: ...

    async def speaker(self, on_level: LevelListener | None = None) -> SoundReport: ...


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


class HeadlessProbes:
    """The platform's default camera and microphone through FFmpeg (IT's --precheck)."""

    def __init__(self, camera: SourceSpec | None, microphone: SourceSpec | None, *,
                 warmup_s: float = 1.0, sample_s: float = 1.5) -> None:
        self.camera_spec = camera
        self.microphone_spec = microphone
        self.warmup_s = warmup_s  # auto-exposure and AGC settle; test.webrtc.org drops it too
        self.sample_s = sample_s

    async def camera(self) -> CameraReport:
        return await probe_camera(self.camera_spec, warmup_s=self.warmup_s, sample_s=self.sample_s)

    async def speaker(self, on_level: LevelListener | None = None) -> SoundReport:
        mic = await probe_microphone(self.microphone_spec, warmup_s=self.warmup_s,
                                     sample_s=self.sample_s, on_level=on_level)
        return SoundReport(mic, None)
