"""One hub process: nobody else to ask, tell or claim from.

This process routes every waiting customer; the queue row's state is written
here; a conversation created here keeps its transcript in the store's memory
(no other process writes to it).
"""

from __future__ import annotations

import asyncio
from typing import Any

from pydantic import BaseModel

from ..core.connection import broadcast
from ..core.coordinator import Coordinator, RoutingTurns
from ..core.delivery import chat_frame
from ..core.live import LiveConversation
from ..core.state import HubState
from ..core.writes import log_failure
from ..routing import Admission, Offer, QueueKey
from ..store.repo import StoredMessage


class LocalCoordinator(Coordinator):
    def __init__(self, state: HubState) -> None:
        self.store = state.store
        self.router = state.router
        self.conversations = state.conversations
        self.roster = state.roster

    async def start(self, routing: RoutingTurns) -> None:
        """Waiting customers keep their place and wait time (an offer made
        before the restart is void); served ones wait for their agent."""
        for conv in await self.store.open_conversations():
            customer = await self.store.customer(conv.customer_id)
            self.conversations.add(LiveConversation.from_row(conv, customer.display_name if customer else ""))
        for entry in await self.store.waiting_entries():
            live = self.conversations.get(entry.conversation_id)
            if live is None:
                continue
            live.state, live.agent_id = "queued", None
            if entry.state == "offered":
                await self.store.set_queue_state(live.id, "waiting")
            self.router.restore_waiting(live.id, live.key, entry.enqueued_at.timestamp(),
                                        front=entry.priority > 0)
        for live in self.conversations:
            if live.state == "active" and live.agent_id is not None:
                self.conversations.awaiting_agent.setdefault(live.agent_id, []).append(live)
        self.router.drain_events()  # nobody is connected yet to be told

    async def stop(self) -> None:
        return None

    def opening(self, live: LiveConversation) -> None:
        self.store.track(live.id)  # only this process writes to it: transcript in memory

    def opened(self, live: LiveConversation) -> None:
        return None

    def finished(self, live: LiveConversation) -> None:
        return None

    async def load_customer(self, customer_id: str) -> None:
        return None

    async def load_agent(self, agent_id: int) -> list[LiveConversation]:
        return []

    def start_claim(self, offer: Offer) -> asyncio.Future[Any] | None:
        return None

    async def claimed(self, offer: Offer, live: LiveConversation | None,
                      claim: asyncio.Future[Any]) -> LiveConversation | None:
        return live  # never asked: no claims are started here

    def offer_shown(self, live: LiveConversation, agent_id: int) -> None:
        # Not awaited: a restarted hub puts offered customers back to waiting
        # anyway, and the writer keeps this before any later write of theirs.
        log_failure(self.store.set_queue_state_future(live.id, "offered", offered_to=agent_id),
                     "marking an offer")

    async def confirm_accept(self, offer: Offer) -> bool:
        return True

    async def release(self, live: LiveConversation) -> None:
        await self.store.set_queue_state(live.id, "waiting")

    async def requeue(self, live: LiveConversation, front: bool) -> bool:
        await self.store.requeue(live.id, channel=live.channel, language=live.language, topic=live.topic,
                                 front=front)
        return True

    async def enqueuing(self, live: LiveConversation, ts: float) -> None:
        return None  # routed once the enqueue committed (``enqueued``)

    async def enqueue_failed(self, live: LiveConversation) -> None:
        return None

    def enqueued(self, live: LiveConversation, ts: float) -> Admission:
        return self.router.enqueue(live.id, live.key)

    def on_duty_elsewhere(self, key: QueueKey) -> bool:
        return False

    def serving_elsewhere(self, agent_id: int) -> bool:
        return False

    def hand_over(self, agent_key: str) -> None:
        return None

    def agent_state(self, agent_id: int, state: str) -> None:
        return None

    def token_revoked(self, token_id: str, expires_at: float) -> None:
        return None

    def deliver(self, live: LiveConversation, frame: BaseModel, *,
                exclude: str | None = None, to: str | None = None) -> None:
        return None

    async def deliver_message(self, live: LiveConversation, stored: StoredMessage) -> None:
        await broadcast(self.roster.participants(live), chat_frame(stored))
