"""Chats under load for the fault tests: HubClients on both sides, every ack and receipt tallied."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from dataclasses import dataclass, field
from typing import Any

from client_core.hub_client import HubClient, LinkState
from hub_protocol import frames as p
from service_hub.store.db import make_engine
from service_hub.store.models import Message
from service_hub.store.repo import Store
from tests.hubkit import FrameLog


def client(url: str, token: Any) -> HubClient:
    return HubClient(url, token, backoff_initial_s=0.05, backoff_max_s=0.5, request_timeout_s=10)


@dataclass
class Pair:
    conversation_id: str
    customer: HubClient
    agent: HubClient
    customer_log: FrameLog
    agent_log: FrameLog


@dataclass
class Tally:
    """Sent, acknowledged and received chat messages by client id."""

    sent: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (conversation, sender role)
    acked: set[str] = field(default_factory=set)
    errors: dict[str, str] = field(default_factory=dict)  # id -> error code

    def watch(self, c: HubClient) -> None:
        def on_frame(frame: Any) -> None:
            if isinstance(frame, p.Ack) and frame.ref in self.sent:
                self.acked.add(frame.ref)
            elif isinstance(frame, p.ErrorFrame) and frame.ref in self.sent:
                self.errors[frame.ref] = frame.code

        c.add_listener(on_frame)


def received_ids(log: FrameLog, conversation_id: str) -> list[str]:
    """Client ids of the chat messages a client got (live, replayed, or in an assigned transcript)."""
    ids = [f.client_msg_id for f in log.of(p.ChatMessage) if f.conversation_id == conversation_id]
    for a in log.of(p.ConversationAssigned):
        if a.conversation_id == conversation_id:
            ids += [m.client_msg_id for m in a.messages]
    return [i for i in ids if i]


async def wait_until(predicate: Any, timeout: float, what: str, step: float = 0.05) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        await asyncio.sleep(step)


async def serve(customer: HubClient, agent: HubClient, agent_log: FrameLog, language: str = "fi") -> Pair:
    customer_log = FrameLog(customer)
    conv = (await customer.request(p.ChatStart(language=language))).conversation_id  # type: ignore[arg-type]
    await customer.request(p.HandoffRequest(conversation_id=conv))
    offer = await agent_log.wait_for(p.Offer, conversation_id=conv, timeout=10)
    await agent.request(p.OfferAccept(offer_id=offer.offer_id))
    await agent_log.wait_for(p.ConversationAssigned, conversation_id=conv, timeout=10)
    return Pair(conv, customer, agent, customer_log, agent_log)


async def chatter(pairs: list[Pair], tally: Tally, stop: asyncio.Event, interval_s: float = 0.02) -> None:
    """Messages both ways in every pair until ``stop``; sent through the outbox like the apps do."""
    n = itertools.count()
    while not stop.is_set():
        for pair in pairs:
            i = next(n)
            sender, role = (pair.customer, "customer") if i % 2 == 0 else (pair.agent, "agent")
            mid = f"m{i:06d}"
            tally.sent[mid] = (pair.conversation_id, role)
            await sender.send_chat(pair.conversation_id, f"load {mid}", client_id=mid)
        await asyncio.sleep(interval_s)


async def stored_ids(database_url: str) -> dict[str, int]:
    """client_msg_id -> how many rows carry it, read straight from the database."""
    from sqlalchemy import func, select

    store = Store(make_engine(database_url))
    try:
        async with store.sessions() as session:
            rows = await session.execute(
                select(Message.client_msg_id, func.count()).where(Message.client_msg_id.is_not(None))
                .group_by(Message.client_msg_id))
            return {r[0]: r[1] for r in rows}
    finally:
        await store.close()


async def all_online(clients: list[HubClient], timeout: float = 20) -> None:
    await wait_until(lambda: all(c.state is LinkState.ONLINE for c in clients), timeout, "clients online")


async def close_all(clients: list[HubClient]) -> None:
    for c in clients:
        with contextlib.suppress(Exception):
            await c.close()
