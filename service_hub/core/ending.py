"""The one way a conversation ends: wrapped up, hung up, left the queue or given back."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from typing import Any

from hub_protocol import frames as p
from hub_protocol.events import EventCode, SystemEvent

from ..bot_service import BotService
from ..routing import Router, RoutingError
from ..store.repo import Store
from .connection import broadcast
from .coordinator import Coordinator
from .delivery import Delivery
from .live import LiveConversation, LiveConversations
from .roster import Roster
from .writes import both


class Ending:
    def __init__(self, store: Store, router: Router, conversations: LiveConversations, roster: Roster,
                 delivery: Delivery, coordinator: Coordinator, bot: BotService,
                 clock: Callable[[], datetime]) -> None:
        self.store = store
        self.router = router
        self.conversations = conversations
        self.roster = roster
        self.delivery = delivery
        self.coordinator = coordinator
        self.bot = bot
        self.clock = clock

    async def finish(self, live: LiveConversation, *, abandoned: bool,
                     values: dict[str, Any] | None = None) -> None:
        """End ``live``: stored with ``values``, everyone told, its agent freed,
        the customer asked for feedback, and forgotten here."""
        presence = self.roster.agents.get(live.agent_id) if live.agent_id and live.state == "active" else None
        # The "ended" message and the conversation's end (and ``values``) in one commit.
        updated = self.store.update_conversation_future(live.id, state="ended", ended_at=self.clock(),
                                                        abandoned=abandoned, **(values or {}))
        ended = self.store.message_future(live.id, sender="system", sender_ref="system", sender_name="",
                                          text=SystemEvent(EventCode.ENDED).text, unless_refused=updated)
        _, (stored, _) = await both(updated, ended)
        await self.delivery.deliver_message(live, stored)
        live.state = "ended"
        await self.delivery.deliver(live, self.delivery.state_frame(live))
        if presence is not None:
            await broadcast(presence.connections, self.delivery.state_frame(live))
            with contextlib.suppress(RoutingError):
                self.router.finish(live.id)
        await broadcast(self.roster.customer_connections(live.customer_id),
                        p.FeedbackRequest(conversation_id=live.id))
        self.coordinator.finished(live)
        self.conversations.remove(live.id)
        self.store.untrack(live.id)
        self.bot.forget(live.id)
