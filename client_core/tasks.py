"""Run coroutines started from callbacks (Qt slots, hub frames) without losing them.

asyncio keeps only weak references to tasks, so a send started from a button
click could be garbage-collected mid-flight. A ``TaskSet`` keeps each task until
it is done, reports a failure to the loop's exception handler (logged by
default; tests install a strict one), and can cancel or wait for what is left.
``spawn`` and ``drain`` use one process-wide set, for work that outlives any
one object (a window's clicks); a service that must drop its work when it ends
(a customer's visit) keeps a ``TaskSet`` of its own.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any


def _loop() -> asyncio.AbstractEventLoop:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:  # a Qt slot run outside the loop's own call stack
        return asyncio.get_event_loop_policy().get_event_loop()


class TaskSet:
    def __init__(self, what: str = "background task") -> None:
        self.what = what
        self._running: set[asyncio.Task[Any]] = set()

    def __len__(self) -> int:
        return len(self._running)

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        loop = _loop()
        task = loop.create_task(coro)
        self._running.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._running.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            task.get_loop().call_exception_handler(
                {"message": f"{self.what} failed", "exception": exc, "future": task})

    def cancel_all(self, *, keep: asyncio.Task[Any] | None = None) -> None:
        """Cancel every task but ``keep`` (the caller's own, when it is one of them)."""
        for task in list(self._running):
            if task is not keep:
                task.cancel()
        self._running.clear()

    async def drain(self, timeout: float = 2.0) -> None:
        """Wait (at most ``timeout``) for the tasks still running."""
        if self._running:
            await asyncio.wait(set(self._running), timeout=timeout)


_ui_tasks = TaskSet("task started from the UI")


def spawn(coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
    """Run ``coro`` in the process-wide set (kept until done, failures reported)."""
    return _ui_tasks.spawn(coro)


async def drain(timeout: float = 2.0) -> None:
    """Wait for the process-wide set's tasks (on quit, and in tests)."""
    await _ui_tasks.drain(timeout)
