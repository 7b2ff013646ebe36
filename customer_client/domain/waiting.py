"""Queue figures in words a customer can use: rounded, never falsely precise."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class WaitKind(StrEnum):
    UNKNOWN = "unknown"  # nobody is serving right now, or no estimate
    UNDER_MINUTE = "under_minute"
    MINUTES = "minutes"


@dataclass(frozen=True)
class WaitText:
    kind: WaitKind
    minutes: int = 0


def describe_wait(estimated_wait_s: int | None) -> WaitText:
    if estimated_wait_s is None or estimated_wait_s < 0:
        return WaitText(WaitKind.UNKNOWN)
    if estimated_wait_s < 60:
        return WaitText(WaitKind.UNDER_MINUTE)
    minutes = round(estimated_wait_s / 60)
    # Beyond ten minutes, steps of five: a queue estimate is coarse anyway.
    if minutes > 10:
        minutes = 5 * round(minutes / 5)
    return WaitText(WaitKind.MINUTES, minutes)
