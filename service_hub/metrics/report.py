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

import csv
import io
import json
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")
REASONS = ("asked", "bot_failed", "bot_suggested")
RATINGS = (1, 2, 3, 4, 5)
GROUPINGS = ("all", "day", "language", "channel", "topic")


@dataclass(frozen=True, slots=True)
class ConversationRecord:
    """One bot conversation as the hub stores it (timestamps timezone-aware)."""

    started_at: datetime
    language: str
    channel: str  # e.g. "omakela_web", "mobile"
    topic: str  # e.g. the application step or KB topic the chat started on
    handed_off: bool = False
    handoff_reason: str | None = None  # asked | bot_failed | bot_suggested
    enqueued_at: datetime | None = None
    assigned_at: datetime | None = None  # an expert took the chat
    ended_at: datetime | None = None
    abandoned: bool = False  # left the queue before an expert took it
    feedback: int | None = None  # 1..5, None if not given


@dataclass(frozen=True, slots=True)
class Distribution:
    count: int
    p50: float | None
    p90: float | None
    max: float | None


@dataclass(frozen=True, slots=True)
class GroupMetrics:
    group_by: str  # one of GROUPINGS
    group: str
    conversations: int
    handed_off: int
    handoff_rate: float
    containment_rate: float
    handoff_reasons: dict[str, int]
    queue_wait_s: Distribution
    handling_time_s: Distribution
    abandoned: int
    abandonment_rate: float | None  # None when nothing was enqueued
    feedback_count: int
    feedback_mean: float | None
    feedback_distribution: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TrialReport:
    groups: list[GroupMetrics]

    def get(self, group_by: str, group: str) -> GroupMetrics:
        for g in self.groups:
            if g.group_by == group_by and g.group == group:
                return g
        raise KeyError((group_by, group))


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


def _flat_row(g: GroupMetrics) -> dict[str, object]:
    row: dict[str, object] = {
        "group_by": g.group_by,
        "group": g.group,
        "conversations": g.conversations,
        "handed_off": g.handed_off,
        "handoff_rate": g.handoff_rate,
        "containment_rate": g.containment_rate,
    }
    row |= {f"reason_{k}": v for k, v in g.handoff_reasons.items()}
    for name, dist in (("queue_wait_s", g.queue_wait_s), ("handling_time_s", g.handling_time_s)):
        row |= {f"{name}_{k}": v for k, v in asdict(dist).items()}
    row |= {
        "abandoned": g.abandoned,
        "abandonment_rate": g.abandonment_rate,
        "feedback_count": g.feedback_count,
        "feedback_mean": g.feedback_mean,
    }
    row |= {f"feedback_{n}": g.feedback_distribution.get(n, 0) for n in RATINGS}
    return row


def report_rows(report: TrialReport) -> list[dict[str, object]]:
    """One flat dict per group; None means "no data" (empty cell in CSV)."""
    return [_flat_row(g) for g in report.groups]


def report_to_csv(report: TrialReport) -> str:
    rows = report_rows(report)
    fields: list[str] = []
    for row in rows:  # union of columns, in first-seen order (extra reasons)
        fields.extend(k for k in row if k not in fields)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, restval=0, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return out.getvalue()


def report_to_json(report: TrialReport) -> str:
    return json.dumps({"groups": [asdict(g) for g in report.groups]}, ensure_ascii=False, indent=2)
