"""Chat: a conversation starts (with the bot for a chat), messages and typing
are relayed, and the bot takes its turn after each customer message."""

from __future__ import annotations

import uuid

from hub_protocol import frames as p

from ..core.connection import Connection
from ..core.live import LiveConversation, queue_key
from ..core.refused import Refused
from ..core.writes import both
from ..store.models import Conversation
from .base import Handlers


class ChatHandlers(Handlers):
    async def start(self, conn: Connection, frame: p.ChatStart) -> None:
        ident = conn.identity
        await self.access.identified_for(ident, "video" if frame.channel == "video" else "chat")
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
        self.coordinator.opening(live)
        # The conversation row and the bot's greeting go into one commit.
        created = self.store.create_conversation_future(Conversation(
            id=live.id, customer_id=ident.user_id, channel=live.channel, language=live.language,
            topic=live.topic, state=live.state, handoff_context=live.context, created_at=live.created_at,
            last_seq=0, abandoned=False,
        ))
        greeting = (self.store.message_future(live.id, sender="bot", sender_ref="bot", sender_name=self.bot.name,
                                              text=self.bot.greeting(live.language), unless_refused=created)
                    if live.channel == "chat" else None)
        try:
            if greeting is None:
                await created
            else:
                _, (greeted, _) = await both(created, greeting)
        except BaseException:
            self.store.untrack(live.id)  # its transcript, if opening kept one in memory
            raise
        self.conversations.add(live)
        self.coordinator.opened(live)
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))
        await self.delivery.deliver(live, self.delivery.state_frame(live))
        if greeting is not None:
            await self.delivery.deliver_message(live, greeted)
        await self.admissions.send_handoff_status(live)

    async def send(self, conn: Connection, frame: p.ChatSend) -> None:
        ident = conn.identity
        live = await self.access.conversation_for(ident, frame.conversation_id, "chat.send", guests=True)
        if live.state == "ended":
            raise Refused("conversation_ended", "This conversation has ended.")
        sender = ident.role
        name = ident.display_name if sender == "customer" else self.roster.agents[int(ident.user_id)].display_name
        stored, new = await self.store.append_message(
            live.id, sender=sender, sender_ref=ident.ref, sender_name=name, text=frame.text,
            client_msg_id=frame.id,
        )
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id, seq=stored.seq))
        if not new:
            return  # a resend after a reconnect: stored and relayed the first time
        await self.delivery.deliver_message(live, stored)
        if live.state == "bot" and sender == "customer":
            await self._bot_turn(live, frame.text)

    async def _bot_turn(self, live: LiveConversation, text: str) -> None:
        # Before the bot's first turn the context holds only what chat.start said.
        form_step = live.context.get("application_step") if live.bot_state is None else None
        turn = await self.bot.reply(live.id, live.language, text, self.admissions.handoff_facts(live),
                                    state=live.bot_state, form_step=form_step)
        for reply in turn.texts:
            await self.delivery.post(live, "bot", self.bot.name, reply)
        live.context.update(turn.context)
        live.bot_state = turn.state
        await self.store.update_conversation(live.id, handoff_context=live.context, bot_state=live.bot_state)
        await self.admissions.send_handoff_status(live, suggested=turn.suggest_human)

    async def typing(self, conn: Connection, frame: p.Typing) -> None:
        live = await self.access.conversation_for(conn.identity, frame.conversation_id, "typing",
                                                  guests=True)
        await self.delivery.relay(live, p.TypingRelay(conversation_id=live.id, sender=conn.identity.role),
                                  conn.identity)
