"""The customer's pre-session check report, reduced to what an expert needs to read.

Pure: the report as the customer's client sent it (``PrecheckReport.to_dict``,
read tolerantly: any key may be missing) in; the overall verdict and the items
that were not fine (with their one measured figure) out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class CheckItem:
    item: str
    verdict: str
    value: float | None = None


@dataclass(frozen=True)
class PrecheckSummary:
    verdict: str  # ok, warn, fail
    problems: tuple[CheckItem, ...]  # the items that warned or failed, worst first


_RANK = {"fail": 0, "warn": 1}
_FIGURE = {"bandwidth_up": "kbit_per_s", "bandwidth_down": "kbit_per_s", "rtt": "rtt_ms",
           "jitter": "jitter_ms", "loss": "loss_pct"}


def summarize(report: dict[str, Any] | None) -> PrecheckSummary | None:
    """None when there is nothing to read: no report, or one with neither items nor an
    overall verdict (a report with only its verdict still gives that)."""
    if not isinstance(report, dict):
        return None
    if not isinstance(report.get("items"), list):
        verdict = report.get("verdict")
        return PrecheckSummary(verdict, ()) if verdict in ("ok", *_RANK) else None
    problems = []
    for raw in report["items"]:
        if not isinstance(raw, dict) or raw.get("verdict") not in _RANK:
            continue
        item = str(raw.get("item", ""))
        figures = raw.get("figures") if isinstance(raw.get("figures"), dict) else {}
        value = figures.get(_FIGURE.get(item, ""))
        problems.append(CheckItem(item, str(raw["verdict"]),
                                  float(value) if isinstance(value, int | float) else None))
    problems.sort(key=lambda c: _RANK[c.verdict])
    verdict = str(report.get("verdict") or (problems[0].verdict if problems else "ok"))
    return PrecheckSummary(verdict, tuple(problems))
