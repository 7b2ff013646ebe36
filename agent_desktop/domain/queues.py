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


@dataclass(frozen=True)
class QueueGroup:
    """The queues of one channel and language, as one collapsible group of the panel."""

    channel: str
    language: str
    rows: tuple[QueueRow, ...]
    taking: bool  # the expert takes this channel now (a failed device check leaves chat only)

    @property
    def key(self) -> tuple[str, str]:
        return (self.channel, self.language)

    @property
    def waiting(self) -> int:
        return sum(r.waiting for r in self.rows)

    def longest_wait_now(self, now: float) -> int:
        return max((r.longest_wait_now(now) for r in self.rows), default=0)


def group_rows(rows: list[QueueRow], taking: list[str] | None = None) -> list[QueueGroup]:
    """Groups by channel and language: the channels the expert takes now first, then
    groups with customers waiting, then by channel and language; inside a group
    ``sort_rows``' order. ``taking`` None: every channel the hub lists."""
    by_key: dict[tuple[str, str], list[QueueRow]] = {}
    for row in rows:
        by_key.setdefault((row.channel, row.language), []).append(row)
    groups = [QueueGroup(channel, language, tuple(sort_rows(members)), taking is None or channel in taking)
              for (channel, language), members in by_key.items()]
    return sorted(groups, key=lambda g: (not g.taking, g.waiting == 0, g.channel, g.language))
