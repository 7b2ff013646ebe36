"""The routing policy: who waits, who is offered to whom, and when.

Policy
------
* A waiting contact is offered to the longest-idle agent who qualifies and
  has room ("idle" = since the agent last received or finished a contact, or
  became available). Qualifying = the queue's channel, the queue's language at
  ``min_proficiency`` or better, and the topic. After ``topic_relax_after_s``
  of waiting the topic requirement is dropped; the language never is.
* An agent who gets room is offered the best waiting contact they qualify
  for: highest queue priority, then contacts returned by an agent who went
  offline, then longest waiting (original enqueue time), then arrival order.
* An agent holds at most one pending offer. An offer that is declined or times
  out goes to the next agent; the agent who let it go is skipped for that
  contact for ``decline_cooldown_s``. ``max_missed_offers`` timeouts in a row
  set the agent away.
* An agent going offline returns their offered and active contacts to the
  FRONT of their queues, with the original enqueue time.
* The router keeps this invariant after every call: no agent who can take an
  offer qualifies for a waiting contact that is not in cooldown for them.
  Decisions therefore happen only when something changes, and each touches
  a heap per queue and per agent pool instead of scanning everybody.

Customers already waiting when a queue closes are still served; closing only
stops new customers joining (``admission``).

Time: ``clock()`` returns an aware datetime; timers (offer expiry, wrap-up,
topic relaxation, cooldowns) are run at the start of every call and by
``tick()``, which the hub should call about once a second.

One module of about 650 lines on purpose: every public call must leave the
invariant above true, and the agent side, the contact side and the timers
all restore it through the same few internals (``_match_agent``,
``_match_contact``, ``_make_offer``, ``_end_offer``); split across modules
they would reach into each other's private state.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from heapq import heappop, heappush

from ._index import ASSIGNED, OFFERED, WAITING, Agent, AgentPool, Contact, WaitQueue
from .estimate import estimate_wait
from .events import (
    Admission,
    AdmissionReason,
    AgentStateChanged,
    Assignment,
    Event,
    Offer,
    OfferEnded,
    OfferMade,
    OfferOutcome,
    QueueSummary,
    Requeued,
    RequeueReason,
    WaitEstimate,
)
from .model import AgentCapacity, AgentState, Channel, Language, QueueKey, Skills
from .queues import QueueConfig


class RoutingError(Exception):
    """A call that does not fit the current state (unknown id, wrong state)."""


class OfferGone(RoutingError):
    """The offer is no longer pending (expired, withdrawn or already answered)."""


@dataclass(frozen=True)
class RouterSettings:
    offer_timeout_s: float = 20.0
    max_missed_offers: int = 2
    wrap_up_s: float = 30.0  # 0 = agents go straight back to available
    decline_cooldown_s: float = 60.0
    handling_alpha: float = 0.2  # weight of the newest sample in the moving average
    default_capacity: AgentCapacity = field(default_factory=AgentCapacity)
    # Offer ids are this prefix and a counter: the hub gives each process (and
    # each start of one) its own, so that an id never means two offers to an
    # agent who moves between processes (a rolling upgrade).
    offer_prefix: str = "o"


_OFFER_TIMER, _WRAP_TIMER, _CONTACT_TIMER = 0, 1, 2


class Router:
    """In-memory routing state for all queues. Not thread-safe: call from one task."""

    def __init__(
        self,
        queues: Iterable[QueueConfig] | Mapping[QueueKey, QueueConfig],
        clock: Callable[[], datetime],
        settings: RouterSettings | None = None,
    ) -> None:
        configs = list(queues.values()) if isinstance(queues, Mapping) else list(queues)
        self.settings = settings or RouterSettings()
        self._clock = clock
        self._queues: dict[QueueKey, WaitQueue] = {
            q.key: WaitQueue(q, self.settings.handling_alpha) for q in configs
        }
        self._strict_pools = {k: AgentPool() for k in self._queues}
        # Relaxed pools serve queues whose topic requirement has lapsed; shared by
        # every queue with the same channel, language and minimum proficiency.
        self._relaxed_pools: dict[tuple[Channel, Language, int], AgentPool] = {}
        for q in self._queues.values():
            if q.relax_after is not None:
                self._relaxed_pools.setdefault(
                    (q.key.channel, q.key.language, q.cfg.min_proficiency), AgentPool()
                )
        self._contacts: dict[str, Contact] = {}
        self._agents: dict[str, Agent] = {}
        self._offers: dict[str, tuple[Offer, Contact, Agent]] = {}
        self._timers: list[tuple[float, int, int, object]] = []
        self._seq = itertools.count(1)
        self._agent_order = itertools.count()
        self._events: list[Event] = []

    # ------------------------------------------------------------------ time

    def _now(self) -> float:
        now = self._clock().timestamp()
        timers = self._timers
        if not timers or timers[0][0] > now:
            return now
        due: list[tuple[float, int, int, object]] = []
        while timers and timers[0][0] <= now:
            due.append(heappop(timers))
        # Contacts that became routable (relaxed, cooldown over) go first and best
        # first: the fast contact-side match below assumes no routable contact is
        # still waiting for its timer, or a worse one could be served before it.
        contacts = sorted(
            (t[3] for t in due if t[2] == _CONTACT_TIMER),
            key=lambda c: (c.queue.prio, *c.order_key()),  # type: ignore[attr-defined]
        )
        for c in contacts:
            if c.state == WAITING and self._contacts.get(c.id) is c:
                self._match_contact(c, now)
        for _, _, kind, ref in due:
            if kind == _OFFER_TIMER:
                self._expire_offer(ref, now)  # type: ignore[arg-type]
            elif kind == _WRAP_TIMER:
                self._wrap_timer(ref, now)  # type: ignore[arg-type]
        return now

    def _timer(self, due: float, kind: int, ref: object) -> None:
        heappush(self._timers, (due, next(self._seq), kind, ref))

    def tick(self) -> None:
        """Run due timers: offer timeouts, wrap-up ends, topic relaxation, cooldowns."""
        self._now()

    def drain_events(self) -> list[Event]:
        """Events since the last drain, oldest first (offers made, ended, requeues...)."""
        events, self._events = self._events, []
        return events

    # ---------------------------------------------------------------- agents

    def sign_in(
        self,
        agent_id: str,
        skills: Skills,
        capacity: AgentCapacity | None = None,
        *,
        available: bool = True,
    ) -> None:
        """Register an agent (presence available or away).

        Signing in again replaces skills and capacity and, like a sign-out,
        returns the agent's current contacts to the front of their queues.
        """
        now = self._now()
        if agent_id in self._agents:
            self._sign_out(self._agents[agent_id], now, RequeueReason.AGENT_OFFLINE)
        a = Agent(
            agent_id, skills, capacity or self.settings.default_capacity, next(self._agent_order)
        )
        a.idle_since = now
        for q in self._queues.values():
            ch, lang = q.key.channel, q.key.language
            if ch not in skills.channels or skills.languages.get(lang, 0) < q.cfg.min_proficiency:
                continue
            strict = q.key.topic in skills.topics
            if strict:
                a.strict.append(q)
                a.pools.setdefault(ch, []).append(self._strict_pools[q.key])
            if strict or q.relax_after is not None:
                a.visible.setdefault(ch, []).append((q, strict))
        for (ch, lang, level), pool in self._relaxed_pools.items():
            if ch in skills.channels and skills.languages.get(lang, 0) >= level:
                a.pools.setdefault(ch, []).append(pool)
        for pools in a.pools.values():
            for pool in pools:
                pool.members += 1
        self._agents[agent_id] = a
        self._set_presence(a, available, now, "sign_in")

    def set_presence(self, agent_id: str, state: AgentState) -> None:
        """Agent-chosen state: AVAILABLE, AWAY or OFFLINE (= sign out)."""
        now = self._now()
        a = self._agent(agent_id)
        if state is AgentState.OFFLINE:
            self._sign_out(a, now, RequeueReason.AGENT_OFFLINE)
        elif state in (AgentState.AVAILABLE, AgentState.AWAY):
            self._set_presence(a, state is AgentState.AVAILABLE, now, "presence")
        else:
            raise RoutingError(f"{state} is derived by the router, not set by the agent")

    def sign_out(self, agent_id: str) -> None:
        self.set_presence(agent_id, AgentState.OFFLINE)

    def end_wrap_up(self, agent_id: str) -> None:
        """The agent is done with after-contact work before the timeout."""
        now = self._now()
        a = self._agent(agent_id)
        if a.wrap_until > now:
            a.wrap_until = 0.0
            self._republish(a, now)
            self._emit_state(a, now, "wrap_up_ended")

    def agent_state(self, agent_id: str) -> AgentState:
        a = self._agents.get(agent_id)
        return AgentState.OFFLINE if a is None else self._state_of(a, self._now())

    def contact_state(self, contact_id: str) -> str | None:
        """"waiting", "offered" or "assigned"; None for a contact not held here."""
        c = self._contacts.get(contact_id)
        if c is None:
            return None
        return {WAITING: "waiting", OFFERED: "offered", ASSIGNED: "assigned"}.get(c.state)

    def agent_contacts(self, agent_id: str) -> list[str]:
        return sorted(c.id for c in self._agent(agent_id).contacts)

    def _state_of(self, a: Agent, now: float) -> AgentState:
        if not a.presence_available:
            return AgentState.AWAY
        if a.wrap_until > now:
            return AgentState.WRAP_UP
        if not any(a.room(ch) > 0 for ch in a.skills.channels):
            return AgentState.BUSY
        return AgentState.AVAILABLE

    def _emit_state(self, a: Agent, now: float, reason: str) -> None:
        self._events.append(AgentStateChanged(a.id, self._state_of(a, now), reason))

    def _set_presence(
        self, a: Agent, available: bool, now: float, reason: str, offline: bool = False
    ) -> None:
        was = a.presence_available
        a.presence_available = available
        if available and not was:
            a.missed = 0
            a.idle_since = now
            for q in a.strict:
                q.agents.add(a)
                q.slots += a.cap.per_channel.get(q.key.channel, 0)
        elif was and not available:
            for q in a.strict:
                q.agents.discard(a)
                q.slots -= a.cap.per_channel.get(q.key.channel, 0)
        a.version += 1  # presence is already off, so the withdrawn offer cannot return to a
        if a.offer_id is not None and not available:
            offer, c, _ = self._offers[a.offer_id]
            if offline:
                c.front = True
            why = RequeueReason.AGENT_OFFLINE if offline else RequeueReason.AGENT_AWAY
            self._end_offer(offer.offer_id, OfferOutcome.WITHDRAWN, now, why)
        if not offline:
            self._emit_state(a, now, reason)
            self._republish(a, now)

    def _sign_out(self, a: Agent, now: float, reason: RequeueReason) -> None:
        self._set_presence(a, False, now, "sign_out", offline=True)
        # Everything the agent held goes back to the front, keeping its wait.
        for c in sorted(a.contacts, key=Contact.order_key):
            self._release(a, c)
            c.front = True
            self._requeue(c, c.queue, now, reason)
        for pools in a.pools.values():
            for pool in pools:
                pool.members -= 1
        del self._agents[a.id]
        self._events.append(AgentStateChanged(a.id, AgentState.OFFLINE, "sign_out"))

    def _agent(self, agent_id: str) -> Agent:
        try:
            return self._agents[agent_id]
        except KeyError:
            raise RoutingError(f"agent {agent_id!r} is not signed in") from None

    def _republish(self, a: Agent, now: float) -> None:
        """Refresh the agent's pool entries, then give them work if any waits."""
        a.version += 1
        if not a.can_take_offers(now):
            return
        for ch, pools in a.pools.items():
            if a.room(ch) > 0:
                for pool in pools:
                    pool.push(a)
        self._match_agent(a, now)

    def _wrap_timer(self, a: Agent, now: float) -> None:
        if self._agents.get(a.id) is a and 0.0 < a.wrap_until <= now:
            a.wrap_until = 0.0
            self._emit_state(a, now, "wrap_up_timeout")
            self._republish(a, now)

    # -------------------------------------------------------------- contacts

    def admission(self, queue: QueueKey) -> Admission:
        """May a customer join ``queue`` now? Use before offering the handoff."""
        q = self._queues.get(queue)
        if q is None:
            return Admission(False, AdmissionReason.UNKNOWN_QUEUE)
        at = self._clock()
        self._now()
        if not q.cfg.is_open(at):
            return Admission(False, AdmissionReason.CLOSED, q.cfg.closed_info(at))
        if not q.cfg.has_room(q.waiting + q.offered):
            return Admission(False, AdmissionReason.FULL)
        if q.cfg.require_agent_signed_in and not q.agents:
            return Admission(False, AdmissionReason.NO_AGENTS)
        return Admission(True)

    def enqueue(self, contact_id: str, queue: QueueKey) -> Admission:
        """Join ``queue`` if admitted; may immediately produce an offer (see events)."""
        if contact_id in self._contacts:
            raise RoutingError(f"contact {contact_id!r} is already in the router")
        adm = self.admission(queue)
        if adm.ok:
            now = self._now()
            q = self._queues[queue]
            c = Contact(contact_id, q, now)
            self._contacts[contact_id] = c
            self._requeue(c, q, now, None)
        return adm

    def restore_waiting(
        self, contact_id: str, queue: QueueKey, enqueued_ts: float, *, front: bool = False
    ) -> None:
        """Put back a contact that was waiting before a hub restart, or whose
        agent did not come back: its original wait is kept, admission is not
        asked again (the customer already had a place)."""
        if contact_id in self._contacts:
            raise RoutingError(f"contact {contact_id!r} is already in the router")
        q = self._queues.get(queue)
        if q is None:
            raise RoutingError(f"no queue {queue}")
        now = self._now()
        c = Contact(contact_id, q, enqueued_ts)
        c.front = front
        self._contacts[contact_id] = c
        self._requeue(c, q, now, None)

    def restore_assigned(
        self, contact_id: str, queue: QueueKey, agent_id: str, enqueued_ts: float, assigned_ts: float
    ) -> None:
        """After a hub restart, a signed-in agent keeps the contact they were serving."""
        if contact_id in self._contacts:
            raise RoutingError(f"contact {contact_id!r} is already in the router")
        q = self._queues.get(queue)
        if q is None:
            raise RoutingError(f"no queue {queue}")
        now = self._now()
        a = self._agent(agent_id)
        c = Contact(contact_id, q, enqueued_ts)
        c.state = ASSIGNED
        c.agent = a
        c.assigned_at = assigned_ts
        self._contacts[contact_id] = c
        a.add(c)
        self._republish(a, now)
        self._emit_state(a, now, "restored")

    def leave(self, contact_id: str) -> None:
        """The customer gives up or the conversation ends; unknown ids are ignored."""
        now = self._now()
        c = self._contacts.get(contact_id)
        if c is None:
            return
        if c.state == ASSIGNED:
            self.finish(contact_id)
            return
        if c.state == OFFERED and c.offer_id is not None:
            a = self._offers[c.offer_id][2]
            self._end_offer(c.offer_id, OfferOutcome.WITHDRAWN, now, None)
            self._republish(a, now)
        if c.state == WAITING:
            c.queue.waiting -= 1
        c.state = -1
        del self._contacts[contact_id]

    def accept(self, offer_id: str) -> Assignment:
        """The agent takes the offer. Raises :class:`OfferGone` if it is not pending."""
        now = self._now()
        entry = self._offers.pop(offer_id, None)
        if entry is None:
            raise OfferGone(offer_id)
        offer, c, a = entry
        c.queue.offered -= 1
        self._events.append(OfferEnded(offer, OfferOutcome.ACCEPTED))
        a.offer_id = None
        a.missed = 0
        c.offer_id = None
        c.state = ASSIGNED
        c.agent = a
        c.front = False
        c.assigned_at = now
        a.add(c)
        a.idle_since = now
        self._republish(a, now)
        return Assignment(c.id, a.id, c.queue.key, now - c.enq, c.notes)

    def decline(self, offer_id: str) -> None:
        """The agent declines; the contact goes to the next agent."""
        now = self._now()
        if offer_id not in self._offers:
            raise OfferGone(offer_id)
        a = self._offers[offer_id][2]
        a.missed = 0  # answering at all is not a miss
        self._end_offer(offer_id, OfferOutcome.DECLINED, now, RequeueReason.DECLINED)
        self._republish(a, now)

    def finish(self, contact_id: str) -> None:
        """The conversation ended; its agent goes to wrap-up."""
        now = self._now()
        c = self._contacts.get(contact_id)
        if c is None or c.state != ASSIGNED or c.agent is None:
            raise RoutingError(f"contact {contact_id!r} is not being served")
        a = c.agent
        c.queue.handling.add(now - c.assigned_at)
        self._release(a, c)
        c.state = -1
        del self._contacts[contact_id]
        self._after_contact(a, now)

    def transfer(
        self,
        contact_id: str,
        *,
        to_queue: QueueKey | None = None,
        to_agent: str | None = None,
        note: str = "",
    ) -> None:
        """Hand a served contact to another queue or a named agent, with a note.

        To a queue: the contact waits there keeping its original enqueue time
        (max_waiting does not refuse transfers). To an agent: a direct offer is
        made if that agent is signed in, has room on the channel and no pending
        offer (else :class:`RoutingError`, and nothing changes); if it is
        declined or expires the contact goes to the front of its queue.
        """
        now = self._now()
        if (to_queue is None) == (to_agent is None):
            raise RoutingError("give exactly one of to_queue or to_agent")
        c = self._contacts.get(contact_id)
        if c is None or c.state != ASSIGNED or c.agent is None:
            raise RoutingError(f"contact {contact_id!r} is not being served")
        src = c.agent
        if to_queue is not None:
            target_q = self._queues.get(to_queue)
            if target_q is None:
                raise RoutingError(f"no queue {to_queue}")
            target_a = None
        else:
            target_q = c.queue
            target_a = self._agents.get(to_agent or "")
            if (
                target_a is None
                or target_a is src
                or target_a.offer_id is not None
                or target_a.room(c.queue.key.channel) <= 0
            ):
                raise RoutingError(f"agent {to_agent!r} cannot take a transfer now")
        self._release(src, c)
        c.state = -2  # in transit: neither waiting nor served while src is rerouted
        if note:
            c.notes = (*c.notes, note)
        # The sender is given other work first, and is not handed this contact back.
        self._set_cooldown(c, src, now)
        self._after_contact(src, now)
        if target_a is None:
            c.front = False
            self._requeue(c, target_q, now, RequeueReason.TRANSFERRED)
        elif target_a.offer_id is None and target_a.room(c.queue.key.channel) > 0:
            c.front = True  # if the colleague lets it go, it is first in line
            self._make_offer(c, target_a, now, direct=True)
        else:
            # The colleague got a routed offer while the sender was rerouted.
            c.front = True
            self._requeue(c, c.queue, now, RequeueReason.TRANSFERRED)

    def hand_over(self, contact_id: str, to_agent: str) -> None:
        """A supervisor takes a served contact: it is theirs at once, with no
        offer and beyond their capacity (they chose to); the expert who had it
        goes to wrap-up. The supervisor must be signed in (away is fine)."""
        now = self._now()
        c = self._contacts.get(contact_id)
        if c is None or c.state != ASSIGNED or c.agent is None:
            raise RoutingError(f"contact {contact_id!r} is not being served")
        target = self._agents.get(to_agent)
        if target is None or target is c.agent:
            raise RoutingError(f"agent {to_agent!r} cannot take it over")
        src = c.agent
        self._release(src, c)
        c.agent = target
        target.add(c)
        self._after_contact(src, now)
        self._republish(target, now)
        self._emit_state(target, now, "took_over")

    # -------------------------------------------------------------- internals

    def _release(self, a: Agent, c: Contact) -> None:
        a.remove(c)
        c.agent = None

    def _after_contact(self, a: Agent, now: float) -> None:
        a.idle_since = now
        if self.settings.wrap_up_s > 0:
            a.wrap_until = now + self.settings.wrap_up_s
            self._timer(a.wrap_until, _WRAP_TIMER, a)
            self._emit_state(a, now, "wrap_up")
        self._republish(a, now)

    def _requeue(self, c: Contact, q: WaitQueue, now: float, reason: RequeueReason | None) -> None:
        c.queue = q
        q.push(c, next(self._seq))
        if reason is not None:
            self._events.append(Requeued(c.id, q.key, reason, c.front))
        if q.relax_after is not None and c.enq + q.relax_after > now:
            self._timer(c.enq + q.relax_after, _CONTACT_TIMER, c)
        self._match_contact(c, now)

    def _match_contact(self, c: Contact, now: float) -> None:
        """Offer a waiting contact to the longest-idle qualified agent with room."""
        q = c.queue
        if q.relax_after is not None and now - c.enq >= q.relax_after:
            pool = self._relaxed_pools[(q.key.channel, q.key.language, q.cfg.min_proficiency)]
        else:
            pool = self._strict_pools[q.key]
        a = pool.best(c.cooldown, now)
        if a is not None:
            self._make_offer(c, a, now)

    def _match_agent(self, a: Agent, now: float) -> None:
        """Offer the agent the best contact they qualify for (see module docstring)."""
        best: Contact | None = None
        best_key: tuple[int, int, float, int] | None = None
        for ch, entries in a.visible.items():
            if a.room(ch) <= 0:
                continue
            for q, strict in entries:
                if best_key is not None and q.prio > best_key[0]:
                    continue  # lower priority than what we have
                # Inlined fast path of WaitQueue.first_for: the head usually answers.
                c = q.peek()
                if c is None:
                    continue
                if c.cooldown or c.front or not (strict or now - c.enq >= q.relax_after):  # type: ignore[operator]
                    c = q.first_for(a, now, strict)
                    if c is None:
                        continue
                key = (q.prio, 0 if c.front else 1, c.enq, c.seq)
                if best_key is None or key < best_key:
                    best, best_key = c, key
        if best is not None:
            self._make_offer(best, a, now)

    def _make_offer(self, c: Contact, a: Agent, now: float, direct: bool = False) -> None:
        if c.state == WAITING:
            c.queue.waiting -= 1
        c.state = OFFERED
        c.queue.offered += 1
        offer_id = f"{self.settings.offer_prefix}{next(self._seq)}"
        offer = Offer(
            offer_id, c.id, a.id, c.queue.key, now + self.settings.offer_timeout_s, direct, c.notes
        )
        c.offer_id = offer_id
        a.offer_id = offer_id
        a.version += 1  # one pending offer at a time: out of every pool
        self._offers[offer_id] = (offer, c, a)
        self._timer(offer.expires_ts, _OFFER_TIMER, offer_id)
        self._events.append(OfferMade(offer))

    def _expire_offer(self, offer_id: str, now: float) -> None:
        entry = self._offers.get(offer_id)
        if entry is None:
            return
        a = entry[2]
        a.missed += 1
        self._end_offer(offer_id, OfferOutcome.EXPIRED, now, RequeueReason.EXPIRED)
        if a.missed >= self.settings.max_missed_offers:
            self._set_presence(a, False, now, "missed_offers")
        else:
            self._republish(a, now)

    def _set_cooldown(self, c: Contact, a: Agent, now: float) -> None:
        """Skip agent ``a`` for contact ``c`` for a while; a timer retries ``c`` after."""
        until = now + self.settings.decline_cooldown_s
        c.cooldown = {x: t for x, t in (c.cooldown or {}).items() if t > now}
        c.cooldown[a] = until
        self._timer(until, _CONTACT_TIMER, c)

    def _end_offer(
        self, offer_id: str, outcome: OfferOutcome, now: float, reason: RequeueReason | None
    ) -> None:
        """Close a pending offer that was not accepted and requeue the contact.

        The caller republishes the agent (or sets them away) afterwards.
        """
        offer, c, a = self._offers.pop(offer_id)
        c.queue.offered -= 1
        self._events.append(OfferEnded(offer, outcome))
        a.offer_id = None
        c.offer_id = None
        if outcome in (OfferOutcome.DECLINED, OfferOutcome.EXPIRED):
            self._set_cooldown(c, a, now)
        if reason is None:  # the customer left
            c.state = -1
        else:
            self._requeue(c, c.queue, now, reason)

    # ----------------------------------------------------------------- views

    def queue_config(self, queue: QueueKey) -> QueueConfig:
        return self._queues[queue].cfg

    def estimate(self, contact_id: str) -> WaitEstimate | None:
        """Position and estimated wait of a waiting contact (None if not waiting).

        See :mod:`service_hub.routing.estimate` for the method.
        """
        now = self._now()
        c = self._contacts.get(contact_id)
        if c is None or c.state != WAITING:
            return None
        q = c.queue
        position = 1 + q.ahead_of(c)
        return WaitEstimate(
            c.id, q.key, position, now - c.enq, estimate_wait(position, q.handling.value, q.slots)
        )

    def positions(self, queue: QueueKey) -> list[WaitEstimate]:
        """Every waiting contact of ``queue`` in service order, with estimates."""
        now = self._now()
        q = self._queues[queue]
        return [
            WaitEstimate(c.id, q.key, i, now - c.enq, estimate_wait(i, q.handling.value, q.slots))
            for i, c in enumerate(q.live(), start=1)
        ]

    def summary(self, queue: QueueKey) -> QueueSummary:
        at = self._clock()
        now = self._now()
        q = self._queues[queue]
        oldest = q.oldest_enqueue()
        longest = 0.0 if oldest is None else max(0.0, now - oldest)
        ch = q.key.channel
        available = sum(1 for a in q.agents if a.can_take_offers(now) and a.room(ch) > 0)
        return QueueSummary(
            q.key,
            q.waiting,
            longest,
            len(q.agents),
            available,
            q.cfg.is_open(at),
            q.cfg.next_opening(at),
            q.cfg.has_room(q.waiting + q.offered),
        )

    def summaries(self) -> list[QueueSummary]:
        return [self.summary(k) for k in self._queues]

    def waiting_count(self, queue: QueueKey) -> int:
        return self._queues[queue].waiting
