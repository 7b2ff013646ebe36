"""Indexes that keep routing decisions O(log n): lazily cleaned heaps.

Entries are never removed from the middle of a heap. Each entry carries a
token; when the record changes (a contact is offered, an agent's room changes)
its token changes and the old entry becomes stale, to be dropped when it
reaches the top. Heaps are rebuilt when stale entries dominate.
"""

from __future__ import annotations

from heapq import heapify, heappop, heappush
from typing import TYPE_CHECKING

from .estimate import DEFAULT_HANDLING_S, HandlingTime
from .model import AgentCapacity, Channel, Skills

if TYPE_CHECKING:
    from .queues import QueueConfig

WAITING, OFFERED, ASSIGNED = 0, 1, 2


class Contact:
    __slots__ = (
        "id", "queue", "enq", "seq", "front", "state", "agent", "offer_id",
        "cooldown", "notes", "assigned_at",
    )  # fmt: skip

    def __init__(self, contact_id: str, queue: WaitQueue, enq: float) -> None:
        self.id = contact_id
        self.queue = queue
        self.enq = enq  # first enqueue time; kept on requeue and transfer
        self.seq = 0  # token of its live heap entry
        self.front = False  # returned because its agent went offline
        self.state = WAITING
        self.agent: Agent | None = None
        self.offer_id: str | None = None
        # Agents who declined or missed it, and until when they are skipped for it.
        self.cooldown: dict[Agent, float] | None = None
        self.notes: tuple[str, ...] = ()
        self.assigned_at = 0.0

    def order_key(self) -> tuple[int, float, int]:
        return (0 if self.front else 1, self.enq, self.seq)


class WaitQueue:
    """Waiting contacts of one queue key, ordered front-flag, enqueue time, arrival."""

    __slots__ = (
        "cfg",
        "key",
        "heap",
        "waiting",
        "agents",
        "slots",
        "handling",
        "relax_after",
        "prio",
        "offered",
    )

    def __init__(self, cfg: QueueConfig, alpha: float) -> None:
        self.cfg = cfg
        self.key = cfg.key
        self.heap: list[tuple[int, float, int, Contact]] = []
        self.waiting = 0
        self.offered = 0  # offered but not yet accepted: still holding a place
        self.agents: set[Agent] = set()  # signed in, available presence, topic-qualified
        self.slots = 0  # their summed capacity on this channel
        self.handling = HandlingTime(DEFAULT_HANDLING_S[cfg.key.channel], alpha)
        self.relax_after = cfg.topic_relax_after_s
        self.prio = -cfg.priority  # negated so smaller sorts first

    def push(self, c: Contact, seq: int) -> None:
        c.seq = seq
        c.state = WAITING
        self.waiting += 1
        heappush(self.heap, (0 if c.front else 1, c.enq, seq, c))
        if len(self.heap) > 2 * self.waiting + 64:
            self.heap = [e for e in self.heap if self._live(e)]
            heapify(self.heap)

    def _live(self, e: tuple[int, float, int, Contact]) -> bool:
        c = e[3]
        return c.state == WAITING and c.seq == e[2] and c.queue is self

    def peek(self) -> Contact | None:
        heap = self.heap
        while heap:
            e = heap[0]
            c = e[3]
            if c.state == WAITING and c.seq == e[2] and c.queue is self:
                return c
            heappop(heap)
        return None

    def first_for(self, agent: Agent, now: float, strict: bool) -> Contact | None:
        """Best contact this agent may take from this queue, or None.

        Skips contacts in cooldown for the agent and, when the agent lacks the
        topic (``strict`` False), contacts whose topic requirement has not
        relaxed yet. Usually the head answers; skipped entries are put back.
        """
        head = self.peek()
        if head is None:
            return None
        relax = self.relax_after
        if (strict or now - head.enq >= relax) and not (
            head.cooldown and head.cooldown.get(agent, 0.0) > now
        ):  # type: ignore[operator]
            return head
        if not strict and not head.front and now - head.enq < relax:  # type: ignore[operator]
            return None  # the oldest has not relaxed, so nobody behind it has
        heap = self.heap
        skipped = [heappop(heap)]
        found = None
        while heap:
            e = heap[0]
            c = e[3]
            if not (c.state == WAITING and c.seq == e[2] and c.queue is self):
                heappop(heap)
                continue
            if not strict and now - c.enq < relax:  # type: ignore[operator]
                if not c.front:
                    break  # ordered by enqueue time from here on: nobody later has relaxed
            elif not (c.cooldown and c.cooldown.get(agent, 0.0) > now):
                found = c
                break
            skipped.append(heappop(heap))
        for e in skipped:
            heappush(heap, e)
        return found

    def ahead_of(self, c: Contact) -> int:
        """How many waiting contacts are served before ``c`` (O(n), no sort:
        it runs whenever a customer's position is sent)."""
        key = c.order_key()
        # A 4-tuple entry equal to ``key`` in its first three items is c's own
        # entry and compares greater, so it is never counted.
        return sum(1 for e in self.heap if e < key and self._live(e))

    def oldest_enqueue(self) -> float | None:
        """Enqueue time of the longest-waiting contact (front or not)."""
        return min((e[1] for e in self.heap if self._live(e)), default=None)

    def live(self) -> list[Contact]:
        """Waiting contacts in service order (O(n log n); for views, not decisions)."""
        return [e[3] for e in sorted(self.heap) if self._live(e)]


class Agent:
    __slots__ = (
        "id", "skills", "cap", "presence_available", "active", "total", "exclusive_busy", "contacts", "offer_id",
        "idle_since", "version", "missed", "wrap_until", "order", "pools", "visible", "strict",
    )  # fmt: skip

    def __init__(self, agent_id: str, skills: Skills, cap: AgentCapacity, order: int) -> None:
        self.id = agent_id
        self.skills = skills
        self.cap = cap
        self.presence_available = False  # False = away
        self.active: dict[Channel, int] = {}
        # Kept alongside ``active`` because room() runs on every decision.
        self.total = 0
        self.exclusive_busy = 0  # open contacts on exclusive channels (video)
        self.contacts: set[Contact] = set()
        self.offer_id: str | None = None  # at most one pending offer at a time
        self.idle_since = 0.0
        self.version = 0  # token of its live pool entries
        self.missed = 0  # offers missed in a row
        self.wrap_until = 0.0
        self.order = order  # stable tie-break between equally idle agents
        # Filled by the router at sign-in:
        self.pools: dict[Channel, list[AgentPool]] = {}
        self.visible: dict[Channel, list[tuple[WaitQueue, bool]]] = {}  # (queue, topic-qualified)
        self.strict: list[WaitQueue] = []

    def room(self, channel: Channel) -> int:
        """Same rule as AgentCapacity.room, on counters kept up to date by add/remove."""
        if self.exclusive_busy or (self.total and channel in self.cap.exclusive):
            return 0
        return self.cap.per_channel.get(channel, 0) - self.active.get(channel, 0)

    def add(self, c: Contact) -> None:
        ch = c.queue.key.channel
        self.active[ch] = self.active.get(ch, 0) + 1
        self.total += 1
        if ch in self.cap.exclusive:
            self.exclusive_busy += 1
        self.contacts.add(c)

    def remove(self, c: Contact) -> None:
        ch = c.queue.key.channel
        self.active[ch] -= 1
        self.total -= 1
        if ch in self.cap.exclusive:
            self.exclusive_busy -= 1
        self.contacts.discard(c)

    def can_take_offers(self, now: float) -> bool:
        return self.presence_available and self.offer_id is None and self.wrap_until <= now


class AgentPool:
    """Agents able to take a contact of some queue(s) now, longest idle on top."""

    __slots__ = ("heap", "members")

    def __init__(self) -> None:
        self.heap: list[tuple[float, int, int, Agent]] = []
        self.members = 0  # agents indexed here (signed in); bounds the live size

    def push(self, a: Agent) -> None:
        heappush(self.heap, (a.idle_since, a.order, a.version, a))
        if len(self.heap) > 4 * self.members + 64:
            self.heap = [e for e in self.heap if e[3].version == e[2]]
            heapify(self.heap)

    def best(self, exclude: dict[Agent, float] | None = None, now: float = 0.0) -> Agent | None:
        """Longest-idle live agent, skipping those in ``exclude`` until their time."""
        heap = self.heap
        skipped = []
        found = None
        while heap:
            e = heap[0]
            if e[3].version != e[2]:
                heappop(heap)
                continue
            if exclude and exclude.get(e[3], 0.0) > now:
                skipped.append(heappop(heap))  # keep it: excluded only for this contact
                continue
            found = e[3]
            break
        for e in skipped:
            heappush(heap, e)
        return found
