"""Device checks (pure, no Qt): camera, microphone, speaker and headset reports."""

from .checks import (
    CameraReport,
    HeadsetReport,
    MicrophoneReport,
    SpeakerReport,
    check_camera,
    check_headset,
    check_microphone,
    check_speaker,
    device_key,
    level_dbfs,
    test_tone,
    tone_level_dbfs,
)
from .report import Remedy, Verdict

__all__ = [
    "CameraReport",
    "HeadsetReport",
    "MicrophoneReport",
    "Remedy",
    "SpeakerReport",
    "Verdict",
    "check_camera",
    "check_headset",
    "check_microphone",
    "check_speaker",
    "device_key",
    "level_dbfs",
    "test_tone",
    "tone_level_dbfs",
]
