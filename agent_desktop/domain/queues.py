"""Queue rows for the queue panel, with the longest wait kept ticking.

The hub sends snapshots on change (throttled), not every second; between
snapshots the longest wait of a non-empty queue grows with the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class QueueRow:
    channel: str
    language: str
    topic: str
    waiting: int
    longest_wait_s: int
    agents_available: int
    open: bool
    next_opening: datetime | None
    received_at: float  # monotonic seconds when the snapshot came

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.channel, self.language, self.topic)

    def longest_wait_now(self, now: float) -> int:
        if not self.waiting:
            return 0
        return self.longest_wait_s + max(0, int(now - self.received_at))


def sort_rows(rows: list[QueueRow]) -> list[QueueRow]:
    """Queues with customers first, then open ones, then by channel/language/topic."""
    return sorted(rows, key=lambda r: (r.waiting == 0, not r.open, r.channel, r.language, r.topic))
