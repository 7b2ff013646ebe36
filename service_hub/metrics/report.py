"""Trial metrics: how bot + human chat works, from plain conversation records.

Definitions (the trial report states them, so they are fixed here):

- handoff_rate: handed-off conversations / all conversations.
- containment_rate: conversations that stayed with the bot (no handoff) / all.
- handoff reasons: count per reason among handed-off conversations.
- queue wait: assigned_at - enqueued_at, over conversations an expert took;
  p50 / p90 use the nearest-rank percentile (the smallest wait that at least
  p % of waits do not exceed), so every reported value is a real wait.
- handling time: ended_at - assigned_at, over conversations an expert took.
- abandonment: handed off but left the queue before an expert took it /
  handed off (enqueued) conversations.
- feedback: mean, count and 1..5 distribution of the ratings given.

Days are Europe/Helsinki calendar days of ``started_at`` (the service's own
clock), not UTC days.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from hub_protocol.report import GROUPINGS, RATINGS, REASONS, Distribution, GroupMetrics, TrialReport

HELSINKI = ZoneInfo("Europe/Helsinki")


@dataclass(frozen=True, slots=True)
class ConversationRecord:
    """One bot conversation as the hub stores it (timestamps timezone-aware)."""

    started_at: datetime
    language: str
    channel: str  # e.g. "omakela_web", "mobile"
    topic: str  # e.g. the application step or KB topic the chat started on
    handed_off: bool = False
    handoff_reason: str | None = None  # asked | bot_failed | bot_suggested | video
    enqueued_at: datetime | None = None
    assigned_at: datetime | None = None  # an expert took the chat
    ended_at: datetime | None = None
    abandoned: bool = False  # left the queue before an expert took it
    feedback: int | None = None  # 1..5, None if not given


def nearest_rank(values: Sequence[float], percent: float) -> float | None:
    """Nearest-rank percentile of ``values`` (None for no values)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(percent / 100 * len(ordered)))
    return ordered[rank - 1]


def _distribution(values: list[float]) -> Distribution:
    return Distribution(
        count=len(values),
        p50=nearest_rank(values, 50),
        p90=nearest_rank(values, 90),
        max=max(values) if values else None,
    )


def _metrics(group_by: str, group: str, records: list[ConversationRecord]) -> GroupMetrics:
    total = len(records)
    handed = [r for r in records if r.handed_off]
    served = [r for r in handed if r.assigned_at is not None]
    waits = [
        (r.assigned_at - r.enqueued_at).total_seconds()
        for r in served
        if r.enqueued_at is not None and r.assigned_at is not None
    ]
    handling = [
        (r.ended_at - r.assigned_at).total_seconds()
        for r in served
        if r.ended_at is not None and r.assigned_at is not None
    ]
    abandoned = sum(1 for r in handed if r.abandoned)
    ratings = [r.feedback for r in records if r.feedback is not None]
    reasons = Counter(r.handoff_reason or "unknown" for r in handed)
    return GroupMetrics(
        group_by=group_by,
        group=group,
        conversations=total,
        handed_off=len(handed),
        handoff_rate=len(handed) / total,
        containment_rate=(total - len(handed)) / total,
        handoff_reasons={reason: reasons.get(reason, 0) for reason in REASONS}
        | {k: v for k, v in reasons.items() if k not in REASONS},
        queue_wait_s=_distribution(waits),
        handling_time_s=_distribution(handling),
        abandoned=abandoned,
        abandonment_rate=abandoned / len(handed) if handed else None,
        feedback_count=len(ratings),
        feedback_mean=sum(ratings) / len(ratings) if ratings else None,
        feedback_distribution={n: ratings.count(n) for n in RATINGS},
    )


def build_report(records: Iterable[ConversationRecord], tz: ZoneInfo = HELSINKI) -> TrialReport:
    """Metrics overall and grouped by day, language, channel and topic."""
    records = list(records)
    keys: dict[str, Callable[[ConversationRecord], str]] = {
        "all": lambda r: "all",
        "day": lambda r: r.started_at.astimezone(tz).date().isoformat(),
        "language": lambda r: r.language,
        "channel": lambda r: r.channel,
        "topic": lambda r: r.topic,
    }
    groups: list[GroupMetrics] = []
    for group_by in GROUPINGS:
        buckets: dict[str, list[ConversationRecord]] = defaultdict(list)
        for record in records:
            buckets[keys[group_by](record)].append(record)
        groups.extend(_metrics(group_by, name, buckets[name]) for name in sorted(buckets))
    return TrialReport(groups)
