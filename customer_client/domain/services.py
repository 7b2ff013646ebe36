"""What the customer can choose: channels, languages, topics, and the published hours.

The hub is the authority on both: which services exist, with their weekly
hours, date ranges and topics (``services.catalog``, asked for with
``services.query``), and whether a service is open *now* (it answers
``chat.start`` with ``handoff.status``). The client reads no queue file of its
own, so what a customer sees cannot differ from what the hub routes by.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from hub_protocol import frames as p

UI_LANGUAGES = ("fi", "sv", "en", "ru", "ckb")
# The application assistant (bot) and the chat trial speak these.
CHAT_LANGUAGES = ("fi", "sv", "en")
CHAT_TOPIC = "social_assistance"
# The order topic pages list them in (a topic the hub adds later goes last).
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
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def topics_for(catalog: p.ServicesCatalog | None, channel: str, language: str) -> tuple[str, ...]:
    """The topics the hub serves on ``channel`` in ``language`` (none while it is unknown).

    The English video trial, for one, serves fewer topics than the others.
    """
    if catalog is None:
        return ()
    served = {s.queue.topic for s in catalog.services
              if s.queue.channel == channel and s.queue.language == language}
    return (*(t for t in TOPICS if t in served), *sorted(served - set(TOPICS)))


def service_info(catalog: p.ServicesCatalog | None, channel: str, language: str,
                 topic: str) -> p.ServiceInfo | None:
    """The hub's facts about one service (hours, date range), or None when it has none."""
    if catalog is None:
        return None
    return next((s for s in catalog.services if (s.queue.channel, s.queue.language, s.queue.topic)
                 == (channel, language, topic)), None)


def served_languages(catalog: p.ServicesCatalog | None, channel: str,
                     topic: str | None = None) -> tuple[str, ...]:
    """The languages service experts serve ``channel`` (and ``topic``) in, in UI order."""
    if catalog is None:
        return ()
    served = {s.queue.language for s in catalog.services if s.queue.channel == channel
              and (topic is None or s.queue.topic == topic)}
    return tuple(code for code in UI_LANGUAGES if code in served)


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
