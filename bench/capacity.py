"""One hub process's ceiling: ramp the load until p99 delivery passes 50 ms.

For SQLite, then PostgreSQL, a fresh hub process (``service-hub serve``) on
127.0.0.1:

1. memory per connection: the hub's RSS (psutil) before and after
   ``--idle-connections`` signed-in customers connect and say nothing;
2. messages: ``--chats`` served chats (chat.start -> handoff -> offer ->
   accept, as bench/chat_relay.py), then steps of rising rates (messages both
   ways spread over every chat, ``--step-s`` each). A step holds when p99
   delivery (sender's send to the other party's receipt of the committed
   ``chat.message``) is <= 50 ms, every message arrived, and the sender kept
   the rate (>= 95 %). The ramp stops at the first step that does not hold;
   ``*_max_messages_per_s`` is the delivered rate of the last one that did.
   The hub's CPU time (user + system) over a step, less what it spends idle
   with the same connections (measured for 3 s before the ramp), divided by
   the messages delivered is ``*_hub_cpu_us_per_message`` (at the highest
   step held);
3. handoffs: steps of rising customer arrivals (chat.start -> handoff.request,
   an agent accepts and ends at once; bench/routing.py's end-to-end run, a
   fresh hub each step) until p99 enqueue-to-offer passes 50 ms or the
   arrivals fall behind.

The load generator is this one Python process on the same machine (2 cores
here): its CPU share is reported (``*_generator_cpu_share``), and a ramp that
ends because the generator cannot keep the rate says so (``*_limited_by``).

    .venv/bin/python bench/capacity.py            # 300 chats, 10 s steps, 1,000 idle connections
    .venv/bin/python bench/capacity.py --quick    # 100 chats, 3 s steps, 300 idle connections
    .venv/bin/python bench/capacity.py --sqlite-only

Human lines, then one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.chat_relay import Tally, connect, open_chats, prepare_store, send_at_rate, start_hub  # noqa: E402
from bench.pgserver import fresh_database, postgres_server  # noqa: E402
from bench.routing import _e2e_run  # noqa: E402
from scripts.children import Children, stop  # noqa: E402
from service_hub.demo_idp import mint_customer_token  # noqa: E402
from service_hub.store.db import sqlite_url  # noqa: E402

P99_LIMIT_MS = 50.0
MESSAGE_RATES = [100, 250, 500, 1000, 1500, 2000, 2500, 3000, 3500, 4000, 5000, 6000, 8000]
HANDOFF_RATES = [25, 50, 100, 150, 200, 300, 400, 600, 800]


def p99(values: list[float]) -> float | None:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))], 2) if ordered else None


def cpu_s(proc: psutil.Process) -> float:
    t = proc.cpu_times()
    return t.user + t.system


async def memory_per_connection(session: aiohttp.ClientSession, port: int, private: str, hub: psutil.Process,
                                n: int) -> tuple[float, list[aiohttp.ClientWebSocketResponse]]:
    """KB of hub RSS per signed-in idle customer connection (the sockets stay open)."""
    await asyncio.sleep(0.5)
    before = hub.memory_info().rss
    peers = []
    for start in range(0, n, 100):
        peers += await asyncio.gather(*(
            connect(session, f"ws://127.0.0.1:{port}/ws", mint_customer_token(private, f"idle-{i}", f"Idle {i}"),
                    "customer") for i in range(start, min(start + 100, n))))
    await asyncio.sleep(1.0)
    return round((hub.memory_info().rss - before) / 1024 / n, 1), [peer.ws for peer in peers]


async def message_ramp(args: argparse.Namespace, children: Children, database_url: str) -> dict[str, object]:
    data_dir = Path(tempfile.mkdtemp(prefix="bench-capacity-"))
    children.callback(shutil.rmtree, data_dir, ignore_errors=True)
    await prepare_store(database_url or sqlite_url(data_dir / "hub.db"), -(-args.chats // 3), data_dir)
    hub = start_hub(children, data_dir, database_url, args.port)
    proc, me = psutil.Process(hub.pid), psutil.Process()
    private = (data_dir / "demo-idp-private.pem").read_text()
    tally = Tally()
    out: dict[str, object] = {}
    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
            out["memory_per_connection_kb"], idle = await memory_per_connection(
                session, args.port, private, proc, args.idle_connections)
            chats = await open_chats(session, args.port, private, args.chats, tally)
            out["hub_rss_mb"] = round(proc.memory_info().rss / 2**20, 1)
            # What the hub spends with nothing said (heartbeats, routing ticks,
            # queue news): taken off each step's CPU, which leaves the messages' own.
            idle_cpu, idle_at = cpu_s(proc), time.monotonic()
            await asyncio.sleep(3.0)
            idle_per_s = (cpu_s(proc) - idle_cpu) / (time.monotonic() - idle_at)
            out["hub_idle_cpu_share"] = round(idle_per_s, 3)
            steps = []
            for step, rate in enumerate(r for r in MESSAGE_RATES if r <= args.max_rate):
                first = len(tally.latencies_ms)
                hub_cpu, own_cpu, received = cpu_s(proc), cpu_s(me), len(tally.received)
                sent, elapsed = await send_at_rate(chats.pairs, rate, args.step_s, tally, prefix=f"r{step}-")
                deadline = time.monotonic() + 3
                while len(tally.received) - received < sent and time.monotonic() < deadline:
                    await asyncio.sleep(0.02)
                delivered = len(tally.received) - received
                fig = {"target": rate, "sent_per_s": round(sent / elapsed, 1),
                       "delivered_per_s": round(delivered / elapsed, 1), "lost": sent - delivered,
                       "p99_ms": p99(tally.latencies_ms[first:]),
                       "hub_cpu_us_per_message": round(
                           (cpu_s(proc) - hub_cpu - idle_per_s * elapsed) * 1e6 / max(delivered, 1), 1),
                       "generator_cpu_share": round((cpu_s(me) - own_cpu) / elapsed, 2)}
                steps.append(fig)
                print(f"  {rate:>5}/s: delivered {fig['delivered_per_s']}/s, p99 {fig['p99_ms']} ms, "
                      f"lost {fig['lost']}, hub {fig['hub_cpu_us_per_message']} us/message, "
                      f"generator CPU {fig['generator_cpu_share']}", flush=True)
                if not holds(fig):
                    break
            await chats.close()
            for ws in idle:
                await ws.close()
    finally:
        stop(hub)
    held = [s for s in steps if holds(s)]
    best = held[-1] if held else None
    out["max_messages_per_s"] = best["delivered_per_s"] if best else 0.0
    out["p99_ms_at_max"] = best["p99_ms"] if best else None
    # With no step held (a loaded machine), the lowest step's cost still says something.
    out["hub_cpu_us_per_message"] = (best or steps[0])["hub_cpu_us_per_message"] if steps else None
    out["generator_cpu_share_at_max"] = best["generator_cpu_share"] if best else None
    out["limited_by"] = limit_reason(steps)
    out["steps"] = steps
    return out


def holds(step: dict) -> bool:
    return (step["p99_ms"] is not None and step["p99_ms"] <= P99_LIMIT_MS and step["lost"] == 0
            and step["sent_per_s"] >= 0.95 * step["target"])


def limit_reason(steps: list[dict]) -> str:
    last = steps[-1] if steps else None
    if last is None or holds(last):
        return "the ramp's highest step (not reached)"
    if last["sent_per_s"] < 0.95 * last["target"]:
        return "the load generator could not send faster (shared machine)"
    if last["lost"]:
        return f"{last['lost']} messages not delivered within 3 s"
    return f"p99 {last['p99_ms']} ms > {P99_LIMIT_MS:.0f} ms"


async def handoff_ramp(args: argparse.Namespace, children: Children, database_url: str) -> dict[str, object]:
    best: dict | None = None
    steps = []
    for rate in (r for r in HANDOFF_RATES if r <= args.max_handoff_rate):
        customers = int(rate * 2) + 50  # arrivals come back when their chat ends: enough to keep the rate
        fig = await _e2e_run(children, fresh_database(children, database_url) if database_url else "",
                             customers, max(20, rate // 5), rate, args.step_s, 3.0)
        step = {"target": rate, "handoffs_per_s": fig["handoffs_per_s"], "p99_ms": fig["p99_ms"],
                "offered": fig["offered"], "handoffs": fig["handoffs"], "errors": fig["errors"]}
        steps.append(step)
        print(f"  {rate:>4} handoffs/s: {step['handoffs_per_s']}/s, enqueue-to-offer p99 {step['p99_ms']} ms, "
              f"offered {step['offered']}/{step['handoffs']}", flush=True)
        ok = (step["p99_ms"] is not None and step["p99_ms"] <= P99_LIMIT_MS and step["offered"] >= step["handoffs"]
              and step["handoffs_per_s"] >= 0.95 * rate)
        if not ok:
            break
        best = step
    return {"max_handoffs_per_s": best["handoffs_per_s"] if best else 0.0,
            "handoff_p99_ms_at_max": best["p99_ms"] if best else None, "handoff_steps": steps}


def run(args: argparse.Namespace) -> dict[str, object]:
    result: dict[str, object] = {}
    with Children() as children:
        server = None if args.sqlite_only else args.database_url or postgres_server(children)
        databases = [("sqlite", "")] + ([("postgres", server)] if server else [])
        for name, server_url in databases:
            print(f"{name}: messages", flush=True)
            url = fresh_database(children, server_url) if server_url else ""
            for key, value in asyncio.run(message_ramp(args, children, url)).items():
                result[f"{name}_{key}"] = value
            print(f"{name}: handoffs", flush=True)
            for key, value in asyncio.run(handoff_ramp(args, children, server_url)).items():
                result[f"{name}_{key}"] = value
    result["target_messages_per_s"] = 2000
    result["meets_target"] = all(result.get(f"{n}_max_messages_per_s", 0) >= 2000 for n, _ in databases)
    result["hub_cpu_us_per_message"] = result.get("sqlite_hub_cpu_us_per_message")
    result["memory_per_connection_kb"] = result.get("sqlite_memory_per_connection_kb")
    result["machine_cores"] = os.cpu_count()
    result["machine_load_avg_1m"] = round(os.getloadavg()[0], 2)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="100 chats, 3 s steps, 300 idle connections")
    parser.add_argument("--chats", type=int, default=300)
    parser.add_argument("--step-s", type=float, default=10.0)
    parser.add_argument("--idle-connections", type=int, default=1000)
    parser.add_argument("--max-rate", type=int, default=MESSAGE_RATES[-1], help="highest message step")
    parser.add_argument("--max-handoff-rate", type=int, default=HANDOFF_RATES[-1])
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument("--database-url", default="", help="a PostgreSQL server; fresh databases are made on it")
    parser.add_argument("--port", type=int, default=0, help="default: a free one")
    args = parser.parse_args()
    if args.quick:
        args.chats, args.step_s, args.idle_connections = 100, 3.0, 300
    if not args.port:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            args.port = s.getsockname()[1]
    result = run(args)
    for key, value in result.items():
        if not key.endswith("steps"):
            print(f"{key:>40}: {value}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
