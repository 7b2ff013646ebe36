"""Audio tests: the PulseAudio echo rig (tests.audio.rig) and the shared qasync loop."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.audio.rig import audio_rig  # noqa: E402,F401 - fixture
from tests.qtkit import (  # noqa: E402,F401 - fixtures and hooks for pytest
    Aio,
    aio,
    pytest_runtest_setup,
    pytest_runtest_teardown,
    pytest_sessionfinish,
    qloop,
)
