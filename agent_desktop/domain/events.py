"""System chat messages carry event codes, not prose; the UI translates them.

Codes (from the hub): ``handoff``, ``joined:<agent name>``, ``transfer`` or
``transfer:<note>``, ``requeued``, ``ended``. Anything else is kept as an
``unknown`` event so a newer hub never breaks an older desktop.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class EventKind(StrEnum):
    HANDOFF = "handoff"
    JOINED = "joined"
    TRANSFER = "transfer"
    REQUEUED = "requeued"
    ENDED = "ended"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class SystemEvent:
    kind: EventKind
    detail: str = ""  # agent name for joined, note for transfer


def parse_system_text(text: str) -> SystemEvent:
    code, _, detail = text.partition(":")
    try:
        kind = EventKind(code.strip())
    except ValueError:
        return SystemEvent(EventKind.UNKNOWN, text)
    if kind is EventKind.UNKNOWN:
        return SystemEvent(EventKind.UNKNOWN, text)
    return SystemEvent(kind, detail.strip())
