"""Wallboard tiles: how a queue or an expert is doing against the hub's thresholds.

Pure: tiles and thresholds in (the hub's ``wallboard`` frame), a level out.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any


class Level(StrEnum):
    OK = "ok"
    AMBER = "amber"
    RED = "red"


def service_level(answered: int, in_level: int) -> float | None:
    """Share answered within the service level today; None before anyone was answered."""
    return None if answered <= 0 else in_level / answered


def queue_level(tile: Any, t: Any) -> Level:
    """Red or amber when the longest wait, the number waiting or the service level says so."""
    share = service_level(tile.answered, tile.answered_in_level)
    if (tile.longest_wait_s >= t.wait_red_s or tile.waiting >= t.waiting_red
            or (share is not None and share < t.service_level_target - 0.2)):
        return Level.RED
    if (tile.longest_wait_s >= t.wait_amber_s or tile.waiting >= t.waiting_amber
            or (share is not None and share < t.service_level_target)):
        return Level.AMBER
    return Level.OK


def expert_level(tile: Any, t: Any, now: datetime) -> Level:
    """Away or in wrap-up for long: amber, then red. Serving customers is never a warning."""
    if tile.state not in ("away", "wrap_up"):
        return Level.OK
    seconds = (now - tile.since).total_seconds()
    if seconds >= t.state_red_s:
        return Level.RED
    if seconds >= t.state_amber_s:
        return Level.AMBER
    return Level.OK
