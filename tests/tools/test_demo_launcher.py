"""The demo launcher behaves like a tool: however it ends, the hub, both apps
and the virtual screen it started end with it, and what it cannot do it says."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from tests.hubkit import ROOT, free_port

pytestmark = pytest.mark.slow


@pytest.fixture
def launch(tmp_path: Path) -> Iterator:
    started: list[subprocess.Popen[str]] = []

    def start(*args: str, display: str | None = None) -> subprocess.Popen[str]:
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
        if display:
            env["DISPLAY"] = display
        proc = subprocess.Popen([sys.executable, "scripts/demo.py", "--var", str(tmp_path / "demo"), *args],
                                cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                text=True, start_new_session=True)
        started.append(proc)
        return proc

    yield start
    for proc in started:  # a failed test must not leave a demo, or what it started, behind
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def left_behind(demo: subprocess.Popen[str]) -> list[str]:
    """Processes still running in the demo's process group (its own session):
    what it started and did not stop, even if they were re-parented."""
    found = []
    for proc in psutil.process_iter(["cmdline", "status"]):
        with contextlib.suppress(psutil.Error, ProcessLookupError):
            if os.getpgid(proc.pid) == demo.pid and proc.info["status"] != psutil.STATUS_ZOMBIE:
                found.append(" ".join(proc.info["cmdline"]))
    return found


def read_until(proc: subprocess.Popen[str], text: str, timeout: float) -> list[str]:
    assert proc.stdout is not None
    os.set_blocking(proc.stdout.fileno(), False)
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line:
            lines.append(line)
            if text in line:
                return lines
        elif proc.poll() is not None:
            break
        else:
            time.sleep(0.1)
    raise AssertionError(f"no {text!r} from the demo in {timeout} s: {''.join(lines)}")


def test_sigterm_stops_the_hub_both_apps_and_the_virtual_screen(launch) -> None:
    demo = launch("--duration", "300", "--port", str(free_port()))
    read_until(demo, "customer client started", 90)
    children = psutil.Process(demo.pid).children(recursive=True)
    commands = " ".join(" ".join(c.cmdline()) for c in children)
    for program in ("Xvfb", "service_hub.cli", "agent_desktop.app", "customer_client.app"):
        assert program in commands, commands

    demo.send_signal(signal.SIGTERM)  # as a service manager or kill does
    assert demo.wait(40) == 128 + signal.SIGTERM
    _, alive = psutil.wait_procs(children, timeout=5)
    assert not alive, [c.cmdline() for c in alive]
    assert not left_behind(demo)


def test_an_error_stops_what_was_started(launch) -> None:
    with socket.socket() as taken:  # the hub cannot listen: the demo fails after starting Xvfb
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        demo = launch("--port", str(taken.getsockname()[1]))
        lines = read_until(demo, "the hub exited", 60)
        assert demo.wait(30) == 1
    assert any("virtual screen" in line for line in lines)
    assert not left_behind(demo), "the virtual screen outlived the demo"


def test_screenshots_that_cannot_be_taken_are_reported(launch) -> None:
    demo = launch("--screenshots", "shots", "--duration", "5", display=":9999")  # no such X server
    out, _ = demo.communicate(timeout=60)
    assert demo.returncode == 1, out
    assert "--screenshots: cannot grab the screen" in out or "could not connect to display" in out, out
