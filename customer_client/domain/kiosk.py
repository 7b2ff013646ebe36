"""Office-terminal rules without Qt: staff exit key, secret key sequence, inactivity.

The clock is injected (``now`` arguments) so the countdown is tested without waiting.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

log = logging.getLogger(__name__)

#: Keys staff press (in order, within ``window_s``) to get the exit dialog. Not a
#: secret by itself: the admin key typed afterwards is what is checked.
DEFAULT_EXIT_SEQUENCE = ("Ctrl+Alt+Shift+K", "Ctrl+Alt+Shift+E")


def verify_admin_key(key: str, key_hash: str) -> bool:
    """Check a typed staff key against the policy's argon2 hash (never stored in clear)."""
    if not key or not key_hash:
        return False  # no hash configured: kiosk cannot be left from the UI
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return PasswordHasher().verify(key_hash, key)
    except (VerificationError, InvalidHashError):
        return False


@dataclass
class KeySequence:
    """Matches a fixed sequence of key chords typed within a time window."""

    sequence: Sequence[str] = DEFAULT_EXIT_SEQUENCE
    window_s: float = 3.0
    _typed: list[tuple[str, float]] = field(default_factory=list)

    def feed(self, chord: str, now: float) -> bool:
        self._typed.append((chord, now))
        self._typed = [(c, t) for c, t in self._typed if now - t <= self.window_s]
        self._typed = self._typed[-len(self.sequence):]
        if tuple(c for c, _ in self._typed) == tuple(self.sequence):
            self._typed.clear()
            return True
        return False


class Idle(StrEnum):
    ACTIVE = "active"
    WARNING = "warning"  # show the countdown: "still there?"
    EXPIRED = "expired"  # clear everything and go back to the start


@dataclass
class InactivityClock:
    timeout_s: float = 120.0
    warning_s: float = 30.0
    last_activity: float = 0.0

    def touch(self, now: float) -> None:
        self.last_activity = now

    def remaining(self, now: float) -> float:
        return max(0.0, self.timeout_s - (now - self.last_activity))

    def state(self, now: float) -> Idle:
        left = self.remaining(now)
        if left <= 0:
            return Idle.EXPIRED
        if left <= self.warning_s:
            return Idle.WARNING
        return Idle.ACTIVE
