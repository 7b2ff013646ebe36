"""Audio tests: the PulseAudio echo rig (tests.audio.rig) and the shared qasync loop."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import pytest  # noqa: E402

from tests.audio.rig import audio_rig  # noqa: E402,F401 - fixture
from tests.audio.signals import NEAR_TEXT, at_level, espeak, write_wav  # noqa: E402
from tests.qtkit import (  # noqa: E402,F401 - fixtures and hooks for pytest
    Aio,
    aio,
    pytest_runtest_setup,
    pytest_runtest_teardown,
    pytest_sessionfinish,
    qloop,
)


@pytest.fixture(scope="session")
def near_speech(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Someone saying a few words, as the checks ask (20 s: it outlasts a check)."""
    path = tmp_path_factory.mktemp("speech") / "near.wav"
    words = at_level(espeak(NEAR_TEXT, "fi"), -24)
    write_wav(path, np.tile(words, int(np.ceil(20 * 48_000 / len(words)))), channels=2)
    return path
