"""Trial metrics from the store: conversations of a period as ConversationRecords.

A period is a range of Europe/Helsinki calendar days, both ends included
(``2024-03-01..2024-03-31`` is March in Helsinki, daylight saving included);
a conversation belongs to the day its ``created_at`` falls on in Helsinki.

One SELECT with a LEFT OUTER JOIN to ``feedback`` loads a period, the same
statement on SQLite and PostgreSQL; ``conversations.created_at`` carries the
range condition. Mapping from the store:

- started_at = created_at; handed_off = handed_off_at is set;
- enqueued_at = handed_off_at (the first time the customer joined the queue);
  assigned_at = the (last) time an expert took the chat, so after a transfer
  the "queue wait" covers the first expert's part too - the store keeps no
  first-assignment time;
- abandoned = the customer left the queue before an expert took the chat;
- feedback = the rating, None when skipped or not given.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from hub_protocol.report import TrialReport, report_to_json

from ..store.models import Conversation, Feedback
from .report import HELSINKI, ConversationRecord, build_report

MAX_PERIOD_DAYS = 366  # the HTTP API's limit; a longer report is a CLI job


class PeriodError(ValueError):
    """A period that cannot be reported on; ``code`` for APIs, message for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class Period:
    first_day: date
    last_day: date  # included

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """[start, end) in UTC: Helsinki midnight of the first day to the midnight after the last."""
        start = datetime.combine(self.first_day, time(0), tzinfo=HELSINKI)
        end = datetime.combine(self.last_day + timedelta(days=1), time(0), tzinfo=HELSINKI)
        return start.astimezone(UTC), end.astimezone(UTC)


def _day(value: str | None, name: str) -> date:
    if not value:
        raise PeriodError("missing_date", f"Give the {name} date as YYYY-MM-DD.")
    try:
        if len(value) != 10:
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise PeriodError("bad_date", f"The {name} date {value!r} is not a date in the form YYYY-MM-DD.") from None


def parse_period(first: str | None, last: str | None, *, max_days: int | None = None) -> Period:
    """Check and parse ``--from``/``--to`` (or ``from=``/``to=``): inclusive Helsinki days."""
    period = Period(_day(first, "from"), _day(last, "to"))
    if period.last_day < period.first_day:
        raise PeriodError("bad_range", f"The period ends ({period.last_day}) before it starts "
                                       f"({period.first_day}).")
    if max_days is not None and period.days > max_days:
        raise PeriodError("range_too_long", f"The period is {period.days} days; at most {max_days} "
                                            "days at a time.")
    return period


def _record(row: Any) -> ConversationRecord:
    return ConversationRecord(
        started_at=row.created_at,
        language=row.language,
        channel=row.channel,
        topic=row.topic,
        handed_off=row.handed_off_at is not None,
        handoff_reason=row.handoff_reason,
        enqueued_at=row.handed_off_at,
        assigned_at=row.assigned_at,
        ended_at=row.ended_at,
        abandoned=bool(row.abandoned) and row.assigned_at is None,
        feedback=row.rating,
    )


async def load_records(store: Any, period: Period,
                       channels: Iterable[str] | None = None) -> list[ConversationRecord]:
    """The period's conversations (optionally only some channels), oldest first."""
    start, end = period.utc_bounds()
    query = (
        select(
            Conversation.created_at, Conversation.language, Conversation.channel, Conversation.topic,
            Conversation.handoff_reason, Conversation.handed_off_at, Conversation.assigned_at,
            Conversation.ended_at, Conversation.abandoned, Feedback.rating,
        )
        .outerjoin(Feedback, Feedback.conversation_id == Conversation.id)
        .where(Conversation.created_at >= start, Conversation.created_at < end)
        .order_by(Conversation.created_at, Conversation.id)
    )
    wanted = sorted(set(channels or ()))
    if wanted:
        query = query.where(Conversation.channel.in_(wanted))
    async with store.sessions() as session:
        result = await session.execute(query)
        return [_record(row) for row in result]


async def report_for_period(store: Any, period: Period,
                            channels: Iterable[str] | None = None) -> TrialReport:
    return build_report(await load_records(store, period, channels))


# Queue-wait buckets for the distribution chart: [lower, upper) in seconds.
WAIT_EDGES_S = (0, 60, 120, 300, 600, 1200)


def wait_histogram(records: Iterable[ConversationRecord],
                   edges: tuple[int, ...] = WAIT_EDGES_S) -> list[dict[str, Any]]:
    """Served conversations per queue-wait bucket; the last bucket has no upper bound."""
    counts = [0] * len(edges)
    for r in records:
        if r.handed_off and r.enqueued_at is not None and r.assigned_at is not None:
            wait = (r.assigned_at - r.enqueued_at).total_seconds()
            index = max(i for i, lower in enumerate(edges) if wait >= lower or i == 0)
            counts[index] += 1
    uppers: list[int | None] = [*edges[1:], None]
    return [{"from_s": lo, "to_s": hi, "count": n} for lo, hi, n in zip(edges, uppers, counts, strict=True)]


def report_document(records: list[ConversationRecord], period: Period,
                    channels: Iterable[str] | None = None) -> dict[str, Any]:
    """What the HTTP API and ``report --format json`` return: the period,
    report_to_json's groups and the overall queue-wait histogram."""
    return {
        "from": period.first_day.isoformat(),
        "to": period.last_day.isoformat(),
        "timezone": "Europe/Helsinki",
        "channels": sorted(set(channels or ())),
        **json.loads(report_to_json(build_report(records))),
        "queue_wait_histogram": wait_histogram(records),
    }
