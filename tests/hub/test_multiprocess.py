"""Two hub processes on one PostgreSQL serve one set of queues.

Customers and agents are spread over both processes. Under concurrent
enqueues and agent churn (connecting, disconnecting, moving to the other
process, going away and back, declining, letting offers time out) no customer
is offered to two agents at once or served by two at once, and none is lost:
every one is served in the end. A chat between a customer on one process and
an agent on the other works both ways, in seq order, with typing, state
changes, rtc.signal and the feedback request crossing over too.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from client_core.hub_client import HubClient
from hub_protocol import frames as p
from service_hub.auth import hash_password
from service_hub.demo_idp import ensure_keypair, mint_customer_token
from service_hub.store.db import make_engine, migrate
from service_hub.store.models import QueueEntry
from service_hub.store.repo import Store
from tests.hubkit import (
    NO_POSTGRES,
    FrameLog,
    HubProcess,
    fresh_postgres_database,
    launch_hub_process,
    queue_file,
)
from tests.realparts import POSTGRES, needs

pytestmark = [
    pytest.mark.postgres,
    needs(POSTGRES, NO_POSTGRES),  # two hub processes share one PostgreSQL
]

PASSWORD = "correct horse"
SLACK_S = 0.15  # two sockets read by one test process: allow this much skew between them


async def _cluster(tmp_path: Path, agents: dict[str, dict[str, Any]], **env: str
                   ) -> tuple[str, Path, list[HubProcess]]:
    url = await fresh_postgres_database()
    data = tmp_path / "hubdata"
    data.mkdir()
    ensure_keypair(data)  # both processes verify customers with the same key
    store = Store(make_engine(url))
    await migrate(store.engine)
    password_hash = hash_password(PASSWORD)
    for username, skills in agents.items():
        await store.add_agent(username, username.title(), password_hash, skills)
    await store.close()
    full_env = {"HUB_DATABASE_URL": url, "HUB_QUEUE_CONFIG": str(queue_file(tmp_path, 500)),
                "HUB_LOG_LEVEL": "WARNING", **env}
    hubs = []
    for _ in range(2):  # one after the other: the first writes the agent-token secret
        hubs.append(await asyncio.to_thread(launch_hub_process, data, None, full_env))
    return url, data, hubs


def _stop(hubs: list[HubProcess]) -> None:
    for hp in hubs:
        hp.proc.terminate()
    for hp in hubs:
        try:
            hp.proc.wait(10)
        except Exception:
            hp.proc.kill()


async def _agent_token(hp: HubProcess, username: str) -> str:
    async with aiohttp.ClientSession() as session, session.post(
        f"{hp.http_url}/api/login", json={"username": username, "password": PASSWORD}
    ) as resp:
        body = await resp.json()
        assert resp.status == 200, body
        return body["token"]


def _client(hp: HubProcess, token: str) -> HubClient:
    return HubClient(hp.ws_url, token, backoff_initial_s=0.05, backoff_max_s=0.5)


class Ledger:
    """Intervals during which each agent held an offer of, or served, each conversation."""

    def __init__(self) -> None:
        self.offers: dict[str, list[list[Any]]] = defaultdict(list)  # conv -> [agent, start, end, offer_id]
        self.served: dict[str, list[list[Any]]] = defaultdict(list)  # conv -> [agent, start, end]
        self.served_once: set[str] = set()

    @staticmethod
    def _close(rows: list[list[Any]], agent: str, at: float, offer_id: str | None = None) -> None:
        for row in rows:
            if row[0] == agent and row[2] is None and (offer_id is None or row[3] == offer_id):
                row[2] = at

    def offer(self, agent: str, offer: p.Offer) -> None:
        self.offers[offer.conversation_id].append([agent, time.monotonic(), None, offer.offer_id])

    def offer_over(self, agent: str, conv: str, offer_id: str) -> None:
        self._close(self.offers[conv], agent, time.monotonic(), offer_id)

    def serve(self, agent: str, conv: str) -> None:
        self.served[conv].append([agent, time.monotonic(), None])
        self.served_once.add(conv)

    def serve_over(self, agent: str, conv: str) -> None:
        self._close(self.served[conv], agent, time.monotonic())

    def agent_gone(self, agent: str) -> None:
        now = time.monotonic()
        for rows in (*self.offers.values(), *self.served.values()):
            self._close(rows, agent, now)

    @staticmethod
    def overlaps(table: dict[str, list[list[Any]]]) -> list[tuple[str, list[Any], list[Any]]]:
        bad = []
        for conv, rows in table.items():
            for i, a in enumerate(rows):
                for b in rows[i + 1:]:
                    if a[0] == b[0]:
                        continue
                    a_end = a[2] if a[2] is not None else float("inf")
                    b_end = b[2] if b[2] is not None else float("inf")
                    if min(a_end, b_end) - max(a[1], b[1]) > SLACK_S:
                        bad.append((conv, a, b))
        return bad


class Agent:
    """A desktop that accepts most offers, declines or ignores some, serves briefly."""

    def __init__(self, name: str, ledger: Ledger, rng: random.Random) -> None:
        self.name, self.ledger, self.rng = name, ledger, rng
        self.client: HubClient | None = None
        self.calm = False  # end of churn: accept everything at once
        self.tasks: set[asyncio.Task[Any]] = set()

    async def connect(self, hp: HubProcess) -> None:
        self.client = _client(hp, await _agent_token(hp, self.name))
        client = self.client
        client.add_listener(lambda frame: self._on_frame(client, frame))
        await client.start()
        await client.request(p.SetAgentState(state="available"))

    async def disconnect(self) -> None:
        client, self.client = self.client, None
        if client is not None:
            self.ledger.agent_gone(self.name)
            await client.close()

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    def _on_frame(self, client: HubClient, frame: Any) -> None:
        if client is not self.client:
            return
        if isinstance(frame, p.Offer):
            self.ledger.offer(self.name, frame)
            self._spawn(self._answer(client, frame))
        elif isinstance(frame, p.OfferRevoked):
            for conv, rows in self.ledger.offers.items():
                if any(r[3] == frame.offer_id and r[0] == self.name for r in rows):
                    self.ledger.offer_over(self.name, conv, frame.offer_id)
        elif isinstance(frame, p.ConversationAssigned):
            self.ledger.serve(self.name, frame.conversation_id)
            self._spawn(self._serve(client, frame.conversation_id))
        elif isinstance(frame, p.ConversationStatus) and frame.state != "active":
            self.ledger.serve_over(self.name, frame.conversation_id)

    async def _answer(self, client: HubClient, offer: p.Offer) -> None:
        roll = 1.0 if self.calm else self.rng.random()
        await asyncio.sleep(self.rng.uniform(0.0, 0.2))
        if roll < 0.1:
            return  # let it time out
        try:
            if roll < 0.25:
                self.ledger.offer_over(self.name, offer.conversation_id, offer.offer_id)
                await client.request(p.OfferDecline(offer_id=offer.offer_id), timeout=5)
            else:
                await client.request(p.OfferAccept(offer_id=offer.offer_id), timeout=5)
                self.ledger.offer_over(self.name, offer.conversation_id, offer.offer_id)
        except Exception:
            self.ledger.offer_over(self.name, offer.conversation_id, offer.offer_id)

    async def _serve(self, client: HubClient, conv: str) -> None:
        await asyncio.sleep(self.rng.uniform(0.1, 0.6))
        try:
            self.ledger.serve_over(self.name, conv)
            await client.request(p.ConversationEnd(conversation_id=conv), timeout=5)
        except Exception:
            pass  # disconnected meanwhile: the conversation goes back to the queue


async def test_two_hubs_churn_no_double_offer_none_lost(tmp_path: Path) -> None:
    rng = random.Random(7)
    skills = {"languages": {"fi": 5}, "channels": ["chat"]}
    names = [f"agent{i}" for i in range(8)]
    url, data, hubs = await _cluster(tmp_path, dict.fromkeys(names, skills), HUB_OFFER_TIMEOUT_S="2",
                                     HUB_AGENT_GRACE_S="1", HUB_WRAP_UP_TIMEOUT_S="0.2")
    ledger = Ledger()
    agents = [Agent(n, ledger, rng) for n in names]
    customers: list[tuple[HubClient, FrameLog]] = []
    convs: list[str] = []
    private = (data / "demo-idp-private.pem").read_text()
    try:
        await asyncio.gather(*(a.connect(hubs[i % 2]) for i, a in enumerate(agents)))

        async def customer(i: int) -> None:
            await asyncio.sleep(i * 0.08)  # arrivals over about 3 s, on both processes
            client = _client(hubs[i % 2], mint_customer_token(private, f"c{i}", f"Customer {i}"))
            log = FrameLog(client)
            await client.start()
            customers.append((client, log))
            conv = (await client.request(p.ChatStart())).conversation_id
            await client.request(p.HandoffRequest(conversation_id=conv), timeout=10)
            convs.append(conv)

        async def churn() -> None:
            end = time.monotonic() + 8
            while time.monotonic() < end:
                await asyncio.sleep(rng.uniform(0.2, 0.5))
                agent = rng.choice(agents)
                move = rng.random()
                if agent.client is None:
                    await agent.connect(rng.choice(hubs))
                elif move < 0.35:  # drop; come back later, maybe on the other process
                    await agent.disconnect()
                elif move < 0.7:
                    await agent.client.request(p.SetAgentState(state="away"))
                    await asyncio.sleep(rng.uniform(0.2, 0.8))
                    if agent.client is not None:
                        await agent.client.request(p.SetAgentState(state="available"))

        await asyncio.gather(churn(), *(customer(i) for i in range(40)))
        # Calm: everybody back on duty and taking every offer.
        for i, agent in enumerate(agents):
            agent.calm = True
            if agent.client is None:
                await agent.connect(hubs[i % 2])
            else:
                await agent.client.request(p.SetAgentState(state="available"))

        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not set(convs) <= ledger.served_once:
            await asyncio.sleep(0.1)
        missing = set(convs) - ledger.served_once
        assert len(convs) == 40
        assert not missing, f"{len(missing)} customers never served: lost"
        assert not Ledger.overlaps(ledger.offers), f"offered to two agents at once: {Ledger.overlaps(ledger.offers)[:3]}"
        assert not Ledger.overlaps(ledger.served), f"served by two agents at once: {Ledger.overlaps(ledger.served)[:3]}"
        # Every customer's own view: served (state active) exactly as the agents saw.
        for _, log in customers:
            states = [f.state for f in log.of(p.ConversationStatus)]
            assert "active" in states, states
        # The store agrees: nobody is left waiting or offered.
        for _ in range(50):
            store = Store(make_engine(url))
            from sqlalchemy import select

            async with store.sessions() as session:
                left = (await session.scalars(
                    select(QueueEntry.state).where(QueueEntry.state.in_(("waiting", "offered"))))).all()
            await store.close()
            if not left:
                break
            await asyncio.sleep(0.2)
        assert not left, left
    finally:
        for agent in agents:
            for task in list(agent.tasks):
                task.cancel()
            await agent.disconnect()
        for client, _ in customers:
            await client.close()
        _stop(hubs)


async def test_chat_between_customer_on_one_hub_and_agent_on_the_other(tmp_path: Path) -> None:
    skills = {"languages": {"fi": 5}, "channels": ["chat", "video"]}
    url, data, (hub_a, hub_b) = await _cluster(tmp_path, {"anna": skills})
    private = (data / "demo-idp-private.pem").read_text()
    clients: list[HubClient] = []
    try:
        agent = _client(hub_b, await _agent_token(hub_b, "anna"))
        agent_log = FrameLog(agent)
        clients.append(agent)
        await agent.start()
        await agent.request(p.SetAgentState(state="available"))
        customer = _client(hub_a, mint_customer_token(private, "cust-a", "Maija"))
        log = FrameLog(customer)
        clients.append(customer)
        await customer.start()

        # Hub A has no agent of its own: it admits because anna is on duty on B.
        conv = (await customer.request(p.ChatStart())).conversation_id
        for attempt in range(50):  # until A has heard that anna signed in on B
            try:
                await customer.request(p.HandoffRequest(conversation_id=conv))
                break
            except Exception as exc:
                if getattr(exc, "code", None) != "no_agents" or attempt == 49:
                    raise
                await asyncio.sleep(0.1)
        offer = await agent_log.wait_for(p.Offer, conversation_id=conv, timeout=10)
        await agent.request(p.OfferAccept(offer_id=offer.offer_id))
        await agent_log.wait_for(p.ConversationAssigned, conversation_id=conv)
        status = await log.wait_for(p.ConversationStatus, conversation_id=conv, state="active")
        assert status.agent_name == "Anna"
        await log.wait_for(p.ChatMessage, conversation_id=conv, text="joined:Anna")

        # Both ways at once; each side gets every message once, in seq order.
        sends = []
        for i in range(10):
            sends.append(customer.send_chat(conv, f"asiakas {i}"))
            sends.append(agent.send_chat(conv, f"virkailija {i}"))
        await asyncio.gather(*sends)
        await agent_log.wait_for(p.ChatMessage, conversation_id=conv, text="asiakas 9")
        await log.wait_for(p.ChatMessage, conversation_id=conv, text="virkailija 9")
        await asyncio.sleep(0.3)
        for frames in (log, agent_log):
            seqs = [f.seq for f in frames.of(p.ChatMessage) if f.conversation_id == conv]
            assert seqs == sorted(set(seqs)), "duplicate or out-of-order delivery"
        store = Store(make_engine(url))
        stored = await store.messages_after(conv)
        await store.close()
        assert [m.seq for m in stored] == list(range(1, len(stored) + 1))
        customer_seqs = {f.seq for f in log.of(p.ChatMessage) if f.conversation_id == conv}
        agent_seqs = {f.seq for f in agent_log.of(p.ChatMessage) if f.conversation_id == conv}
        assert customer_seqs == {m.seq for m in stored}, "the customer missed messages"
        assert {m.seq for m in stored if m.seq >= offer_seq(stored)} <= agent_seqs
        for i in range(10):
            assert f"asiakas {i}" in log.texts(conv) and f"virkailija {i}" in agent_log.texts(conv)

        await customer.send(p.Typing(conversation_id=conv))
        await agent_log.wait_for(p.TypingRelay, conversation_id=conv, sender="customer")
        await agent.send(p.Typing(conversation_id=conv))
        await log.wait_for(p.TypingRelay, conversation_id=conv, sender="agent")

        await agent.request(p.ConversationEnd(conversation_id=conv, wrap_up_code="resolved"))
        await log.wait_for(p.ConversationStatus, conversation_id=conv, state="ended")
        await log.wait_for(p.FeedbackRequest, conversation_id=conv)
        await customer.request(p.FeedbackSubmit(conversation_id=conv, rating=5))

        # Video: signaling crosses processes too.
        vid = (await customer.request(p.ChatStart(channel="video", language="fi", topic="social_assistance"))
               ).conversation_id
        await customer.request(p.HandoffRequest(conversation_id=vid, precheck={"ok": True}))
        offer = await agent_log.wait_for(p.Offer, conversation_id=vid, timeout=10)
        await agent.request(p.OfferAccept(offer_id=offer.offer_id))
        await log.wait_for(p.ConversationStatus, conversation_id=vid, state="active")
        await customer.send(p.RtcSignal(conversation_id=vid, kind="offer", payload={"sdp": "v=0 " + "a" * 9000}))
        got = await agent_log.wait_for(p.RtcSignalRelay, conversation_id=vid)
        assert got.kind == "offer" and got.sender == "customer:cust-a" and len(got.payload["sdp"]) > 9000  # via hub_events
        await agent.send(p.RtcSignal(conversation_id=vid, kind="answer", payload={"sdp": "v=0"}))
        got = await log.wait_for(p.RtcSignalRelay, conversation_id=vid)
        assert got.kind == "answer" and got.sender == "agent:1"
        await customer.request(p.ConversationEnd(conversation_id=vid))
        await agent_log.wait_for(p.ConversationStatus, conversation_id=vid, state="ended")
    finally:
        for c in clients:
            await c.close()
        _stop([hub_a, hub_b])


def offer_seq(stored: list[Any]) -> int:
    """The seq of the agent's join message: everything from it on reached the agent live."""
    return next(m.seq for m in stored if m.text.startswith("joined:"))
