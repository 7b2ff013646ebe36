"""Which device is used (pure): preferences against what is plugged in, and the
FFmpeg input behind a camera picked from Qt's list."""

from __future__ import annotations

import pytest

from client_core.call.device_inputs import camera_input
from client_core.devices.choice import DeviceInfo, diff, pick

BUILT_IN = DeviceInfo("microphone", "alsa_input.pci", "Built-in Audio Analog Stereo", True)
JABRA = DeviceInfo("microphone", "alsa_input.usb-Jabra", "Jabra Evolve2 40", False)
USB_CAM = DeviceInfo("camera", "/dev/video2", "HD Pro Webcam C920", False)


def test_a_preference_is_an_id_or_part_of_a_name_and_falls_back_to_the_default() -> None:
    mics = (BUILT_IN, JABRA)
    assert pick(mics, "alsa_input.usb-Jabra") == pick(mics, "jabra")  # IT presets a name part
    assert pick(mics, "jabra").device == JABRA and not pick(mics, "jabra").fallback
    assert pick(mics).device == BUILT_IN and not pick(mics).fallback
    missing = pick(mics, "Plantronics")
    assert missing.device == BUILT_IN and missing.fallback  # the UI says the preset is missing
    assert pick((), "jabra").device is None


def test_the_difference_of_two_lists_is_what_was_pulled_out_and_plugged_in() -> None:
    change = diff((BUILT_IN, JABRA), (BUILT_IN, USB_CAM))
    assert change.removed == (JABRA,) and change.added == (USB_CAM,)


def test_a_camera_on_linux_is_the_v4l2_node_qt_lists() -> None:
    spec = camera_input(USB_CAM, (USB_CAM,), platform="linux")
    assert (spec.url, spec.format) == ("/dev/video2", "v4l2")


def test_a_camera_on_windows_is_its_name_and_the_nth_of_that_name() -> None:
    first = DeviceInfo("camera", r"\\?\usb#vid_046d&pid_0825&mi_00#7&1", "USB Camera", True)
    second = DeviceInfo("camera", r"\\?\usb#vid_046d&pid_0825&mi_00#8&2", "USB Camera", False)
    other = DeviceInfo("camera", r"\\?\usb#vid_5986", "Integrated Camera", False)
    cameras = (first, other, second)
    spec = camera_input(other, cameras, platform="win32")
    assert (spec.url, spec.format) == ("video=Integrated Camera", "dshow")
    assert "video_device_number" not in spec.options
    assert camera_input(first, cameras, platform="win32").options["video_device_number"] == "0"
    assert camera_input(second, cameras, platform="win32").options["video_device_number"] == "1"


def test_a_camera_on_macos_is_its_localized_name() -> None:
    facetime = DeviceInfo("camera", "0x1420000005ac8600", "FaceTime HD Camera", True)
    spec = camera_input(facetime, (facetime,), platform="darwin")
    assert (spec.url, spec.format) == ("FaceTime HD Camera:none", "avfoundation")


def test_microphones_are_not_mapped_to_ffmpeg() -> None:
    with pytest.raises(ValueError):
        camera_input(JABRA, (), platform="linux")
