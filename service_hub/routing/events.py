"""What the router tells the hub: results of calls and events to fan out.

Times are epoch seconds (``*_ts``) from the injected clock, so the hub can
store or serialise them without time-zone questions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from .model import AgentState, QueueKey
from .queues import ClosedInfo


class AdmissionReason(StrEnum):
    CLOSED = "closed"  # outside service hours (see ``closed``)
    FULL = "full"  # max_waiting reached
    NO_AGENTS = "no_agents"  # no suitable expert signed in
    UNKNOWN_QUEUE = "unknown_queue"  # no such service (e.g. English video for social assistance)


@dataclass(frozen=True, slots=True)
class Admission:
    """May a customer join this queue now? ``ok`` or a reason code (+ closed info)."""

    ok: bool
    reason: AdmissionReason | None = None
    closed: ClosedInfo | None = None


class OfferOutcome(StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"  # customer left, or agent went away/offline


class RequeueReason(StrEnum):
    DECLINED = "declined"
    EXPIRED = "expired"
    AGENT_AWAY = "agent_away"
    AGENT_OFFLINE = "agent_offline"  # back to the FRONT of the queue
    TRANSFERRED = "transferred"


@dataclass(frozen=True, slots=True)
class Offer:
    offer_id: str
    contact_id: str
    agent_id: str
    queue: QueueKey
    expires_ts: float
    direct: bool = False  # a transfer to a named agent, not queue routing
    notes: tuple[str, ...] = ()  # transfer notes so far, oldest first


@dataclass(frozen=True, slots=True)
class Assignment:
    contact_id: str
    agent_id: str
    queue: QueueKey
    waited_s: float  # from first enqueue to acceptance
    notes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OfferMade:
    offer: Offer


@dataclass(frozen=True, slots=True)
class OfferEnded:
    offer: Offer
    outcome: OfferOutcome


@dataclass(frozen=True, slots=True)
class Requeued:
    contact_id: str
    queue: QueueKey
    reason: RequeueReason
    front: bool  # placed ahead of everyone (agent went offline)


@dataclass(frozen=True, slots=True)
class AgentStateChanged:
    agent_id: str
    state: AgentState
    reason: str  # e.g. "missed_offers", "wrap_up_timeout", "presence"


Event = OfferMade | OfferEnded | Requeued | AgentStateChanged


@dataclass(frozen=True, slots=True)
class WaitEstimate:
    contact_id: str
    queue: QueueKey
    position: int  # 1 = next in line in this queue
    waited_s: float
    estimated_wait_s: float | None  # None: no expert signed in to base it on


@dataclass(frozen=True, slots=True)
class QueueSummary:
    queue: QueueKey
    waiting: int
    longest_wait_s: float  # 0.0 when nobody waits
    agents_signed_in: int  # qualified (by topic too) and not away/offline
    agents_available: int  # of those, able to take a contact right now
    is_open: bool
    next_opening: datetime | None
    has_room: bool
