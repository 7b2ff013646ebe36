"""Soak: one hub process under a held chat load; its resources must stay flat.

A fresh hub process (SQLite, or ``--database-url``'s PostgreSQL) with
``--chats`` served chats (bench/chat_relay.py's set-up); messages both ways at
``--rate`` per second, held for ``--minutes``. Every ``--sample-s`` seconds,
while the load goes on: the hub's RSS, open file descriptors and threads
(psutil), its asyncio tasks (the hub logs every task on SIGUSR2: counted in
its log, grouped by the outermost coroutine so a growing kind has a name),
and the interval's delivered messages, backlog (sent, not yet delivered) and
p99 delivery. At the end the generator waits up to 10 s for stragglers: what
never arrived is ``lost``.

Flat: the least-squares slope over the last two thirds of the run is under
5 % of the start value per hour (RSS, open files, tasks; ``flat`` = all three).
The first third is warm-up (caches, pools, SQLite's page cache).

The default rate is half of what ``bench/capacity.py --quick`` sustained at
p99 <= 50 ms on this shared 2-core machine (docs/benchmarks.md). Not in CI.

    .venv/bin/python bench/soak.py                     # 60 min at 250 messages/s over 200 chats
    .venv/bin/python bench/soak.py --quick             # 30 s, samples every 5 s
    .venv/bin/python bench/soak.py --minutes 20 --database-url postgresql+asyncpg://...

Human lines (one per sample), then one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import os
import re
import shutil
import signal
import socket
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import aiohttp
import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.chat_relay import Tally, open_chats, prepare_store, send_at_rate, start_hub  # noqa: E402
from bench.pgserver import fresh_database  # noqa: E402
from scripts.children import Children, stop  # noqa: E402
from service_hub.store.db import sqlite_url  # noqa: E402

# The dump's "task <name>:" line, then its outermost frame "  <file>:<line> <function>".
TASK_DUMP = re.compile(rb"task \S+:\n(?:  \S+:\d+ (\S+)|\(no frames\))")
FLAT_PERCENT_PER_HOUR = 5.0
LOG_STAMP = re.compile(rb"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) WARNING .*task \S+:$", re.MULTILINE)
METRICS = ("rss_mb", "open_files", "tasks")


async def task_kinds(pid: int, log: Path) -> tuple[collections.Counter[str], float]:
    """The hub's asyncio tasks by outermost coroutine (SIGUSR2 logs each one's stack),
    and how long the dump held the hub's loop (its first to last log line, ms)."""
    before = log.stat().st_size
    os.kill(pid, signal.SIGUSR2)
    await asyncio.sleep(1.0)
    with log.open("rb") as f:
        f.seek(before)
        dump = f.read()
    stamps = [datetime.strptime(m.decode(), "%Y-%m-%d %H:%M:%S,%f") for m in LOG_STAMP.findall(dump)]
    held_ms = (stamps[-1] - stamps[0]).total_seconds() * 1000 if stamps else 0.0
    return collections.Counter((m.group(1) or b"?").decode() for m in TASK_DUMP.finditer(dump)), held_ms


def p99(values: list[float]) -> float | None:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))], 1) if ordered else None


def slope_per_hour(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of (minute, value) points, per hour."""
    if len(points) < 2:
        return 0.0
    mean_t = sum(t for t, _ in points) / len(points)
    mean_v = sum(v for _, v in points) / len(points)
    var = sum((t - mean_t) ** 2 for t, _ in points)
    return 60 * sum((t - mean_t) * (v - mean_v) for t, v in points) / var if var else 0.0


async def sampler(proc: psutil.Process, pid: int, log: Path, tally: Tally,
                  every_s: float, until: float, samples: list[dict], kinds: list[collections.Counter[str]]) -> None:
    started = time.monotonic()
    seen_latencies = seen_received = 0
    while time.monotonic() < until - 0.5:
        await asyncio.sleep(min(every_s, max(0.0, until - time.monotonic())))
        received, backlog = len(tally.received), len(tally.sent_at) - len(tally.received)
        latencies = tally.latencies_ms[seen_latencies:]
        minute = round((time.monotonic() - started) / 60, 2)
        kind, dump_ms = await task_kinds(pid, log)
        sample = {"minute": minute, "delivered": received - seen_received, "backlog": backlog,
                  "p99_ms": p99(latencies), "rss_mb": round(proc.memory_info().rss / 2**20, 1),
                  "open_files": proc.num_fds(), "threads": proc.num_threads(), "tasks": sum(kind.values()), "task_dump_ms": round(dump_ms)}
        seen_latencies += len(latencies)
        seen_received = received
        samples.append(sample)
        kinds.append(kind)
        print("  " + ", ".join(f"{k} {v}" for k, v in sample.items()), flush=True)


async def soak(args: argparse.Namespace, children: Children) -> dict[str, object]:
    data_dir = Path(tempfile.mkdtemp(prefix="bench-soak-"))
    children.callback(shutil.rmtree, data_dir, ignore_errors=True)
    await prepare_store(args.database_url or sqlite_url(data_dir / "hub.db"), -(-args.chats // 3), data_dir)
    log = data_dir.parent / f"{data_dir.name}-hub.log"
    children.callback(log.unlink, missing_ok=True)
    hub = start_hub(children, data_dir, args.database_url, args.port, log_file=log)
    proc = psutil.Process(hub.pid)
    private = (data_dir / "demo-idp-private.pem").read_text()
    tally = Tally()
    samples: list[dict] = []
    kinds: list[collections.Counter[str]] = []
    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
            chats = await open_chats(session, args.port, private, args.chats, tally)
            seconds = args.minutes * 60
            until = time.monotonic() + seconds
            await asyncio.gather(send_at_rate(chats.pairs, args.rate, seconds, tally),
                                 sampler(proc, hub.pid, log, tally, args.sample_s, until, samples, kinds))
            deadline = time.monotonic() + 10
            while len(tally.received) < len(tally.sent_at) and time.monotonic() < deadline:
                await asyncio.sleep(0.1)
            await chats.close()
    finally:
        stop(hub)
    return verdict(args, samples, kinds, len(tally.sent_at), len(tally.received), tally.errors)


def verdict(args: argparse.Namespace, samples: list[dict], kinds: list[collections.Counter[str]],
            sent: int, delivered: int, errors: int) -> dict[str, object]:
    out: dict[str, object] = {
        "soak_minutes": args.minutes, "target_messages_per_s": args.rate, "chats": args.chats,
        "database": "postgresql" if args.database_url else "sqlite", "samples_n": len(samples),
        "sent": sent, "delivered": delivered, "lost": sent - delivered, "errors": errors,
        "sent_per_s": round(sent / (args.minutes * 60), 1),
        "p99_ms_max": max((s["p99_ms"] for s in samples if s["p99_ms"] is not None), default=None),
        "backlog_max": max(s["backlog"] for s in samples),
        # The SIGUSR2 dump that counts the tasks stalls the hub's loop; the next interval's p99 carries it.
        "task_dump_ms_max": max(s["task_dump_ms"] for s in samples), "threads_max": max(s["threads"] for s in samples),
    }
    tail = [s for s in samples if s["minute"] >= args.minutes / 3]
    for key in METRICS:
        start = samples[0][key]
        slope = slope_per_hour([(s["minute"], s[key]) for s in tail])
        out |= {f"{key}_start": start, f"{key}_end": samples[-1][key], f"{key}_max": max(s[key] for s in samples),
                f"{key}_slope_per_hour": round(slope, 2),
                f"{key}_flat": slope < FLAT_PERCENT_PER_HOUR / 100 * start}
    out["flat"] = all(out[f"{key}_flat"] for key in METRICS)
    # What kinds of task there were more of at the end than at the start: names a task leak.
    out["task_kinds_grown"] = dict((kinds[-1] - kinds[0]).most_common(5))
    out["machine_load_avg_1m"] = round(os.getloadavg()[0], 2)
    out["samples"] = samples
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="30 s, samples every 5 s")
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--rate", type=float, default=250.0, help="messages per second, all chats together")
    parser.add_argument("--chats", type=int, default=200)
    parser.add_argument("--sample-s", type=float, default=30.0)
    parser.add_argument("--database-url", default="", help="a PostgreSQL server; a fresh database is made on it")
    parser.add_argument("--port", type=int, default=0, help="default: a free one")
    args = parser.parse_args()
    if args.quick:
        args.minutes, args.sample_s = 0.5, 5.0  # within 60 s with start-up and the drain
    if not args.port:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            args.port = s.getsockname()[1]
    with Children() as children:
        if args.database_url:
            args.database_url = fresh_database(children, args.database_url)
        result = asyncio.run(soak(args, children))
    for key, value in result.items():
        if key != "samples":
            print(f"{key:>28}: {value}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
