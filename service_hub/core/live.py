"""The registry of live conversations: one copy of each conversation this
process holds, the offers it has shown agents, and the conversations that
wait for their agent to come back after a restart."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ..routing import Channel, Language, Offer, QueueKey, Topic
from ..store.models import Conversation
from .refused import Refused


def utcnow() -> datetime:
    return datetime.now(UTC)


def queue_key(channel: str, language: str, topic: str) -> QueueKey:
    try:
        return QueueKey(Channel(channel), Language(language), Topic(topic))
    except ValueError:
        raise Refused("unknown_queue", "There is no service for that language and topic.") from None


@dataclass
class LiveConversation:
    id: str
    customer_id: str
    customer_name: str
    channel: str
    language: str
    topic: str
    state: str
    agent_id: int | None = None
    context: dict[str, Any] = field(default_factory=dict)
    precheck: dict[str, Any] | None = None
    bot_state: dict[str, Any] | None = None  # the bot's conversation, as it last returned it
    created_at: datetime = field(default_factory=utcnow)
    assigned_at: datetime | None = None
    # Colleagues invited into the call (interpreters): in memory only, they
    # re-join after a hub restart. Cleared when the conversation leaves "active".
    guests: set[int] = field(default_factory=set)
    # Supervisors silently following it (read-only; its expert is told). In memory only.
    monitors: set[int] = field(default_factory=set)
    # (position, estimated wait, monotonic time) last told the waiting customer:
    # queue news repeats a moving position only every few seconds.
    position_told: tuple[int, int | None, float] | None = None

    @property
    def key(self) -> QueueKey:
        return queue_key(self.channel, self.language, self.topic)

    def enqueued_ts(self) -> float:
        """When the customer asked for a human (the conversation's start if never)."""
        handoff = self.context.get("handoff_at")
        return datetime.fromisoformat(handoff).timestamp() if handoff else self.created_at.timestamp()

    @classmethod
    def from_row(cls, conv: Conversation, customer_name: str) -> LiveConversation:
        return cls(
            id=conv.id, customer_id=conv.customer_id, customer_name=customer_name,
            channel=conv.channel, language=conv.language, topic=conv.topic,
            state="queued" if conv.state == "offered" else conv.state, agent_id=conv.agent_id,
            context=dict(conv.handoff_context or {}), precheck=conv.precheck, bot_state=conv.bot_state,
            created_at=conv.created_at, assigned_at=conv.assigned_at,
        )


class LiveConversations:
    """The conversations this process holds, by id; ended ones are removed."""

    def __init__(self) -> None:
        self._by_id: dict[str, LiveConversation] = {}
        # Offers shown to an agent here and not yet accepted, declined or withdrawn.
        self.offers: dict[str, Offer] = {}
        # Conversations an agent was serving when the hub stopped: theirs again
        # if they come back within the grace period.
        self.awaiting_agent: dict[int, list[LiveConversation]] = {}

    def get(self, conversation_id: str) -> LiveConversation | None:
        return self._by_id.get(conversation_id)

    def __getitem__(self, conversation_id: str) -> LiveConversation:
        return self._by_id[conversation_id]

    def __contains__(self, conversation_id: object) -> bool:
        return conversation_id in self._by_id

    def __iter__(self) -> Iterator[LiveConversation]:
        """A snapshot: handlers await while iterating and the registry may change."""
        return iter(list(self._by_id.values()))

    def add(self, live: LiveConversation) -> None:
        self._by_id[live.id] = live

    def remove(self, conversation_id: str) -> LiveConversation | None:
        return self._by_id.pop(conversation_id, None)

    def of_customer(self, customer_id: str) -> list[LiveConversation]:
        return [live for live in self._by_id.values() if live.customer_id == customer_id]

    def offer_shown(self, conversation_id: str) -> bool:
        return any(o.contact_id == conversation_id for o in self.offers.values())
