"""Shared fixtures: a real hub on 127.0.0.1 with a real database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from hub_protocol.ice import restrict_ice_to_loopback  # noqa: E402

# realparts: a test needing a missing real part skips, or fails in strict mode.
pytest_plugins = ["tests.realparts", "tests.hubkit", "tests.idpkit", "tests.clamd"]

# Every WebRTC connection a test makes stays on 127.0.0.1 (or in the test's
# own network namespaces, which run their own processes).
restrict_ice_to_loopback()


def pytest_report_header(config: pytest.Config) -> str:
    url = os.environ.get("TEST_POSTGRES_URL")
    return f"postgres: {url.split('@')[-1] if url else 'not configured'}"
