"""Handoff rules as pure functions of facts the hub supplies.

The trial's rule: the bot offers a human only while the chat queue is open,
not full, and at least one suitable expert is signed in. Otherwise it never
offers the handoff and points to phone service or an office instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .context import HandoffReason


class Unavailable(StrEnum):
    CLOSED = "closed"  # outside chat hours / queue closed
    FULL = "full"  # queue has no room
    NO_AGENTS = "no_agents"  # nobody suitable signed in


@dataclass(frozen=True, slots=True)
class HandoffFacts:
    """Queue state for the customer's language, as the hub sees it right now."""

    queue_open: bool
    queue_full: bool
    agents_available: int  # suitable experts signed in and on duty


@dataclass(frozen=True, slots=True)
class HandoffDecision:
    offer: bool  # show the "move to a service expert" option
    reason: HandoffReason | None  # why a human is relevant (None: not relevant)
    unavailable: Unavailable | None  # why it cannot be offered, if relevant but blocked


def availability(facts: HandoffFacts) -> Unavailable | None:
    """None when a handoff may be offered, else the first blocking fact.

    Closed is reported before no-agents/full because the hours are what the
    customer can act on (come back later).
    """
    if not facts.queue_open:
        return Unavailable.CLOSED
    if facts.agents_available < 1:
        return Unavailable.NO_AGENTS
    if facts.queue_full:
        return Unavailable.FULL
    return None


def decide_handoff(reason: HandoffReason | None, facts: HandoffFacts) -> HandoffDecision:
    """Whether to offer a human for ``reason`` (None = nothing calls for one)."""
    if reason is None:
        return HandoffDecision(offer=False, reason=None, unavailable=None)
    blocked = availability(facts)
    return HandoffDecision(offer=blocked is None, reason=reason, unavailable=blocked)
