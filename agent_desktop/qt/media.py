"""The expert's default camera and microphone, as QtMultimedia lists them.

``--synthetic-media`` (tests, demos, machines without devices) uses
``CallMedia.synthetic_sources`` instead; see ``agent_desktop.app``.
"""

from __future__ import annotations

import logging

from client_core.call import CallMedia, SourceSpec
from client_core.call.errors import DeviceError

log = logging.getLogger(__name__)


def expert_synthetic_media() -> CallMedia:
    # testsrc2 moves (a still picture fails the frozen-camera check); it and the
    # lower tone tell the expert's media from the customer's testsrc and 440 Hz.
    return CallMedia.synthetic_sources(pattern="testsrc2", tone_hz=330.0)


def default_devices() -> CallMedia:
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

    return CallMedia(pick(inventory.cameras), pick(inventory.microphones))
