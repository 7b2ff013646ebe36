"""Trial metrics as the desktop shows them: parsed from GET /api/metrics (no Qt, no I/O).

The hub computes every number (service_hub/metrics); this module only picks
the key figures and chart series out of the document, and turns it back into
a TrialReport so "Export CSV" writes exactly what ``service-hub report`` does.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from typing import Any

from hub_protocol.report import Distribution, GroupMetrics, TrialReport, report_to_csv

TABLE_GROUPINGS = ("language", "channel", "topic")


def token_claims(token: str) -> dict[str, Any]:
    """The claims of a JWT, unverified: only to decide what the UI offers.

    The hub checks the signature on every request; a forged claim gets a 403.
    """
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError):
        return {}
    return claims if isinstance(claims, dict) else {}


def is_supervisor(token: str) -> bool:
    return bool(token_claims(token).get("sup", False))


@dataclass(frozen=True)
class KeyFigures:
    conversations: int
    handed_off: int
    handoff_rate: float | None
    containment_rate: float | None
    abandonment_rate: float | None
    abandoned: int
    feedback_mean: float | None
    feedback_count: int
    wait_p50_s: float | None
    wait_p90_s: float | None
    handling_p50_s: float | None
    handling_p90_s: float | None


@dataclass(frozen=True)
class WaitBucket:
    from_s: int
    to_s: int | None
    count: int


@dataclass
class MetricsData:
    first_day: str
    last_day: str
    figures: KeyFigures
    reasons: dict[str, int]
    feedback_distribution: dict[int, int]
    wait_histogram: list[WaitBucket]
    by_day: list[tuple[str, float, int]]  # (day, handoff rate, conversations)
    rows: list[GroupMetrics] = field(default_factory=list)  # language, channel, topic
    channels: list[str] = field(default_factory=list)  # empty: every channel
    report: TrialReport = field(default_factory=lambda: TrialReport([]))

    @property
    def empty(self) -> bool:
        return self.figures.conversations == 0


def _group(raw: dict[str, Any]) -> GroupMetrics:
    return GroupMetrics(
        group_by=str(raw["group_by"]), group=str(raw["group"]),
        conversations=int(raw["conversations"]), handed_off=int(raw["handed_off"]),
        handoff_rate=float(raw["handoff_rate"]), containment_rate=float(raw["containment_rate"]),
        handoff_reasons={str(k): int(v) for k, v in raw.get("handoff_reasons", {}).items()},
        queue_wait_s=Distribution(**raw["queue_wait_s"]),
        handling_time_s=Distribution(**raw["handling_time_s"]),
        abandoned=int(raw["abandoned"]), abandonment_rate=raw.get("abandonment_rate"),
        feedback_count=int(raw["feedback_count"]), feedback_mean=raw.get("feedback_mean"),
        feedback_distribution={int(k): int(v) for k, v in raw.get("feedback_distribution", {}).items()},
    )


def parse_document(doc: dict[str, Any]) -> MetricsData:
    """The /api/metrics JSON as the view needs it (raises KeyError/ValueError when malformed)."""
    groups = [_group(g) for g in doc.get("groups", [])]
    overall = next((g for g in groups if g.group_by == "all"), None)
    if overall is None:  # no conversations in the period
        figures = KeyFigures(0, 0, None, None, None, 0, None, 0, None, None, None, None)
        reasons: dict[str, int] = {}
        ratings = {n: 0 for n in range(1, 6)}
    else:
        figures = KeyFigures(
            overall.conversations, overall.handed_off, overall.handoff_rate, overall.containment_rate,
            overall.abandonment_rate, overall.abandoned, overall.feedback_mean, overall.feedback_count,
            overall.queue_wait_s.p50, overall.queue_wait_s.p90,
            overall.handling_time_s.p50, overall.handling_time_s.p90,
        )
        reasons = dict(overall.handoff_reasons)
        ratings = {n: overall.feedback_distribution.get(n, 0) for n in range(1, 6)}
    return MetricsData(
        first_day=str(doc.get("from", "")), last_day=str(doc.get("to", "")),
        figures=figures, reasons=reasons, feedback_distribution=ratings,
        wait_histogram=[WaitBucket(int(b["from_s"]), None if b.get("to_s") is None else int(b["to_s"]),
                                   int(b["count"])) for b in doc.get("queue_wait_histogram", [])],
        by_day=[(g.group, g.handoff_rate, g.conversations) for g in groups if g.group_by == "day"],
        rows=[g for by in TABLE_GROUPINGS for g in groups if g.group_by == by],
        report=TrialReport(groups),
        channels=[str(c) for c in doc.get("channels", [])],
    )


def to_csv(data: MetricsData) -> str:
    """The same CSV as ``service-hub report --format csv`` for the period."""
    return report_to_csv(data.report)


def csv_file_name(data: MetricsData) -> str:
    return f"trial-metrics-{data.first_day}_{data.last_day}.csv"
