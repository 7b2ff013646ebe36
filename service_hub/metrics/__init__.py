"""Trial metrics for chat with bot + human handoff (pure computation, no I/O).

The report's shape and its CSV/JSON forms are in ``hub_protocol.report``.
"""

from .report import ConversationRecord, build_report, nearest_rank

__all__ = ["ConversationRecord", "build_report", "nearest_rank"]
