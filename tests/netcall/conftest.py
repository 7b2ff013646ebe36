"""Calls across the namespace lab (tests/netlab): NAT, coturn, impaired links.

The lab needs root, iproute2, iptables and ethtool (network namespaces), and
coturn; the browser tests Chromium (scripts/setup.sh installs them all; the
test command runs as root). A part that cannot start goes through
tests/realparts.py: a developer's run skips, strict mode (CI) fails.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.netlab.callsetup import Appointment, appointment
from tests.netlab.topology import ROOT, LabUnavailable, unavailable_reason
from tests.realparts import NETNS, TURN, missing_tools, require

pytestmark = [pytest.mark.netns, pytest.mark.slow]


def real_part_missing(part: str, why: str) -> None:
    """A part the lab found it cannot start after all (``part``: a tests.realparts name)."""
    require(part, why)


@pytest.fixture
def lab_dir(request: pytest.FixtureRequest) -> Path:
    """State of one test's lab under the worktree's var/ (logs stay for a failed test)."""
    require(NETNS, unavailable_reason)
    require(TURN, missing_tools("turnserver", "turnadmin"))
    path = ROOT / "var" / "netcall" / request.node.name.replace("[", "-").replace("]", "")
    shutil.rmtree(path, ignore_errors=True)
    return path


@contextmanager
def lab_appointment(lab_dir: Path, **kw: Any) -> Iterator[Appointment]:
    """:func:`tests.netlab.callsetup.appointment`, failing (not erroring) if a part cannot start."""
    try:
        with appointment(lab_dir, **kw) as appt:
            yield appt
    except LabUnavailable as exc:
        real_part_missing(NETNS, str(exc))
