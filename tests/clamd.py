"""A real ClamAV ``clamd`` for the tests, with a local signature database.

Debian's ``clamav-daemon`` (scripts/setup.sh) runs from a configuration of
our own under ``var/clamd/`` of the worktree: a Unix socket there, and a
one-signature database that matches the standard EICAR test file (the
official signature download is not reachable from these machines; a
production hub keeps ``freshclam``). Started once per test session, on the
first test that asks for it, and stopped at the end.

The EICAR string is put together here at run time, so no file of the
repository itself looks like a virus to a scanner on a developer's machine.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.realparts import CLAMD, missing_tools, require

ROOT = Path(__file__).resolve().parent.parent
CLAMD_BIN = shutil.which("clamd") or "/usr/sbin/clamd"
START_TIMEOUT_S = 60.0

EICAR = ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-" + "TEST-FILE!$H+H*").encode()


def _config(home: Path) -> str:
    return "\n".join([
        "Foreground yes",
        f"LocalSocket {home / 'clamd.sock'}",
        f"DatabaseDirectory {home / 'db'}",
        f"LogFile {home / 'clamd.log'}",
        f"TemporaryDirectory {home / 'tmp'}",
        "StreamMaxLength 25M",
        "SelfCheck 3600",
        "",
    ])


def _answers_ping(path: Path) -> bool:
    try:
        with socket.socket(socket.AF_UNIX) as s:
            s.settimeout(2)
            s.connect(str(path))
            s.sendall(b"zPING\0")
            return s.recv(16) == b"PONG\0"
    except OSError:
        return False


def start_clamd(home: Path) -> subprocess.Popen[bytes]:
    """clamd on ``home/clamd.sock`` with the EICAR signature; waits until it answers PING."""
    (home / "db").mkdir(parents=True, exist_ok=True)
    (home / "tmp").mkdir(exist_ok=True)
    # A body signature (.ndb: name, any file type, any offset, the bytes in hex).
    (home / "db" / "eicar.ndb").write_text(f"Eicar-Test-Signature:0:*:{EICAR.hex()}\n")
    (home / "clamd.conf").write_text(_config(home))
    sock = home / "clamd.sock"
    sock.unlink(missing_ok=True)
    proc = subprocess.Popen([CLAMD_BIN, "-c", str(home / "clamd.conf")], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"clamd exited: {proc.stderr.read().decode(errors='replace')[-500:] if proc.stderr else ''}")
        if sock.exists() and _answers_ping(sock):
            return proc
        time.sleep(0.1)
    stop_clamd(proc)
    raise RuntimeError(f"clamd did not answer within {START_TIMEOUT_S:.0f} s")


def stop_clamd(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.fixture(scope="session")
def clamd_socket() -> Iterator[str]:
    """The path of a running clamd's socket (the hub's ``clamd_address``)."""
    require(CLAMD, missing_tools(CLAMD_BIN) if not os.path.exists(CLAMD_BIN) else None)
    home = ROOT / "var" / f"clamd-{os.getpid()}"  # two runs in one worktree: two daemons
    try:
        proc = start_clamd(home)
    except RuntimeError as exc:
        require(CLAMD, str(exc))
        raise
    try:
        yield str(home / "clamd.sock")
    finally:
        stop_clamd(proc)
        shutil.rmtree(home, ignore_errors=True)
