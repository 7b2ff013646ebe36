"""Shared helpers for routing tests: a controllable clock and small queue sets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from service_hub.routing import (
    HELSINKI,
    AgentCapacity,
    Channel,
    Language,
    QueueConfig,
    QueueKey,
    Router,
    RouterSettings,
    ServiceCalendar,
    Skills,
    Topic,
)

ALWAYS_OPEN = ServiceCalendar(tuple(((0, 1440),) for _ in range(7)))


class FakeClock:
    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2027, 4, 14, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def hel(text: str) -> datetime:
    """'2027-05-05 08:30' as Helsinki wall-clock time."""
    return datetime.fromisoformat(text).replace(tzinfo=HELSINKI)


def queue(
    channel: Channel = Channel.CHAT,
    language: Language = Language.FI,
    topic: Topic = Topic.SOCIAL_ASSISTANCE,
    *,
    relax: float | None = None,
    priority: int = 0,
    max_waiting: int = 100,
    min_proficiency: int = 3,
    calendar: ServiceCalendar = ALWAYS_OPEN,
    require_agent: bool = False,
) -> QueueConfig:
    return QueueConfig(
        key=QueueKey(channel, language, topic),
        name="test",
        calendar=calendar,
        max_waiting=max_waiting,
        topic_relax_after_s=relax,
        priority=priority,
        min_proficiency=min_proficiency,
        alternatives=(),
        require_agent_signed_in=require_agent,
    )


def skills(
    languages: dict[Language, int] | None = None,
    topics: set[Topic] | None = None,
    channels: set[Channel] | None = None,
) -> Skills:
    return Skills(
        languages or {Language.FI: 5},
        frozenset(topics if topics is not None else {Topic.SOCIAL_ASSISTANCE}),
        frozenset(channels or {Channel.CHAT}),
    )


def make_router(
    queues: list[QueueConfig], clock: FakeClock | None = None, **settings
) -> tuple[Router, FakeClock]:
    clock = clock or FakeClock()
    defaults = {"wrap_up_s": 0.0}
    defaults.update(settings)
    return Router(queues, clock, RouterSettings(**defaults)), clock


CHAT_CAP = AgentCapacity()
