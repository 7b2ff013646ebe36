"""The hub's behaviour: one handler per protocol frame, wired to the router.

The store is the source of truth: a chat message is committed before it is
acknowledged or relayed, and queue and conversation changes are written
before anyone is told about them. The routing policy (who waits, who gets
which offer, wrap-up, missed offers) is the pure ``routing.Router``; the hub
feeds it what happens and turns its events into frames and store writes.
What lives only in memory (presence, the router) is rebuilt from the store
on start.

Several hub processes may share one PostgreSQL (see ``cluster.py`` and
docs/scale-out.md): then ``self.cluster`` claims queue rows before offers and
carries events between processes over LISTEN/NOTIFY. On SQLite it is None
and every path below is the single-process one.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel

from hub_protocol import frames as p
from hub_protocol.events import EventCode, SystemEvent

from .auth import Identity
from .bot_service import BotService
from .bus import Bus, make_bus
from .cluster import Cluster
from .config import HubConfig
from .presence import AgentPresence, Connection, broadcast
from .routing import (
    Admission,
    AdmissionReason,
    AgentCapacity,
    AgentState,
    AgentStateChanged,
    Channel,
    Language,
    OfferEnded,
    OfferGone,
    OfferMade,
    OfferOutcome,
    QueueCatalog,
    QueueKey,
    Requeued,
    RequeueReason,
    Router,
    RouterSettings,
    RoutingError,
    Skills,
    Topic,
)
from .routing import Offer as RoutedOffer
from .service_catalog import services_catalog
from .store.models import Conversation
from .store.repo import QueueFull, Store, StoredMessage

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
TICK_S = 0.25  # offer expiry, wrap-up and topic relaxation run on this beat
QUEUE_NEWS_S = 0.5  # positions and queue summaries are sent at most this often
POSITION_EVERY_S = 3.0  # a waiting customer's changing position, unless near the front
COLLEAGUES_EVERY_S = 3.0  # colleagues' changing states, unless someone signed in or out


def _log_failure(future: asyncio.Future[Any], what: str) -> None:
    """For a store write nobody waits for: a failure is logged, not lost."""

    def done(f: asyncio.Future[Any]) -> None:
        if not f.cancelled() and f.exception() is not None:
            log.error("%s failed: %s", what, f.exception())

    future.add_done_callback(done)


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Refused(Exception):
    """A frame the hub will not act on; becomes an error frame, never a crash."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


_ADMISSION_REFUSALS = {
    AdmissionReason.CLOSED: ("queue_closed", "The service is closed now."),
    AdmissionReason.FULL: ("queue_full", "The queue is full right now; please try again later."),
    AdmissionReason.NO_AGENTS: ("no_agents", "No service expert is on duty right now."),
    AdmissionReason.UNKNOWN_QUEUE: ("unknown_queue", "There is no such service."),
}
_REVOKE_REASONS = {
    OfferOutcome.DECLINED: "declined",
    OfferOutcome.EXPIRED: "timeout",
    OfferOutcome.WITHDRAWN: "customer_left",
}


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
    created_at: datetime = field(default_factory=_utcnow)
    assigned_at: datetime | None = None
    # Colleagues invited into the call (interpreters): in memory only, they
    # re-join after a hub restart. Cleared when the conversation leaves "active".
    guests: set[int] = field(default_factory=set)

    @property
    def key(self) -> QueueKey:
        return queue_key(self.channel, self.language, self.topic)


def queue_key(channel: str, language: str, topic: str) -> QueueKey:
    try:
        return QueueKey(Channel(channel), Language(language), Topic(topic))
    except ValueError:
        raise Refused("unknown_queue", "There is no service for that language and topic.") from None


def skills_of(raw: dict[str, Any]) -> Skills:
    """The store's skills JSON -> the router's Skills (no topics listed: every topic)."""
    languages = {Language(k): int(v) for k, v in raw.get("languages", {}).items() if k in Language._value2member_map_}
    topics = raw.get("topics") or [t.value for t in Topic]
    channels = raw.get("channels") or ["chat"]
    return Skills(languages, frozenset(Topic(t) for t in topics), frozenset(Channel(c) for c in channels))


async def _both(first: asyncio.Future[Any], second: asyncio.Future[Any]) -> tuple[Any, Any]:
    """Both results of two writes queued together (one commit); every failure retrieved."""
    results = await asyncio.gather(first, second, return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return results[0], results[1]


def chat_frame(m: StoredMessage) -> p.ChatMessage:
    return p.ChatMessage(
        conversation_id=m.conversation_id, seq=m.seq, sender=m.sender,  # type: ignore[arg-type]
        sender_name=m.sender_name, text=m.text, sent_at=m.sent_at, client_msg_id=m.client_msg_id,
    )


class Hub:
    def __init__(
        self,
        config: HubConfig,
        store: Store,
        catalog: QueueCatalog,
        bot: BotService,
        *,
        clock: Clock = _utcnow,
        bus: Bus | None = None,
    ) -> None:
        self.config = config
        self.store = store
        self.catalog = catalog
        self.bot = bot
        self.clock = clock
        self.router = Router(catalog, clock, RouterSettings(
            offer_timeout_s=config.offer_timeout_s,
            max_missed_offers=config.missed_offers_before_away,
            wrap_up_s=config.wrap_up_timeout_s,
            default_capacity=AgentCapacity({Channel.CHAT: config.max_chats_per_agent, Channel.VIDEO: 1}),
        ))
        self.customers: dict[str, set[Connection]] = {}
        self.agents: dict[int, AgentPresence] = {}
        self.conversations: dict[str, LiveConversation] = {}
        self.offers: dict[str, RoutedOffer] = {}
        # Conversations an agent was serving when the hub stopped: theirs again
        # if they come back within the grace period.
        self._awaiting_agent: dict[int, list[LiveConversation]] = {}
        self._pump_lock = asyncio.Lock()
        self._claiming: dict[str, asyncio.Task[None]] = {}  # customer -> offer shown once claimed
        self._last_position: dict[str, tuple[int, int | None, float]] = {}
        # Per agent: the queue rows last sent and the colleague list version they have.
        self._last_snapshot: dict[int, tuple[object, int]] = {}
        self._colleague_ids: frozenset[int] = frozenset()
        self._colleague_states: tuple[tuple[int, str], ...] = ()
        self._colleagues_at = float("-inf")
        self._colleague_list: list[p.AgentSummary] = []
        self._colleagues_version = 0
        self._ticker: asyncio.Task[None] | None = None
        self._catalog_frame: p.ServicesCatalog | None = None  # the catalog is fixed while running
        self.bus = bus if bus is not None else make_bus(config.resolved_database_url())
        # Several processes on one PostgreSQL: claims and cross-process events.
        self.cluster: Cluster | None = Cluster(self, self.bus) if self.bus.distributed else None
        # Agents serving fewer channels than their skills (agent.state channels).
        self._channel_limits: dict[int, frozenset[str]] = {}
        self._handlers: dict[type[BaseModel], Callable[[Connection, Any], Awaitable[None]]] = {
            p.Ping: self._on_ping,
            p.ChatStart: self._on_chat_start,
            p.ChatSend: self._on_chat_send,
            p.Typing: self._on_typing,
            p.HandoffRequest: self._on_handoff_request,
            p.QueueLeave: self._on_queue_leave,
            p.FeedbackSubmit: self._on_feedback,
            p.Sync: self._on_sync,
            p.ServicesQuery: self._on_services_query,
            p.SetAgentState: self._on_agent_state,
            p.OfferAccept: self._on_offer_accept,
            p.OfferDecline: self._on_offer_decline,
            p.ConversationEnd: self._on_end,
            p.ConversationTransfer: self._on_transfer,
            p.HistorySearch: self._on_history_search,
            p.HistoryOpen: self._on_history_open,
            p.RtcSignal: self._on_rtc_signal,
            p.ConversationInvite: self._on_invite,
            p.ConversationLeave: self._on_leave,
        }
        self._customer_only = {p.ChatStart, p.HandoffRequest, p.QueueLeave, p.FeedbackSubmit}
        self._agent_only = {
            p.SetAgentState, p.OfferAccept, p.OfferDecline, p.ConversationTransfer,
            p.HistorySearch, p.HistoryOpen, p.ConversationInvite, p.ConversationLeave,
        }

    # ------------------------------------------------------------ start-up

    async def start(self) -> None:
        if self.cluster is not None:
            await self.cluster.start()  # listen first: no event after this is missed
        await self.restore()
        self._ticker = asyncio.create_task(self._tick_loop(), name="hub-ticker")

    async def stop(self) -> None:
        if self._ticker:
            self._ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._ticker
        for presence in self.agents.values():
            if presence.offline_timer:
                presence.offline_timer.cancel()
        for task in list(self._claiming.values()):
            task.cancel()
        if self.cluster is not None:
            await self.cluster.stop()

    async def restore(self) -> None:
        """Rebuild live state after a (re)start: waiting customers keep their
        place and wait time; agents' conversations wait for them a grace period."""
        if self.cluster is not None:
            await self.cluster.restore()  # other processes may be serving: mirror only
            return
        for conv in await self.store.open_conversations():
            customer = await self.store.customer(conv.customer_id)
            self.conversations[conv.id] = self._live_from_row(conv, customer.display_name if customer else "")
        for entry in await self.store.waiting_entries():
            live = self.conversations.get(entry.conversation_id)
            if live is None:
                continue
            live.state, live.agent_id = "queued", None
            if entry.state == "offered":
                await self.store.set_queue_state(live.id, "waiting")
            self.router.restore_waiting(live.id, live.key, entry.enqueued_at.timestamp(),
                                        front=entry.priority > 0)
        for live in self.conversations.values():
            if live.state == "active" and live.agent_id is not None:
                self._awaiting_agent.setdefault(live.agent_id, []).append(live)
        for agent_id in self._awaiting_agent:
            presence = await self._presence(agent_id)
            self._arm_offline_timer(presence)
        self.router.drain_events()  # nobody is connected yet to be told

    def _live_from_row(self, conv: Conversation, customer_name: str) -> LiveConversation:
        return LiveConversation(
            id=conv.id, customer_id=conv.customer_id, customer_name=customer_name,
            channel=conv.channel, language=conv.language, topic=conv.topic,
            state="queued" if conv.state == "offered" else conv.state, agent_id=conv.agent_id,
            context=dict(conv.handoff_context or {}), precheck=conv.precheck,
            created_at=conv.created_at, assigned_at=conv.assigned_at,
        )

    async def _presence(self, agent_id: int) -> AgentPresence:
        presence = self.agents.get(agent_id)
        if presence is None:
            agent = await self.store.agent(agent_id)
            if agent is None:
                raise Refused("unknown_agent", "That agent does not exist.")
            presence = AgentPresence(agent.id, agent.display_name, dict(agent.skills or {}),
                                     agent.is_supervisor, since=self.clock())
            self.agents[agent_id] = presence
        return presence

    async def _tick_loop(self) -> None:
        news_due = 0.0
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(TICK_S)
            try:
                self.router.tick()
                await self._pump()
                if loop.time() >= news_due:
                    news_due = loop.time() + QUEUE_NEWS_S
                    await self._queue_news()
            except Exception:  # one bad beat must not stop routing for good
                log.exception("routing tick failed")

    # ------------------------------------------------------------ connections

    async def connected(self, conn: Connection, resume: dict[str, int]) -> None:
        ident = conn.identity
        if ident.role == "customer":
            await self.store.upsert_customer(ident.user_id, ident.display_name)
            self.customers.setdefault(ident.user_id, set()).add(conn)
            if self.cluster is not None:
                await self.cluster.load_customer(ident.user_id)
            await conn.send(p.Welcome(role="customer", user_id=ident.user_id,
                                      display_name=ident.display_name, server_time=self.clock()))
            for live in list(self.conversations.values()):
                if live.customer_id == ident.user_id:
                    await conn.send(self._state_frame(live))
                    await self._replay(conn, live.id, resume.get(live.id, 0))
                    if live.state == "queued":
                        await self._send_position(live, force=True)
        else:
            await self._agent_connected(conn, resume)
        # Anything the client asks to resume that is no longer open: replay it too,
        # so a message sent just before the end is not lost.
        for conv_id, after in resume.items():
            live = self.conversations.get(conv_id)
            if live is None and await self._may_read(ident, conv_id, audit_action=None):
                await self._replay(conn, conv_id, after)

    async def _agent_connected(self, conn: Connection, resume: dict[str, int]) -> None:
        agent_id = int(conn.identity.user_id)
        presence = await self._presence(agent_id)
        if self.cluster is not None and self.router.agent_state(str(agent_id)) is AgentState.OFFLINE:
            # Served on a process that stopped; loaded before this connection
            # joins, so no live message can overtake the replay below.
            self._awaiting_agent.setdefault(agent_id, []).extend(await self.cluster.load_agent(agent_id))
        presence.connections.add(conn)
        if presence.offline_timer:
            presence.offline_timer.cancel()
            presence.offline_timer = None
        key = str(agent_id)
        if self.router.agent_state(key) is AgentState.OFFLINE:
            self.router.sign_in(key, self._serving_skills(presence), available=False)
            for live in self._awaiting_agent.pop(agent_id, []):
                self.router.restore_assigned(
                    live.id, live.key, key, (live.assigned_at or live.created_at).timestamp(),
                    (live.assigned_at or live.created_at).timestamp(),
                )
        await self._pump()
        presence.state = self.router.agent_state(key).value  # type: ignore[assignment]
        await conn.send(p.Welcome(role="agent", user_id=key, display_name=presence.display_name,
                                  server_time=self.clock(), agent_state=presence.state))
        await conn.send(p.AgentStatus(state=presence.state, since=presence.since or self.clock()))
        for conv_id in self.router.agent_contacts(key):
            live = self.conversations[conv_id]
            if conv_id in resume:
                await conn.send(self._state_frame(live))
                await self._replay(conn, conv_id, resume[conv_id])
            else:
                await conn.send(await self._assigned_frame(live))
        # An invited colleague (an interpreter) catches up on the call's chat too.
        for conv_id, after in resume.items():
            live = self.conversations.get(conv_id)
            if live is not None and live.state == "active" and agent_id in live.guests:
                await conn.send(self._state_frame(live))
                await self._replay(conn, conv_id, after)
        snapshot = self._queues_snapshot(presence)
        self._last_snapshot.pop(agent_id, None)  # the next beat sends all again, with this agent counted
        await conn.send(snapshot)

    async def disconnected(self, conn: Connection) -> None:
        ident = conn.identity
        if ident.role == "customer":
            conns = self.customers.get(ident.user_id, set())
            conns.discard(conn)
            if not conns:
                self.customers.pop(ident.user_id, None)
            return
        presence = self.agents.get(int(ident.user_id))
        if presence is None:
            return
        presence.connections.discard(conn)
        if not presence.connections:
            self._arm_offline_timer(presence)

    def _arm_offline_timer(self, presence: AgentPresence) -> None:
        # A short grace period: a reconnecting desktop keeps its chats.
        if presence.offline_timer:
            presence.offline_timer.cancel()
        presence.offline_timer = asyncio.get_running_loop().call_later(
            self.config.agent_grace_s, lambda: asyncio.ensure_future(self._agent_gone(presence))
        )

    async def _agent_gone(self, presence: AgentPresence) -> None:
        """The agent did not come back: their customers go to the front of the queue."""
        presence.offline_timer = None
        if presence.connections:
            return
        key = str(presence.agent_id)
        if self.router.agent_state(key) is not AgentState.OFFLINE:
            if self.cluster is not None and self.cluster.serving_elsewhere(presence.agent_id):
                self.cluster.hand_over(key)  # their conversations are served by that process now
            self.router.sign_out(key)
        if self.cluster is not None and self.cluster.serving_elsewhere(presence.agent_id):
            self._awaiting_agent.pop(presence.agent_id, None)  # signed in on another process
        for live in self._awaiting_agent.pop(presence.agent_id, []):
            # Served before a hub restart by an agent who never came back.
            self.router.restore_waiting(live.id, live.key, live.created_at.timestamp(), front=True)
            await self._on_requeued(Requeued(live.id, live.key, RequeueReason.AGENT_OFFLINE, True))
        await self._pump()
        log.info("agent %s went offline", presence.agent_id)

    async def handle(self, conn: Connection, frame: BaseModel) -> None:
        handler = self._handlers.get(type(frame))
        if handler is None:
            raise Refused("not_allowed", f"{frame.type} is not accepted here.")  # type: ignore[attr-defined]
        role = conn.identity.role
        if (type(frame) in self._customer_only and role != "customer") or (
            type(frame) in self._agent_only and role != "agent"
        ):
            await self.store.audit(conn.identity.ref, frame.type, "-", allowed=False,  # type: ignore[attr-defined]
                                   detail="wrong role")
            raise Refused("forbidden", f"A {role} cannot send {frame.type}.")  # type: ignore[attr-defined]
        await handler(conn, frame)
        await self._pump(wait=False)

    # ------------------------------------------------------------ router events

    async def _pump(self, *, wait: bool = True) -> None:
        """Turn the router's events into store writes and frames, in order.

        ``wait=False``: for a caller with nothing left to do that depends on
        its events (the end of a frame's handling). A drain already running
        takes them too (it drains until none are left), so the caller returns
        at once: a connection's next frame is not held up behind someone
        else's store writes."""
        if not wait and self._pump_lock.locked():
            return
        async with self._pump_lock:
            await self._drain()

    async def _drain(self) -> None:
        """The body of ``_pump``; the caller holds ``_pump_lock``."""
        while events := self.router.drain_events():
            # Several processes: every offer's claim is started at once, so the
            # claims share one commit. An offer is shown when its claim commits,
            # in a task of its own: routing goes on meanwhile, and any later
            # event about that customer waits for the claim first.
            claims = {} if self.cluster is None else {
                e.offer.offer_id: self.cluster.start_claim(e.offer) for e in events
                if isinstance(e, OfferMade) and int(e.offer.agent_id) in self.agents}
            for event in events:
                if isinstance(event, OfferMade):
                    claim = claims.get(event.offer.offer_id)
                    if claim is None:
                        await self._on_offer_made(event.offer)
                    else:
                        self._show_when_claimed(event.offer, claim)
                elif isinstance(event, OfferEnded):
                    await self._claim_settled(event.offer.contact_id)
                    await self._on_offer_ended(event.offer, event.outcome)
                elif isinstance(event, Requeued):
                    await self._claim_settled(event.contact_id)
                    await self._on_requeued(event)
                elif isinstance(event, AgentStateChanged):
                    await self._on_agent_state_changed(event)

    def _show_when_claimed(self, offer: RoutedOffer, claim: asyncio.Future[Any]) -> None:
        task = asyncio.create_task(self._on_offer_made(offer, claim), name=f"offer-{offer.offer_id}")
        self._claiming[offer.contact_id] = task

        def done(t: asyncio.Task[None]) -> None:
            if self._claiming.get(offer.contact_id) is t:
                del self._claiming[offer.contact_id]
            if not t.cancelled() and t.exception() is not None:
                log.error("showing offer %s failed", offer.offer_id, exc_info=t.exception())

        task.add_done_callback(done)

    async def _claim_settled(self, contact_id: str) -> None:
        """Wait until an offer of ``contact_id`` being claimed is shown or withdrawn."""
        task = self._claiming.get(contact_id)
        if task is not None:
            await asyncio.wait([task])

    async def _on_offer_made(self, offer: RoutedOffer, claim: asyncio.Future[Any] | None = None) -> None:
        live = self.conversations.get(offer.contact_id)
        if self.cluster is not None:
            if claim is None:
                return  # an agent of another process: theirs to offer
            # Claim the queue row first; a lost claim is withdrawn silently.
            live = await self.cluster.claim(offer, live, claim)
            if live is None:
                return
        presence = self.agents.get(int(offer.agent_id))
        if presence is None or live is None:
            if self.cluster is not None and live is not None:
                await self.cluster.release(live)  # claimed for an agent who has gone since
            return
        if self.cluster is None:
            # Not awaited: a restarted hub puts offered customers back to waiting
            # anyway, and the writer keeps this before any later write of theirs.
            _log_failure(self.store.set_queue_state_future(live.id, "offered", offered_to=presence.agent_id),
                         "marking an offer")
        self.offers[offer.offer_id] = offer
        live.state, live.agent_id = "offered", presence.agent_id
        now = self.clock()
        context = dict(live.context)
        if offer.notes:
            context["transfer_notes"] = list(offer.notes)
        await broadcast(presence.connections, p.Offer(
            offer_id=offer.offer_id, conversation_id=live.id, channel=live.channel,  # type: ignore[arg-type]
            language=live.language, topic=live.topic,  # type: ignore[arg-type]
            waited_s=max(0, int(now.timestamp() - self._enqueued_ts(live))),
            expires_in_s=max(1, round(offer.expires_ts - now.timestamp())),
            context=context, precheck=live.precheck,
        ))

    def _enqueued_ts(self, live: LiveConversation) -> float:
        handoff = live.context.get("handoff_at")
        return datetime.fromisoformat(handoff).timestamp() if handoff else live.created_at.timestamp()

    async def _on_offer_ended(self, offer: RoutedOffer, outcome: OfferOutcome) -> None:
        if self.offers.pop(offer.offer_id, None) is None:
            return  # never shown (e.g. its claim was lost): nothing to take back
        if outcome is OfferOutcome.ACCEPTED:
            return
        presence = self.agents.get(int(offer.agent_id))
        if presence:
            await broadcast(presence.connections, p.OfferRevoked(
                offer_id=offer.offer_id, reason=_REVOKE_REASONS[outcome]))  # type: ignore[arg-type]
        live = self.conversations.get(offer.contact_id)
        if live is not None and live.state == "offered":
            live.state, live.agent_id = "queued", None
            if self.cluster is not None:
                await self.cluster.release(live)
            else:
                await self.store.set_queue_state(live.id, "waiting")

    async def _on_requeued(self, event: Requeued) -> None:
        live = self.conversations.get(event.contact_id)
        if live is None:
            return
        moved = (live.channel, live.language, live.topic) != tuple(event.queue)
        was_served = live.state == "active"
        live.channel, live.language, live.topic = (str(x) for x in event.queue)
        live.state, live.agent_id = "queued", None
        if self.cluster is None:
            await self.store.requeue(live.id, channel=live.channel, language=live.language, topic=live.topic,
                                     front=event.front)
        elif not await self.cluster.requeue(live, event.front):
            return  # another process holds an offer of it: nothing to tell
        if moved:
            await self.store.update_conversation(live.id, channel=live.channel, language=live.language,
                                                 topic=live.topic)
        if was_served and event.reason is RequeueReason.AGENT_OFFLINE:
            await self._post(live, "system", "", SystemEvent(EventCode.REQUEUED).text)
        await self._deliver(live, self._state_frame(live))
        live.guests.clear()  # told above; a new expert invites their own interpreter

    async def _on_agent_state_changed(self, event: AgentStateChanged) -> None:
        presence = self.agents.get(int(event.agent_id))
        if presence is None:
            return
        state = event.state.value
        if presence.state != state:
            presence.state = state  # type: ignore[assignment]
            presence.since = self.clock()
        await broadcast(presence.connections, p.AgentStatus(
            state=presence.state, since=presence.since or self.clock(), reason=event.reason))
        if self.cluster is not None:
            self.cluster.agent_state(presence.agent_id, state)

    # ------------------------------------------------------------ access checks

    async def _conversation_for(self, ident: Identity, conv_id: str, action: str, *,
                                guests: bool = False) -> LiveConversation:
        """The live conversation if ``ident`` takes part; ``guests``: invited colleagues too."""
        live = self.conversations.get(conv_id)
        allowed = live is not None and (
            (ident.role == "customer" and live.customer_id == ident.user_id)
            or (ident.role == "agent" and live.agent_id == int(ident.user_id) and live.state == "active")
            or (guests and ident.role == "agent" and live.state == "active"
                and int(ident.user_id) in live.guests)
        )
        if not allowed:
            await self.store.audit(ident.ref, action, f"conversation:{conv_id}", allowed=False)
            raise Refused("forbidden", "That conversation is not yours.")
        assert live is not None
        return live

    async def _may_read(self, ident: Identity, conv_id: str, audit_action: str | None) -> bool:
        conv = await self.store.conversation(conv_id)
        if conv is None:
            allowed = False
        elif ident.role == "customer":
            allowed = conv.customer_id == ident.user_id
        else:
            allowed = True  # service experts may read any customer's history, audited
        if audit_action is not None or not allowed:
            await self.store.audit(ident.ref, audit_action or "read", f"conversation:{conv_id}",
                                   allowed=allowed)
        return allowed

    # ------------------------------------------------------------ delivery

    def _participants(self, live: LiveConversation) -> set[Connection]:
        conns = set(self.customers.get(live.customer_id, set()))
        if live.agent_id is not None and live.state == "active":
            presence = self.agents.get(live.agent_id)
            if presence:
                conns |= presence.connections
        for guest in live.guests:
            presence = self.agents.get(guest)
            if presence:
                conns |= presence.connections
        return conns

    def _own_connections(self, ident: Identity) -> set[Connection]:
        if ident.role == "customer":
            return self.customers.get(ident.user_id, set())
        presence = self.agents.get(int(ident.user_id))
        return presence.connections if presence else set()

    async def _deliver(self, live: LiveConversation, frame: BaseModel) -> None:
        await broadcast(self._participants(live), frame)
        if self.cluster is not None:
            self.cluster.deliver(live, frame)

    async def _deliver_message(self, live: LiveConversation, stored: StoredMessage) -> None:
        """A committed chat message to everyone in the conversation (on every process, in seq order)."""
        if self.cluster is not None:
            await self.cluster.message(live, stored)
        else:
            await self._deliver(live, chat_frame(stored))

    async def _post(self, live: LiveConversation, sender: str, name: str, text: str) -> StoredMessage:
        """A bot or system message. System texts are event codes the apps translate:
        handoff, joined:<name>, transfer[:note], requeued, ended."""
        stored, _ = await self.store.append_message(
            live.id, sender=sender, sender_ref=sender, sender_name=name, text=text
        )
        await self._deliver_message(live, stored)
        return stored

    async def _replay(self, conn: Connection, conv_id: str, after_seq: int) -> None:
        for m in await self.store.messages_after(conv_id, after_seq):
            await conn.send(chat_frame(m))

    def _state_frame(self, live: LiveConversation) -> p.ConversationStatus:
        agent = self.agents.get(live.agent_id) if live.agent_id else None
        return p.ConversationStatus(
            conversation_id=live.id, state=live.state, channel=live.channel,  # type: ignore[arg-type]
            language=live.language, topic=live.topic,  # type: ignore[arg-type]
            agent_name=agent.display_name if agent and live.state == "active" else None,
        )

    async def _assigned_frame(self, live: LiveConversation,
                              before_seq: int | None = None) -> p.ConversationAssigned:
        messages = await self.store.messages_after(live.id, 0)
        if before_seq is not None:
            messages = [m for m in messages if m.seq < before_seq]
        return p.ConversationAssigned(
            conversation_id=live.id, customer_id=live.customer_id, customer_name=live.customer_name,
            channel=live.channel, language=live.language, topic=live.topic,  # type: ignore[arg-type]
            context=live.context, precheck=live.precheck, messages=[chat_frame(m) for m in messages],
        )

    # ------------------------------------------------------------ customer frames

    async def _on_ping(self, conn: Connection, frame: p.Ping) -> None:
        await conn.send(p.Pong(id=frame.id))

    async def _on_chat_start(self, conn: Connection, frame: p.ChatStart) -> None:
        ident = conn.identity
        key = queue_key(frame.channel, frame.language, frame.topic)
        if key not in self.catalog and not (frame.channel == "chat" and frame.language in ("fi", "sv", "en")):
            # The bot talks in fi/sv/en even where no human queue exists.
            raise Refused("unknown_queue", "There is no service for that language and topic.")
        live = LiveConversation(
            id=uuid.uuid4().hex, customer_id=ident.user_id, customer_name=ident.display_name,
            channel=frame.channel, language=frame.language, topic=frame.topic,
            state="bot" if frame.channel == "chat" else "new",
            context={"application_step": frame.application_step} if frame.application_step else {},
        )
        if self.cluster is None:
            self.store.track(live.id)  # only this process writes to it: transcript in memory
        # The conversation row and the bot's greeting go into one commit.
        created = self.store.create_conversation_future(Conversation(
            id=live.id, customer_id=ident.user_id, channel=live.channel, language=live.language,
            topic=live.topic, state=live.state, handoff_context=live.context, created_at=live.created_at,
            last_seq=0, abandoned=False,
        ))
        greeting = (self.store.message_future(live.id, sender="bot", sender_ref="bot", sender_name=self.bot.name,
                                              text=self.bot.greeting(live.language))
                    if live.channel == "chat" else None)
        try:
            if greeting is None:
                await created
            else:
                _, (greeted, _) = await _both(created, greeting)
        except BaseException:
            self.store.untrack(live.id)
            raise
        self.conversations[live.id] = live
        if self.cluster is not None:
            self.cluster.opened(live)
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))
        await self._deliver(live, self._state_frame(live))
        if greeting is not None:
            await self._deliver_message(live, greeted)
        await self._send_handoff_status(live)

    async def _on_chat_send(self, conn: Connection, frame: p.ChatSend) -> None:
        ident = conn.identity
        live = await self._conversation_for(ident, frame.conversation_id, "chat.send", guests=True)
        if live.state == "ended":
            raise Refused("conversation_ended", "This conversation has ended.")
        sender = ident.role
        name = ident.display_name if sender == "customer" else self.agents[int(ident.user_id)].display_name
        stored, new = await self.store.append_message(
            live.id, sender=sender, sender_ref=ident.ref, sender_name=name, text=frame.text,
            client_msg_id=frame.id,
        )
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id, seq=stored.seq))
        if not new:
            return  # a resend after a reconnect: stored and relayed the first time
        await self._deliver_message(live, stored)
        if live.state == "bot" and sender == "customer":
            await self._bot_turn(live, frame.text)

    async def _bot_turn(self, live: LiveConversation, text: str) -> None:
        turn = await self.bot.reply(live.id, live.language, text, self._handoff_facts(live))
        for reply in turn.texts:
            await self._post(live, "bot", self.bot.name, reply)
        live.context.update(turn.context)
        await self.store.update_conversation(live.id, handoff_context=live.context)
        await self._send_handoff_status(live, suggested=turn.suggest_human)

    def _admission(self, key: QueueKey) -> Admission:
        """The router's admission; with several processes an agent on duty
        on another one counts too (the store enforces the queue's capacity)."""
        admission = self.router.admission(key)
        if (admission.reason is AdmissionReason.NO_AGENTS and self.cluster is not None
                and self.cluster.on_duty(key)):
            return Admission(True)
        return admission

    def _handoff_facts(self, live: LiveConversation) -> dict[str, Any]:
        """What the bot may promise: the router's admission for this queue."""
        admission = self._admission(live.key)
        return {
            "open": admission.reason not in (AdmissionReason.CLOSED, AdmissionReason.UNKNOWN_QUEUE),
            "full": admission.reason is AdmissionReason.FULL,
            "agents_on_duty": 0 if admission.reason is AdmissionReason.NO_AGENTS else 1,
            "admission": admission,
        }

    async def _send_handoff_status(self, live: LiveConversation, *, suggested: bool = False) -> None:
        admission = self._handoff_facts(live)["admission"]
        reason = "open" if admission.ok else {
            AdmissionReason.FULL: "full", AdmissionReason.NO_AGENTS: "no_agents",
        }.get(admission.reason, "closed")
        closed = admission.closed
        alternatives = [
            {"code": a.code, "kind": a.kind.value, "languages": list(a.languages), "open_now": a.open_now,
             "next_opening": a.next_opening.isoformat() if a.next_opening else None,
             "hours": a.weekly_hours}
            for a in (closed.alternatives if closed else ())
        ]
        await self._deliver(live, p.HandoffStatus(
            conversation_id=live.id, available=admission.ok, reason=reason,  # type: ignore[arg-type]
            suggested=suggested and admission.ok,
            next_opening=closed.next_opening if closed else None, alternatives=alternatives,
        ))

    async def _on_handoff_request(self, conn: Connection, frame: p.HandoffRequest) -> None:
        live = await self._conversation_for(conn.identity, frame.conversation_id, "handoff.request")
        if live.state not in ("bot", "new"):
            raise Refused("bad_state", "This conversation is already with the service.")
        admission = self._admission(live.key)
        if not admission.ok:
            raise Refused(*_ADMISSION_REFUSALS[admission.reason])  # type: ignore[index]
        # Claimed before the first await: the same request again on another
        # connection (a resend after a reconnect) gets bad_state, not a second enqueue.
        prior_state, live.state = live.state, "queued"
        try:
            extra: dict[str, Any] = {}
            if frame.precheck is not None:
                live.precheck = frame.precheck
                extra["precheck"] = frame.precheck
            now = self.clock()
            live.context.setdefault("reason", "asked")
            live.context.setdefault("language", live.language)
            live.context["handoff_at"] = now.isoformat()
            # The store's count is the one that holds across hub processes. The
            # "handoff" message goes into the same commit, unless the queue is full.
            enqueued = self.store.enqueue_future(
                live.id, channel=live.channel, language=live.language, topic=live.topic,
                max_waiting=self.catalog[live.key].max_waiting, enqueued_at=now,
                conversation_values={"handoff_context": live.context,
                                     "handoff_reason": live.context["reason"], **extra},
            )
            announced = self.store.message_future(live.id, sender="system", sender_ref="system",
                                                  sender_name="", text=SystemEvent(EventCode.HANDOFF).text,
                                                  unless_refused=enqueued)
            if self.cluster is not None:
                # Mirrored before the commit: an offer made now is claimed in the
                # enqueue's own commit (the claim sees the row written before it),
                # not in the next one. A refused enqueue leaves nothing to claim.
                self.cluster.mirror(live.id, live.key, now.timestamp(), False)
                try:
                    await self._pump(wait=False)  # claims start now, unless a running drain takes them
                except Exception:  # someone else's event failed: this handoff's outcome is its enqueue's
                    log.exception("routing failed while a handoff was being enqueued")
            outcome = await asyncio.gather(enqueued, announced, return_exceptions=True)
            for result in outcome:
                if isinstance(result, QueueFull):
                    raise Refused(*_ADMISSION_REFUSALS[AdmissionReason.FULL])
                if isinstance(result, BaseException):
                    raise result
        except BaseException:
            live.state = prior_state
            if self.cluster is not None and self.router.contact_state(live.id) is not None:
                self.router.leave(live.id)
                await self._pump()
            raise
        self._forget_bot(live.id)
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))
        await self._deliver_message(live, outcome[1][0])
        await self._deliver(live, self._state_frame(live))
        if self.cluster is not None:
            # The store admitted it (capacity across processes); every process mirrors it.
            self.cluster.enqueued(live, now.timestamp(), False)
            admitted = Admission(True)
        else:
            admitted = self.router.enqueue(live.id, live.key)
        if not admitted.ok:  # the last place went in between: give it back
            await self.store.set_queue_state(live.id, "left")
            await self._finish(live, abandoned=True)
            raise Refused(*_ADMISSION_REFUSALS[admitted.reason])  # type: ignore[index]
        await self._pump()
        await self._send_position(live, force=True)

    async def _on_queue_leave(self, conn: Connection, frame: p.QueueLeave) -> None:
        live = await self._conversation_for(conn.identity, frame.conversation_id, "queue.leave")
        if live.state not in ("queued", "offered"):
            raise Refused("bad_state", "You are not in the queue.")
        self.router.leave(live.id)
        await self._pump()
        await self.store.set_queue_state(live.id, "left")
        await self._finish(live, abandoned=True)
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))

    async def _on_feedback(self, conn: Connection, frame: p.FeedbackSubmit) -> None:
        conv = await self.store.conversation(frame.conversation_id)
        if conv is None or conv.customer_id != conn.identity.user_id:
            await self.store.audit(conn.identity.ref, "feedback.submit",
                                   f"conversation:{frame.conversation_id}", allowed=False)
            raise Refused("forbidden", "That conversation is not yours.")
        if conv.state != "ended":
            raise Refused("bad_state", "Feedback is asked for when the conversation has ended.")
        if not frame.skipped and frame.rating is None:
            raise Refused("invalid_frame", "Give a rating from 1 to 5, or skip.")
        if not await self.store.save_feedback(conv.id, frame.rating, frame.comment, frame.skipped):
            raise Refused("duplicate", "Feedback for this conversation was already given.")
        await conn.send(p.Ack(ref=frame.id, conversation_id=conv.id))

    async def _on_typing(self, conn: Connection, frame: p.Typing) -> None:
        live = await self._conversation_for(conn.identity, frame.conversation_id, "typing",
                                             guests=True)
        others = self._participants(live) - self._own_connections(conn.identity)
        relay = p.TypingRelay(conversation_id=live.id, sender=conn.identity.role)
        await broadcast(others, relay)
        if self.cluster is not None:
            self.cluster.deliver(live, relay, exclude=conn.identity.ref)

    async def _on_sync(self, conn: Connection, frame: p.Sync) -> None:
        # An agent reading a conversation they do not serve is a history read: audited.
        live = self.conversations.get(frame.conversation_id)
        own = live is not None and (live.customer_id == conn.identity.user_id if conn.identity.role == "customer"
                                    else live.agent_id == int(conn.identity.user_id))
        audit = None if own or conn.identity.role == "customer" else "sync"
        if not await self._may_read(conn.identity, frame.conversation_id, audit_action=audit):
            raise Refused("forbidden", "That conversation is not yours.")
        await self._replay(conn, frame.conversation_id, frame.after_seq)
        await conn.send(p.Ack(ref=frame.id, conversation_id=frame.conversation_id))

    async def _on_rtc_signal(self, conn: Connection, frame: p.RtcSignal) -> None:
        live = await self._conversation_for(conn.identity, frame.conversation_id, "rtc.signal",
                                             guests=True)
        if live.channel != "video" or live.state != "active":
            raise Refused("bad_state", "There is no video call in this conversation.")
        relay = p.RtcSignalRelay(conversation_id=live.id, sender=conn.identity.ref,
                                 kind=frame.kind, payload=frame.payload)
        targets = self._participants(live) - self._own_connections(conn.identity)
        if frame.to is not None:
            targets = {c for c in targets if c.identity.ref == frame.to}
        await broadcast(targets, relay)
        if self.cluster is not None:
            self.cluster.deliver(live, relay, exclude=conn.identity.ref, to=frame.to)

    # ------------------------------------------------------------ agent frames

    async def _on_invite(self, conn: Connection, frame: p.ConversationInvite) -> None:
        """The serving agent brings a colleague (an interpreter) into the video call."""
        live = await self._conversation_for(conn.identity, frame.conversation_id, "conversation.invite")
        guest = self.agents.get(frame.agent_id)
        if live.channel != "video":
            raise Refused("bad_state", "Only a video call can have another participant.")
        if guest is None or not guest.connections or frame.agent_id == live.agent_id:
            await self.store.audit(conn.identity.ref, "conversation.invite", f"conversation:{live.id}",
                                   allowed=False, detail=f"agent:{frame.agent_id}")
            raise Refused("agent_unavailable", "That colleague is not signed in.")
        # Everyone already in the call; the newcomer offers a connection to each.
        participants = [f"customer:{live.customer_id}", f"agent:{live.agent_id}",
                        *(f"agent:{g}" for g in sorted(live.guests) if g != frame.agent_id)]
        live.guests.add(frame.agent_id)
        await self.store.audit(conn.identity.ref, "conversation.invite", f"conversation:{live.id}",
                               allowed=True, detail=f"agent:{frame.agent_id}")
        messages = await self.store.messages_after(live.id, 0)
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))
        await broadcast(guest.connections, p.ConversationInvited(
            conversation_id=live.id, customer_id=live.customer_id, customer_name=live.customer_name,
            channel=live.channel, language=live.language, topic=live.topic,  # type: ignore[arg-type]
            invited_by=self.agents[int(conn.identity.user_id)].display_name,
            participants=participants, messages=[chat_frame(m) for m in messages],
        ))
        await self._post(live, "system", "", SystemEvent(EventCode.JOINED, guest.display_name).text)

    async def _on_leave(self, conn: Connection, frame: p.ConversationLeave) -> None:
        live = self.conversations.get(frame.conversation_id)
        agent_id = int(conn.identity.user_id)
        if live is None or agent_id not in live.guests:
            await self.store.audit(conn.identity.ref, "conversation.leave",
                                   f"conversation:{frame.conversation_id}", allowed=False)
            raise Refused("forbidden", "You are not a guest in that conversation.")
        live.guests.discard(agent_id)
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))

    async def _on_agent_state(self, conn: Connection, frame: p.SetAgentState) -> None:
        presence = self.agents[int(conn.identity.user_id)]
        key = str(presence.agent_id)
        current = self.router.agent_state(key)
        limit = None if frame.channels is None else frozenset(frame.channels)
        if frame.state == "available" and limit != self._channel_limits.get(presence.agent_id):
            # New skills mean signing in again, which would requeue held contacts.
            if current is not AgentState.OFFLINE and self.router.agent_contacts(key):
                raise Refused("has_contacts", "Finish your conversations before changing channels.")
            if limit is None:
                self._channel_limits.pop(presence.agent_id, None)
            else:
                self._channel_limits[presence.agent_id] = limit
            current = AgentState.OFFLINE  # sign in below with the new skills
        if frame.state == "offline":
            if current is not AgentState.OFFLINE:
                self.router.sign_out(key)
        elif current is AgentState.OFFLINE:
            self.router.sign_in(key, self._serving_skills(presence), available=frame.state == "available")
        else:
            if frame.state == "available" and current is AgentState.WRAP_UP:
                self.router.end_wrap_up(key)
            self.router.set_presence(key, AgentState(frame.state))
        await self._pump()
        await conn.send(p.Ack(ref=frame.id))

    def _serving_skills(self, presence: AgentPresence) -> Skills:
        skills = skills_of(presence.skills)
        limit = self._channel_limits.get(presence.agent_id)
        if limit is None:
            return skills
        return Skills(skills.languages, skills.topics,
                      frozenset(c for c in skills.channels if c.value in limit))

    async def _on_offer_accept(self, conn: Connection, frame: p.OfferAccept) -> None:
        agent_id = int(conn.identity.user_id)
        offer = self.offers.get(frame.offer_id)
        if offer is None or offer.agent_id != str(agent_id):
            raise Refused("offer_gone", "That offer is no longer open.")
        if self.cluster is not None and not await self.cluster.confirm_accept(offer):
            raise Refused("offer_gone", "That offer is no longer open.")
        try:
            self.router.accept(frame.offer_id)
        except OfferGone:
            raise Refused("offer_gone", "That offer is no longer open.") from None
        live = self.conversations[offer.contact_id]
        presence = self.agents[agent_id]
        live.state, live.agent_id, live.assigned_at = "active", agent_id, self.clock()
        assigned = self.store.assign_future(live.id, agent_id, live.assigned_at)
        joined = self.store.message_future(live.id, sender="system", sender_ref="system", sender_name="",
                                           text=SystemEvent(EventCode.JOINED, presence.display_name).text)
        _, (stored, _) = await _both(assigned, joined)
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))
        # The transcript before "joined"; that and later messages arrive live.
        await broadcast(presence.connections, await self._assigned_frame(live, before_seq=stored.seq))
        await self._deliver_message(live, stored)
        await self._deliver(live, self._state_frame(live))

    async def _on_offer_decline(self, conn: Connection, frame: p.OfferDecline) -> None:
        offer = self.offers.get(frame.offer_id)
        if offer is None or offer.agent_id != conn.identity.user_id:
            raise Refused("offer_gone", "That offer is no longer open.")
        try:
            self.router.decline(frame.offer_id)
        except OfferGone:
            raise Refused("offer_gone", "That offer is no longer open.") from None
        await conn.send(p.Ack(ref=frame.id))

    async def _on_end(self, conn: Connection, frame: p.ConversationEnd) -> None:
        """The agent ends with a wrap-up code; a customer may also hang up."""
        live = await self._conversation_for(conn.identity, frame.conversation_id, "conversation.end")
        by_customer = conn.identity.role == "customer"
        # A customer may also close a chat that is still with the bot.
        endable = ("active", "bot", "new") if by_customer else ("active",)
        if live.state not in endable:
            raise Refused("bad_state", "Only an active conversation can be ended.")
        await self._finish(live, abandoned=False, values={
            "wrap_up_code": "customer_ended" if by_customer else frame.wrap_up_code,
            "wrap_up_note": None if by_customer else frame.note,
        })
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))

    async def _finish(self, live: LiveConversation, *, abandoned: bool,
                      values: dict[str, Any] | None = None) -> None:
        presence = self.agents.get(live.agent_id) if live.agent_id and live.state == "active" else None
        # The "ended" message and the conversation's end (and ``values``) in one commit.
        updated = self.store.update_conversation_future(live.id, state="ended", ended_at=self.clock(),
                                                        abandoned=abandoned, **(values or {}))
        ended = self.store.message_future(live.id, sender="system", sender_ref="system", sender_name="",
                                          text=SystemEvent(EventCode.ENDED).text)
        _, (stored, _) = await _both(updated, ended)
        await self._deliver_message(live, stored)
        live.state = "ended"
        await self._deliver(live, self._state_frame(live))
        if presence is not None:
            await broadcast(presence.connections, self._state_frame(live))
            with contextlib.suppress(RoutingError):
                self.router.finish(live.id)
        await broadcast(self.customers.get(live.customer_id, set()),
                        p.FeedbackRequest(conversation_id=live.id))
        if self.cluster is not None:
            self.cluster.finished(live, live.agent_id)
        self.conversations.pop(live.id, None)
        self._last_position.pop(live.id, None)
        self.store.untrack(live.id)
        self._forget_bot(live.id)

    def _forget_bot(self, conversation_id: str) -> None:
        forget = getattr(self.bot, "forget", None)
        if forget is not None:
            forget(conversation_id)

    async def _on_transfer(self, conn: Connection, frame: p.ConversationTransfer) -> None:
        live = await self._conversation_for(conn.identity, frame.conversation_id, "conversation.transfer")
        if (frame.queue is None) == (frame.agent_id is None):
            raise Refused("invalid_frame", "Transfer to a queue or to an agent, not both.")
        target = None
        if frame.queue is not None:
            target = queue_key(frame.queue.channel, frame.queue.language, frame.queue.topic)
            if target not in self.catalog:
                raise Refused("unknown_queue", "There is no such queue.")
        presence = self.agents[int(conn.identity.user_id)]
        try:
            self.router.transfer(live.id, to_queue=target,
                                 to_agent=str(frame.agent_id) if frame.agent_id else None, note=frame.note)
        except RoutingError:
            raise Refused("agent_unavailable", "That service expert cannot take a transfer now.") from None
        live.context.setdefault("transfers", []).append(
            {"from": presence.display_name, "note": frame.note, "at": self.clock().isoformat()}
        )
        await self.store.update_conversation(live.id, handoff_context=live.context)
        await self._post(live, "system", "", SystemEvent(EventCode.TRANSFER, frame.note).text)
        # The router's events (requeued, or a direct offer) do the rest in _pump.
        live.state, live.agent_id = "queued", None
        await broadcast(presence.connections, p.ConversationStatus(
            conversation_id=live.id, state="ended", channel=live.channel,  # type: ignore[arg-type]
            language=live.language, topic=live.topic))  # type: ignore[arg-type]
        await self._deliver(live, self._state_frame(live))
        live.guests.clear()
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))

    async def _on_services_query(self, conn: Connection, frame: p.ServicesQuery) -> None:
        if self._catalog_frame is None:
            self._catalog_frame = services_catalog(self.catalog)
        await conn.send(self._catalog_frame.model_copy(update={"id": frame.id}))

    async def _on_history_search(self, conn: Connection, frame: p.HistorySearch) -> None:
        await self.store.audit(conn.identity.ref, "history.search", f"customer:{frame.customer_ref}",
                               allowed=True)
        rows = await self.store.customer_conversations(frame.customer_ref)
        names = await self.store.agent_names({c.agent_id for c in rows if c.agent_id})
        items = [
            p.HistoryItem(conversation_id=c.id, channel=c.channel, language=c.language, topic=c.topic,  # type: ignore[arg-type]
                          started_at=c.created_at, ended_at=c.ended_at,
                          agent_name=names.get(c.agent_id) if c.agent_id else None,
                          wrap_up_code=c.wrap_up_code)
            for c in rows
        ]
        await conn.send(p.HistoryResults(id=frame.id, customer_ref=frame.customer_ref, conversations=items))

    async def _on_history_open(self, conn: Connection, frame: p.HistoryOpen) -> None:
        if not await self._may_read(conn.identity, frame.conversation_id, audit_action="history.open"):
            raise Refused("not_found", "No such conversation.")
        conv = await self.store.conversation(frame.conversation_id)
        assert conv is not None
        customer = await self.store.customer(conv.customer_id)
        names = await self.store.agent_names({conv.agent_id} if conv.agent_id else set())
        messages = await self.store.messages_after(conv.id, 0)
        await conn.send(p.HistoryTranscript(
            id=frame.id, conversation_id=conv.id, customer_id=conv.customer_id,
            customer_name=customer.display_name if customer else "",
            channel=conv.channel, language=conv.language, topic=conv.topic,  # type: ignore[arg-type]
            started_at=conv.created_at, ended_at=conv.ended_at,
            agent_name=names.get(conv.agent_id) if conv.agent_id else None, wrap_up_code=conv.wrap_up_code,
            context=dict(conv.handoff_context or {}), messages=[chat_frame(m) for m in messages],
        ))

    # ------------------------------------------------------------ live queue news

    async def _queue_news(self) -> None:
        """Positions to waiting customers and summaries to agents, sent only when
        they change (the apps count waiting time up themselves)."""
        waiting_keys = set()
        for live in list(self.conversations.values()):  # sends await: the dict may change
            if live.state == "queued":
                waiting_keys.add(live.key)
            elif live.state == "offered":
                await self._send_position(live)
        for key in waiting_keys:
            for estimate in self.router.positions(key):
                live = self.conversations.get(estimate.contact_id)
                if live is not None:
                    await self._send_position(live, estimate)
        agents = [a for a in self.agents.values() if a.connections]
        if not agents:
            return
        # Each agent hears what changed: their queue rows (waiting counts tick on
        # the desktop itself) and, at most every few seconds, the colleague list.
        # Frames are built and encoded once per skill set, not once per agent.
        self._publish_colleagues(agents)
        summaries = self.router.summaries()
        encoded: dict[tuple[str, bool], tuple[object, str]] = {}
        for presence in agents:
            signature = repr(sorted(presence.skills.items()))
            last_rows, last_colleagues = self._last_snapshot.get(presence.agent_id, (None, -1))
            with_colleagues = last_colleagues != self._colleagues_version
            built = encoded.get((signature, with_colleagues))
            if built is None:
                rows = self._queue_rows(presence, summaries)
                digest = tuple((r.waiting, r.agents_available, r.open) for r in rows)
                frame = p.QueuesSnapshot(queues=rows, agents=self._colleague_list if with_colleagues else None)
                built = encoded[(signature, with_colleagues)] = (digest, p.encode(frame))
            digest, data = built
            if digest != last_rows or with_colleagues:
                self._last_snapshot[presence.agent_id] = (digest, self._colleagues_version)
                for conn in list(presence.connections):
                    await conn.send_raw(data)

    def _publish_colleagues(self, agents: list[AgentPresence]) -> None:
        """A new colleague list when someone signed in or out, or states changed a while ago."""
        ids = frozenset(a.agent_id for a in agents)
        states = tuple(sorted((a.agent_id, a.state) for a in agents))
        if states == self._colleague_states:
            return
        if ids == self._colleague_ids and time.monotonic() - self._colleagues_at < COLLEAGUES_EVERY_S:
            return
        self._colleague_ids, self._colleague_states = ids, states
        self._colleagues_at = time.monotonic()
        self._colleague_list = self._colleagues()
        self._colleagues_version += 1

    async def _send_position(self, live: LiveConversation, estimate: Any = None, force: bool = False) -> None:
        if live.state == "offered":
            position, wait = 1, 0  # an expert is being asked right now
        else:
            estimate = estimate or self.router.estimate(live.id)
            if estimate is None:
                return
            position = estimate.position
            wait = None if estimate.estimated_wait_s is None else int(estimate.estimated_wait_s)
        last = self._last_position.get(live.id)
        if not force and last is not None:
            if last[:2] == (position, wait):
                return
            # Far back in a long queue the number moves on every beat: tell the
            # customer at most every few seconds, and at once near the front.
            if position > 3 and time.monotonic() - last[2] < POSITION_EVERY_S:
                return
        self._last_position[live.id] = (position, wait, time.monotonic())
        await broadcast(self.customers.get(live.customer_id, set()), p.QueueStatus(
            conversation_id=live.id, position=position, estimated_wait_s=wait))

    def _queues_snapshot(self, presence: AgentPresence) -> p.QueuesSnapshot:
        """Everything, for an agent who just connected."""
        return p.QueuesSnapshot(queues=self._queue_rows(presence, self.router.summaries()),
                                agents=self._colleagues())

    def _queue_rows(self, presence: AgentPresence, summaries: list[Any]) -> list[p.QueueSummary]:
        """The queues this agent serves, as the queue panel shows them."""
        skills = skills_of(presence.skills)
        rows = []
        for s in summaries:
            channel, language, topic = s.queue
            if channel not in skills.channels or language not in skills.languages or topic not in skills.topics:
                continue
            rows.append(p.QueueSummary(
                queue=p.QueueKey(channel=channel.value, language=language.value, topic=topic.value),
                waiting=s.waiting, longest_wait_s=int(s.longest_wait_s), agents_available=s.agents_available,
                open=s.is_open, next_opening=None if s.is_open else s.next_opening,
            ))
        return rows

    def _colleagues(self) -> list[p.AgentSummary]:
        """Signed-in agents, for transfers and interpreter invites."""
        return [
            p.AgentSummary(agent_id=a.agent_id, display_name=a.display_name, state=a.state,
                           languages=sorted(a.skills.get("languages", {})))
            for a in self.agents.values() if a.connections
        ]
