"""The FFmpeg input behind a camera picked from Qt's list (pure: no Qt, no I/O).

Cameras are captured through FFmpeg, not QtMultimedia: Qt's camera capture
could not be exercised without a real camera (Qt's FFmpeg backend lists only
V4L2 nodes on Linux, and the test machines have none), while FFmpeg's lavfi
inputs stand in for cameras in every test. So the list the user picks from is
Qt's, and this maps a listed camera to the one FFmpeg input that opens that
same camera:

* Linux: Qt's camera id is the V4L2 node (``/dev/videoN``), FFmpeg's v4l2
  input opens that node: exact.
* Windows: FFmpeg's dshow input takes the camera's name; when several cameras
  share one name (two identical webcams), ``video_device_number`` picks the
  n-th of that name, counted in Qt's order (both enumerate the system's video
  capture devices).
* macOS: FFmpeg's avfoundation input takes the name (Qt's description is the
  same localized name). Two cameras with one name cannot be told apart there:
  the first is opened.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from client_core.devices.choice import DeviceInfo

from .sources import SourceSpec, camera_spec


def camera_input(device: DeviceInfo, cameras: Sequence[DeviceInfo] = (), *,
                 platform: str = sys.platform) -> SourceSpec:
    """The FFmpeg input that captures ``device`` (one of ``cameras``, Qt's list, in order)."""
    if device.kind != "camera":
        raise ValueError(f"{device.kind} is captured through QtMultimedia, not FFmpeg")
    if platform.startswith("linux"):
        return camera_spec(device.id, platform=platform)
    spec = camera_spec(device.name, platform=platform)
    same_name = [d.id for d in cameras if d.name == device.name]
    if platform == "win32" and len(same_name) > 1 and device.id in same_name:
        options = {**spec.options, "video_device_number": str(same_name.index(device.id))}
        return SourceSpec(spec.kind, spec.url, spec.format, options, spec.realtime, spec.label)
    return spec
