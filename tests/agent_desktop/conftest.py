"""qasync + pytest-qt for the agent desktop.

The pattern:

* one ``qasync.QEventLoop`` over pytest-qt's ``qapp`` for the session;
* tests are plain ``def`` functions (not async: pytest-asyncio would bring a
  loop of its own) and drive asyncio through ``aio.run(coro)``, which is
  ``loop.run_until_complete`` with a timeout - Qt events are processed while
  it runs, so painting, timers and signals work as in the real program;
* UI state is awaited with ``aio.until(predicate)`` *inside* the loop. Avoid
  ``qtbot.wait*``: those spin Qt outside ``run_until_complete``, where
  asyncio callbacks would run with no running loop;
* the loop's exception handler collects errors from callbacks and tasks
  started by the UI, and the test fails at teardown if there were any
  (the idea of qasync's own conftest).
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest

# Per-run config dirs before Qt starts: QSettings and the user settings file
# must never touch the developer's own.
_HOME = tempfile.mkdtemp(prefix="agent-desktop-tests-")
os.environ["XDG_CONFIG_HOME"] = str(Path(_HOME) / "config")
os.environ["XDG_DATA_HOME"] = str(Path(_HOME) / "data")

import qasync  # noqa: E402

FAST_RECONNECT = {"backoff_initial_s": 0.05, "backoff_max_s": 0.4}


class Aio:
    def __init__(self, loop: qasync.QEventLoop) -> None:
        self.loop = loop
        self.errors: list[dict[str, Any]] = []

    def run(self, coro: Coroutine[Any, Any, Any], timeout: float = 10.0) -> Any:
        return self.loop.run_until_complete(asyncio.wait_for(coro, timeout))

    def until(self, predicate: Callable[[], Any], timeout: float = 10.0, what: str = "") -> Any:
        async def poll() -> Any:
            deadline = time.monotonic() + timeout
            while True:
                value = predicate()
                if value:
                    return value
                if time.monotonic() > deadline:
                    raise AssertionError(f"timed out after {timeout} s waiting for {what or predicate}")
                await asyncio.sleep(0.02)

        return self.run(poll(), timeout + 5)

    def sleep(self, seconds: float) -> None:
        self.run(asyncio.sleep(seconds), seconds + 5)


@pytest.fixture(scope="session")
def qloop(qapp: Any) -> Iterator[qasync.QEventLoop]:
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop


@pytest.fixture
def aio(qloop: qasync.QEventLoop) -> Iterator[Aio]:
    helper = Aio(qloop)
    asyncio.set_event_loop(qloop)
    qloop.set_exception_handler(lambda _loop, ctx: helper.errors.append(ctx))
    yield helper
    qloop.set_exception_handler(None)
    real = [e for e in helper.errors if not isinstance(e.get("exception"), asyncio.CancelledError)]
    if real:
        raise AssertionError("errors in the event loop: " + "; ".join(
            f"{e.get('message')}: {e.get('exception')!r}" for e in real))
