"""What a script or benchmark starts, it stops: on a normal end, an error, Ctrl+C
(SIGINT) and SIGTERM or SIGHUP (a service manager, ``kill``, a closed terminal).

    with Children() as children:
        hub = children.popen([...])
        children.callback(stop_my_database)   # anything else to undo, last in first out
        ...

Python's default for SIGTERM ends the process at once, without running
``finally`` blocks or ``with`` exits; inside ``Children`` it raises SystemExit
instead, so they run. SIGKILL cannot be caught: nothing can clean up after it.
"""

from __future__ import annotations

import contextlib
import signal
import subprocess
from types import FrameType, TracebackType
from typing import Any

STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


def stop(proc: subprocess.Popen[Any], timeout: float = 10.0) -> None:
    """SIGTERM, then SIGKILL if it has not exited within ``timeout``; always reaped."""
    if proc.poll() is None:
        proc.terminate()
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _exit_on_signal(signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


class Children(contextlib.ExitStack):
    """Child processes (and other clean-ups) undone when the ``with`` block ends, however it ends."""

    def __init__(self, stop_timeout: float = 10.0) -> None:
        super().__init__()
        self.stop_timeout = stop_timeout
        self.processes: list[subprocess.Popen[Any]] = []
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> Children:
        super().__enter__()
        self._previous = {sig: signal.signal(sig, _exit_on_signal) for sig in STOP_SIGNALS}
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> bool:
        # A second SIGTERM while stopping must not cut the clean-up short.
        for sig in STOP_SIGNALS:
            signal.signal(sig, signal.SIG_IGN)
        try:
            return super().__exit__(exc_type, exc, tb)
        finally:
            for sig, handler in self._previous.items():
                signal.signal(sig, handler)

    def popen(self, args: list[str], **kwargs: Any) -> subprocess.Popen[Any]:
        return self.adopt(subprocess.Popen(args, **kwargs))

    def adopt(self, proc: subprocess.Popen[Any]) -> subprocess.Popen[Any]:
        """Stop ``proc`` (started elsewhere) with the others."""
        self.processes.append(proc)
        self.callback(stop, proc, self.stop_timeout)
        return proc
