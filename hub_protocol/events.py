"""System chat messages carry event codes, never prose: each app translates them.

The hub writes ``SystemEvent(...).text`` into the transcript (so a transcript is
readable in any UI language later) and clients ``parse`` it back. Codes with a
detail carry it after a colon: ``joined:<expert name>``, ``transfer:<note>``.
A code this version does not know parses as ``UNKNOWN`` with the whole text, so a
newer hub never breaks an older client.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class EventCode(StrEnum):
    HANDOFF = "handoff"  # the customer joined the queue
    JOINED = "joined"  # a service expert (or an invited colleague) joined; detail: name
    TRANSFER = "transfer"  # passed to another queue or expert; detail: optional note
    REQUEUED = "requeued"  # the expert went away: back to the front of the queue
    ENDED = "ended"
    TRANSCRIPT = "transcript"  # the customer saved a copy of the ended conversation; detail: language
    UNKNOWN = "unknown"  # never written by the hub


@dataclass(frozen=True, slots=True)
class SystemEvent:
    code: EventCode
    detail: str = ""

    @property
    def text(self) -> str:
        """The message text the hub stores and sends."""
        return f"{self.code.value}:{self.detail}" if self.detail else self.code.value

    @classmethod
    def parse(cls, text: str) -> SystemEvent:
        code, _, detail = text.partition(":")
        try:
            kind = EventCode(code.strip())
        except ValueError:
            return cls(EventCode.UNKNOWN, text)
        if kind is EventCode.UNKNOWN:
            return cls(EventCode.UNKNOWN, text)
        return cls(kind, detail.strip())
