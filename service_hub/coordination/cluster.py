"""Several hub processes on one PostgreSQL serving one set of queues.

The coordinator (``core.coordinator.Coordinator``) of a hub process whose
database is PostgreSQL (``bus.PgBus``); one hub on SQLite never touches this
module. See docs/scale-out.md for the whole story.

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

Bus events are applied under the pump's lock, so they interleave with the
hub's own routing decisions only between them, never inside one.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from pydantic import BaseModel

from hub_protocol import frames as p

from ..core.connection import broadcast_raw
from ..core.coordinator import Coordinator, RoutingTurns
from ..core.delivery import chat_frame, state_frame
from ..core.live import LiveConversation
from ..core.roster import skills_of
from ..core.state import HubState
from ..routing import Admission, Channel, Language, Offer, QueueKey, RoutingError, Topic
from ..store import cluster as cstore
from ..store.repo import StoredMessage
from .bus import Bus

log = logging.getLogger(__name__)

MAINTAIN_S = 2.0  # orphaned claims are released this often
RECONCILE_EVERY = 3  # maintenance beats between mirror reconciliations
ON_DUTY = ("available", "busy", "wrap_up")


def _key(ch: str, lang: str, topic: str) -> QueueKey:
    return QueueKey(Channel(ch), Language(lang), Topic(topic))


class ClusterCoordinator(Coordinator):
    def __init__(self, state: HubState, bus: Bus) -> None:
        self.store = state.store
        self.catalog = state.catalog
        self.bot = state.bot
        self.router = state.router
        self.conversations = state.conversations
        self.roster = state.roster
        self.revocations = state.authority.revocations
        self.bus = bus
        self.node = bus.node_id
        self._routing: RoutingTurns | None = None  # the hub's pump, from start()
        self._sent: dict[str, int] = {}  # conversation -> highest seq delivered here
        self._locks: dict[str, asyncio.Lock] = {}
        # agent id -> (node, state, skills) of agents connected to other processes
        self._remote_agents: dict[int, tuple[str, str, dict[str, Any]]] = {}
        self._maintainer: asyncio.Task[None] | None = None
        # Conversations whose queue row this process holds: claimed for an
        # offer here, or served by an agent here. Only these does it requeue.
        self._ours: set[str] = set()

    @property
    def routing(self) -> RoutingTurns:
        assert self._routing is not None, "start() first"
        return self._routing

    # ------------------------------------------------------------ life cycle

    async def start(self, routing: RoutingTurns) -> None:
        self._routing = routing
        await self.bus.start(self._on_event)  # listen first: no event after this is missed
        self.bus.publish({"k": "hi"})
        await self._restore()
        self._maintainer = asyncio.create_task(self._maintain(), name="cluster-maintain")

    async def stop(self) -> None:
        if self._maintainer:
            self._maintainer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._maintainer
        await self.bus.stop()

    async def _restore(self) -> None:
        """Mirror the waiting customers and hold a copy of every open
        conversation. Offers claimed by a live process stay theirs. Served
        conversations wait for their agent a grace period, as on one process,
        but are requeued only if the agent is not on duty on another process."""
        async with self.routing.lock:
            await self._release_orphans()
            for conv in await self.store.open_conversations():
                customer = await self.store.customer(conv.customer_id)
                self.conversations.add(LiveConversation.from_row(conv, customer.display_name if customer else ""))
                self._sent[conv.id] = conv.last_seq
            for entry in await cstore.waiting(self.store):
                self._mirror(entry.conversation_id, _key(entry.channel, entry.language, entry.topic),
                             entry.enqueued_at.timestamp(), entry.priority > 0)
            for live in self.conversations:
                if live.state == "active" and live.agent_id is not None:
                    self.conversations.awaiting_agent.setdefault(live.agent_id, []).append(live)
                    self._ours.add(live.id)
            self.router.drain_events()  # no agent is connected here yet

    async def _maintain(self) -> None:
        beat = 0
        while True:
            await asyncio.sleep(MAINTAIN_S)
            beat += 1
            try:
                async with self.routing.lock:
                    await self._release_orphans()
                    if beat % RECONCILE_EVERY == 0:
                        await self._reconcile()
                    await self.routing.drain()
                if beat % 30 == 0:
                    await cstore.prune_events(self.store)
            except Exception:
                log.exception("cluster maintenance failed")

    async def _release_orphans(self) -> None:
        for entry in await cstore.release_orphans(self.store):
            log.warning("offer of %s held by a stopped hub process: back to waiting", entry.conversation_id)
            key = (entry.channel, entry.language, entry.topic)
            ts = entry.enqueued_at.timestamp()
            self._publish_enqueued(entry.conversation_id, key, ts, entry.priority > 0)
            self._apply_enqueued(entry.conversation_id, key, ts, entry.priority > 0)

    async def _reconcile(self) -> None:
        """Add waiting customers the mirror lacks (e.g. a missed notification).
        Stale extras are harmless: offering one loses its claim and drops it."""
        for entry in await cstore.waiting(self.store):
            if self.router.contact_state(entry.conversation_id) is None:
                self._apply_enqueued(entry.conversation_id, (entry.channel, entry.language, entry.topic),
                                     entry.enqueued_at.timestamp(), entry.priority > 0)

    def _mirror(self, contact_id: str, key: QueueKey, ts: float, front: bool) -> None:
        with contextlib.suppress(RoutingError, ValueError):
            self.router.restore_waiting(contact_id, key, ts, front=front)

    # ------------------------------------------------------------ claims

    def start_claim(self, offer: Offer) -> asyncio.Future[Any] | None:
        return cstore.claim(self.store, offer.contact_id, int(offer.agent_id), self.node)

    async def claimed(self, offer: Offer, live: LiveConversation | None,
                      claim: asyncio.Future[Any]) -> LiveConversation | None:
        got = await claim
        if got is None:
            # Someone else holds it (or it is gone): withdraw silently, forget it here.
            if self.router.contact_state(offer.contact_id) == "offered":
                self.router.leave(offer.contact_id)
            if live is not None and live.state == "queued":
                live.state = "offered"
            return None
        self._ours.add(offer.contact_id)
        conv, name = got
        if live is None:
            live = LiveConversation.from_row(conv, name)
            live.state = "queued"
            self.conversations.add(live)
            self._sent.setdefault(live.id, conv.last_seq)
        self.bus.publish({"k": "cl", "c": live.id})
        return live

    def offer_shown(self, live: LiveConversation, agent_id: int) -> None:
        return None  # the claim marked the row offered

    async def confirm_accept(self, offer: Offer) -> bool:
        ok = await cstore.confirm_accept(self.store, offer.contact_id, int(offer.agent_id), self.node)
        if not ok:  # our claim was taken back (we looked dead): it is someone else's now
            self._ours.discard(offer.contact_id)
            self.router.leave(offer.contact_id)
        return ok

    async def release(self, live: LiveConversation) -> None:
        await cstore.release_claim(self.store, live.id, self.node)

    async def requeue(self, live: LiveConversation, front: bool) -> bool:
        """Written if it was ours (served or offered here) and everyone told;
        if another process holds an offer of it, the mirror copy is forgotten."""
        if live.id not in self._ours:
            return False  # a mirror copy whose offer here was never claimed: nothing changed
        self._ours.discard(live.id)
        ok = await cstore.requeue_if_ours(self.store, live.id, channel=live.channel, language=live.language,
                                          topic=live.topic, front=front, node=self.node)
        if ok:
            self._publish_enqueued(live.id, (live.channel, live.language, live.topic), live.enqueued_ts(), front)
        else:
            live.state, live.agent_id = "offered", None
            if self.router.contact_state(live.id) == "waiting":
                self.router.leave(live.id)
        return ok

    async def enqueuing(self, live: LiveConversation, ts: float) -> None:
        # Mirrored before the commit: an offer made now is claimed in the
        # enqueue's own commit (the claim sees the row written before it),
        # not in the next one. A refused enqueue leaves nothing to claim.
        self._mirror(live.id, live.key, ts, False)
        try:
            await self.routing.pump(wait=False)  # claims start now, unless a running drain takes them
        except Exception:  # someone else's event failed: this handoff's outcome is its enqueue's
            log.exception("routing failed while a handoff was being enqueued")

    async def enqueue_failed(self, live: LiveConversation) -> None:
        if self.router.contact_state(live.id) is not None:
            self.router.leave(live.id)
            await self.routing.pump()

    def enqueued(self, live: LiveConversation, ts: float) -> Admission:
        # The store admitted it (capacity across processes); every process mirrors it.
        self._publish_enqueued(live.id, (live.channel, live.language, live.topic), ts, False)
        if live.id in self._ours:
            # Claimed here in the enqueue's own commit, and that claim was told
            # first: tell it again, after, or the others keep a waiting copy.
            self.bus.publish({"k": "cl", "c": live.id})
        return Admission(True)

    # ------------------------------------------------------------ publishing

    def _publish_enqueued(self, conv_id: str, key: tuple[str, str, str], ts: float, front: bool) -> None:
        self.bus.publish({"k": "q", "c": conv_id, "q": list(key), "t": ts, "fr": front})

    def finished(self, live: LiveConversation) -> None:
        self.bus.publish({"k": "end", "c": live.id, "a": live.agent_id})
        self._ours.discard(live.id)
        self._sent.pop(live.id, None)
        self._locks.pop(live.id, None)

    def deliver(self, live: LiveConversation, frame: BaseModel, *,
                exclude: str | None = None, to: str | None = None) -> None:
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

    async def deliver_message(self, live: LiveConversation, stored: StoredMessage) -> None:
        self.bus.publish({"k": "m", "c": live.id, "s": stored.seq})
        await self._deliver_upto(live, stored.seq, stored)

    def agent_state(self, agent_id: int, state: str) -> None:
        self.bus.publish({"k": "ag", "a": agent_id, "st": state})

    def token_revoked(self, token_id: str, expires_at: float) -> None:
        self.bus.publish({"k": "rv", "t": token_id, "x": expires_at})

    def opening(self, live: LiveConversation) -> None:
        return None  # other processes may write to it: no transcript kept in memory

    def opened(self, live: LiveConversation) -> None:
        self._sent.setdefault(live.id, 0)  # deliver from its first message

    # ------------------------------------------------------------ admission

    def on_duty_elsewhere(self, key: QueueKey) -> bool:
        cfg = self.catalog[key]
        for _node, state, raw in self._remote_agents.values():
            if state not in ON_DUTY:
                continue
            skills = skills_of(raw)
            if (key.channel in skills.channels and skills.languages.get(key.language, 0) >= cfg.min_proficiency
                    and key.topic in skills.topics):
                return True
        return False

    def serving_elsewhere(self, agent_id: int) -> bool:
        return agent_id in self._remote_agents  # as far as we have heard

    def hand_over(self, agent_key: str) -> None:
        """The other process loaded the agent's conversations: drop them here without requeueing."""
        for contact_id in self.router.agent_contacts(agent_key):
            self._ours.discard(contact_id)
            with contextlib.suppress(RoutingError):
                self.router.finish(contact_id)

    # ------------------------------------------------------------ loading

    async def load_customer(self, customer_id: str) -> None:
        for conv, name in await cstore.open_conversations_of(self.store, customer_id):
            if conv.id not in self.conversations:
                self.conversations.add(LiveConversation.from_row(conv, name))
                self._sent.setdefault(conv.id, conv.last_seq)

    async def load_agent(self, agent_id: int) -> list[LiveConversation]:
        out = []
        awaiting = {live.id for live in self.conversations.awaiting_agent.get(agent_id, [])}
        for conv, name in await cstore.conversations_of_agent(self.store, agent_id):
            state = self.router.contact_state(conv.id)
            if conv.id in awaiting or (state is not None and state != "waiting"):
                continue
            if state == "waiting":  # a stale mirror copy: the store says this agent serves it
                self.router.leave(conv.id)
            live = self.conversations.get(conv.id)
            if live is None:
                live = LiveConversation.from_row(conv, name)
                self.conversations.add(live)
            self._sent.setdefault(conv.id, conv.last_seq)
            self._ours.add(conv.id)
            out.append(live)
        return out

    # ------------------------------------------------------------ receiving

    async def _on_event(self, event: dict[str, Any]) -> None:
        kind = event.get("k")
        if kind == "m":
            live = self.conversations.get(event["c"])
            if live is not None:
                await self._deliver_upto(live, int(event["s"]))
        elif kind == "f":
            await self._on_frame(event)
        elif kind == "ag":
            await self._on_agent(event)
        elif kind == "rv":  # refused here from now on, and signed out here too
            self.revocations.add(str(event["t"]), float(event["x"]))
            await self.roster.end_sign_in(str(event["t"]))
        elif kind == "hi":
            for presence in list(self.roster.agents.values()):
                state = self.router.agent_state(str(presence.agent_id)).value
                if state != "offline":
                    self.agent_state(presence.agent_id, state)
        elif kind in ("q", "cl", "end"):
            async with self.routing.lock:
                if kind == "q":
                    self._apply_enqueued(event["c"], tuple(event["q"]), float(event["t"]), bool(event["fr"]))
                elif kind == "cl":
                    self._apply_claimed(event["c"])
                else:
                    await self._apply_end(event["c"], event.get("a"))
                await self.routing.drain()

    def _apply_enqueued(self, conv_id: str, key: tuple[str, ...], ts: float, front: bool) -> None:
        live = self.conversations.get(conv_id)
        if live is not None:
            live.state, live.agent_id = "queued", None
            live.channel, live.language, live.topic = key
        state = self.router.contact_state(conv_id)
        if state in ("offered", "assigned"):
            return  # ours: a stale event
        if state == "waiting":
            self.router.leave(conv_id)  # e.g. transferred to another queue
        self._mirror(conv_id, _key(*key), ts, front)

    def _apply_claimed(self, conv_id: str) -> None:
        live = self.conversations.get(conv_id)
        if live is not None and live.state == "queued":
            live.state, live.agent_id = "offered", None
        state = self.router.contact_state(conv_id)
        if state == "waiting" or (state == "offered" and not self.conversations.offer_shown(conv_id)):
            # An offer made here but not yet claimed loses its claim: withdraw now.
            self.router.leave(conv_id)

    async def _apply_end(self, conv_id: str, agent_id: int | None) -> None:
        live = self.conversations.remove(conv_id)
        state = self.router.contact_state(conv_id)
        if state == "assigned":
            presence = self.roster.agents.get(agent_id) if agent_id else None
            if live is not None and presence is not None:
                live.state = "ended"
                await broadcast_raw(presence.connections, p.encode(state_frame(live, self.roster.agents)))
            with contextlib.suppress(RoutingError):
                self.router.finish(conv_id)
        elif state is not None:
            self.router.leave(conv_id)
        if live is not None:
            await broadcast_raw(self.roster.customer_connections(live.customer_id),
                                p.encode(p.FeedbackRequest(conversation_id=conv_id)))
            self.bot.forget(conv_id)
        self._sent.pop(conv_id, None)
        self._locks.pop(conv_id, None)
        self._ours.discard(conv_id)

    async def _on_frame(self, event: dict[str, Any]) -> None:
        live = self.conversations.get(event["c"])
        if live is None:
            return
        if "st" in event:
            live.state = event["st"]
            live.agent_id = event.get("ag")
            live.channel, live.language, live.topic = event["q"]
        targets = self.roster.participants(live)
        if "x" in event:
            targets = {c for c in targets if c.identity.ref != event["x"]}
        if "to" in event:
            targets = {c for c in targets if c.identity.ref == event["to"]}
        await broadcast_raw(targets, event["f"])

    async def _on_agent(self, event: dict[str, Any]) -> None:
        agent_id, state, node = int(event["a"]), event["st"], event["n"]
        if state == "offline":
            self._remote_agents.pop(agent_id, None)
            return
        known = self._remote_agents.get(agent_id)
        skills = known[2] if known else None
        if skills is None:
            agent = await self.store.agent(agent_id)
            skills = dict(agent.skills or {}) if agent else {}
        self._remote_agents[agent_id] = (node, state, skills)

    # ------------------------------------------------------------ ordered delivery

    async def _deliver_upto(self, live: LiveConversation, seq: int, stored: StoredMessage | None = None) -> None:
        """Deliver every message up to ``seq`` not yet delivered here, in order."""
        lock = self._locks.setdefault(live.id, asyncio.Lock())
        async with lock:
            sent = self._sent.get(live.id, 0)
            if seq <= sent:
                return
            targets = self.roster.participants(live)
            if not targets:  # nobody here to tell: no need to read anything
                self._sent[live.id] = seq
                return
            if stored is not None and seq == sent + 1:
                messages = [stored]
            else:
                messages = [m for m in await self.store.messages_after(live.id, sent, limit=seq - sent)
                            if m.seq <= seq]
            self._sent[live.id] = seq
            for m in messages:  # not to whom a transcript already brought it (Connection.has)
                await broadcast_raw([c for c in targets if not c.has(m.conversation_id, m.seq)],
                                    p.encode(chat_frame(m)))
