"""The customer's camera and microphone: default devices and their probe.

The probing itself is client_core.call.probe (shared with the agent desktop):
the same ``CaptureSource`` the call uses opens the device, so a check that
passes means the call can open it too. Tests and the demo pass lavfi specs.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from client_core.call import DeviceError, SourceSpec, camera_spec, microphone_spec
from client_core.call.probe import LevelListener, probe_camera, probe_microphone
from client_core.devices import CameraReport, MicrophoneReport


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


@dataclass
class DeviceProbe:
    """The customer's devices, checked by the shared probes (client_core.call.probe)."""

    camera_spec: SourceSpec | None
    microphone_spec: SourceSpec | None
    warmup_s: float = 1.0  # auto-exposure and AGC settle; test.webrtc.org drops it too
    sample_s: float = 1.5

    async def camera(self) -> CameraReport:
        return await probe_camera(self.camera_spec, warmup_s=self.warmup_s, sample_s=self.sample_s)

    async def microphone(self, on_level: LevelListener | None = None) -> MicrophoneReport:
        return await probe_microphone(self.microphone_spec, warmup_s=self.warmup_s,
                                      sample_s=self.sample_s, on_level=on_level)
