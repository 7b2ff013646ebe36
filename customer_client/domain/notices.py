"""System chat messages carry event codes, never prose: parse them for translation."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class NoticeKind(StrEnum):
    HANDOFF = "handoff"  # the customer joined the queue
    JOINED = "joined"  # a service expert joined (arg: name)
    TRANSFER = "transfer"  # passed to another expert (arg: optional note)
    REQUEUED = "requeued"  # expert lost the connection, back to the front of the queue
    ENDED = "ended"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    arg: str = ""


def parse_system(text: str) -> Notice:
    code, _, arg = text.partition(":")
    try:
        kind = NoticeKind(code)
    except ValueError:
        return Notice(NoticeKind.UNKNOWN, text)
    return Notice(kind, arg)
