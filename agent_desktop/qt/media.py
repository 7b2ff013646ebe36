"""Which camera and microphone the expert's calls and device check open.

Real devices are found through QtMultimedia and opened through PyAV (the
call engine's capture sources); ``--synthetic-media`` uses lavfi sources, as
tests, demos and machines without devices do.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from client_core.call import SourceSpec, synthetic_audio, synthetic_video
from client_core.call.errors import DeviceError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CallMedia:
    camera: SourceSpec | None
    microphone: SourceSpec | None
    synthetic: bool = False

    @classmethod
    def synthetic_sources(cls) -> CallMedia:
        # testsrc2 moves (a still picture fails the frozen-camera check); it and the
        # lower tone tell the expert's media from the customer's testsrc and 440 Hz.
        return cls(synthetic_video(640, 480, 30, pattern="testsrc2"), synthetic_audio(330.0),
                   synthetic=True)

    @classmethod
    def default_devices(cls) -> CallMedia:
        """The system's default camera and microphone (None where there is none)."""
        from client_core.qt.devices import list_devices, source_spec_for

        inventory = list_devices()

        def pick(devices: tuple) -> SourceSpec | None:  # type: ignore[type-arg]
            chosen = next((d for d in devices if d.is_default), devices[0] if devices else None)
            if chosen is None:
                return None
            try:
                return source_spec_for(chosen)
            except DeviceError as exc:
                log.warning("no capture input for %s: %s", chosen.name, exc)
                return None

        return cls(pick(inventory.cameras), pick(inventory.microphones))
