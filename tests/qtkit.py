"""qasync + pytest-qt for every Qt package's tests: ONE event loop for the whole run.

Why one loop. The agent desktop and customer client tests run in one process
(CI runs ``pytest tests/agent_desktop tests/customer_client tests/call``).
Several ``qasync.QEventLoop``s over the one ``QApplication`` interfere: a
loop's Qt timers and socket notifiers fire whenever *any* loop spins Qt, so a
reconnect timer left on one loop runs its callback while another loop is
"running" (wrong loop, wrong exception handler, or a freed notifier). And a
loop that is never closed is closed by its ``__del__`` at interpreter exit,
after Qt is gone ("RuntimeError: Signal source has been deleted"). So:

* one :class:`QtAsyncLoop` over pytest-qt's ``qapp``, created on first use and
  shared by every package that imports this module into its conftest (a
  session fixture defined in two conftests would be two fixtures, hence the
  module-level singleton behind ``qloop``);
* tests are plain ``def`` functions (pytest-asyncio would bring a loop of its
  own) and drive asyncio through :class:`Aio`: ``aio.run(coro)`` is
  ``run_until_complete`` with a timeout, ``aio.until(predicate)`` polls inside
  the loop. Qt events are processed while it runs, so painting, timers and
  signals work as in the real program. Avoid ``qtbot.wait*``: those spin Qt
  outside ``run_until_complete``, where asyncio callbacks find no running loop;
* per test (the ``aio`` fixture), the loop's exception handler collects errors
  from callbacks and from tasks nobody awaited, and the test fails at
  teardown if there were any (the idea of qasync's own conftest). Tasks the
  test left running are cancelled and awaited at teardown, so nothing of one
  test runs on in the next, and its garbage is collected there: what it left
  unclosed is reported as a ``LeakWarning`` naming that test (before, such a
  report came whenever the collector ran, possibly inside another test);
* at the end of the session (``pytest_sessionfinish``, while pytest-qt still
  holds the ``QApplication``) the loop is closed: qasync's executor thread is
  joined and its notifiers and timers are freed before Qt is torn down.

Use it from a package's conftest (importing puts the fixtures and hooks in
the conftest's namespace, where pytest finds them for that directory)::

    from tests.qtkit import (  # noqa: F401 - fixtures and hooks for pytest
        Aio, aio, pytest_runtest_setup, pytest_runtest_teardown,
        pytest_sessionfinish, qloop,
    )
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import time
import warnings
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest
import qasync
from PySide6.QtWidgets import QApplication


class QtAsyncLoop(qasync.QEventLoop):
    """qasync's run_until_complete processes Qt events once more *after* run_forever
    has cleared the running loop; an asyncio callback run then fails with "no running
    event loop" in the middle of a coroutine. Keep the loop visible for that pass."""

    def run_forever(self) -> Any:
        try:
            return super().run_forever()
        finally:
            asyncio.events._set_running_loop(self)

    def run_until_complete(self, future: Any) -> Any:
        try:
            return super().run_until_complete(future)
        finally:
            asyncio.events._set_running_loop(None)


_LOOP: QtAsyncLoop | None = None


def shared_loop(app: QApplication) -> QtAsyncLoop:
    """The session's loop (created on first use) as the current event loop."""
    global _LOOP
    if _LOOP is None or _LOOP.is_closed():
        _LOOP = QtAsyncLoop(app)
    asyncio.set_event_loop(_LOOP)
    return _LOOP


def _cancel_pending(loop: QtAsyncLoop) -> None:
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))


def close_shared_loop() -> None:
    """Cancel what is left, let sockets close, then close the loop (idempotent)."""
    global _LOOP
    loop, _LOOP = _LOOP, None
    if loop is None or loop.is_closed():
        return
    with contextlib.suppress(Exception):
        _cancel_pending(loop)
        loop.run_until_complete(asyncio.sleep(0.05))
    loop.close()  # joins qasync's executor thread, frees its notifiers and timers
    asyncio.set_event_loop(None)


@pytest.fixture(scope="session")
def qloop(qapp: QApplication) -> QtAsyncLoop:
    return shared_loop(qapp)


class Aio:
    """Drives the shared qasync loop from a synchronous test."""

    def __init__(self, loop: QtAsyncLoop, default_timeout: float = 10.0) -> None:
        self.loop = loop
        self.default_timeout = default_timeout
        self.errors: list[dict[str, Any]] = []

    def run(self, coro: Awaitable[Any], timeout: float | None = None) -> Any:
        timeout = self.default_timeout if timeout is None else timeout
        return self.loop.run_until_complete(asyncio.wait_for(coro, timeout))

    def until(self, predicate: Callable[[], Any], timeout: float = 10.0, what: str = "") -> Any:
        """Poll ``predicate`` inside the loop; returns its first truthy value."""

        async def poll() -> Any:
            deadline = time.monotonic() + timeout
            while True:
                value = predicate()
                if value:
                    return value
                if time.monotonic() > deadline:
                    raise AssertionError(
                        f"timed out after {timeout} s waiting for {what or predicate}")
                await asyncio.sleep(0.02)

        return self.run(poll(), timeout + 5)

    def sleep(self, seconds: float) -> None:
        self.run(asyncio.sleep(seconds), seconds + 5)


class LeakWarning(UserWarning):
    """Something a test left unclosed (found when its garbage was collected)."""


@pytest.fixture
def aio(qloop: QtAsyncLoop) -> Iterator[Aio]:
    """Per test: collect the loop's errors (fail at teardown), cancel what is left."""
    helper = Aio(qloop)
    asyncio.set_event_loop(qloop)
    qloop.set_exception_handler(lambda _loop, ctx: helper.errors.append(ctx))
    try:
        yield helper
        _cancel_pending(qloop)
        qloop.run_until_complete(asyncio.sleep(0.05))  # let closing sockets finish
    finally:
        qloop.set_exception_handler(None)
    _collect_leaks(qloop)
    real = [e for e in helper.errors if not isinstance(e.get("exception"), asyncio.CancelledError)]
    if real:
        raise AssertionError("errors in the event loop: " + "; ".join(
            f"{e.get('message')}: {e.get('exception')!r}" for e in real))


def _collect_leaks(loop: QtAsyncLoop) -> None:
    """Collect this test's garbage now, reporting what it left unclosed as a warning.

    Objects dropped unclosed (an aiohttp session, a transport) report it from
    ``__del__`` whenever the garbage collector gets to them. With one loop for the
    whole run that could be in the middle of a later test, even another package's,
    whose error handler would then fail an innocent test. So the collection
    happens here, and the report names the test that leaked.
    """
    leaks: list[str] = []
    loop.set_exception_handler(lambda _loop, ctx: leaks.append(str(ctx.get("message"))))
    try:
        gc.collect()
    finally:
        loop.set_exception_handler(None)
    for message in dict.fromkeys(leaks):
        warnings.warn(message, LeakWarning, stacklevel=1)


# ---- hooks (active for the tests under each conftest that imports them)


@contextlib.contextmanager
def _loop_visible() -> Iterator[None]:
    """pytest-qt processes Qt events before and after each test, outside any
    run_until_complete; qasync then runs asyncio callbacks (a reconnect timer, a
    socket read) that must find their loop running, as they would in the app."""
    if _LOOP is not None and not _LOOP.is_closed() and asyncio.events._get_running_loop() is None:
        asyncio.events._set_running_loop(_LOOP)
        try:
            yield
        finally:
            asyncio.events._set_running_loop(None)
    else:
        yield


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    with _loop_visible():
        yield


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    with _loop_visible():
        yield


def pytest_sessionfinish(session: pytest.Session) -> None:
    close_shared_loop()
