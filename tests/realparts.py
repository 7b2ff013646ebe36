"""The real parts tests run against, and what a test does when one is missing.

A test that needs a real part (PostgreSQL, the PulseAudio test devices,
network namespaces, ...) says so with ``require(part, why_missing)`` in its
body or fixture, or with the mark ``needs(part, why_missing)``. When the part
is there (``why_missing`` is None or empty) nothing happens. When it is not:

* in a developer's own run the test skips, and the summary at the end lists
  each missing part with its reason;
* in strict mode (``TEST_STRICT=1``, which ``scripts/test.sh --strict`` and so
  ``.ci/run`` set) the test fails with the reason: CI cannot go green on a
  machine where a part could not start.

``why_missing`` may be a callable (a probe that costs something, e.g. making a
network namespace), called once when the first test that needs it runs.
A part added later is one more name below and one ``require`` call.
"""

from __future__ import annotations

import functools
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

STRICT_ENV = "TEST_STRICT"

POSTGRES = "PostgreSQL"
PULSEAUDIO = "PulseAudio test devices"
NETNS = "network namespaces"
PYINSTALLER = "PyInstaller"
BUNDLE_BUILDS = "PyInstaller bundle builds"
MSITOOLS = "msitools (wixl, msiinfo)"
# Parts later issues bring: one name each, one require() where they are used.
TURN = "coturn TURN server"
CHROMIUM = "headless Chromium"
OIDC_PROVIDER = "OpenID provider"
CLAMD = "ClamAV clamd"
ATSPI = "AT-SPI accessibility bus"
WINE = "wine"
OSSLSIGNCODE = "osslsigncode"

Reason = str | None
Probe = Reason | Callable[[], Reason]


def strict() -> bool:
    return os.environ.get(STRICT_ENV, "") not in ("", "0")


@dataclass
class Missing:
    """The parts found missing in this run: part -> reason and how many tests it cost."""

    reasons: dict[str, str] = field(default_factory=dict)
    tests: dict[str, int] = field(default_factory=dict)

    def add(self, part: str, reason: str) -> None:
        self.reasons.setdefault(part, reason)
        self.tests[part] = self.tests.get(part, 0) + 1


MISSING = Missing()


def require(part: str, why_missing: Probe) -> None:
    """Go on if ``part`` is available; otherwise skip, or fail in strict mode."""
    reason = _evaluate(why_missing)
    if not reason:
        return
    MISSING.add(part, reason)
    message = f"{part} unavailable: {reason}"
    if strict():
        pytest.fail(f"{message} [strict mode: a missing real part fails the test]", pytrace=False)
    pytest.skip(message)


def needs(part: str, why_missing: Probe) -> pytest.MarkDecorator:
    """A mark for a test, class or module: ``require(part, why_missing)`` at set-up."""
    return pytest.mark.real_part(part, why_missing)


def missing_tools(*tools: str) -> Reason:
    """The reason when any of ``tools`` is not on PATH, else None."""
    absent = [t for t in tools if shutil.which(t) is None]
    return f"not installed: {', '.join(absent)}" if absent else None


def missing_module(name: str) -> Reason:
    import importlib.util

    return None if importlib.util.find_spec(name) else f"the Python package {name} is not installed"


def _evaluate(why_missing: Probe) -> Reason:
    if callable(why_missing):
        return _probe_once(why_missing)
    return why_missing


@functools.cache
def _probe_once(probe: Callable[[], Reason]) -> Reason:
    return probe()


# ------------------------------------------------------------ as a pytest plugin
# (tests/conftest.py loads it; a pytest run of its own may load it with -p tests.realparts)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "real_part(part, why_missing): needs a real part (see tests/realparts.py)")


def pytest_report_header(config: pytest.Config) -> str:
    if strict():
        return "real parts: strict, a missing one fails its tests"
    return "real parts: a missing one skips its tests (strict mode, scripts/test.sh --strict, fails them)"


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    for mark in item.iter_markers("real_part"):
        require(*mark.args)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not MISSING.reasons:
        return
    verb = "failed" if strict() else "skipped"
    title = "real parts missing" + ("" if strict() else " (strict mode, as in CI, fails these)")
    terminalreporter.section(title, sep="=", yellow=not strict(), red=strict())
    for part, reason in MISSING.reasons.items():
        count = MISSING.tests[part]
        terminalreporter.line(f"{part}: {reason} ({count} test{'s' if count > 1 else ''} {verb})")
