"""pytest set-up for the agent desktop: the shared qasync + pytest-qt kit.

The loop, the ``aio`` helper (``aio.run(coro)``, ``aio.until(predicate)``) and
the per-test error collection come from :mod:`tests.qtkit`, shared with the
customer client's tests so that both run in one process on one loop.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Per-run config dirs before Qt starts: QSettings and the user settings file
# must never touch the developer's own.
_HOME = tempfile.mkdtemp(prefix="agent-desktop-tests-")
os.environ["XDG_CONFIG_HOME"] = str(Path(_HOME) / "config")
os.environ["XDG_DATA_HOME"] = str(Path(_HOME) / "data")

import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from client_core.i18n import set_ui_language  # noqa: E402
from tests.qtkit import (  # noqa: E402, F401 - fixtures and hooks for pytest
    Aio,
    aio,
    pytest_runtest_setup,
    pytest_runtest_teardown,
    pytest_sessionfinish,
    qloop,
)

FAST_RECONNECT = {"backoff_initial_s": 0.05, "backoff_max_s": 0.4}


@pytest.fixture(autouse=True)
def _english(qapp: QApplication) -> None:
    """English as the program sets it at start (its catalog holds the plural forms)."""
    set_ui_language(qapp, "en", ("agent_desktop",))
