"""Frames to a conversation's participants, here and on other hub processes.

A chat message is delivered only after it committed, in seq order; the
conversation's transcript frames are built from the store.
"""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import BaseModel

from hub_protocol import frames as p

from ..auth import Identity
from ..store.repo import Store, StoredMessage
from .connection import Connection, broadcast
from .coordinator import Coordinator
from .live import LiveConversation
from .roster import AgentPresence, Roster


def chat_frame(m: StoredMessage) -> p.ChatMessage:
    return p.ChatMessage(
        conversation_id=m.conversation_id, seq=m.seq, sender=m.sender,  # type: ignore[arg-type]
        sender_name=m.sender_name, text=m.text, sent_at=m.sent_at, client_msg_id=m.client_msg_id,
        attachment=p.AttachmentInfo(**m.attachment) if m.attachment else None,
    )


def state_frame(live: LiveConversation, agents: Mapping[int, AgentPresence]) -> p.ConversationStatus:
    agent = agents.get(live.agent_id) if live.agent_id else None
    return p.ConversationStatus(
        conversation_id=live.id, state=live.state, channel=live.channel,  # type: ignore[arg-type]
        language=live.language, topic=live.topic,  # type: ignore[arg-type]
        agent_name=agent.display_name if agent and live.state == "active" else None,
    )


class Delivery:
    def __init__(self, store: Store, roster: Roster, coordinator: Coordinator) -> None:
        self.store = store
        self.roster = roster
        self.coordinator = coordinator

    def state_frame(self, live: LiveConversation) -> p.ConversationStatus:
        return state_frame(live, self.roster.agents)

    async def assigned_frame(self, live: LiveConversation,
                             before_seq: int | None = None) -> p.ConversationAssigned:
        """The conversation with its transcript (before ``before_seq``), for its agent."""
        messages = await self.store.messages_after(live.id, 0)
        if before_seq is not None:
            messages = [m for m in messages if m.seq < before_seq]
        return p.ConversationAssigned(
            conversation_id=live.id, customer_id=live.customer_id, customer_name=live.customer_name,
            channel=live.channel, language=live.language, topic=live.topic,  # type: ignore[arg-type]
            context=live.context, precheck=live.precheck, messages=[chat_frame(m) for m in messages],
        )

    async def deliver(self, live: LiveConversation, frame: BaseModel) -> None:
        await broadcast(self.roster.participants(live), frame)
        self.coordinator.deliver(live, frame)

    async def relay(self, live: LiveConversation, frame: BaseModel, sender: Identity,
                    to: str | None = None) -> None:
        """A participant's frame (typing, signaling) to the others; ``to``: to that one only."""
        targets = (self.roster.participants(live) - self.roster.own_connections(sender)
                   - self.roster.monitor_connections(live))
        if to is not None:
            targets = {c for c in targets if c.identity.ref == to}
        await broadcast(targets, frame)
        self.coordinator.deliver(live, frame, exclude=sender.ref, to=to)

    async def deliver_message(self, live: LiveConversation, stored: StoredMessage) -> None:
        """A committed chat message to everyone in the conversation (on every process, in seq order)."""
        await self.coordinator.deliver_message(live, stored)

    async def post(self, live: LiveConversation, sender: str, name: str, text: str) -> StoredMessage:
        """A bot or system message. System texts are event codes the apps translate
        (``hub_protocol.events``): handoff, joined:<name>, transfer[:note], requeued, ended."""
        stored, _ = await self.store.append_message(
            live.id, sender=sender, sender_ref=sender, sender_name=name, text=text
        )
        await self.deliver_message(live, stored)
        return stored

    async def replay(self, conn: Connection, conv_id: str, after_seq: int) -> None:
        for m in await self.store.messages_after(conv_id, after_seq):
            await conn.send(chat_frame(m))
