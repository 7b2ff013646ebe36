"""Queue configuration as the router and the hub use it (built by ``config.load_queues``)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from .calendar import WEEKDAYS, ClosedReason, ServiceCalendar
from .model import Channel, Language, QueueKey


class AlternativeKind(StrEnum):
    PHONE = "phone"
    OFFICE = "office"
    WEB = "web"  # information on the web (no person serves; its hours are always)


@dataclass(frozen=True)
class Alternative:
    """Another way to get service (phone line, office), with its own hours.

    ``code`` is the config name (e.g. ``phone_en``); clients map it to text and
    phone numbers through their translations, so no UI text lives here.
    """

    code: str
    kind: AlternativeKind
    languages: frozenset[Language]  # languages served; empty = not language specific
    calendar: ServiceCalendar


@dataclass(frozen=True)
class AlternativeInfo:
    code: str
    kind: AlternativeKind
    languages: tuple[Language, ...]
    open_now: bool
    next_opening: datetime | None
    weekly_hours: dict[str, list[str]]  # {"mon": ["09:00-16:00"], ...}, closed days left out


@dataclass(frozen=True)
class ClosedInfo:
    """What to tell a customer who cannot queue now: codes and hours, not prose."""

    queue: QueueKey
    reason: ClosedReason
    next_opening: datetime | None  # None: the service does not open again (e.g. trial ended)
    label: str  # e.g. the holiday's name
    alternatives: tuple[AlternativeInfo, ...]  # customer's language first


def weekly_hours_text(cal: ServiceCalendar) -> dict[str, list[str]]:
    return {day: list(intervals) for day, intervals in _weekly_text(cal.weekly)}


@lru_cache(maxsize=64)  # every closed answer lists each alternative's hours
def _weekly_text(weekly: tuple[tuple[tuple[int, int], ...], ...]
                 ) -> tuple[tuple[str, tuple[str, ...]], ...]:
    def hhmm(m: int) -> str:
        return f"{m // 60:02d}:{m % 60:02d}"

    return tuple((WEEKDAYS[d], tuple(f"{hhmm(s)}-{hhmm(e)}" for s, e in ivs))
                 for d, ivs in enumerate(weekly) if ivs)


@dataclass(frozen=True)
class QueueConfig:
    key: QueueKey
    name: str  # the [queues.<name>] table it came from
    calendar: ServiceCalendar
    max_waiting: int
    #: after this many seconds waiting, any agent with the language may serve
    #: the contact regardless of topic skill; None = never relax
    topic_relax_after_s: float | None
    priority: int  # higher is served first
    min_proficiency: int  # agents need at least this proficiency in the language
    alternatives: tuple[Alternative, ...]
    #: the chat handoff is only offered while a suitable expert is signed in
    require_agent_signed_in: bool = True

    def has_room(self, waiting_count: int) -> bool:
        """True when one more customer may join a queue that has ``waiting_count`` waiting."""
        return waiting_count < self.max_waiting

    def is_open(self, at: datetime) -> bool:
        return self.calendar.is_open(at)

    def next_opening(self, at: datetime) -> datetime | None:
        return self.calendar.next_opening(at)

    def closed_info(self, at: datetime, language: Language | None = None) -> ClosedInfo | None:
        """None while open; otherwise why closed, when it opens, and where else to go."""
        st = self.calendar.status(at)
        if st.is_open:
            return None
        lang = language or self.key.language
        alts = sorted(self.alternatives, key=lambda a: lang not in a.languages)
        infos = tuple(
            AlternativeInfo(
                a.code,
                a.kind,
                tuple(sorted(a.languages)),
                a.calendar.is_open(at),
                a.calendar.next_opening(at),
                weekly_hours_text(a.calendar),
            )
            for a in alts
        )
        return ClosedInfo(
            self.key, st.reason or ClosedReason.OUTSIDE_HOURS, st.next_opening, st.label, infos
        )


@dataclass(frozen=True)
class QueueCatalog:
    """All configured queues, by key. Unconfigured keys have no service."""

    source: Path
    queues: Mapping[QueueKey, QueueConfig]

    def __getitem__(self, key: QueueKey) -> QueueConfig:
        return self.queues[key]

    def __contains__(self, key: object) -> bool:
        return key in self.queues

    def __iter__(self) -> Iterator[QueueConfig]:
        return iter(self.queues.values())

    def __len__(self) -> int:
        return len(self.queues)

    def for_channel(self, channel: Channel) -> list[QueueConfig]:
        return [q for q in self.queues.values() if q.key.channel is channel]
