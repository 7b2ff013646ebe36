"""Which camera and microphone a call (and the device checks before it) opens.

``LocalMedia`` is what the shared call adapter (``client_core.conversation.call``)
asks for a call's sources. Two kinds answer it:

* ``CallMedia``, plain FFmpeg inputs: lavfi specs in tests, demos and on machines
  without devices (``synthetic``), and the headless ``--precheck``;
* the apps' ``client_core.qt.call_devices.CallDevices``: the devices the user
  picked from Qt's lists, captured as listed (one truth for devices), with the
  call's audio processing on the microphone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from .sources import CaptureSource, Kind, MediaSource, SourceSpec, synthetic_audio, synthetic_video

if TYPE_CHECKING:
    from .engine import CallEngine


class LocalMedia(Protocol):
    def open(self, kind: Kind) -> MediaSource | None:
        """A new, not yet started source of ``kind`` ("audio", "video"); None: nothing to send."""
        ...

    def bind(self, engine: CallEngine | None) -> None:
        """The running call (device switches and hot-plug act on it); None when it is over."""
        ...


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

    def spec(self, kind: Kind) -> SourceSpec | None:
        return self.camera if kind == "video" else self.microphone

    def open(self, kind: Kind) -> MediaSource | None:
        spec = self.spec(kind)
        return CaptureSource(spec) if spec is not None else None

    def bind(self, engine: CallEngine | None) -> None:
        """Fixed inputs: nothing to switch."""
