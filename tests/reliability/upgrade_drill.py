"""The rolling-upgrade drill: two hub processes on one PostgreSQL behind a
load balancer, under chat load, each in turn drained (SIGTERM) and started
again, as an upgrade replaces them one at a time (docs/operations.md).

People, all through the balancer with the apps' own ``HubClient``:
- ``pairs`` chats in Finnish, served by the experts ``fi0``..; messages both
  ways every ``interval_s`` for the whole drill;
- ``waiting`` customers in the Swedish queue, which nobody serves until the
  end: their order must come through every drain;
- new Finnish customers arriving every ``arrival_s``, handed off to ``dora``,
  who accepts each offer, answers and ends the chat.

Checked (``Findings``): every acknowledged message stored once and received
by the other side (lost, duplicates); the Swedish queue's order, also when
``cara`` finally serves it; no offer id shown twice and no customer on offer
to two experts at once; every arrival served; each drained process exits 0;
how long clients were away.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import signal
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from client_core.hub_client import HubClient, HubRequestError, LinkState
from hub_protocol import frames as p
from service_hub.auth import hash_password
from service_hub.demo_idp import ensure_keypair, mint_customer_token
from service_hub.store.db import make_engine, migrate
from service_hub.store.repo import Store
from tests.hubkit import ALWAYS_OPEN_QUEUES, FrameLog, HubProcess, free_port
from tests.reliability.balancer import Balancer
from tests.reliability.chatload import Pair, Tally, chatter, received_ids, stored_ids, wait_until
from tests.security.kit import launch_hub

PASSWORD = "correct horse"


@dataclass
class DrillSettings:
    pairs: int = 4
    waiting: int = 3
    arrival_s: float = 1.0
    interval_s: float = 0.05
    rounds: int = 1  # each round drains and restarts both processes
    settle_s: float = 2.0  # load between steps
    drain_spread_s: float = 0.5


@dataclass
class Findings:
    sent: int = 0
    acked: int = 0
    lost: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)
    unacknowledged: dict[str, list[str]] = field(default_factory=dict)  # client: its link, what it still holds
    database_sessions: list[dict[str, Any]] = field(default_factory=list)  # then: who waits on whom
    queue_before: list[str] = field(default_factory=list)
    queue_after: list[str] = field(default_factory=list)
    served_in_order: list[str] = field(default_factory=list)
    offers: int = 0
    offers_shown_twice: list[str] = field(default_factory=list)
    on_offer_twice: list[str] = field(default_factory=list)
    arrivals: int = 0
    arrivals_unserved: list[str] = field(default_factory=list)
    exit_codes: list[int] = field(default_factory=list)
    drain_s: list[float] = field(default_factory=list)
    away_s: list[float] = field(default_factory=list)  # per drain: longest a client was not online


class _Offers:
    """Every offer any expert was shown, with when it ended for them."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str, float]] = []  # (agent, offer id, conversation, at)
        self.ended: dict[tuple[str, str], float] = {}  # (agent, offer id) -> revoked or answered at

    def watch(self, name: str, client: HubClient) -> None:
        def on_frame(frame: Any) -> None:
            now = time.monotonic()
            if isinstance(frame, p.Offer):
                self.shown.append((name, frame.offer_id, frame.conversation_id, now))
            elif isinstance(frame, p.OfferRevoked):
                self.ended.setdefault((name, frame.offer_id), now)

        client.add_listener(on_frame)

    def answered(self, name: str, offer_id: str) -> None:
        self.ended.setdefault((name, offer_id), time.monotonic())

    def findings(self, f: Findings) -> None:
        f.offers = len(self.shown)
        seen: set[tuple[str, str]] = set()
        for agent, offer_id, _, _ in self.shown:
            if (agent, offer_id) in seen:
                f.offers_shown_twice.append(offer_id)
            seen.add((agent, offer_id))
        spans: dict[str, list[tuple[float, float, str]]] = {}
        for agent, offer_id, conv, at in self.shown:
            spans.setdefault(conv, []).append((at, self.ended.get((agent, offer_id), float("inf")), agent))
        for conv, windows in spans.items():
            windows.sort()
            for (_, end, agent), (start, _, other) in itertools.pairwise(windows):
                if start < end and agent != other:
                    f.on_offer_twice.append(conv)


class Drill:
    def __init__(self, database_url: str, directory: Path, settings: DrillSettings) -> None:
        self.url, self.dir, self.s = database_url, directory, settings
        self.data = directory / "hubdata"
        self.ports = [free_port(), free_port()]
        self.hubs: list[HubProcess | None] = [None, None]
        self.balancer = Balancer(self.ports)
        self.clients: list[HubClient] = []
        self.tally, self.offers = Tally(), _Offers()
        self.findings = Findings()
        self.ws_url = ""
        self._private = ""
        self._names = itertools.count()

    # ------------------------------------------------------------ set-up

    async def prepare(self) -> None:
        self.data.mkdir(parents=True, exist_ok=True)
        private, _ = ensure_keypair(self.data)  # both processes: one data directory, one key
        self._private = private.read_text()
        store = Store(make_engine(self.url))
        await migrate(store.engine)
        h = hash_password(PASSWORD)
        fi = {"languages": {"fi": 5}, "channels": ["chat"]}
        for i in range(max(1, self.s.pairs // 2)):
            await store.add_agent(f"fi{i}", f"Fi{i}", h, fi)
        await store.add_agent("dora", "Dora", h, fi)
        await store.add_agent("cara", "Cara", h, {"languages": {"sv": 5}, "channels": ["chat"]})
        await store.close()
        for i in range(2):
            self.hubs[i] = self._launch(i)
        self.ws_url = f"ws://127.0.0.1:{await self.balancer.start()}/ws"

    def _launch(self, i: int) -> HubProcess:
        env = {"HUB_DATABASE_URL": self.url, "HUB_MAX_CHATS_PER_AGENT": "2", "HUB_AGENT_GRACE_S": "30",
               "HUB_OFFER_TIMEOUT_S": "30", "HUB_WRAP_UP_TIMEOUT_S": "0.5",
               "HUB_DRAIN_SPREAD_S": str(self.s.drain_spread_s), "HUB_QUEUE_CONFIG": str(ALWAYS_OPEN_QUEUES),
               "HUB_RATE_FRAMES_PER_S": "200"}
        return launch_hub(self.data, env, port=self.ports[i])

    def _client(self, token: str) -> HubClient:
        client = HubClient(self.ws_url, token, backoff_initial_s=0.1, backoff_max_s=1.0, request_timeout_s=15)
        self.clients.append(client)
        self.tally.watch(client)
        return client

    async def _agent(self, name: str, state: str = "available") -> tuple[HubClient, FrameLog]:
        client = self._client(await asyncio.to_thread(_login, self.ports, name))
        log = FrameLog(client)
        self.offers.watch(name, client)
        welcomed = []

        def restore(frame: Any) -> None:
            # As the workstation does (desk_frames.py): a process that did not
            # serve this expert before signs them in away; available again.
            if isinstance(frame, p.Welcome):
                welcomed.append(frame)
                if len(welcomed) > 1 and state == "available" and frame.agent_state not in ("available", "busy"):
                    task = asyncio.ensure_future(client.request(p.SetAgentState(state="available")))
                    task.add_done_callback(lambda t: t.cancelled() or t.exception())

        client.add_listener(restore)
        await client.start(timeout=15)
        await client.request(p.SetAgentState(state=state))  # type: ignore[arg-type]
        return client, log

    async def _customer(self, language: str) -> tuple[HubClient, FrameLog, str]:
        n = next(self._names)
        client = self._client(mint_customer_token(self._private, f"c{n}", f"Customer {n}"))
        log = FrameLog(client)
        await client.start(timeout=15)
        conv = (await client.request(p.ChatStart(language=language))).conversation_id  # type: ignore[arg-type]
        for attempt in range(20):
            try:
                await client.request(p.HandoffRequest(conversation_id=conv))
                break
            except HubRequestError as exc:
                # An expert's state reaches the other process over the bus a few
                # milliseconds after it changes; a customer just asks again.
                if exc.code != "no_agents" or attempt == 19:
                    raise
                await asyncio.sleep(0.1)
        return client, log, conv

    async def _serve_pairs(self) -> list[Pair]:
        experts = [await self._agent(f"fi{i}") for i in range(max(1, self.s.pairs // 2))]
        pairs = []
        for _ in range(self.s.pairs):
            customer, log, conv = await self._customer("fi")
            agent, agent_log = await _offered_to(experts, conv)
            offer = next(o for o in agent_log.of(p.Offer) if o.conversation_id == conv)
            await agent.request(p.OfferAccept(offer_id=offer.offer_id))
            self.offers.answered(_name_of(experts, agent), offer.offer_id)
            await agent_log.wait_for(p.ConversationAssigned, conversation_id=conv, timeout=15)
            pairs.append(Pair(conv, customer, agent, log, agent_log))
        return pairs

    # ------------------------------------------------------------ the drill

    async def run(self) -> Findings:
        f = self.findings
        await self.prepare()
        pairs = await self._serve_pairs()
        # Cara, the only Swedish expert, serves two chats (her capacity): the
        # next Swedish customers wait, and she is on duty for every process.
        cara, cara_log = await self._agent("cara")
        cara_chats = []
        for _ in range(2):
            _, _, conv = await self._customer("sv")
            offer = await _next_offer(cara_log, cara_chats)
            await cara.request(p.OfferAccept(offer_id=offer.offer_id))
            self.offers.answered("cara", offer.offer_id)
            cara_chats.append(conv)
        for _ in range(self.s.waiting):
            await self._customer("sv")
        f.queue_before = await self._queue("sv")
        dora, dora_log = await self._agent("dora")
        stop = asyncio.Event()
        self.arrived: list[str] = []
        work = [asyncio.create_task(chatter(pairs, self.tally, stop, self.s.interval_s)),
                asyncio.create_task(self._arrivals(stop)),
                asyncio.create_task(self._dora(dora, dora_log, stop))]
        try:
            await asyncio.sleep(self.s.settle_s)
            for _ in range(self.s.rounds):
                for i in range(2):
                    await self._drain_and_restart(i)
                    await asyncio.sleep(self.s.settle_s)
                    f.queue_after = await self._queue("sv")
        finally:
            stop.set()
            await asyncio.gather(*work, return_exceptions=True)
        await self._settle(pairs)
        await self._cara_serves_the_queue(cara, cara_log, cara_chats)
        self.offers.findings(f)
        return f

    async def _arrivals(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            with contextlib.suppress(Exception):  # a request cut by a drain: the next one comes anyway
                _, _, conv = await self._customer("fi")
                self.arrived.append(conv)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self.s.arrival_s)

    async def _dora(self, dora: HubClient, log: FrameLog, stop: asyncio.Event) -> None:
        """Accepts each offer, answers and ends the chat; an offer cut by a drain comes again.
        After the drill, goes on until every arrival is served (or 30 s pass)."""
        done: set[str] = set()
        self.dora_served: set[str] = set()
        deadline = float("inf")
        while time.monotonic() < deadline:
            if stop.is_set():
                deadline = min(deadline, time.monotonic() + 30)
                if all(c in self.dora_served for c in self.arrived):
                    return
            for offer in [o for o in log.of(p.Offer) if o.offer_id not in done]:
                done.add(offer.offer_id)
                if any(r.offer_id == offer.offer_id for r in log.of(p.OfferRevoked)):
                    continue
                with contextlib.suppress(Exception):
                    await dora.request(p.OfferAccept(offer_id=offer.offer_id))
                    self.offers.answered("dora", offer.offer_id)
                    await dora.send_chat(offer.conversation_id, "Hei, Dora tässä.")
                    await dora.request(p.ConversationEnd(conversation_id=offer.conversation_id))
                    self.dora_served.add(offer.conversation_id)
            await asyncio.sleep(0.05)

    async def _drain_and_restart(self, i: int) -> None:
        hub = self.hubs[i]
        assert hub is not None
        online_since = {id(c): time.monotonic() for c in self.clients}
        away = {id(c): 0.0 for c in self.clients}
        watching = True

        async def watch_links() -> None:
            while watching:
                now = time.monotonic()
                for c in list(self.clients):
                    if c.state is LinkState.ONLINE or id(c) not in online_since:  # (new arrivals: from now)
                        online_since[id(c)] = now
                    elif c.state is not LinkState.CLOSED:
                        away[id(c)] = max(away.get(id(c), 0.0), now - online_since[id(c)])
                await asyncio.sleep(0.02)

        watcher = asyncio.create_task(watch_links())
        started = time.monotonic()
        os.kill(hub.proc.pid, signal.SIGTERM)
        code = await asyncio.to_thread(hub.proc.wait, 30)
        self.findings.drain_s.append(round(time.monotonic() - started, 2))
        self.findings.exit_codes.append(code)
        await wait_until(lambda: all(c.state is LinkState.ONLINE for c in self.clients if c.state
                                     is not LinkState.CLOSED), 30, "everyone back on the other process")
        self.hubs[i] = await asyncio.to_thread(self._launch, i)  # the new version comes up
        watching = False
        await watcher
        self.findings.away_s.append(round(max(away.values(), default=0.0), 2))

    async def _queue(self, language: str) -> list[str]:
        store = Store(make_engine(self.url))
        try:
            return [e.conversation_id for e in await store.waiting_entries() if e.language == language]
        finally:
            await store.close()

    async def _settle(self, pairs: list[Pair]) -> None:
        f = self.findings
        with contextlib.suppress(AssertionError):
            await wait_until(lambda: all(not c.unacknowledged for c in self.clients), 30, "outboxes empty")
        f.unacknowledged = {f"{i}:{c.state.value}": [m.id for m in c.unacknowledged]
                            for i, c in enumerate(self.clients) if c.unacknowledged}
        if f.unacknowledged:  # what the hubs are doing instead goes in their logs (app.py: SIGUSR2)
            f.database_sessions = await _sessions(self.url)
            for hub in self.hubs:
                if hub is not None and hub.proc.poll() is None:
                    os.kill(hub.proc.pid, signal.SIGUSR2)
            await asyncio.sleep(1.0)
        f.sent, f.acked, f.errors = len(self.tally.sent), len(self.tally.acked), dict(self.tally.errors)

        def missing() -> list[str]:
            out = []
            for pair in pairs:
                got = {"agent": set(received_ids(pair.agent_log, pair.conversation_id)),
                       "customer": set(received_ids(pair.customer_log, pair.conversation_id))}
                for mid, (conv, role) in self.tally.sent.items():
                    if conv == pair.conversation_id and mid in self.tally.acked:
                        if mid not in got["agent" if role == "customer" else "customer"]:
                            out.append(mid)
            return out

        with contextlib.suppress(AssertionError):
            await wait_until(lambda: not missing(), 20, "every acknowledged message at the other side")
        stored = await stored_ids(self.url)
        f.lost = sorted(set(missing()) | {m for m in self.tally.acked if stored.get(m, 0) == 0})
        f.duplicates = sorted(m for m, n in stored.items() if n > 1)
        for pair in pairs:
            for log in (pair.customer_log, pair.agent_log):
                seqs = [m.seq for m in log.of(p.ChatMessage) if m.conversation_id == pair.conversation_id]
                if len(seqs) != len(set(seqs)):
                    f.duplicates.append(f"seq twice in {pair.conversation_id}")
        f.arrivals = len(self.arrived)
        f.arrivals_unserved = [c for c in self.arrived if c not in self.dora_served]

    async def _cara_serves_the_queue(self, cara: HubClient, log: FrameLog, chats: list[str]) -> None:
        """Cara ends her two chats: the waiting are offered to her first come, first served."""
        for conv in chats:
            await cara.request(p.ConversationEnd(conversation_id=conv))
        served = self.findings.served_in_order
        done = list(chats)
        for _ in range(min(2, len(self.findings.queue_before))):  # her capacity
            offer = await _next_offer(log, done)
            await cara.request(p.OfferAccept(offer_id=offer.offer_id))
            self.offers.answered("cara", offer.offer_id)
            served.append(offer.conversation_id)
            done.append(offer.conversation_id)

    async def close(self) -> None:
        for c in self.clients:
            with contextlib.suppress(Exception):
                await c.close()
        await self.balancer.stop()
        for hub in self.hubs:
            if hub is not None and hub.proc.poll() is None:
                hub.proc.terminate()
                with contextlib.suppress(Exception):
                    await asyncio.to_thread(hub.proc.wait, 15)


async def _sessions(url: str) -> list[dict[str, Any]]:
    """The database's sessions, what each waits for and who blocks it (pg_stat_activity)."""
    from psycopg import AsyncConnection
    from psycopg.rows import dict_row

    from service_hub.store.db import postgres_url

    async with await AsyncConnection.connect(postgres_url(url, driver=""), autocommit=True,
                                             row_factory=dict_row) as conn:
        cur = await conn.execute(
            "SELECT pid, state, wait_event_type, wait_event, pg_blocking_pids(pid) AS blocked_by,"
            " round(extract(epoch FROM now() - xact_start)::numeric, 1) AS xact_s, left(query, 160) AS query"
            " FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
        return [dict(row) for row in await cur.fetchall()]


def _login(ports: list[int], username: str) -> str:
    for port in ports:
        req = urllib.request.Request(f"http://127.0.0.1:{port}/api/login", method="POST",
                                     data=json.dumps({"username": username, "password": PASSWORD}).encode(),
                                     headers={"Content-Type": "application/json"})
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(req, timeout=10) as resp:
                return json.loads(resp.read())["token"]
    raise ConnectionError("no hub answered the login")


async def _offered_to(experts: list[tuple[HubClient, FrameLog]], conv: str) -> tuple[HubClient, FrameLog]:
    async def first() -> tuple[HubClient, FrameLog]:
        while True:
            for client, log in experts:
                if any(o.conversation_id == conv for o in log.of(p.Offer)):
                    return client, log
            await asyncio.sleep(0.02)

    return await asyncio.wait_for(first(), 15)


async def _next_offer(log: FrameLog, served: list[str]) -> p.Offer:
    async def first() -> p.Offer:
        while True:
            for offer in log.of(p.Offer):
                if offer.conversation_id not in served:
                    return offer
            await asyncio.sleep(0.02)

    return await asyncio.wait_for(first(), 15)


def _name_of(experts: list[tuple[HubClient, FrameLog]], client: HubClient) -> str:
    return f"fi{[c for c, _ in experts].index(client)}"
