"""Several hub processes on one PostgreSQL serving one set of queues.

Only built when the database is PostgreSQL (``bus.PgBus``); one hub on
SQLite never touches this module. See docs/scale-out.md for the whole story.

Design
------
* **Every process mirrors every waiting customer** in its own ``Router``
  (fed by bus events: ``q`` enqueued/requeued, ``cl`` claimed, ``end``), but
  **routes only for the agents connected to it**. When its Router offers a
  customer to a local agent, the process first **claims** the queue row in
  PostgreSQL (``SELECT ... FOR UPDATE SKIP LOCKED`` + ``UPDATE`` to
  ``offered`` with its node id). Only a won claim becomes an ``offer`` frame;
  a lost claim withdraws the local offer silently and drops the customer from
  the local mirror (whoever won tells everybody). An accept is fenced: the row
  must still be ``offered`` by this node to this agent. So no customer is ever
  offered to two agents, whatever the interleaving of processes.
* **Nobody is lost**: every write that puts a customer back to waiting
  (decline, timeout, agent gone, transfer) is committed before the ``q``
  event is published; a process whose bus connection is gone no longer shows
  in ``pg_stat_activity``, and the others put its claimed rows back to waiting
  (``release_orphans``); every few seconds each process adds any waiting row
  its mirror lacks (a missed notification cannot strand a customer).
* **Delivery across processes**: each committed chat message is published as
  ``(conversation id, seq)``; each process delivers to its local connections
  in seq order, reading from the store any seq it has not delivered yet (so a
  customer on process A and an agent on process B see one gap-free ordered
  transcript). Other frames for a conversation (state, typing, rtc.signal,
  handoff status) are published whole (they are small; a large one goes
  through the ``hub_events`` table). A ``conversation.state`` frame also
  carries the new state, so every process's copy of the conversation follows.
* Agents' states are published too, so a process with no agent of its own on
  duty still admits customers to a queue served by agents elsewhere.

Bus events are applied under the hub's pump lock, so they interleave with
the hub's own routing decisions only between them, never inside one.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING, Any

from hub_protocol import frames as p

from .bus import Bus
from .routing import Channel, Language, QueueKey, RoutingError, Topic
from .store import cluster as cstore

if TYPE_CHECKING:
    from .hub import Hub, LiveConversation
    from .routing import Offer
    from .store.repo import StoredMessage

log = logging.getLogger(__name__)

MAINTAIN_S = 2.0  # orphaned claims are released this often
RECONCILE_EVERY = 3  # maintenance beats between mirror reconciliations
ON_DUTY = ("available", "busy", "wrap_up")


def _key(ch: str, lang: str, topic: str) -> QueueKey:
    return QueueKey(Channel(ch), Language(lang), Topic(topic))


class Cluster:
    def __init__(self, hub: Hub, bus: Bus) -> None:
        self.hub = hub
        self.bus = bus
        self.node = bus.node_id
        self._sent: dict[str, int] = {}  # conversation -> highest seq delivered here
        self._locks: dict[str, asyncio.Lock] = {}
        # agent id -> (node, state, skills) of agents connected to other processes
        self._remote_agents: dict[int, tuple[str, str, dict[str, Any]]] = {}
        self._maintainer: asyncio.Task[None] | None = None
        # Conversations whose queue row this process holds: claimed for an
        # offer here, or served by an agent here. Only these does it requeue.
        self._ours: set[str] = set()
        self.claims_won = 0
        self.claims_lost = 0

    # ------------------------------------------------------------ life cycle

    async def start(self) -> None:
        await self.bus.start(self.on_event)
        self.bus.publish({"k": "hi"})

    async def stop(self) -> None:
        if self._maintainer:
            self._maintainer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._maintainer
        await self.bus.stop()

    async def restore(self) -> None:
        """Mirror the waiting customers and hold a copy of every open
        conversation. Offers claimed by a live process stay theirs. Served
        conversations wait for their agent a grace period, as on one process,
        but are requeued only if the agent is not on duty on another process."""
        hub = self.hub
        async with hub._pump_lock:
            await self._release_orphans()
            for conv in await hub.store.open_conversations():
                customer = await hub.store.customer(conv.customer_id)
                hub.conversations[conv.id] = hub._live_from_row(conv, customer.display_name if customer else "")
                self._sent[conv.id] = conv.last_seq
            for entry in await cstore.waiting(hub.store):
                self.mirror(entry.conversation_id, _key(entry.channel, entry.language, entry.topic),
                             entry.enqueued_at.timestamp(), entry.priority > 0)
            for live in hub.conversations.values():
                if live.state == "active" and live.agent_id is not None:
                    hub._awaiting_agent.setdefault(live.agent_id, []).append(live)
                    self._ours.add(live.id)
            hub.router.drain_events()  # no agent is connected here yet
        for agent_id in hub._awaiting_agent:
            hub._arm_offline_timer(await hub._presence(agent_id))
        self._maintainer = asyncio.create_task(self._maintain(), name="cluster-maintain")

    async def _maintain(self) -> None:
        beat = 0
        while True:
            await asyncio.sleep(MAINTAIN_S)
            beat += 1
            try:
                async with self.hub._pump_lock:
                    await self._release_orphans()
                    if beat % RECONCILE_EVERY == 0:
                        await self._reconcile()
                    await self.hub._drain()
                if beat % 30 == 0:
                    await cstore.prune_events(self.hub.store)
            except Exception:
                log.exception("cluster maintenance failed")

    async def _release_orphans(self) -> None:
        for entry in await cstore.release_orphans(self.hub.store):
            log.warning("offer of %s held by a stopped hub process: back to waiting", entry.conversation_id)
            key = (entry.channel, entry.language, entry.topic)
            ts = entry.enqueued_at.timestamp()
            self._publish_enqueued(entry.conversation_id, key, ts, entry.priority > 0)
            self._apply_enqueued(entry.conversation_id, key, ts, entry.priority > 0)

    async def _reconcile(self) -> None:
        """Add waiting customers the mirror lacks (e.g. a missed notification).
        Stale extras are harmless: offering one loses its claim and drops it."""
        for entry in await cstore.waiting(self.hub.store):
            if self.hub.router.contact_state(entry.conversation_id) is None:
                self._apply_enqueued(entry.conversation_id, (entry.channel, entry.language, entry.topic),
                                     entry.enqueued_at.timestamp(), entry.priority > 0)

    def mirror(self, contact_id: str, key: QueueKey, ts: float, front: bool) -> None:
        with contextlib.suppress(RoutingError, ValueError):
            self.hub.router.restore_waiting(contact_id, key, ts, front=front)

    # ------------------------------------------------------------ claims

    def start_claim(self, offer: Offer) -> asyncio.Future[Any]:
        """The claim's database part, started now (see ``claim``)."""
        return cstore.claim(self.hub.store, offer.contact_id, int(offer.agent_id), self.node)

    async def claim(self, offer: Offer, live: LiveConversation | None,
                    started: asyncio.Future[Any] | None = None) -> LiveConversation | None:
        """Claim the customer for ``offer``; None: lost, the offer was withdrawn."""
        hub = self.hub
        got = await (started if started is not None else self.start_claim(offer))
        if got is None:
            self.claims_lost += 1
            # Someone else holds it (or it is gone): withdraw silently, forget it here.
            if hub.router.contact_state(offer.contact_id) == "offered":
                hub.router.leave(offer.contact_id)
            if live is not None and live.state == "queued":
                live.state = "offered"
            return None
        self.claims_won += 1
        self._ours.add(offer.contact_id)
        conv, name = got
        if live is None:
            live = hub._live_from_row(conv, name)
            live.state = "queued"
            hub.conversations[live.id] = live
            self._sent.setdefault(live.id, conv.last_seq)
        self.bus.publish({"k": "cl", "c": live.id})
        return live

    async def confirm_accept(self, offer: Offer) -> bool:
        ok = await cstore.confirm_accept(self.hub.store, offer.contact_id, int(offer.agent_id), self.node)
        if not ok:  # our claim was taken back (we looked dead): it is someone else's now
            self._ours.discard(offer.contact_id)
            self.hub.router.leave(offer.contact_id)
        return ok

    async def release(self, live: LiveConversation) -> None:
        """An offer of ours ended unaccepted: the row is waiting again (if still ours)."""
        async with self.hub.store.sessions.begin() as session:
            from sqlalchemy import update

            from .store.models import QueueEntry

            await session.execute(
                update(QueueEntry)
                .where(QueueEntry.conversation_id == live.id, QueueEntry.state == "offered",
                       QueueEntry.claimed_by == self.node)
                .values(state="waiting", offered_to=None, claimed_by=None)
            )

    async def requeue(self, live: LiveConversation, front: bool) -> bool:
        """The router put ``live`` back to waiting: write it if it was ours
        (served or offered here) and tell everyone; if another process holds
        an offer of it, forget the mirror copy instead."""
        hub = self.hub
        if live.id not in self._ours:
            return False  # a mirror copy whose offer here was never claimed: nothing changed
        self._ours.discard(live.id)
        ok = await cstore.requeue_if_ours(hub.store, live.id, channel=live.channel, language=live.language,
                                          topic=live.topic, front=front, node=self.node)
        if ok:
            self.enqueued(live, hub._enqueued_ts(live), front)
        else:
            live.state, live.agent_id = "offered", None
            if hub.router.contact_state(live.id) == "waiting":
                hub.router.leave(live.id)
        return ok

    # ------------------------------------------------------------ publishing

    def enqueued(self, live: LiveConversation, ts: float, front: bool) -> None:
        self._publish_enqueued(live.id, (live.channel, live.language, live.topic), ts, front)

    def _publish_enqueued(self, conv_id: str, key: tuple[str, str, str], ts: float, front: bool) -> None:
        self.bus.publish({"k": "q", "c": conv_id, "q": list(key), "t": ts, "fr": front})

    def finished(self, live: LiveConversation, agent_id: int | None) -> None:
        self.bus.publish({"k": "end", "c": live.id, "a": agent_id})
        self._ours.discard(live.id)
        self._sent.pop(live.id, None)
        self._locks.pop(live.id, None)

    def deliver(self, live: LiveConversation, frame: Any, *, exclude: str | None = None,
                to: str | None = None) -> None:
        event: dict[str, Any] = {"k": "f", "c": live.id, "f": p.encode(frame)}
        if isinstance(frame, p.ConversationStatus):
            event["st"] = live.state
            event["ag"] = live.agent_id
            event["q"] = [live.channel, live.language, live.topic]
        if exclude:
            event["x"] = exclude
        if to:
            event["to"] = to
        self.bus.publish(event)

    async def message(self, live: LiveConversation, stored: StoredMessage) -> None:
        self.bus.publish({"k": "m", "c": live.id, "s": stored.seq})
        await self._deliver_upto(live, stored.seq, stored)

    def agent_state(self, agent_id: int, state: str) -> None:
        self.bus.publish({"k": "ag", "a": agent_id, "st": state})

    def opened(self, live: LiveConversation, last_seq: int = 0) -> None:
        """A conversation this process now holds: deliver what follows ``last_seq``."""
        self._sent.setdefault(live.id, last_seq)

    # ------------------------------------------------------------ admission

    def on_duty(self, key: QueueKey) -> bool:
        """Is an agent connected to another process on duty for ``key``?"""
        from .hub import skills_of

        cfg = self.hub.catalog[key]
        for _node, state, raw in self._remote_agents.values():
            if state not in ON_DUTY:
                continue
            skills = skills_of(raw)
            if (key.channel in skills.channels and skills.languages.get(key.language, 0) >= cfg.min_proficiency
                    and key.topic in skills.topics):
                return True
        return False

    def serving_elsewhere(self, agent_id: int) -> bool:
        """Is the agent signed in on another process (as far as we have heard)?"""
        return agent_id in self._remote_agents

    def hand_over(self, agent_key: str) -> None:
        """The agent went away here but is signed in on another process, which
        loaded their conversations: drop them here without requeueing."""
        for contact_id in self.hub.router.agent_contacts(agent_key):
            self._ours.discard(contact_id)
            with contextlib.suppress(RoutingError):
                self.hub.router.finish(contact_id)

    # ------------------------------------------------------------ loading

    async def load_customer(self, customer_id: str) -> None:
        """A customer connected here: hold their open conversations."""
        hub = self.hub
        for conv, name in await cstore.open_conversations_of(hub.store, customer_id):
            if conv.id not in hub.conversations:
                hub.conversations[conv.id] = hub._live_from_row(conv, name)
                self._sent.setdefault(conv.id, conv.last_seq)

    async def load_agent(self, agent_id: int) -> list[LiveConversation]:
        """An agent signed in here: the conversations they were serving
        (e.g. on a process that stopped) that no router here holds yet."""
        hub = self.hub
        out = []
        awaiting = {live.id for live in hub._awaiting_agent.get(agent_id, [])}
        for conv, name in await cstore.conversations_of_agent(hub.store, agent_id):
            if hub.router.contact_state(conv.id) is not None or conv.id in awaiting:
                continue
            live = hub.conversations.get(conv.id)
            if live is None:
                live = hub._live_from_row(conv, name)
                hub.conversations[conv.id] = live
            self._sent.setdefault(conv.id, conv.last_seq)
            self._ours.add(conv.id)
            out.append(live)
        return out

    # ------------------------------------------------------------ receiving

    async def on_event(self, event: dict[str, Any]) -> None:
        kind = event.get("k")
        if kind == "m":
            live = self.hub.conversations.get(event["c"])
            if live is not None:
                await self._deliver_upto(live, int(event["s"]))
        elif kind == "f":
            await self._on_frame(event)
        elif kind == "ag":
            await self._on_agent(event)
        elif kind == "hi":
            for presence in list(self.hub.agents.values()):
                state = self.hub.router.agent_state(str(presence.agent_id)).value
                if state != "offline":
                    self.agent_state(presence.agent_id, state)
        elif kind in ("q", "cl", "end"):
            async with self.hub._pump_lock:
                if kind == "q":
                    self._apply_enqueued(event["c"], tuple(event["q"]), float(event["t"]), bool(event["fr"]))
                elif kind == "cl":
                    self._apply_claimed(event["c"])
                else:
                    await self._apply_end(event["c"], event.get("a"))
                await self.hub._drain()

    def _apply_enqueued(self, conv_id: str, key: tuple[str, ...], ts: float, front: bool) -> None:
        hub = self.hub
        live = hub.conversations.get(conv_id)
        if live is not None:
            live.state, live.agent_id = "queued", None
            live.channel, live.language, live.topic = key
        state = hub.router.contact_state(conv_id)
        if state in ("offered", "assigned"):
            return  # ours: a stale event
        if state == "waiting":
            hub.router.leave(conv_id)  # e.g. transferred to another queue
        self.mirror(conv_id, _key(*key), ts, front)

    def _apply_claimed(self, conv_id: str) -> None:
        hub = self.hub
        live = hub.conversations.get(conv_id)
        if live is not None and live.state == "queued":
            live.state, live.agent_id = "offered", None
        state = hub.router.contact_state(conv_id)
        shown = any(o.contact_id == conv_id for o in hub.offers.values())
        if state == "waiting" or (state == "offered" and not shown):
            # An offer made here but not yet claimed loses its claim: withdraw now.
            hub.router.leave(conv_id)

    async def _apply_end(self, conv_id: str, agent_id: int | None) -> None:
        hub = self.hub
        live = hub.conversations.pop(conv_id, None)
        hub._last_position.pop(conv_id, None)
        state = hub.router.contact_state(conv_id)
        if state == "assigned":
            presence = hub.agents.get(agent_id) if agent_id else None
            if live is not None and presence is not None:
                live.state = "ended"
                await _send(presence.connections, p.encode(hub._state_frame(live)))
            with contextlib.suppress(RoutingError):
                hub.router.finish(conv_id)
        elif state is not None:
            hub.router.leave(conv_id)
        if live is not None:
            await _send(hub.customers.get(live.customer_id, set()),
                        p.encode(p.FeedbackRequest(conversation_id=conv_id)))
            hub._forget_bot(conv_id)
        self._sent.pop(conv_id, None)
        self._locks.pop(conv_id, None)
        self._ours.discard(conv_id)

    async def _on_frame(self, event: dict[str, Any]) -> None:
        hub = self.hub
        live = hub.conversations.get(event["c"])
        if live is None:
            return
        if "st" in event:
            live.state = event["st"]
            live.agent_id = event.get("ag")
            live.channel, live.language, live.topic = event["q"]
        targets = hub._participants(live)
        if "x" in event:
            targets = {c for c in targets if c.identity.ref != event["x"]}
        if "to" in event:
            targets = {c for c in targets if c.identity.ref == event["to"]}
        await _send(targets, event["f"])

    async def _on_agent(self, event: dict[str, Any]) -> None:
        agent_id, state, node = int(event["a"]), event["st"], event["n"]
        if state == "offline":
            self._remote_agents.pop(agent_id, None)
            return
        known = self._remote_agents.get(agent_id)
        skills = known[2] if known else None
        if skills is None:
            agent = await self.hub.store.agent(agent_id)
            skills = dict(agent.skills or {}) if agent else {}
        self._remote_agents[agent_id] = (node, state, skills)

    # ------------------------------------------------------------ ordered delivery

    async def _deliver_upto(self, live: LiveConversation, seq: int, stored: StoredMessage | None = None) -> None:
        """Deliver every message up to ``seq`` not yet delivered here, in order."""
        from .hub import chat_frame

        lock = self._locks.setdefault(live.id, asyncio.Lock())
        async with lock:
            sent = self._sent.get(live.id, 0)
            if seq <= sent:
                return
            targets = self.hub._participants(live)
            if not targets:  # nobody here to tell: no need to read anything
                self._sent[live.id] = seq
                return
            if stored is not None and seq == sent + 1:
                messages = [stored]
            else:
                messages = [m for m in await self.hub.store.messages_after(live.id, sent, limit=seq - sent)
                            if m.seq <= seq]
            self._sent[live.id] = seq
            for m in messages:  # not to whom a transcript already brought it (Connection.has)
                await _send([c for c in targets if not c.has(m.conversation_id, m.seq)], p.encode(chat_frame(m)))


async def _send(connections: Any, data: str) -> None:
    if connections:
        await asyncio.gather(*(c.send_raw(data) for c in list(connections)))
