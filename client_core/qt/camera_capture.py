"""The camera picked from Qt's list, captured through FFmpeg after Qt's camera permission.

Why FFmpeg and not QCamera: see ``client_core.call.device_inputs``, which maps
the listed camera to the input that opens it. On macOS the permission is asked
through Qt first, so a refusal is a ``PermissionDeniedError`` the app explains
instead of a black picture.
"""

from __future__ import annotations

from collections.abc import Sequence

from client_core.call import CaptureSource, DeviceError, DeviceMissingError, PermissionDeniedError
from client_core.call.device_inputs import camera_input
from client_core.call.sources import SourceSpec
from client_core.devices.choice import DeviceInfo

from .permissions import Permission, camera_permission


class CameraCapture(CaptureSource):
    def __init__(self, device: DeviceInfo | None, cameras: Sequence[DeviceInfo] = (), *,
                 permission: Permission | None = None) -> None:
        self.device = device
        self._permission = permission or camera_permission()
        self._problem: DeviceError | None = None
        spec = SourceSpec("video", "", label=device.name if device else "no camera")
        if device is None:
            self._problem = DeviceMissingError("no camera", device="")
        else:
            try:
                spec = camera_input(device, cameras)
            except DeviceError as exc:  # no FFmpeg camera input on this platform
                self._problem = exc
        super().__init__(spec)
        self.label = spec.label or (device.name if device else "")

    async def start(self) -> None:
        if self.running:
            return
        if not await self._permission.request():
            raise PermissionDeniedError("camera permission refused", device=self.label)
        if self._problem is not None:
            raise self._problem
        await super().start()
