"""Waiting for the store writer's futures (writes queued together share a commit)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

log = logging.getLogger(__name__)


async def both(first: asyncio.Future[Any], second: asyncio.Future[Any]) -> tuple[Any, Any]:
    """Both results of two writes queued together (one commit); every failure retrieved."""
    results = await asyncio.gather(first, second, return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return results[0], results[1]


def log_failure(future: asyncio.Future[Any], what: str) -> None:
    """For a store write nobody waits for: a failure is logged, not lost."""

    def done(f: asyncio.Future[Any]) -> None:
        if not f.cancelled() and f.exception() is not None:
            log.error("%s failed: %s", what, f.exception())

    future.add_done_callback(done)
