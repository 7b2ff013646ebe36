"""The hub's behaviour: one handler per protocol frame, and the routing loop.

The store is the source of truth: a chat message is committed before it is
acknowledged or relayed, and queue and conversation changes are written
before anyone is told about them. What lives only in memory (presence,
offers, the ordered waiting lists) is rebuilt from the store on start.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel

from . import protocol as p
from .auth import Identity
from .bot_service import BotService
from .config import HubConfig
from .presence import AgentPresence, Connection, broadcast
from .queueing import QueueBoard, QueueCatalog, QueueTuple, Waiting, agent_has_room, agent_qualifies
from .store.models import Conversation
from .store.repo import QueueFull, Store, StoredMessage

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Refused(Exception):
    """A frame the hub will not act on; becomes an error frame, never a crash."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


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
    offer_timer: asyncio.TimerHandle | None = None

    @property
    def key(self) -> QueueTuple:
        return (self.channel, self.language, self.topic)


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
    ) -> None:
        self.config = config
        self.store = store
        self.catalog = catalog
        self.bot = bot
        self.clock = clock
        self.customers: dict[str, set[Connection]] = {}
        self.agents: dict[int, AgentPresence] = {}
        self.conversations: dict[str, LiveConversation] = {}
        self.board = QueueBoard()
        self._route_scheduled = False
        self._queue_news_scheduled = False
        self._handlers: dict[type[BaseModel], Callable[[Connection, Any], Awaitable[None]]] = {
            p.Ping: self._on_ping,
            p.ChatStart: self._on_chat_start,
            p.ChatSend: self._on_chat_send,
            p.Typing: self._on_typing,
            p.HandoffRequest: self._on_handoff_request,
            p.QueueLeave: self._on_queue_leave,
            p.FeedbackSubmit: self._on_feedback,
            p.Sync: self._on_sync,
            p.SetAgentState: self._on_agent_state,
            p.OfferAccept: self._on_offer_accept,
            p.OfferDecline: self._on_offer_decline,
            p.ConversationEnd: self._on_end,
            p.ConversationTransfer: self._on_transfer,
            p.HistorySearch: self._on_history_search,
            p.HistoryOpen: self._on_history_open,
            p.RtcSignal: self._on_rtc_signal,
        }
        self._customer_only = {p.ChatStart, p.HandoffRequest, p.QueueLeave, p.FeedbackSubmit}
        self._agent_only = {
            p.SetAgentState, p.OfferAccept, p.OfferDecline, p.ConversationEnd,
            p.ConversationTransfer, p.HistorySearch, p.HistoryOpen,
        }

    # ------------------------------------------------------------ start-up

    async def restore(self) -> None:
        """Rebuild live state after a (re)start: queues keep their order and
        agents' chats wait a grace period for the agent to reconnect."""
        for conv in await self.store.open_conversations():
            customer = await self.store.customer(conv.customer_id)
            live = self._live_from_row(conv, customer.display_name if customer else "")
            self.conversations[conv.id] = live
        for entry in await self.store.waiting_entries():
            live = self.conversations.get(entry.conversation_id)
            if live is None:
                continue
            live.state = "queued"
            self.board.add(Waiting(entry.conversation_id, (entry.channel, entry.language, entry.topic),
                                   entry.enqueued_at, entry.priority))
            if entry.state == "offered":
                await self.store.set_queue_state(entry.conversation_id, "waiting")
        for live in self.conversations.values():
            if live.state == "active" and live.agent_id is not None:
                presence = await self._presence(live.agent_id)
                (presence.video if live.channel == "video" else presence.chats).add(live.id)
                self._arm_offline_timer(presence)

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

    # ------------------------------------------------------------ connections

    async def connected(self, conn: Connection, resume: dict[str, int]) -> None:
        ident = conn.identity
        if ident.role == "customer":
            await self.store.upsert_customer(ident.user_id, ident.display_name)
            self.customers.setdefault(ident.user_id, set()).add(conn)
            await conn.send(p.Welcome(role="customer", user_id=ident.user_id,
                                      display_name=ident.display_name, server_time=self.clock()))
            for live in self.conversations.values():
                if live.customer_id == ident.user_id:
                    await conn.send(self._state_frame(live))
                    await self._replay(conn, live.id, resume.get(live.id, 0))
                    if live.state == "queued":
                        await self._send_queue_status(live.id)
        else:
            presence = await self._presence(int(ident.user_id))
            presence.connections.add(conn)
            if presence.offline_timer:
                presence.offline_timer.cancel()
                presence.offline_timer = None
            await conn.send(p.Welcome(role="agent", user_id=ident.user_id,
                                      display_name=presence.display_name, server_time=self.clock(),
                                      agent_state=presence.state))
            await conn.send(p.AgentStatus(state=presence.state, since=presence.since or self.clock()))
            for conv_id in sorted(presence.chats | presence.video):
                live = self.conversations[conv_id]
                if conv_id in resume:
                    await conn.send(self._state_frame(live))
                    await self._replay(conn, conv_id, resume[conv_id])
                else:
                    await conn.send(await self._assigned_frame(live))
            await conn.send(self._queues_snapshot(presence))
        # Anything the client asks to resume that is no longer open: replay it too,
        # so a message sent just before the end is not lost.
        for conv_id, after in resume.items():
            live = self.conversations.get(conv_id)
            if live is None and await self._may_read(ident, conv_id, audit_action=None):
                await self._replay(conn, conv_id, after)

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
        loop = asyncio.get_running_loop()
        presence.offline_timer = loop.call_later(
            self.config.agent_grace_s, lambda: asyncio.ensure_future(self._agent_gone(presence))
        )

    async def _agent_gone(self, presence: AgentPresence) -> None:
        presence.offline_timer = None
        if presence.connections:
            return
        log.info("agent %s went offline; re-queueing %d conversations",
                 presence.agent_id, len(presence.chats | presence.video))
        await self._set_agent_state(presence, "offline")
        for conv_id in list(presence.chats | presence.video):
            await self._requeue_front(self.conversations[conv_id], "The service expert lost the connection. You are back at the front of the queue.")
        for live in list(self.conversations.values()):
            if live.state == "offered" and live.agent_id == presence.agent_id:
                await self._revoke_offer(live, "timeout", back_to_queue=True)

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

    # ------------------------------------------------------------ access checks

    async def _conversation_for(self, ident: Identity, conv_id: str, action: str) -> LiveConversation:
        live = self.conversations.get(conv_id)
        allowed = live is not None and (
            (ident.role == "customer" and live.customer_id == ident.user_id)
            or (ident.role == "agent" and live.agent_id == int(ident.user_id) and live.state in ("active", "offered"))
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
        if live.agent_id is not None and live.state in ("active", "wrap_up"):
            presence = self.agents.get(live.agent_id)
            if presence:
                conns |= presence.connections
        return conns

    async def _deliver(self, live: LiveConversation, frame: BaseModel) -> None:
        await broadcast(self._participants(live), frame)

    async def _post(self, live: LiveConversation, sender: str, name: str, text: str) -> StoredMessage:
        stored, _ = await self.store.append_message(
            live.id, sender=sender, sender_ref=sender, sender_name=name, text=text
        )
        await self._deliver(live, chat_frame(stored))
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

    async def _assigned_frame(self, live: LiveConversation) -> p.ConversationAssigned:
        messages = await self.store.messages_after(live.id, 0)
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
        key = (frame.channel, frame.language, frame.topic)
        if key not in self.catalog.keys():
            raise Refused("unknown_queue", "There is no service for that language and topic.")
        live = LiveConversation(
            id=uuid.uuid4().hex, customer_id=ident.user_id, customer_name=ident.display_name,
            channel=frame.channel, language=frame.language, topic=frame.topic,
            state="bot" if frame.channel == "chat" else "new",
            context={"application_step": frame.application_step} if frame.application_step else {},
        )
        await self.store.create_conversation(
            live.id, ident.user_id, channel=live.channel, language=live.language, topic=live.topic,
            state=live.state, context=live.context,
        )
        self.conversations[live.id] = live
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))
        await self._deliver(live, self._state_frame(live))
        if live.channel == "chat":
            await self._post(live, "bot", self.bot.name, self.bot.greeting(live.language))
        await self._send_handoff_status(live)

    async def _on_chat_send(self, conn: Connection, frame: p.ChatSend) -> None:
        ident = conn.identity
        live = await self._conversation_for(ident, frame.conversation_id, "chat.send")
        if live.state in ("ended", "wrap_up"):
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
        await self._deliver(live, chat_frame(stored))
        if live.state == "bot" and sender == "customer":
            await self._bot_turn(live, frame.text)

    async def _bot_turn(self, live: LiveConversation, text: str) -> None:
        facts = self._handoff_facts(live)
        turn = await self.bot.reply(live.id, live.language, text, facts)
        for reply in turn.texts:
            await self._post(live, "bot", self.bot.name, reply)
        live.context.update(turn.context)
        await self.store.update_conversation(live.id, handoff_context=live.context)
        await self._send_handoff_status(live, suggested=turn.suggest_human)

    def _handoff_facts(self, live: LiveConversation) -> dict[str, Any]:
        now = self.clock()
        key = live.key
        waiting = sum(1 for e in self.board.entries.values() if e.key == key)
        agents_on_duty = sum(
            1 for a in self.agents.values()
            if a.state in ("available", "busy", "wrap_up") and agent_qualifies(a, key)
        )
        is_open = self.catalog.is_open(key, now)
        return {
            "open": is_open,
            "full": waiting >= self.catalog.max_waiting(key),
            "agents_on_duty": agents_on_duty,
            "next_opening": self.catalog.next_opening(key, now) if not is_open else None,
            "alternatives": self.catalog.alternatives(key),
        }

    async def _send_handoff_status(self, live: LiveConversation, *, suggested: bool = False) -> None:
        facts = self._handoff_facts(live)
        if not facts["open"]:
            reason = "closed"
        elif facts["full"]:
            reason = "full"
        elif facts["agents_on_duty"] == 0:
            reason = "no_agents"
        else:
            reason = "open"
        await self._deliver(live, p.HandoffStatus(
            conversation_id=live.id, available=reason == "open", reason=reason,  # type: ignore[arg-type]
            suggested=suggested and reason == "open",
            next_opening=facts["next_opening"], alternatives=facts["alternatives"],
        ))

    async def _on_handoff_request(self, conn: Connection, frame: p.HandoffRequest) -> None:
        live = await self._conversation_for(conn.identity, frame.conversation_id, "handoff.request")
        if live.state not in ("bot", "new"):
            raise Refused("bad_state", "This conversation is already with the service.")
        facts = self._handoff_facts(live)
        if not facts["open"]:
            raise Refused("queue_closed", "The service is closed now.")
        if live.channel == "chat" and facts["agents_on_duty"] == 0:
            raise Refused("no_agents", "No service expert is on duty right now.")
        if frame.precheck is not None:
            live.precheck = frame.precheck
            await self.store.update_conversation(live.id, precheck=frame.precheck)
        live.context.setdefault("reason", "asked")
        live.context.setdefault("language", live.language)
        live.context["handoff_at"] = self.clock().isoformat()
        try:
            entry = await self.store.enqueue(
                live.id, channel=live.channel, language=live.language, topic=live.topic,
                max_waiting=self.catalog.max_waiting(live.key), enqueued_at=self.clock(),
            )
        except QueueFull:
            raise Refused("queue_full", "The queue is full right now; please try again later.") from None
        await self.store.update_conversation(live.id, handoff_context=live.context,
                                             handoff_reason=live.context["reason"])
        live.state = "queued"
        self._forget_bot(live.id)
        self.board.add(Waiting(live.id, live.key, entry.enqueued_at, entry.priority))
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))
        await self._post(live, "system", "", "handoff")
        await self._deliver(live, self._state_frame(live))
        self._schedule_route()
        self._schedule_queue_news()

    async def _on_queue_leave(self, conn: Connection, frame: p.QueueLeave) -> None:
        live = await self._conversation_for(conn.identity, frame.conversation_id, "queue.leave")
        if live.state not in ("queued", "offered"):
            raise Refused("bad_state", "You are not in the queue.")
        if live.state == "offered":
            await self._revoke_offer(live, "customer_left", back_to_queue=False)
        self.board.remove(live.id)
        await self.store.set_queue_state(live.id, "left")
        await self._finish(live, abandoned=True)
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))
        self._schedule_queue_news()

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
        live = await self._conversation_for(conn.identity, frame.conversation_id, "typing")
        others = self._participants(live) - self._own_connections(conn.identity)
        await broadcast(others, p.TypingRelay(conversation_id=live.id, sender=conn.identity.role))

    def _own_connections(self, ident: Identity) -> set[Connection]:
        if ident.role == "customer":
            return self.customers.get(ident.user_id, set())
        presence = self.agents.get(int(ident.user_id))
        return presence.connections if presence else set()

    async def _on_sync(self, conn: Connection, frame: p.Sync) -> None:
        if not await self._may_read(conn.identity, frame.conversation_id, audit_action=None):
            raise Refused("forbidden", "That conversation is not yours.")
        await self._replay(conn, frame.conversation_id, frame.after_seq)
        await conn.send(p.Ack(ref=frame.id, conversation_id=frame.conversation_id))

    async def _on_rtc_signal(self, conn: Connection, frame: p.RtcSignal) -> None:
        live = await self._conversation_for(conn.identity, frame.conversation_id, "rtc.signal")
        if live.channel != "video" or live.state != "active":
            raise Refused("bad_state", "There is no video call in this conversation.")
        relay = p.RtcSignalRelay(conversation_id=live.id, sender=conn.identity.ref,
                                 kind=frame.kind, payload=frame.payload)
        targets = self._participants(live) - self._own_connections(conn.identity)
        if frame.to is not None:
            targets = {c for c in targets if c.identity.ref == frame.to}
        await broadcast(targets, relay)

    # ------------------------------------------------------------ agent frames

    async def _on_agent_state(self, conn: Connection, frame: p.SetAgentState) -> None:
        presence = self.agents[int(conn.identity.user_id)]
        state: p.AgentState = frame.state
        if state == "available" and (presence.chats or presence.video):
            state = "busy" if presence.video or len(presence.chats) >= self.config.max_chats_per_agent else "available"
        if state == "available":
            presence.missed_offers = 0
        await self._set_agent_state(presence, state)
        await conn.send(p.Ack(ref=frame.id))
        self._schedule_route()
        self._schedule_queue_news()

    async def _set_agent_state(self, presence: AgentPresence, state: p.AgentState, reason: str | None = None) -> None:
        if presence.wrap_up_timer and state != "wrap_up":
            presence.wrap_up_timer.cancel()
            presence.wrap_up_timer = None
        if presence.state != state:
            if state == "available" and presence.state != "busy":
                presence.idle_since = time.monotonic()
            presence.state = state
            presence.since = self.clock()
        await broadcast(presence.connections, p.AgentStatus(state=state, since=presence.since or self.clock(),
                                                            reason=reason))

    async def _on_offer_accept(self, conn: Connection, frame: p.OfferAccept) -> None:
        agent_id = int(conn.identity.user_id)
        live = self.conversations.get(frame.offer_id)
        if live is None or live.state != "offered" or live.agent_id != agent_id:
            raise Refused("offer_gone", "That offer is no longer open.")
        if live.offer_timer:
            live.offer_timer.cancel()
            live.offer_timer = None
        presence = self.agents[agent_id]
        presence.missed_offers = 0
        self.board.remove(live.id)
        live.state, live.assigned_at = "active", self.clock()
        (presence.video if live.channel == "video" else presence.chats).add(live.id)
        await self.store.set_queue_state(live.id, "assigned", offered_to=agent_id)
        await self.store.update_conversation(live.id, state="active", agent_id=agent_id,
                                             assigned_at=live.assigned_at)
        if presence.video or len(presence.chats) >= self.config.max_chats_per_agent:
            await self._set_agent_state(presence, "busy")
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))
        await broadcast(presence.connections, await self._assigned_frame(live))
        await self._post(live, "system", "", f"joined:{presence.display_name}")
        await self._deliver(live, self._state_frame(live))
        self._schedule_route()  # the agent may have room for more
        self._schedule_queue_news()

    async def _on_offer_decline(self, conn: Connection, frame: p.OfferDecline) -> None:
        live = self.conversations.get(frame.offer_id)
        if live is None or live.state != "offered" or live.agent_id != int(conn.identity.user_id):
            raise Refused("offer_gone", "That offer is no longer open.")
        await self._revoke_offer(live, "declined", back_to_queue=True)
        await conn.send(p.Ack(ref=frame.id))

    async def _revoke_offer(self, live: LiveConversation, reason: str, *, back_to_queue: bool) -> None:
        if live.offer_timer:
            live.offer_timer.cancel()
            live.offer_timer = None
        agent_id = live.agent_id
        live.agent_id = None
        live.state = "queued"
        entry = self.board.entries.get(live.id)
        if entry is not None:
            entry.offered_to = None
            if agent_id is not None:
                entry.declined_by.add(agent_id)
        presence = self.agents.get(agent_id) if agent_id else None
        if presence:
            await broadcast(presence.connections, p.OfferRevoked(offer_id=live.id, reason=reason))  # type: ignore[arg-type]
        if back_to_queue:
            await self.store.set_queue_state(live.id, "waiting")
            await self.store.update_conversation(live.id, state="queued", agent_id=None)
            self._schedule_route()

    async def _offer_timed_out(self, live: LiveConversation) -> None:
        live.offer_timer = None
        if live.state != "offered" or live.agent_id is None:
            return
        presence = self.agents.get(live.agent_id)
        await self._revoke_offer(live, "timeout", back_to_queue=True)
        if presence:
            presence.missed_offers += 1
            if presence.missed_offers >= self.config.missed_offers_before_away:
                await self._set_agent_state(presence, "away", reason="missed_offers")

    async def _on_end(self, conn: Connection, frame: p.ConversationEnd) -> None:
        live = await self._conversation_for(conn.identity, frame.conversation_id, "conversation.end")
        if live.state != "active":
            raise Refused("bad_state", "Only an active conversation can be ended.")
        await self.store.update_conversation(live.id, wrap_up_code=frame.wrap_up_code,
                                             wrap_up_note=frame.note)
        if live.assigned_at:
            self.board.record_handling((self.clock() - live.assigned_at).total_seconds())
        await self._finish(live, abandoned=False)
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))

    async def _finish(self, live: LiveConversation, *, abandoned: bool) -> None:
        presence = self.agents.get(live.agent_id) if live.agent_id and live.state == "active" else None
        await self._post(live, "system", "", "ended")
        live.state = "ended"
        await self.store.update_conversation(live.id, state="ended", ended_at=self.clock(),
                                             abandoned=abandoned)
        await self._deliver(live, self._state_frame(live))
        if presence is not None:
            await broadcast(presence.connections, self._state_frame(live))
            presence.chats.discard(live.id)
            presence.video.discard(live.id)
            if not presence.chats and not presence.video and presence.state in ("available", "busy"):
                await self._start_wrap_up(presence)
            elif presence.state == "busy":
                await self._set_agent_state(presence, "available")
        await broadcast(self.customers.get(live.customer_id, set()),
                        p.FeedbackRequest(conversation_id=live.id))
        self.conversations.pop(live.id, None)
        self._forget_bot(live.id)
        self._schedule_route()

    def _forget_bot(self, conversation_id: str) -> None:
        forget = getattr(self.bot, "forget", None)
        if forget is not None:
            forget(conversation_id)

    async def _start_wrap_up(self, presence: AgentPresence) -> None:
        await self._set_agent_state(presence, "wrap_up")

        async def back() -> None:
            presence.wrap_up_timer = None
            if presence.state == "wrap_up":
                await self._set_agent_state(presence, "available")
                self._schedule_route()

        presence.wrap_up_timer = asyncio.get_running_loop().call_later(
            self.config.wrap_up_timeout_s, lambda: asyncio.ensure_future(back())
        )

    async def _on_transfer(self, conn: Connection, frame: p.ConversationTransfer) -> None:
        live = await self._conversation_for(conn.identity, frame.conversation_id, "conversation.transfer")
        if live.state != "active":
            raise Refused("bad_state", "Only an active conversation can be transferred.")
        if (frame.queue is None) == (frame.agent_id is None):
            raise Refused("invalid_frame", "Transfer to a queue or to an agent, not both.")
        if frame.queue is not None:
            key = (frame.queue.channel, frame.queue.language, frame.queue.topic)
            if key not in self.catalog.keys():
                raise Refused("unknown_queue", "There is no such queue.")
            live.channel, live.language, live.topic = key
        elif frame.agent_id not in self.agents or not self.agents[frame.agent_id].connections:
            raise Refused("agent_unavailable", "That service expert is not signed in.")
        presence = self.agents[int(conn.identity.user_id)]
        live.context.setdefault("transfers", []).append(
            {"from": presence.display_name, "note": frame.note, "at": self.clock().isoformat()}
        )
        await self.store.update_conversation(live.id, channel=live.channel, language=live.language,
                                             topic=live.topic, handoff_context=live.context)
        await self._post(live, "system", "", f"transfer:{frame.note}" if frame.note else "transfer")
        presence.chats.discard(live.id)
        presence.video.discard(live.id)
        await broadcast(presence.connections, p.ConversationStatus(
            conversation_id=live.id, state="ended", channel=live.channel,  # type: ignore[arg-type]
            language=live.language, topic=live.topic))  # type: ignore[arg-type]
        await self._requeue_front(live, None, only_agent=frame.agent_id, declined_by={presence.agent_id})
        if presence.state == "busy":
            await self._set_agent_state(presence, "available")
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))

    async def _requeue_front(
        self, live: LiveConversation, notice: str | None, *, only_agent: int | None = None,
        declined_by: set[int] | None = None,
    ) -> None:
        """Back to the queue keeping the original wait: nobody loses their place."""
        presence = self.agents.get(live.agent_id) if live.agent_id else None
        if presence:
            presence.chats.discard(live.id)
            presence.video.discard(live.id)
        entry_time = self.clock()
        for e in await self.store.waiting_entries():
            if e.conversation_id == live.id:
                entry_time = e.enqueued_at
        conv = await self.store.conversation(live.id)
        if conv and conv.handed_off_at:
            entry_time = conv.handed_off_at
        live.agent_id, live.state = None, "queued"
        await self.store.enqueue(live.id, channel=live.channel, language=live.language, topic=live.topic,
                                 max_waiting=10**9, priority=1, enqueued_at=entry_time)
        await self.store.update_conversation(live.id, state="queued", agent_id=None)
        self.board.add(Waiting(live.id, live.key, entry_time, priority=1, only_agent=only_agent,
                               declined_by=set(declined_by or ())))
        if notice:
            await self._post(live, "system", "", "requeued")
        await self._deliver(live, self._state_frame(live))
        self._schedule_route()
        self._schedule_queue_news()

    async def _on_history_search(self, conn: Connection, frame: p.HistorySearch) -> None:
        await self.store.audit(conn.identity.ref, "history.search", f"customer:{frame.customer_ref}",
                               allowed=True)
        rows = await self.store.customer_conversations(frame.customer_ref)
        names = {a.agent_id: a.display_name for a in self.agents.values()}
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
        agent = await self.store.agent(conv.agent_id) if conv.agent_id else None
        messages = await self.store.messages_after(conv.id, 0)
        await conn.send(p.HistoryTranscript(
            id=frame.id, conversation_id=conv.id, customer_id=conv.customer_id,
            customer_name=customer.display_name if customer else "",
            channel=conv.channel, language=conv.language, topic=conv.topic,  # type: ignore[arg-type]
            started_at=conv.created_at, ended_at=conv.ended_at,
            agent_name=agent.display_name if agent else None, wrap_up_code=conv.wrap_up_code,
            context=dict(conv.handoff_context or {}), messages=[chat_frame(m) for m in messages],
        ))

    # ------------------------------------------------------------ routing loop

    def _schedule_route(self) -> None:
        # Coalesce bursts of events into one routing pass on the next loop turn.
        if not self._route_scheduled:
            self._route_scheduled = True
            asyncio.get_running_loop().call_soon(lambda: asyncio.ensure_future(self._route()))

    async def _route(self) -> None:
        self._route_scheduled = False
        # Decisions are made and marked in one synchronous step, so a routing
        # pass that starts while another awaits the store cannot offer the
        # same customer twice or give one agent two offers.
        now = self.clock()
        offered_agents = {c.agent_id for c in self.conversations.values() if c.state == "offered"}
        candidates = [a for a in self.agents.values() if a.connections and a.agent_id not in offered_agents]
        decided = []
        for entry, presence in self.board.pick_offers(candidates, self.config.max_chats_per_agent):
            live = self.conversations.get(entry.conversation_id)
            if live is None or (not self.catalog.is_open(entry.key, now) and entry.priority == 0):
                continue
            entry.offered_to = presence.agent_id
            live.state, live.agent_id = "offered", presence.agent_id
            live.offer_timer = asyncio.get_running_loop().call_later(
                self.config.offer_timeout_s, lambda lv=live: asyncio.ensure_future(self._offer_timed_out(lv))
            )
            decided.append((entry, live, presence))
        for entry, live, presence in decided:
            await self.store.set_queue_state(live.id, "offered", offered_to=presence.agent_id)
            await broadcast(presence.connections, p.Offer(
                offer_id=live.id, conversation_id=live.id, channel=live.channel,  # type: ignore[arg-type]
                language=live.language, topic=live.topic,  # type: ignore[arg-type]
                waited_s=int((now - entry.enqueued_at).total_seconds()),
                expires_in_s=int(self.config.offer_timeout_s), context=live.context, precheck=live.precheck,
            ))
        self._schedule_queue_news()

    def _schedule_queue_news(self) -> None:
        if not self._queue_news_scheduled:
            self._queue_news_scheduled = True
            asyncio.get_running_loop().call_later(0.2, lambda: asyncio.ensure_future(self._queue_news()))

    async def _queue_news(self) -> None:
        """Positions to waiting customers and queue summaries to agents, throttled."""
        self._queue_news_scheduled = False
        for conv_id in list(self.board.entries):
            await self._send_queue_status(conv_id)
        for presence in self.agents.values():
            if presence.connections:
                await broadcast(presence.connections, self._queues_snapshot(presence))

    async def _send_queue_status(self, conv_id: str) -> None:
        live = self.conversations.get(conv_id)
        if live is None or conv_id not in self.board.entries:
            return
        position = self.board.position(conv_id)
        serving = sum(1 for a in self.agents.values()
                      if a.state in ("available", "busy", "wrap_up") and agent_qualifies(a, live.key))
        slots = 1 if live.channel == "video" else self.config.max_chats_per_agent
        await broadcast(self.customers.get(live.customer_id, set()), p.QueueStatus(
            conversation_id=conv_id, position=position,
            estimated_wait_s=self.board.estimated_wait_s(position, serving, slots) if serving else None,
        ))

    def _queues_snapshot(self, presence: AgentPresence) -> p.QueuesSnapshot:
        now = self.clock()
        summaries = []
        for key in self.catalog.keys():
            if presence.skills and not agent_qualifies(presence, key):
                continue
            waiting = self.board.ordered(key)
            is_open = self.catalog.is_open(key, now)
            summaries.append(p.QueueSummary(
                queue=p.QueueKey(channel=key[0], language=key[1], topic=key[2]),  # type: ignore[arg-type]
                waiting=len(waiting),
                longest_wait_s=int((now - waiting[0].enqueued_at).total_seconds()) if waiting else 0,
                agents_available=sum(1 for a in self.agents.values()
                                     if agent_qualifies(a, key) and agent_has_room(a, key[0], self.config.max_chats_per_agent)),
                open=is_open, next_opening=None if is_open else self.catalog.next_opening(key, now),
            ))
        colleagues = [
            p.AgentSummary(agent_id=a.agent_id, display_name=a.display_name, state=a.state,
                           languages=sorted(a.languages))
            for a in self.agents.values() if a.connections and a.agent_id != presence.agent_id
        ]
        return p.QueuesSnapshot(queues=summaries, agents=colleagues)
