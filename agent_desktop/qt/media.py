"""The expert's stand-ins for camera and microphone (``--synthetic-media``: tests,
demos, machines without devices). Real devices are the app's ``CallDevices``
(``agent_desktop.qt.expert_devices``).
"""

from __future__ import annotations

from client_core.call import CallMedia


def expert_synthetic_media() -> CallMedia:
    # testsrc2 moves (a still picture fails the frozen-camera check); it and the
    # lower tone tell the expert's media from the customer's testsrc and 440 Hz.
    return CallMedia.synthetic_sources(pattern="testsrc2", tone_hz=330.0)
