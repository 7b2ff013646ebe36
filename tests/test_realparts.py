"""Strict mode turns a missing real part into a failure; a developer's run skips it
and says why. Each case runs pytest in a subprocess with the part made unavailable."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.realparts import STRICT_ENV

ROOT = Path(__file__).resolve().parent.parent

NEEDS_TURN = '''
from tests.realparts import TURN, missing_tools, needs, require

def test_in_the_body():
    require(TURN, missing_tools("turnserver-that-is-not-installed"))

@needs(TURN, lambda: "probed: no TURN server answered")
def test_by_mark():
    pass

def test_without_parts():
    pass
'''


def run_pytest(args: list[str], *, strict: bool, drop: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in (STRICT_ENV, *drop)}
    if strict:
        env[STRICT_ENV] = "1"
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture
def turn_tests(tmp_path: Path) -> list[str]:
    path = tmp_path / "test_needs_turn.py"
    path.write_text(NEEDS_TURN)
    # Only the realparts plugin: the tiny test must not pick up tests/conftest.py.
    return [str(path), "-p", "tests.realparts", "--rootdir", str(tmp_path)]


def test_strict_mode_fails_a_test_whose_part_is_missing(turn_tests: list[str]) -> None:
    out = run_pytest(turn_tests, strict=True)
    assert out.returncode == 1, out.stdout + out.stderr
    assert "1 failed, 1 passed, 1 error" in out.stdout, out.stdout  # the mark fails at set-up
    assert "coturn TURN server unavailable: not installed: turnserver-that-is-not-installed" in out.stdout
    assert "coturn TURN server unavailable: probed: no TURN server answered" in out.stdout
    assert "real parts missing" in out.stdout


def test_a_developers_run_skips_and_says_why(turn_tests: list[str]) -> None:
    out = run_pytest([*turn_tests, "-rs"], strict=False)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "1 passed, 2 skipped" in out.stdout, out.stdout
    summary = out.stdout[out.stdout.index("real parts missing"):]
    assert "strict mode, as in CI, fails these" in summary
    assert "coturn TURN server: not installed: turnserver-that-is-not-installed (2 tests skipped)" in summary


@pytest.mark.postgres
def test_strict_mode_fails_the_hub_tests_without_postgres() -> None:
    """The real kit: the hub fixture's PostgreSQL run, with no server configured."""
    test = "tests/hub/test_walking_skeleton.py::test_feedback_can_be_skipped_once"
    strict = run_pytest([f"{test}[postgres]"], strict=True, drop=("TEST_POSTGRES_URL",))
    assert strict.returncode == 1, strict.stdout + strict.stderr
    assert "1 error" in strict.stdout and "PostgreSQL unavailable: TEST_POSTGRES_URL is not set" in strict.stdout
    relaxed = run_pytest([f"{test}[postgres]"], strict=False, drop=("TEST_POSTGRES_URL",))
    assert relaxed.returncode == 0 and "1 skipped" in relaxed.stdout, relaxed.stdout
