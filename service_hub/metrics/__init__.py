"""Trial metrics for chat with bot + human handoff (pure computation, no I/O)."""

from .report import (
    ConversationRecord,
    GroupMetrics,
    TrialReport,
    build_report,
    nearest_rank,
    report_rows,
    report_to_csv,
    report_to_json,
)

__all__ = [
    "ConversationRecord",
    "GroupMetrics",
    "TrialReport",
    "build_report",
    "nearest_rank",
    "report_rows",
    "report_to_csv",
    "report_to_json",
]
