"""Closing: the agent ends a conversation with a wrap-up code (a customer may
hang up), and the customer gives feedback and may save a transcript afterwards."""

from __future__ import annotations

from typing import Any

from hub_protocol import frames as p
from hub_protocol.events import EventCode, SystemEvent

from ..core.connection import Connection
from ..core.refused import Refused
from .base import Handlers


class ClosingHandlers(Handlers):
    async def end(self, conn: Connection, frame: p.ConversationEnd) -> None:
        live = await self.access.conversation_for(conn.identity, frame.conversation_id, "conversation.end")
        by_customer = conn.identity.role == "customer"
        # A customer may also close a chat that is still with the bot.
        endable = ("active", "bot", "new") if by_customer else ("active",)
        if live.state not in endable:
            raise Refused("bad_state", "Only an active conversation can be ended.")
        await self.ending.finish(live, abandoned=False, values={
            "wrap_up_code": "customer_ended" if by_customer else frame.wrap_up_code,
            "wrap_up_note": None if by_customer else frame.note,
        })
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))

    async def _own_ended(self, conn: Connection, conversation_id: str, action: str) -> Any:
        conv = await self.store.conversation(conversation_id)
        if conv is None or conv.customer_id != conn.identity.user_id:
            await self.store.audit(conn.identity.ref, action, f"conversation:{conversation_id}", allowed=False)
            raise Refused("forbidden", "That conversation is not yours.")
        if conv.state != "ended":
            raise Refused("bad_state", "Only an ended conversation.")
        return conv

    async def feedback(self, conn: Connection, frame: p.FeedbackSubmit) -> None:
        conv = await self._own_ended(conn, frame.conversation_id, "feedback.submit")
        if not frame.skipped and frame.rating is None:
            raise Refused("invalid_frame", "Give a rating from 1 to 5, or skip.")
        if not await self.store.save_feedback(conv.id, frame.rating, frame.comment, frame.skipped):
            raise Refused("duplicate", "Feedback for this conversation was already given.")
        await conn.send(p.Ack(ref=frame.id, conversation_id=conv.id))

    async def transcript_saved(self, conn: Connection, frame: p.TranscriptSaved) -> None:
        """Noted in the conversation, so whoever reads it later knows the customer has a copy."""
        conv = await self._own_ended(conn, frame.conversation_id, "transcript.saved")
        stored, _ = await self.store.message_future(
            conv.id, sender="system", sender_ref="system", sender_name="",
            text=SystemEvent(EventCode.TRANSCRIPT, frame.language).text)
        await conn.send(p.Ack(ref=frame.id, conversation_id=conv.id, seq=stored.seq))
