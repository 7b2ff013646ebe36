"""The hub's live queues: who waits where, and which agent gets which offer.

Waiting entries live in memory for speed and are mirrored in the store's
``queue_entries`` so a restarted hub rebuilds them in the same order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from .presence import AgentPresence

QueueTuple = tuple[str, str, str]  # channel, language, topic


class QueueCatalog(Protocol):
    """Service hours and capacity per queue (see service_hub.routing)."""

    def keys(self) -> list[QueueTuple]: ...
    def is_open(self, key: QueueTuple, now: datetime) -> bool: ...
    def next_opening(self, key: QueueTuple, now: datetime) -> datetime | None: ...
    def max_waiting(self, key: QueueTuple) -> int: ...
    def alternatives(self, key: QueueTuple) -> list[dict[str, object]]: ...


@dataclass
class AlwaysOpen:
    """A catalog with no hours: for the demo and tests that are not about hours."""

    queues: list[QueueTuple]
    capacity: int = 50

    def keys(self) -> list[QueueTuple]:
        return list(self.queues)

    def is_open(self, key: QueueTuple, now: datetime) -> bool:
        return True

    def next_opening(self, key: QueueTuple, now: datetime) -> datetime | None:
        return None

    def max_waiting(self, key: QueueTuple) -> int:
        return self.capacity

    def alternatives(self, key: QueueTuple) -> list[dict[str, object]]:
        return []


@dataclass
class Waiting:
    conversation_id: str
    key: QueueTuple
    enqueued_at: datetime
    priority: int = 0
    offered_to: int | None = None
    declined_by: set[int] = field(default_factory=set)
    only_agent: int | None = None  # a transfer to a named agent


def agent_has_room(agent: AgentPresence, channel: str, max_chats: int) -> bool:
    if agent.state != "available" or agent.video:
        return False
    if channel == "video":
        return not agent.chats  # a video call takes the agent's whole attention
    return len(agent.chats) < max_chats


def agent_qualifies(agent: AgentPresence, key: QueueTuple) -> bool:
    channel, language, topic = key
    topics = agent.topics
    return (
        channel in agent.channels
        and language in agent.languages
        and (topics is None or topic in topics)
    )


class QueueBoard:
    def __init__(self, default_handle_s: float = 300.0) -> None:
        self.entries: dict[str, Waiting] = {}
        self._handle_avg_s = default_handle_s

    def add(self, entry: Waiting) -> None:
        self.entries[entry.conversation_id] = entry

    def remove(self, conversation_id: str) -> Waiting | None:
        return self.entries.pop(conversation_id, None)

    def ordered(self, key: QueueTuple | None = None) -> list[Waiting]:
        items = (e for e in self.entries.values() if key is None or e.key == key)
        return sorted(items, key=lambda e: (-e.priority, e.enqueued_at))

    def position(self, conversation_id: str) -> int:
        entry = self.entries[conversation_id]
        return 1 + sum(
            1
            for e in self.entries.values()
            if e.key == entry.key and (-e.priority, e.enqueued_at) < (-entry.priority, entry.enqueued_at)
        )

    def record_handling(self, seconds: float) -> None:
        # Exponential moving average: recent shifts matter more than last week.
        self._handle_avg_s = 0.8 * self._handle_avg_s + 0.2 * max(seconds, 1.0)

    def estimated_wait_s(self, position: int, agents_serving: int, slots_per_agent: int) -> int:
        """Customers ahead divided by how many are served at once, times the
        average handling time. Honest but coarse: it ignores breaks."""
        parallel = max(1, agents_serving * slots_per_agent)
        return int(self._handle_avg_s * position / parallel)

    def pick_offers(
        self, agents: Iterable[AgentPresence], max_chats: int
    ) -> list[tuple[Waiting, AgentPresence]]:
        """Longest-waiting first (within priority) to the longest-idle agent with room."""
        pool = sorted(agents, key=lambda a: a.idle_since)
        busy: set[int] = set()
        result = []
        for entry in self.ordered():
            if entry.offered_to is not None:
                continue
            for agent in pool:
                if agent.agent_id in busy or agent.agent_id in entry.declined_by:
                    continue
                if entry.only_agent is not None and agent.agent_id != entry.only_agent:
                    continue
                if agent_qualifies(agent, entry.key) and agent_has_room(agent, entry.key[0], max_chats):
                    result.append((entry, agent))
                    busy.add(agent.agent_id)  # one open offer per agent at a time
                    break
        return result
