"""Which camera and microphone a call (and the device checks before it) opens.

Both apps describe their devices with this one dataclass: lavfi specs in tests,
demos and on machines without devices (``synthetic``), platform inputs otherwise.
How each app finds its default devices is its own (the expert's through
QtMultimedia, the customer's also headless for ``--precheck``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .sources import SourceSpec, synthetic_audio, synthetic_video


@dataclass(frozen=True)
class CallMedia:
    camera: SourceSpec | None
    microphone: SourceSpec | None
    synthetic: bool = False

    @classmethod
    def synthetic_sources(cls, width: int = 640, height: int = 480, fps: int = 30,
                          pattern: str = "testsrc", tone_hz: float = 440.0) -> CallMedia:
        return cls(synthetic_video(width, height, fps, pattern=pattern), synthetic_audio(tone_hz),
                   synthetic=True)
