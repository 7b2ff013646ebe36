"""Device checks (pure, no Qt): camera, microphone and speaker reports (echo: .echo)."""

from .checks import (
    CameraReport,
    MicrophoneReport,
    SpeakerReport,
    check_camera,
    check_microphone,
    check_speaker,
    level_dbfs,
    test_tone,
    tone_level_dbfs,
)
from .report import Remedy, Verdict

__all__ = [
    "CameraReport",
    "MicrophoneReport",
    "Remedy",
    "SpeakerReport",
    "Verdict",
    "check_camera",
    "check_microphone",
    "check_speaker",
    "level_dbfs",
    "test_tone",
    "tone_level_dbfs",
]
