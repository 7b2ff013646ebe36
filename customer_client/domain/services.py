"""What the customer can choose: channels, languages, topics, and published hours.

The hub is the authority on whether a service is open *now* (it answers
``chat.start`` with ``handoff.status``); the weekly hours shown before that come
from the same queue configuration the hub reads (``resources/queues.toml``),
through the pure routing domain, so the two cannot disagree about the timetable.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

log = logging.getLogger(__name__)

UI_LANGUAGES = ("fi", "sv", "en", "ru", "ckb")
# The application assistant (bot) and the chat trial speak these.
CHAT_LANGUAGES = ("fi", "sv", "en")
CHAT_TOPIC = "social_assistance"
TOPICS = (
    "social_assistance",
    "unemployment",
    "housing_allowance",
    "families_with_children",
    "students",
    "sickness",
    "rehabilitation_disability",
    "pensions",
)
# The English video trial serves only these topics (the agency's announcement).
ENGLISH_VIDEO_TOPICS = TOPICS[1:]
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def topics_for(channel: str, language: str) -> tuple[str, ...]:
    if channel == "chat":
        return (CHAT_TOPIC,)
    if language == "en":
        return ENGLISH_VIDEO_TOPICS
    return TOPICS


def chat_language_for(ui_language: str) -> str | None:
    """The bot's language for this UI language, or None when the customer must pick one."""
    return ui_language if ui_language in CHAT_LANGUAGES else None


@dataclass(frozen=True)
class DayRange:
    """Consecutive weekdays with the same opening hours, e.g. mon..fri 09:00-16:00."""

    first: str
    last: str
    intervals: tuple[str, ...]


def group_days(weekly: Mapping[str, Sequence[str]]) -> list[DayRange]:
    """Collapse {"mon": [..], "tue": [..]} into ranges of equal hours, in week order."""
    out: list[DayRange] = []
    for day in WEEKDAYS:
        hours = tuple(weekly.get(day, ()))
        if not hours:
            continue
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.intervals == hours
            and WEEKDAYS.index(prev.last) + 1 == WEEKDAYS.index(day)
        ):
            out[-1] = DayRange(prev.first, day, hours)
        else:
            out.append(DayRange(day, day, hours))
    return out


HoursLookup = Callable[[str, str, str], dict[str, list[str]] | None]


def published_hours(channel: str, language: str, topic: str) -> dict[str, list[str]] | None:
    """Weekly hours of a queue from the shared configuration; None when unknown."""
    try:
        from service_hub.routing import load_queues
        from service_hub.routing.model import Channel, Language, QueueKey, Topic
        from service_hub.routing.queues import weekly_hours_text

        catalog = _catalog_cache or load_queues()
        _remember(catalog)
        key = QueueKey(Channel(channel), Language(language), Topic(topic))
        if key not in catalog:
            return None
        return weekly_hours_text(catalog[key].calendar)
    except Exception:  # the timetable is a courtesy; the hub's answer is what counts
        log.info("published hours unavailable for %s/%s/%s", channel, language, topic,
                 exc_info=True)
        return None


_catalog_cache: object | None = None


def _remember(catalog: object) -> None:
    global _catalog_cache
    _catalog_cache = catalog
