"""The trial report's shape: what ``GET /api/metrics`` serves and ``service-hub report`` writes.

The hub computes the figures (``service_hub.metrics``); the desktop reads this
shape back and exports the same CSV. Definitions of each figure are in
``service_hub/metrics/report.py``.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass, field

REASONS = ("asked", "bot_failed", "bot_suggested")
RATINGS = (1, 2, 3, 4, 5)
GROUPINGS = ("all", "day", "language", "channel", "topic")


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


def _no_data() -> GroupMetrics:
    empty = Distribution(0, None, None, None)
    return GroupMetrics("", "", 0, 0, 0.0, 0.0, dict.fromkeys(REASONS, 0), empty, empty, 0, None, 0, None)


def report_to_csv(report: TrialReport) -> str:
    """The header always (a period without data is the header alone), then a row per group."""
    rows = report_rows(report)
    fields: list[str] = list(_flat_row(_no_data()))
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
