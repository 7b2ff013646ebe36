"""Run coroutines from Qt slots on the qasync loop, keeping a reference.

asyncio keeps only weak references to tasks; a send started from a button
click could be garbage-collected mid-flight. Failures are logged, and the
loop's exception handler (tests install a strict one) sees them too.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger(__name__)
_running: set[asyncio.Future[Any]] = set()


def _loop() -> asyncio.AbstractEventLoop:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.get_event_loop_policy().get_event_loop()


def spawn(coro: Coroutine[Any, Any, Any]) -> asyncio.Future[Any]:
    loop = _loop()
    task = asyncio.ensure_future(coro, loop=loop)
    _running.add(task)

    def done(t: asyncio.Future[Any]) -> None:
        _running.discard(t)
        if t.cancelled():
            return
        exc = t.exception()
        if exc is not None:
            loop.call_exception_handler({"message": "task started from the UI failed",
                                         "exception": exc, "future": t})

    task.add_done_callback(done)
    return task


async def drain(timeout: float = 2.0) -> None:
    """Wait for UI-started tasks (used on quit and by tests)."""
    if _running:
        await asyncio.wait(set(_running), timeout=timeout)
