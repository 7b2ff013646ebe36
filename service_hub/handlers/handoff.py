"""Handoff: a customer asks for a human and waits in the queue (or leaves
it); a serving agent transfers the conversation to a queue or a colleague."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

from hub_protocol import frames as p
from hub_protocol.events import EventCode, SystemEvent

from ..core.admission import ADMISSION_REFUSALS
from ..core.connection import Connection
from ..core.live import LiveConversation, queue_key
from ..core.refused import Refused
from ..routing import AdmissionReason
from ..store.repo import QueueFull, StoredMessage
from .base import Handlers


class HandoffHandlers(Handlers):
    async def request(self, conn: Connection, frame: p.HandoffRequest) -> None:
        live = await self.access.conversation_for(conn.identity, frame.conversation_id, "handoff.request")
        await self.access.identified_for(conn.identity, "video" if live.channel == "video" else "handoff")
        if live.state not in ("bot", "new"):
            raise Refused("bad_state", "This conversation is already with the service.")
        admission = self.admissions.admission(live.key)
        if not admission.ok:
            raise Refused(*ADMISSION_REFUSALS[admission.reason])  # type: ignore[index]
        # Claimed before the first await: the same request again on another
        # connection (a resend after a reconnect) gets bad_state, not a second enqueue.
        prior_state, live.state = live.state, "queued"
        now = self.clock()
        try:
            announced = await self._enqueue(live, frame, now)
        except BaseException:
            live.state = prior_state
            await self.coordinator.enqueue_failed(live)
            raise
        self.bot.forget(live.id)
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))
        await self.delivery.deliver_message(live, announced)
        await self.delivery.deliver(live, self.delivery.state_frame(live))
        admitted = self.coordinator.enqueued(live, now.timestamp())
        if not admitted.ok:  # the last place went in between: give it back
            await self.store.set_queue_state(live.id, "left")
            await self.ending.finish(live, abandoned=True)
            raise Refused(*ADMISSION_REFUSALS[admitted.reason])  # type: ignore[index]
        await self.pump.pump()
        await self.news.send_position(live, force=True)

    async def _enqueue(self, live: LiveConversation, frame: p.HandoffRequest, now: datetime) -> StoredMessage:
        """The queue entry, the conversation's handoff values and the "handoff"
        message in one commit; returns that message. The store's count is the
        one that holds across hub processes: a full queue refuses (and then
        the message is not written)."""
        extra: dict[str, Any] = {}
        if frame.precheck is not None:
            live.precheck = frame.precheck
            extra["precheck"] = frame.precheck
        # A video appointment is booked as such; "asked for a person" is the chat's reason.
        live.context.setdefault("reason", "video" if live.channel == "video" else "asked")
        live.context.setdefault("language", live.language)
        live.context["handoff_at"] = now.isoformat()
        enqueued = self.store.enqueue_future(
            live.id, channel=live.channel, language=live.language, topic=live.topic,
            max_waiting=self.catalog[live.key].max_waiting, enqueued_at=now,
            conversation_values={"handoff_context": live.context,
                                 "handoff_reason": live.context["reason"], **extra},
        )
        announced = self.store.message_future(live.id, sender="system", sender_ref="system",
                                              sender_name="", text=SystemEvent(EventCode.HANDOFF).text,
                                              unless_refused=enqueued)
        await self.coordinator.enqueuing(live, now.timestamp())
        outcome = await asyncio.gather(enqueued, announced, return_exceptions=True)
        for result in outcome:
            if isinstance(result, QueueFull):
                raise Refused(*ADMISSION_REFUSALS[AdmissionReason.FULL])
            if isinstance(result, BaseException):
                raise result
        return outcome[1][0]

    async def leave_queue(self, conn: Connection, frame: p.QueueLeave) -> None:
        live = await self.access.conversation_for(conn.identity, frame.conversation_id, "queue.leave")
        if live.state not in ("queued", "offered"):
            raise Refused("bad_state", "You are not in the queue.")
        self.router.leave(live.id)
        await self.pump.pump()
        await self.store.set_queue_state(live.id, "left")
        await self.ending.finish(live, abandoned=True)
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))

    async def transfer(self, conn: Connection, frame: p.ConversationTransfer) -> None:
        live = await self.access.conversation_for(conn.identity, frame.conversation_id, "conversation.transfer")
        if (frame.queue is None) == (frame.agent_id is None):
            raise Refused("invalid_frame", "Transfer to a queue or to an agent, not both.")
        target = None
        if frame.queue is not None:
            target = queue_key(frame.queue.channel, frame.queue.language, frame.queue.topic)
            if target not in self.catalog:
                raise Refused("unknown_queue", "There is no such queue.")
        presence = self.roster.agents[int(conn.identity.user_id)]
        await self.transfers.transfer(live, presence, to_queue=target, to_agent=frame.agent_id, note=frame.note)
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))
