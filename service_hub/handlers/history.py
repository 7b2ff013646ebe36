"""History: an agent searches earlier conversations (by customer, name, dates,
topic, channel, expert, full text) and opens one, every read audited; a client
catches up on a conversation from a seq (sync)."""

from __future__ import annotations

from hub_protocol import frames as p

from ..core.connection import Connection
from ..core.delivery import chat_frame
from ..core.refused import Refused
from ..store.history import HistoryCriteria, search_history
from .base import Handlers


class HistoryHandlers(Handlers):
    async def search(self, conn: Connection, frame: p.HistorySearch) -> None:
        criteria = HistoryCriteria(frame.customer_ref, frame.name, frame.text, frame.date_from,
                                   frame.date_to, frame.topic, frame.channel, frame.expert)
        if criteria.empty():
            raise Refused("invalid_frame", "Give at least one search criterion.")
        subject = f"customer:{frame.customer_ref}" if frame.customer_ref else "history"
        await self.store.audit(conn.identity.ref, "history.search", subject, allowed=True,
                               detail=criteria.describe())
        rows, truncated = await search_history(self.store, criteria)
        items = [
            p.HistoryItem(conversation_id=r.conversation.id, customer_id=r.conversation.customer_id,
                          customer_name=r.customer_name, snippet=r.snippet,
                          channel=r.conversation.channel, language=r.conversation.language,  # type: ignore[arg-type]
                          topic=r.conversation.topic, started_at=r.conversation.created_at,
                          ended_at=r.conversation.ended_at, agent_name=r.agent_name,
                          wrap_up_code=r.conversation.wrap_up_code)
            for r in rows
        ]
        await conn.send(p.HistoryResults(id=frame.id, customer_ref=frame.customer_ref, conversations=items,
                                         truncated=truncated))

    async def open_transcript(self, conn: Connection, frame: p.HistoryOpen) -> None:
        if not await self.access.may_read(conn.identity, frame.conversation_id, audit_action="history.open"):
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

    async def sync(self, conn: Connection, frame: p.Sync) -> None:
        # An agent reading a conversation they do not serve is a history read: audited.
        live = self.conversations.get(frame.conversation_id)
        own = live is not None and (live.customer_id == conn.identity.user_id if conn.identity.role == "customer"
                                    else live.agent_id == int(conn.identity.user_id))
        audit = None if own or conn.identity.role == "customer" else "sync"
        if not await self.access.may_read(conn.identity, frame.conversation_id, audit_action=audit):
            raise Refused("forbidden", "That conversation is not yours.")
        await self.delivery.replay(conn, frame.conversation_id, frame.after_seq)
        await conn.send(p.Ack(ref=frame.id, conversation_id=frame.conversation_id))
