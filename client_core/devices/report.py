"""Shared vocabulary of device reports: verdicts and remedy codes (no Qt, no I/O)."""

from __future__ import annotations

from enum import StrEnum


class Verdict(StrEnum):
    OK = "ok"
    WARN = "warn"  # usable, but tell the user how to do better
    FAIL = "fail"  # not usable for a video appointment


class Remedy(StrEnum):
    """What the UI should tell the user to do; each maps to one translated hint."""

    NONE = "none"
    CAMERA_MISSING = "camera_missing"  # connect a camera / choose another
    CAMERA_BLOCKED = "camera_blocked"  # the OS or the user refused this program the camera
    CAMERA_BLACK = "camera_black"  # uncover the lens, add light
    CAMERA_FROZEN = "camera_frozen"  # close other apps using the camera, reconnect it
    CAMERA_LOW_FPS = "camera_low_fps"  # close other apps, add light (auto-exposure slows cameras)
    MIC_DEAD = "mic_dead"  # unmute the microphone / choose another
    MIC_BLOCKED = "mic_blocked"  # the OS or the user refused this program the microphone
    MIC_CLIPPING = "mic_clipping"  # lower the input volume, move away from the microphone
    SPEAKER_SILENT = "speaker_silent"  # turn the volume up / choose another output
    USE_HEADSET = "use_headset"  # speakers feed back into the microphone: use a headset
