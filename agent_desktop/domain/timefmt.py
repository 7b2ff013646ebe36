"""Durations and clock times for labels (no Qt, no locale: digits only)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


def duration(seconds: float) -> str:
    """4:07, 1:02:03: short enough for a toolbar and a table cell."""
    s = max(0, int(seconds))
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


def clock_time(at: datetime | None) -> str:
    if at is None:
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone().strftime("%H:%M")


def date_time(at: datetime | None) -> str:
    if at is None:
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone().strftime("%d.%m.%Y %H:%M")


class ServerClock:
    """Local view of the hub's clock: 'time in state' must not jump with skew."""

    def __init__(self, now: callable = lambda: datetime.now(UTC)) -> None:  # type: ignore[valid-type]
        self._now = now
        self.offset = timedelta(0)

    def sync(self, server_time: datetime) -> None:
        if server_time.tzinfo is None:
            server_time = server_time.replace(tzinfo=UTC)
        self.offset = server_time - self._now()

    def now(self) -> datetime:
        return self._now() + self.offset

    def since(self, at: datetime) -> float:
        if at.tzinfo is None:
            at = at.replace(tzinfo=UTC)
        return max(0.0, (self.now() - at).total_seconds())
