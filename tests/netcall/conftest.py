"""Calls across the namespace lab (tests/netlab): NAT, coturn, impaired links.

The lab needs root, iproute2, iptables, ethtool and coturn (scripts/setup.sh
installs them; the test command runs as root). When it cannot be built the
tests FAIL with the reason, as CI requires of a real part that does not
start; REAL_PARTS_OPTIONAL=1 turns that into a skip on a developer's machine.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.netlab.callsetup import Appointment, appointment
from tests.netlab.topology import ROOT, LabUnavailable, unavailable_reason

pytestmark = [pytest.mark.netns, pytest.mark.slow]


def real_part_missing(what: str, why: str) -> None:
    message = f"{what} cannot start: {why}"
    if os.environ.get("REAL_PARTS_OPTIONAL") == "1":
        pytest.skip(message)
    pytest.fail(message + " (set REAL_PARTS_OPTIONAL=1 to skip instead)", pytrace=False)


@pytest.fixture
def lab_dir(request: pytest.FixtureRequest) -> Path:
    """State of one test's lab under the worktree's var/ (logs stay for a failed test)."""
    reason = unavailable_reason()
    if reason:
        real_part_missing("the network namespace lab", reason)
    if shutil.which("turnserver") is None:
        real_part_missing("coturn", "turnserver is not installed (scripts/setup.sh installs it)")
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
        real_part_missing("the call lab", str(exc))
