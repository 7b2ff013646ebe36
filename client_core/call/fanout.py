"""A newest-frames buffer with many readers.

aiortc's own queues are unbounded, so a slow consumer makes delay grow without limit
(aiortc issues 1192, 104, 536). Every buffer in the call engine is one of these instead:
video keeps only the newest frame (``maxlen=1``); audio keeps a few frames so that a
brief scheduling hiccup does not cut holes into speech, but never more than ``maxlen``.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable
from typing import Generic, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


class FanoutClosed(Exception):
    pass


class FrameFanout(Generic[T]):
    def __init__(self, kind: str, maxlen: int = 1) -> None:
        self.kind = kind
        self._buf: deque[tuple[int, T]] = deque(maxlen=maxlen)
        self._seq = 0
        self._waiters: list[asyncio.Future[bool]] = []
        self._listeners: list[Callable[[T], None]] = []
        self.closed = False

    @property
    def published(self) -> int:
        """Number of frames ever published (readers use it to count received frames)."""
        return self._seq

    def latest(self) -> T | None:
        return self._buf[-1][1] if self._buf else None

    def publish(self, item: T) -> None:
        if self.closed:
            return
        self._seq += 1
        self._buf.append((self._seq, item))
        self._wake()
        for listener in list(self._listeners):
            try:
                listener(item)
            except Exception:  # a broken view must not stop the media pipeline
                log.exception("frame listener failed")

    def subscribe(self, listener: Callable[[T], None]) -> Callable[[], None]:
        """Call ``listener(frame)`` synchronously on every frame; returns an unsubscribe."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    async def next(self, after: int) -> tuple[int, T] | None:
        """The oldest buffered frame newer than sequence ``after``; waits if there is none.

        Returns ``None`` when woken by :meth:`interrupt` (the reader should re-check its
        own state, e.g. camera switched off). Raises :class:`FanoutClosed` after close.
        """
        while True:
            if self.closed:
                raise FanoutClosed(self.kind)
            for seq, item in self._buf:
                if seq > after:
                    return seq, item
            waiter: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            try:
                interrupted = await waiter
            finally:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)
            if interrupted:
                return None

    def interrupt(self) -> None:
        self._wake(interrupted=True)

    def close(self) -> None:
        # Listeners stay: a camera switched back on reopens the same fanout, and the
        # preview must keep showing it. Owners unsubscribe explicitly.
        self.closed = True
        self._wake()

    def reopen(self) -> None:
        """Accept frames again; sequence numbers continue so readers need no reset."""
        self.closed = False

    def _wake(self, interrupted: bool = False) -> None:
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(interrupted)
