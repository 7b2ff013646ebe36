"""Load: thousands of customers and hundreds of agents on one hub, with reconnect storms.

A hub runs in its own process on 127.0.0.1 (SQLite by default, or
``--database-url``) with the always-open demo queues. This process simulates
every person over a real WebSocket, speaking the wire protocol directly:

- a customer starts a chat (the bot greets), asks the bot a question, asks for
  a human (``handoff.request``; a full queue is retried a little later), waits
  for an agent, then exchanges ``--exchanges`` messages with the agent (each
  customer message is answered), gives feedback when the agent ends the
  chat, idles a while and starts over;
- an agent is available, accepts offers after a short think, answers every
  customer message, transfers some chats back to the queue (another agent
  takes them over with the transcript) and ends the rest;
- every ``--storm-every`` seconds a reconnect storm drops ``--storm-fraction``
  of customers and agents at once (TCP abort, no close frame); each reconnects
  at once with ``hello.resume`` (the last seq it has per conversation) and
  re-sends its unacknowledged messages with the same client ids.

Figures: a *lost* message is one the sender got an ``ack`` for that never
reached the other side (live, or in the transcript a new agent gets after a
transfer); a *duplicate* is a ``chat.message`` a client receives twice.
Delivery latency is from the first send to the other side's receipt; offer
latency from ``handoff.request`` to the agent's ``offer`` (queue wait
included). Memory is the hub process's RSS (psutil) after start-up and at the
end. Human lines first, then one JSON object on the last line.

    .venv/bin/python bench/load.py               # 2,000 customers, 200 agents, 300 s
    .venv/bin/python bench/load.py --quick       # 400 customers, 40 agents, ~35 s of load
    .venv/bin/python bench/load.py --database-url postgresql://user@127.0.0.1/db
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hub_protocol import frames as p  # noqa: E402
from scripts.children import Children, stop  # noqa: E402
from service_hub.auth import TokenAuthority, hash_password  # noqa: E402
from service_hub.demo_idp import ensure_keypair, mint_customer_token  # noqa: E402
from service_hub.store.db import make_engine, migrate, sqlite_url  # noqa: E402
from service_hub.store.repo import Store  # noqa: E402

QUEUES = ROOT / "resources" / "demo-queues.toml"
SECRET = "load-bench-secret-" + "x" * 32
LANGUAGES = ["fi"] * 6 + ["sv"] * 2 + ["en"] * 2


def now_ns() -> int:
    return time.perf_counter_ns()


@dataclass
class World:
    """Everything the simulated people share: the tallies."""

    stopping: bool = False
    sent_at: dict[str, int] = field(default_factory=dict)  # mid -> first send
    acked: set[str] = field(default_factory=set)
    delivered: dict[str, int] = field(default_factory=dict)  # mid -> first receipt
    latencies_ms: list[float] = field(default_factory=list)
    calm_latencies_ms: list[float] = field(default_factory=list)  # not sent near a storm
    storms_at: list[int] = field(default_factory=list)
    duplicates: int = 0
    handoff_sent: dict[str, int] = field(default_factory=dict)  # conversation -> handoff.request
    offer_ms: list[float] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    seq: int = 0

    def mid(self, prefix: str) -> str:
        self.seq += 1
        return f"{prefix}{self.seq}"

    def receive(self, mid: str, live: bool) -> None:
        if mid not in self.delivered:
            self.delivered[mid] = now_ns()
            sent = self.sent_at.get(mid)
            if sent is not None and live:
                self.latencies_ms.append((self.delivered[mid] - sent) / 1e6)
                if not any(0 <= sent - at <= 5e9 or 0 <= at - sent <= 2e9 for at in self.storms_at[-2:]):
                    self.calm_latencies_ms.append((self.delivered[mid] - sent) / 1e6)


class Sim:
    """One person on one WebSocket, reconnecting (and resuming) when dropped."""

    def __init__(self, world: World, session: aiohttp.ClientSession, url: str, role: str,
                 name: str, token: str) -> None:
        self.world, self.session, self.url = world, session, url
        self.role, self.name, self.token = role, name, token
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self.online = asyncio.Event()
        self.last_seq: dict[str, int] = {}
        self.seen: set[tuple[str, int]] = set()
        self.outbox: dict[str, str] = {}  # unacked chat.send by id
        self.pending: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self.task: asyncio.Task[None] | None = None
        self.reconnects = 0
        self.closed = False

    # ------------------------------------------------------------ link

    def start(self) -> None:
        self.task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        first = True
        while not self.closed:
            try:
                self.ws = await self.session.ws_connect(self.url, max_msg_size=0, heartbeat=None)
                await self.ws.send_str(p.encode(p.Hello(token=self.token, resume=dict(self.last_seq))))
                msg = await self.ws.receive(timeout=30)
                if msg.type is not aiohttp.WSMsgType.TEXT:
                    raise ConnectionError("closed during sign-in")
                welcome = json.loads(msg.data)
                if welcome["type"] != "welcome":
                    self.world.errors[f"sign_in:{welcome.get('code') or welcome['type'] + '_before_welcome'}"] += 1
                    raise ConnectionError(str(welcome))
                if not first:
                    self.reconnects += 1
                first = False
                self.online.set()
                await self.on_online()
                for raw in list(self.outbox.values()):
                    await self.ws.send_str(raw)
                async for msg in self.ws:
                    if msg.type is aiohttp.WSMsgType.TEXT:
                        self.handle(json.loads(msg.data))
            except (aiohttp.ClientError, OSError, ConnectionError, TimeoutError) as exc:
                self.world.counts[f"link_error:{type(exc).__name__}"] += 1
            finally:
                self.online.clear()
                for ref, fut in list(self.pending.items()):
                    if not fut.done():
                        fut.set_exception(ConnectionError("dropped"))
                    self.pending.pop(ref, None)
            if self.closed:
                return
            await asyncio.sleep(random.uniform(0.05, 0.5))

    def drop(self) -> None:
        """A storm: cut the TCP connection without a close frame."""
        ws = self.ws
        if ws is not None and not ws.closed:
            transport = ws._response.connection.transport if ws._response.connection else None  # noqa: SLF001
            if transport is not None:
                transport.abort()
            else:
                asyncio.ensure_future(ws.close())

    async def close(self) -> None:
        self.closed = True
        if self.ws is not None:
            with contextlib.suppress(Exception):
                await self.ws.close()
        if self.task:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self.task

    async def send(self, frame: p.BaseModel) -> None:
        if self.ws is not None and self.online.is_set():
            with contextlib.suppress(ConnectionError, aiohttp.ClientError, RuntimeError):
                await self.ws.send_str(p.encode(frame))

    async def request(self, frame: p.BaseModel, timeout: float = 20) -> dict[str, Any]:
        """Send a frame with an id; the ack or error that names it (ConnectionError if dropped)."""
        await asyncio.wait_for(self.online.wait(), 60)
        ref = frame.id  # type: ignore[attr-defined]
        fut: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self.pending[ref] = fut
        await self.send(frame)
        try:
            return await asyncio.wait_for(fut, timeout)
        finally:
            self.pending.pop(ref, None)

    async def chat(self, conversation_id: str, text: str, mid: str) -> None:
        """A chat message through the outbox: re-sent with the same id until acked."""
        raw = p.encode(p.ChatSend(id=mid, conversation_id=conversation_id, text=text))
        self.outbox[mid] = raw
        self.world.sent_at.setdefault(mid, now_ns())
        if self.ws is not None and self.online.is_set():
            with contextlib.suppress(ConnectionError, aiohttp.ClientError, RuntimeError):
                await self.ws.send_str(raw)

    # ------------------------------------------------------------ frames in

    def handle(self, f: dict[str, Any]) -> None:
        kind = f["type"]
        if kind in ("ack", "error"):
            ref = f.get("ref")
            if kind == "error":
                self.world.errors[f["code"]] += 1
            if ref and ref in self.outbox:
                del self.outbox[ref]
                if kind == "ack":
                    self.world.acked.add(ref)
            fut = self.pending.get(ref) if ref else None
            if fut is not None and not fut.done():
                fut.set_result(f)
        elif kind == "chat.message":
            key = (f["conversation_id"], f["seq"])
            if key in self.seen:
                self.world.duplicates += 1
                return
            self.seen.add(key)
            if f["seq"] > self.last_seq.get(f["conversation_id"], -1):
                self.last_seq[f["conversation_id"]] = f["seq"]
            self.on_chat(f, live=True)
        self.on_frame(f)

    async def on_online(self) -> None: ...

    def on_chat(self, f: dict[str, Any], live: bool) -> None: ...

    def on_frame(self, f: dict[str, Any]) -> None: ...


class Customer(Sim):
    def __init__(self, *a: Any, args: argparse.Namespace, **kw: Any) -> None:
        super().__init__(*a, **kw)
        self.args = args
        self.state: dict[str, str] = {}
        self.changed = asyncio.Event()
        self.replied: set[tuple[str, int]] = set()

    def on_chat(self, f: dict[str, Any], live: bool) -> None:
        text = f["text"]
        if f["sender"] == "agent" and text.startswith("L:a:"):
            _, _, mid, k = text.split(":")
            self.world.receive(mid, live)
            self.replied.add((f["conversation_id"], int(k)))
            self.changed.set()
        elif f["sender"] == "bot":
            self.changed.set()

    def on_frame(self, f: dict[str, Any]) -> None:
        if f["type"] == "conversation.state":
            self.state[f["conversation_id"]] = f["state"]
            self.changed.set()
        elif f["type"] == "feedback.request":
            self.state[f["conversation_id"]] = "ended"
            self.changed.set()

    async def until(self, predicate: Any, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while not predicate():
            left = deadline - time.monotonic()
            if left <= 0 or self.closed:
                return False
            self.changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.changed.wait(), min(left, 1.0))
        return True

    async def life(self) -> None:
        args, world = self.args, self.world
        await asyncio.sleep(random.uniform(0, args.ramp_s))
        while not world.stopping:
            try:
                await self.one_conversation()
            except (ConnectionError, TimeoutError):
                world.counts["customer_retry"] += 1
                await asyncio.sleep(1)
            await asyncio.sleep(random.uniform(*args.idle_s))

    async def one_conversation(self) -> None:
        args, world = self.args, self.world
        language = random.choice(LANGUAGES)
        ack = await self.request(p.ChatStart(id=world.mid("s"), language=language))
        if ack["type"] != "ack":
            return
        conv = ack["conversation_id"]
        world.counts["conversations_started"] += 1
        self.last_seq.setdefault(conv, 0)
        await self.chat(conv, f"B:{world.mid('b')} miten haen toimeentulotukea?", world.mid("q"))
        await asyncio.sleep(random.uniform(0.5, 1.5))
        asked_at = time.monotonic()
        while True:
            if world.stopping:
                return
            if time.monotonic() - asked_at > args.give_up_s:
                # The queue stayed full: the customer closes the bot chat and comes back later.
                world.counts["customer_gave_up_queue_full"] += 1
                with contextlib.suppress(ConnectionError, TimeoutError):
                    ended = await self.request(p.ConversationEnd(id=world.mid("x"), conversation_id=conv))
                    if ended["type"] == "ack":
                        self.last_seq.pop(conv, None)  # otherwise it is still open: keep resuming it
                return
            mid = world.mid("h")
            sent = now_ns()
            try:
                answer = await self.request(p.HandoffRequest(id=mid, conversation_id=conv))
            except ConnectionError:
                await asyncio.wait_for(self.online.wait(), 60)
                if self.state.get(conv) in ("queued", "offered", "active"):
                    break
                continue
            if answer["type"] == "ack":
                world.handoff_sent[conv] = sent
                world.counts["handoffs"] += 1
                break
            world.counts[f"handoff_refused:{answer['code']}"] += 1
            if answer["code"] in ("bad_state",):
                break
            await asyncio.sleep(random.uniform(*args.retry_full_s))
        for k in range(1, args.exchanges + 1):
            if not await self.until(lambda: self.state.get(conv) in ("active", "ended"), args.give_up_s):
                world.counts["customer_left_queue"] += 1
                with contextlib.suppress(ConnectionError, TimeoutError):
                    await self.request(p.QueueLeave(id=world.mid("l"), conversation_id=conv))
                break
            if self.state.get(conv) == "ended" or world.stopping:
                break
            mid = world.mid("c")
            await self.chat(conv, f"L:c:{mid}:{k}:{args.exchanges}", mid)
            if not await self.until(lambda k=k: (conv, k) in self.replied or self.state.get(conv) == "ended", 20):
                world.counts["customer_reply_timeout"] += 1
            await asyncio.sleep(random.uniform(*args.think_s))
        # The agent ends the chat (after the last answer, or when it went quiet).
        while not await self.until(lambda: self.state.get(conv) == "ended", 30):
            if world.stopping:
                return
        with contextlib.suppress(ConnectionError, TimeoutError):
            fb = await self.request(p.FeedbackSubmit(id=world.mid("f"), conversation_id=conv, rating=4))
            if fb["type"] == "ack":
                world.counts["feedback"] += 1
        self.last_seq.pop(conv, None)  # ended: nothing more to resume
        self.state.pop(conv, None)


@dataclass
class AgentConv:
    language: str
    transferred: bool
    answered: set[int] = field(default_factory=set)
    last_activity: float = field(default_factory=time.monotonic)


class Agent(Sim):
    def __init__(self, *a: Any, args: argparse.Namespace, **kw: Any) -> None:
        super().__init__(*a, **kw)
        self.args = args
        self.convs: dict[str, AgentConv] = {}

    async def on_online(self) -> None:
        await self.send(p.SetAgentState(id=self.world.mid("st"), state="available"))

    async def tidy(self) -> None:
        """Like a person would: end a chat whose customer has gone quiet."""
        while not self.closed:
            await asyncio.sleep(5)
            for conv, ac in list(self.convs.items()):
                if time.monotonic() - ac.last_activity > self.args.quiet_end_s and self.online.is_set():
                    ac.last_activity = time.monotonic()
                    with contextlib.suppress(ConnectionError, TimeoutError):
                        ack = await self.request(p.ConversationEnd(id=self.world.mid("e"), conversation_id=conv,
                                                                   wrap_up_code="customer_quiet"))
                        if ack["type"] == "ack":
                            self.world.counts["ended_quiet"] += 1

    def on_frame(self, f: dict[str, Any]) -> None:
        kind, world = f["type"], self.world
        if kind == "offer":
            sent = world.handoff_sent.pop(f["conversation_id"], None)
            if sent is not None:
                world.offer_ms.append((now_ns() - sent) / 1e6)
            world.counts["offers"] += 1
            asyncio.ensure_future(self.accept(f["offer_id"]))
        elif kind == "conversation.assigned":
            conv = f["conversation_id"]
            ac = AgentConv(f["language"], bool(f.get("context", {}).get("transfers")))
            self.convs[conv] = ac
            last_c: tuple[str, int] | None = None
            for m in f.get("messages", []):
                self.last_seq[conv] = max(self.last_seq.get(conv, 0), m["seq"])
                self.seen.add((conv, m["seq"]))
                if m["sender"] == "customer" and m["text"].startswith("L:c:"):
                    _, _, mid, k, _n = m["text"].split(":")
                    world.receive(mid, live=False)
                    last_c = (mid, int(k))
                elif m["sender"] == "agent" and m["text"].startswith("L:a:"):
                    last_c = None
            if last_c is not None:  # a transferred chat whose last question is open
                asyncio.ensure_future(self.answer(conv, last_c[1], int(self.args.exchanges)))
        elif kind == "conversation.state" and f["state"] == "ended":
            self.convs.pop(f["conversation_id"], None)
            self.last_seq.pop(f["conversation_id"], None)

    def on_chat(self, f: dict[str, Any], live: bool) -> None:
        if f["sender"] == "customer" and f["text"].startswith("L:c:"):
            _, _, mid, k, n = f["text"].split(":")
            self.world.receive(mid, live)
            if f["conversation_id"] in self.convs:
                self.convs[f["conversation_id"]].last_activity = time.monotonic()
                asyncio.ensure_future(self.answer(f["conversation_id"], int(k), int(n)))

    async def accept(self, offer_id: str) -> None:
        await asyncio.sleep(random.uniform(0.05, 0.3))
        with contextlib.suppress(ConnectionError, TimeoutError):
            ack = await self.request(p.OfferAccept(id=self.world.mid("a"), offer_id=offer_id))
            if ack["type"] == "ack":
                self.world.counts["accepts"] += 1

    async def answer(self, conv: str, k: int, n: int) -> None:
        ac = self.convs.get(conv)
        if ac is None or k in ac.answered or self.world.stopping:
            return
        ac.answered.add(k)
        await asyncio.sleep(random.uniform(0.2, 0.8))
        # Stopped while typing: a message sent now would be counted unacked by a
        # drain that already ended (the hub does store and ack it).
        if conv not in self.convs or self.world.stopping:
            return
        mid = self.world.mid("r")
        await self.chat(conv, f"L:a:{mid}:{k}", mid)
        try:
            if k == 2 and not ac.transferred and random.random() < self.args.transfer_share:
                await asyncio.sleep(0.2)
                ack = await self.request(p.ConversationTransfer(
                    id=self.world.mid("t"), conversation_id=conv, note="load transfer",
                    queue=p.QueueKey(channel="chat", language=ac.language, topic="social_assistance")))
                if ack["type"] == "ack":
                    self.world.counts["transfers"] += 1
                    self.convs.pop(conv, None)
            elif k >= n:
                await asyncio.sleep(0.2)
                ack = await self.request(p.ConversationEnd(id=self.world.mid("e"), conversation_id=conv))
                if ack["type"] == "ack":
                    self.world.counts["ended"] += 1
        except (ConnectionError, TimeoutError):
            self.world.counts["agent_request_lost"] += 1


def start_hub(children: Children, data_dir: Path, url: str, port: int,
              args: argparse.Namespace) -> subprocess.Popen[bytes]:
    env = {**os.environ, "HUB_LOG_LEVEL": "WARNING", "HUB_OFFER_TIMEOUT_S": "30",
           "HUB_WRAP_UP_TIMEOUT_S": "1", "HUB_AGENT_GRACE_S": "30", "HUB_QUEUE_CONFIG": str(QUEUES),
           "HUB_AGENT_TOKEN_SECRET": SECRET, "HUB_MAX_CHATS_PER_AGENT": "3", "HUB_DEMO_IDENTITY": "1"}
    if url:
        env["HUB_DATABASE_URL"] = url
    log = open(data_dir / "hub.log", "ab")
    proc = children.popen(
        [sys.executable, "-m", "service_hub.cli", "--data-dir", str(data_dir), "serve",
         "--host", "127.0.0.1", "--port", str(port)],
        env=env, cwd=ROOT, stdout=log, stderr=log,
    )
    for _ in range(300):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=1):
                return proc
        except OSError:
            if proc.poll() is not None:
                raise SystemExit(f"hub exited; see {data_dir / 'hub.log'}") from None
            time.sleep(0.1)
    raise SystemExit("hub did not start")


async def prepare_store(url: str, agents: int) -> list[int]:
    store = Store(make_engine(url))
    await migrate(store.engine)
    password_hash = hash_password("load-bench-password")
    skills = {"languages": {"fi": 5, "sv": 5, "en": 5}, "channels": ["chat"]}
    ids = [await store.add_agent(f"agent{i}", f"Agent {i}", password_hash, skills) for i in range(agents)]
    await store.close()
    return ids


def pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)


async def run(args: argparse.Namespace, children: Children) -> dict[str, Any]:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))  # the hub inherits it
    data_dir = Path(tempfile.mkdtemp(prefix="bench-load-"))
    children.callback(shutil.rmtree, data_dir, ignore_errors=True)
    url = args.database_url or sqlite_url(data_dir / "hub.db")
    agent_ids = await prepare_store(url, args.agents)
    private, _ = ensure_keypair(data_dir)
    hub = start_hub(children, data_dir, args.database_url, args.port, args)
    hub_ps = psutil.Process(hub.pid)
    rss_start = hub_ps.memory_info().rss
    rss_peak = rss_start
    ws_url = f"ws://127.0.0.1:{args.port}/ws"
    authority = TokenAuthority(agent_secret=SECRET, agent_token_ttl_s=4 * 3600)
    world = World()
    key_pem = private.read_text()
    sims: list[Sim] = []
    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
            t0 = time.perf_counter()
            agents = [Agent(world, session, ws_url, "agent", f"agent{i}",
                            authority.issue_agent_token(aid, f"Agent {i}"), args=args)
                      for i, aid in enumerate(agent_ids)]
            customers = [Customer(world, session, ws_url, "customer", f"load-{i}",
                                  mint_customer_token(key_pem, f"load-{i}", f"Customer {i}", ttl_s=4 * 3600),
                                  args=args)
                         for i in range(args.customers)]
            sims = [*agents, *customers]
            for i, sim in enumerate(sims):  # connect at a steady pace, agents first
                sim.start()
                if i % 50 == 49:
                    await asyncio.sleep(0.05)
            await asyncio.wait_for(asyncio.gather(*(s.online.wait() for s in sims)), 120)
            print(f"connected: {len(agents)} agents, {len(customers)} customers in "
                  f"{time.perf_counter() - t0:.1f} s", flush=True)
            lives = [asyncio.create_task(c.life()) for c in customers]
            lives += [asyncio.create_task(a.tidy()) for a in agents]
            load_start = time.perf_counter()
            storms = dropped = 0
            next_storm = load_start + args.storm_every
            next_report = load_start + 10
            while (now := time.perf_counter()) < load_start + args.seconds:
                await asyncio.sleep(0.25)
                rss_peak = max(rss_peak, hub_ps.memory_info().rss)
                if now >= next_storm:
                    next_storm += args.storm_every
                    victims = random.sample(customers, int(len(customers) * args.storm_fraction))
                    victims += random.sample(agents, int(len(agents) * args.storm_fraction))
                    world.storms_at.append(now_ns())
                    for v in victims:
                        v.drop()
                    storms += 1
                    dropped += len(victims)
                    print(f"  storm {storms}: dropped {len(victims)} connections at once", flush=True)
                if now >= next_report:
                    next_report += 10
                    print(f"  t={now - load_start:5.0f} s  started={world.counts['conversations_started']} "
                          f"handoffs={world.counts['handoffs']} accepts={world.counts['accepts']} "
                          f"messages acked={len(world.acked)} delivered={len(world.delivered)} "
                          f"rss={hub_ps.memory_info().rss / 2**20:.0f} MiB", flush=True)
            world.stopping = True
            load_s = time.perf_counter() - load_start
            # Drain: every acknowledged human message must reach the other side.
            human = lambda: {m for m in world.acked if m[0] in "cr"}  # noqa: E731
            deadline = time.monotonic() + args.drain_s
            while time.monotonic() < deadline:
                if (all(s.online.is_set() and not s.outbox for s in sims)
                        and human() <= world.delivered.keys()):
                    break
                await asyncio.sleep(0.2)
            rss_end = hub_ps.memory_info().rss
            for task in lives:
                task.cancel()
            await asyncio.gather(*lives, return_exceptions=True)
            acked_human = human()
            lost = sorted(acked_human - world.delivered.keys())
            unacked = sum(len(s.outbox) for s in sims)
            if os.environ.get("LOAD_DEBUG"):
                for s in sims:
                    for mid, raw in s.outbox.items():
                        print("unacked", s.name, s.online.is_set(), mid, raw[:160], flush=True)
            reconnects = sum(s.reconnects for s in sims)
            for sim in sims:
                await sim.close()
    finally:
        stop(hub, 15)
    return {
        "customers": args.customers,
        "agents": args.agents,
        "database": "postgresql" if args.database_url.startswith("postgres") else "sqlite",
        "load_seconds": round(load_s, 1),
        "conversations_started": world.counts["conversations_started"],
        "handoffs": world.counts["handoffs"],
        "handoffs_refused_queue_full": world.counts["handoff_refused:queue_full"],
        "offers": world.counts["offers"],
        "agent_accepts": world.counts["accepts"],
        "transfers": world.counts["transfers"],
        "conversations_ended_by_agent": world.counts["ended"],
        "conversations_ended_customer_quiet": world.counts["ended_quiet"],
        "customers_gave_up_queue_full": world.counts["customer_gave_up_queue_full"],
        "customers_left_queue": world.counts["customer_left_queue"],
        "feedback_given": world.counts["feedback"],
        "human_messages_acked": len(acked_human),
        "human_messages_per_s": round(len(acked_human) / load_s, 1),
        "lost_messages": len(lost),
        "lost_examples": lost[:5],
        "duplicate_messages": world.duplicates,
        "unacked_at_end": unacked,
        "delivery_latency_p50_ms": pct(world.latencies_ms, 0.50),
        "delivery_latency_p99_ms": pct(world.latencies_ms, 0.99),
        "delivery_latency_p99_outside_storms_ms": pct(world.calm_latencies_ms, 0.99),
        "delivery_latency_max_ms": pct(world.latencies_ms, 1.0),
        "offer_latency_p50_ms": pct(world.offer_ms, 0.50),
        "offer_latency_p99_ms": pct(world.offer_ms, 0.99),
        "reconnect_storms": storms,
        "connections_dropped_in_storms": dropped,
        "reconnects": reconnects,
        "error_frames_by_code": dict(world.errors),
        "hub_rss_start_mib": round(rss_start / 2**20, 1),
        "hub_rss_end_mib": round(rss_end / 2**20, 1),
        "hub_rss_peak_mib": round(rss_peak / 2**20, 1),
        "hub_rss_growth_mib": round((rss_end - rss_start) / 2**20, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="400 customers, 40 agents, done within 60 s")
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--agents", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=300.0, help="length of the load phase")
    parser.add_argument("--exchanges", type=int, default=4, help="customer messages per chat (each answered)")
    parser.add_argument("--transfer-share", type=float, default=0.15, help="share of chats transferred once")
    parser.add_argument("--storm-every", type=float, default=60.0)
    parser.add_argument("--storm-fraction", type=float, default=0.2)
    parser.add_argument("--drain-s", type=float, default=20.0)
    parser.add_argument("--database-url", default="", help="default: SQLite in a temporary directory")
    parser.add_argument("--port", type=int, default=18761)
    args = parser.parse_args()
    args.ramp_s, args.think_s, args.idle_s = 60.0, (1.0, 3.0), (30.0, 90.0)
    args.retry_full_s, args.give_up_s, args.quiet_end_s = (5.0, 15.0), 120.0, 60.0
    if args.quick:
        args.retry_full_s, args.give_up_s, args.quiet_end_s = (2.0, 5.0), 30.0, 20.0
        args.customers, args.agents = min(args.customers, 400), min(args.agents, 40)
        args.seconds, args.storm_every, args.drain_s = min(args.seconds, 32.0), 12.0, 10.0
        args.ramp_s, args.idle_s = 10.0, (10.0, 25.0)
    with Children() as children:  # the hub and the data directory end with the bench, however it ends
        result = asyncio.run(run(args, children))
    print()
    for key, value in result.items():
        print(f"{key:>32}: {value}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
