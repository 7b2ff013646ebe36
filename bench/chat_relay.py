"""Chat relay throughput and latency through a real hub over WebSockets.

A hub runs in its own process on 127.0.0.1 with SQLite (or --database-url).
This process opens one WebSocket per customer and per agent, sets up
``--chats`` human conversations through the real path (chat.start ->
handoff.request -> offer -> accept), then sends ``--rate`` messages per
second spread over all chats, alternating customer -> agent and agent ->
customer, for ``--seconds``. Delivery latency is from the sender's send to
the other party's receipt of the committed ``chat.message``. A message
counts as lost when the other party never receives it.

    .venv/bin/python bench/chat_relay.py            # 1,000 chats, 500 msg/s, 30 s
    .venv/bin/python bench/chat_relay.py --quick    # 200 chats, 500 msg/s, 10 s
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hub_protocol import frames as p  # noqa: E402
from scripts.children import Children, stop  # noqa: E402
from service_hub.auth import hash_password  # noqa: E402
from service_hub.demo_idp import ensure_keypair, mint_customer_token  # noqa: E402
from service_hub.store.db import make_engine, migrate, sqlite_url  # noqa: E402
from service_hub.store.repo import Store  # noqa: E402

PASSWORD = "bench-password"


@dataclass
class Peer:
    ws: aiohttp.ClientWebSocketResponse
    role: str
    conversations: list[str] = field(default_factory=list)


@dataclass
class Tally:
    sent_at: dict[str, int] = field(default_factory=dict)  # message id -> perf_counter_ns
    latencies_ms: list[float] = field(default_factory=list)
    received: set[str] = field(default_factory=set)
    errors: int = 0


async def prepare_store(url: str, agents: int, data_dir: Path) -> None:
    store = Store(make_engine(url))
    await migrate(store.engine)
    password_hash = hash_password(PASSWORD)  # one hash: argon2 is slow by design
    skills = {"languages": {"fi": 5}, "channels": ["chat"]}
    for i in range(agents):
        await store.add_agent(f"agent{i}", f"Agent {i}", password_hash, skills)
    await store.close()
    ensure_keypair(data_dir)


def queue_file(data_dir: Path) -> Path:
    """The demo's always-open queues with room for every bench customer."""
    text = (ROOT / "resources" / "demo-queues.toml").read_text()
    path = data_dir / "queues.toml"
    path.write_text(re.sub(r"max_waiting = \d+", "max_waiting = 100000", text))
    return path


def start_hub(children: Children, data_dir: Path, url: str, port: int,
              log_file: Path | None = None) -> subprocess.Popen[bytes]:
    """The hub process; its log on our stderr, or in ``log_file``."""
    env = {**os.environ, "HUB_LOG_LEVEL": "WARNING", "HUB_OFFER_TIMEOUT_S": "60",
           "HUB_QUEUE_CONFIG": str(queue_file(data_dir)), "HUB_DEMO_IDENTITY": "1"}
    if url:
        env["HUB_DATABASE_URL"] = url
    profile = ["-m", "cProfile", "-o", os.environ["BENCH_PROFILE"]] if os.environ.get("BENCH_PROFILE") else []
    proc = children.popen(
        [sys.executable, *profile, "-m", "service_hub.cli", "--data-dir", str(data_dir), "serve",
         "--host", "127.0.0.1", "--port", str(port)],
        env=env, cwd=ROOT, stderr=open(log_file, "ab") if log_file else None,  # noqa: SIM115 - the child holds it
    )
    for _ in range(200):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=1):
                return proc
        except OSError:
            time.sleep(0.1)
    raise SystemExit("hub did not start")


async def connect(session: aiohttp.ClientSession, url: str, token: str, role: str) -> Peer:
    ws = await session.ws_connect(url, max_msg_size=0)
    await ws.send_str(p.encode(p.Hello(token=token)))
    welcome = json.loads((await ws.receive()).data)
    if welcome["type"] != "welcome":
        raise SystemExit(f"sign-in failed: {welcome}")
    return Peer(ws, role)


async def reader(peer: Peer, tally: Tally, inbox: asyncio.Queue[dict]) -> None:
    async for msg in peer.ws:
        if msg.type is not aiohttp.WSMsgType.TEXT:
            continue
        frame = json.loads(msg.data)
        kind = frame["type"]
        if kind == "chat.message":
            text = frame["text"]
            if text.startswith(f"bench:{'a' if peer.role == 'customer' else 'c'}:"):
                # A message from the other side reached us.
                mid = text.split(":", 2)[2]
                sent = tally.sent_at.get(mid)
                if sent is not None and mid not in tally.received:
                    tally.received.add(mid)
                    tally.latencies_ms.append((time.perf_counter_ns() - sent) / 1e6)
        elif kind == "error":
            tally.errors += 1
            await inbox.put(frame)
        elif kind in ("offer", "ack", "conversation.assigned"):
            await inbox.put(frame)


@dataclass
class Chats:
    """Customers and agents in served chats, with the tasks that read their sockets."""

    agents: list[Peer]
    customers: list[Peer]
    tasks: list[asyncio.Task[None]]

    @property
    def pairs(self) -> list[tuple[Peer, Peer, str]]:
        """(customer, agent, conversation) for every chat."""
        by_conv = {a_conv: a for a in self.agents for a_conv in a.conversations}
        return [(c, by_conv[c.conversations[0]], c.conversations[0]) for c in self.customers]

    async def close(self) -> None:
        for task in self.tasks:
            task.cancel()
        for peer in self.agents + self.customers:
            await peer.ws.close()


async def open_chats(session: aiohttp.ClientSession, port: int, private: str, chats: int,
                     tally: Tally) -> Chats:
    """``chats`` human conversations through the real path (chat.start ->
    handoff.request -> offer -> accept), three to an agent."""
    ws_url = f"ws://127.0.0.1:{port}/ws"
    agents: list[Peer] = []
    inboxes: dict[int, asyncio.Queue[dict]] = {}
    tasks = []
    for i in range(-(-chats // 3)):
        async with session.post(f"http://127.0.0.1:{port}/api/login",
                                json={"username": f"agent{i}", "password": PASSWORD}) as resp:
            token = (await resp.json())["token"]
        peer = await connect(session, ws_url, token, "agent")
        agents.append(peer)
        inboxes[id(peer)] = asyncio.Queue()
        tasks.append(asyncio.create_task(reader(peer, tally, inboxes[id(peer)])))
    for peer in agents:
        await peer.ws.send_str(p.encode(p.SetAgentState(id="s", state="available")))

    async def accept_loop(peer: Peer) -> None:
        inbox = inboxes[id(peer)]
        while True:
            frame = await inbox.get()
            if frame["type"] == "offer":
                await peer.ws.send_str(p.encode(p.OfferAccept(id="a" + frame["offer_id"],
                                                              offer_id=frame["offer_id"])))
            elif frame["type"] == "conversation.assigned":
                peer.conversations.append(frame["conversation_id"])

    tasks += [asyncio.create_task(accept_loop(a)) for a in agents]
    customers: list[Peer] = []
    for start in range(0, chats, 40):  # waves below the queue's capacity
        for i in range(start, min(start + 40, chats)):
            token = mint_customer_token(private, f"bench-{i}", f"Customer {i}")
            peer = await connect(session, ws_url, token, "customer")
            inbox: asyncio.Queue[dict] = asyncio.Queue()
            tasks.append(asyncio.create_task(reader(peer, tally, inbox)))
            await peer.ws.send_str(p.encode(p.ChatStart(id=f"start{i}")))
            ack = await asyncio.wait_for(inbox.get(), 10)
            conv = ack["conversation_id"]
            peer.conversations.append(conv)
            await peer.ws.send_str(p.encode(p.HandoffRequest(id=f"h{i}", conversation_id=conv)))
            customers.append(peer)
        deadline = time.monotonic() + 30
        while sum(len(a.conversations) for a in agents) < len(customers):
            if time.monotonic() > deadline:
                raise SystemExit("agents did not get every chat in 30 s")
            await asyncio.sleep(0.02)
    return Chats(agents, customers, tasks)


async def send_at_rate(pairs: list[tuple[Peer, Peer, str]], rate: float, seconds: float, tally: Tally,
                       prefix: str = "m") -> tuple[int, float]:
    """Messages at ``rate``/s spread over the chats, alternating customer -> agent
    and agent -> customer; returns how many were sent and in how many seconds."""
    interval = 1.0 / rate
    total = int(rate * seconds)
    start = time.perf_counter()
    for n in range(total):
        delay = start + n * interval - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        customer, agent, conv = pairs[n % len(pairs)]
        from_customer = (n // len(pairs)) % 2 == 0
        sender = customer if from_customer else agent
        mid = f"{prefix}{n}"
        text = f"bench:{'c' if from_customer else 'a'}:{mid}"
        tally.sent_at[mid] = time.perf_counter_ns()
        await sender.ws.send_str(p.encode(p.ChatSend(id=mid, conversation_id=conv, text=text)))
    return total, time.perf_counter() - start


async def run(args: argparse.Namespace, children: Children) -> dict[str, object]:
    data_dir = Path(tempfile.mkdtemp(prefix="bench-relay-"))
    children.callback(shutil.rmtree, data_dir, ignore_errors=True)
    url = args.database_url or sqlite_url(data_dir / "hub.db")
    agents_n = -(-args.chats // 3)
    t0 = time.perf_counter()
    await prepare_store(url, agents_n, data_dir)
    port = args.port
    hub = start_hub(children, data_dir, args.database_url, port)
    private = (data_dir / "demo-idp-private.pem").read_text()
    tally = Tally()
    conn = aiohttp.TCPConnector(limit=0)
    try:
        async with aiohttp.ClientSession(connector=conn) as session:
            chats = await open_chats(session, port, private, args.chats, tally)
            setup_s = time.perf_counter() - t0
            print(f"setup: {len(chats.customers)} chats, {len(chats.agents)} agents in {setup_s:.1f} s", flush=True)
            total, send_elapsed = await send_at_rate(chats.pairs, args.rate, args.seconds, tally)
            drain_deadline = time.monotonic() + 10
            while len(tally.received) < total and time.monotonic() < drain_deadline:
                await asyncio.sleep(0.05)
            await chats.close()
    finally:
        stop(hub)

    lat = sorted(tally.latencies_ms)

    def pct(q: float) -> float:
        return round(lat[min(len(lat) - 1, int(q * len(lat)))], 2) if lat else float("nan")

    return {
        "chats": args.chats,
        "agents": agents_n,
        "database": "postgresql" if args.database_url.startswith("postgres") else "sqlite",
        "target_messages_per_s": args.rate,
        "seconds": args.seconds,
        "messages_sent": total,
        "messages_per_s": round(total / send_elapsed, 1),
        "delivered": len(tally.received),
        "lost": total - len(tally.received),
        "errors": tally.errors,
        "p50_ms": pct(0.50),
        "p99_ms": pct(0.99),
        "max_ms": round(lat[-1], 2) if lat else None,
        "mean_ms": round(statistics.fmean(lat), 2) if lat else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="200 chats for 10 s (under 60 s in all)")
    parser.add_argument("--chats", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=500.0, help="messages per second, all chats together")
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--database-url", default="", help="default: SQLite in a temporary directory")
    parser.add_argument("--port", type=int, default=18751)
    args = parser.parse_args()
    if args.quick:
        args.chats, args.seconds = min(args.chats, 200), min(args.seconds, 10.0)
    with Children() as children:  # the hub and the data directory end with the bench, however it ends
        result = asyncio.run(run(args, children))
    for key, value in result.items():
        print(f"{key:>22}: {value}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
