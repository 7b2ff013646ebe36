"""Typing indicators both ways: sent at most once per interval, shown until stale.

A frame per keystroke would flood the hub's rate limiter, and an indicator that
never goes out tells the other side someone is writing long after they stopped.
The sender repeats its notice every ``interval_s`` while typing; the receiver
shows it for ``ttl_s`` after the last one (longer than the interval, so steady
typing shows steadily) and hides it when that person's message arrives.
"""

from __future__ import annotations

import time
from collections.abc import Callable

SEND_INTERVAL_S = 3.0
SHOW_FOR_S = 6.0


class Throttle:
    def __init__(self, interval_s: float = SEND_INTERVAL_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.interval_s = interval_s
        self._clock = clock
        self._last: dict[str, float] = {}

    def ready(self, key: str) -> bool:
        """True (and remember now) when a notification for ``key`` may go out."""
        now = self._clock()
        last = self._last.get(key)
        if last is not None and now - last < self.interval_s:
            return False
        self._last[key] = now
        return True

    def reset(self, key: str) -> None:
        """After a message is sent the next keystroke may notify again at once."""
        self._last.pop(key, None)


class Expiry:
    """The other side's typing indicator: shown until it goes stale."""

    def __init__(self, ttl_s: float = SHOW_FOR_S, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl_s = ttl_s
        self._clock = clock
        self._until: dict[str, float] = {}

    def touch(self, key: str) -> None:
        self._until[key] = self._clock() + self.ttl_s

    def clear(self, key: str) -> None:
        self._until.pop(key, None)

    def active(self, key: str) -> bool:
        return self._until.get(key, 0.0) > self._clock()

    def remaining(self, key: str) -> float:
        return max(0.0, self._until.get(key, 0.0) - self._clock())
