"""Soak: one hub process under steady chat load for an hour; its resources must stay flat.

A hub process (SQLite, or ``--database-url``'s PostgreSQL) with ``--chats``
served chats (bench/chat_relay.py's set-up); messages both ways at ``--rate``
per second for ``--minutes``. Every ``--sample-s`` seconds: the hub's RSS,
open files (descriptors) and threads (psutil), its asyncio tasks (the hub
logs every task on SIGUSR2: counted in its log), and the period's delivered
messages, late ones (not delivered by the period's end) and p99 delivery.
Flat means: nothing late (a hub that falls behind grows for its backlog),
the last quarter's RSS
within ``--rss-slack-mb`` of the first quarter's after warm-up, and open files
and tasks the same at the end as after the first sample.

Not in CI (an hour). The issue's figure: half of the 2,000 messages/s target.

    .venv/bin/python bench/soak.py                     # 60 min at 1,000 messages/s over 200 chats
    .venv/bin/python bench/soak.py --quick             # 2 min at 250 messages/s, samples every 15 s
    .venv/bin/python bench/soak.py --rate 500 --minutes 30

Human lines (one per sample), then one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import signal
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.chat_relay import Tally, open_chats, prepare_store, send_at_rate, start_hub  # noqa: E402
from bench.pgserver import fresh_database  # noqa: E402
from scripts.children import Children, stop  # noqa: E402
from service_hub.store.db import sqlite_url  # noqa: E402

TASK_LINE = re.compile(rb"^.*task \S+:$", re.MULTILINE)


async def count_tasks(pid: int, log: Path) -> int:
    """The hub's asyncio tasks: SIGUSR2 makes it log one 'task <name>:' line each."""
    before = log.stat().st_size
    os.kill(pid, signal.SIGUSR2)
    await asyncio.sleep(1.0)
    with log.open("rb") as f:
        f.seek(before)
        return len(TASK_LINE.findall(f.read()))


def p99(values: list[float]) -> float | None:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))], 1) if ordered else None


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
    samples: list[dict[str, object]] = []
    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
            chats = await open_chats(session, args.port, private, args.chats, tally)
            started = time.monotonic()
            n = 0
            while time.monotonic() - started < args.minutes * 60:
                sent, elapsed = await send_at_rate(chats.pairs, args.rate, args.sample_s, tally, prefix=f"s{n}-")
                await asyncio.sleep(0.5)  # the period's last messages arrive
                sample = {"minute": round((time.monotonic() - started) / 60, 1),
                          "sent_per_s": round(sent / elapsed, 1), "late": sent - len(tally.received),
                          "p99_ms": p99(tally.latencies_ms), "rss_mb": round(proc.memory_info().rss / 2**20, 1),
                          "open_files": proc.num_fds(), "threads": proc.num_threads(),
                          "tasks": await count_tasks(hub.pid, log)}
                samples.append(sample)
                print("  " + ", ".join(f"{k} {v}" for k, v in sample.items()), flush=True)
                tally.sent_at.clear()
                tally.received.clear()
                tally.latencies_ms.clear()
                n += 1
            await chats.close()
    finally:
        stop(hub)
    return verdict(args, samples)


def verdict(args: argparse.Namespace, samples: list[dict]) -> dict[str, object]:
    quarter = max(1, len(samples) // 4)
    warm = samples[1:] or samples  # the first sample is the warm-up (caches, pools)
    first_rss = statistics.fmean(s["rss_mb"] for s in warm[:quarter])
    last_rss = statistics.fmean(s["rss_mb"] for s in samples[-quarter:])
    out: dict[str, object] = {
        "soak_minutes": args.minutes, "soak_target_messages_per_s": args.rate, "soak_chats": args.chats,
        "soak_database": "postgresql" if args.database_url else "sqlite", "soak_samples": len(samples),
        # Not delivered by the end of their period (+0.5 s): behind, or lost; the flat
        # verdict needs none (a hub that falls behind grows for its backlog, not a leak).
        "soak_messages_late": sum(s["late"] for s in samples),
        "soak_rss_mb_first_quarter": round(first_rss, 1), "soak_rss_mb_last_quarter": round(last_rss, 1),
        "soak_rss_growth_mb": round(last_rss - first_rss, 1),
        "soak_open_files_first": warm[0]["open_files"], "soak_open_files_last": samples[-1]["open_files"],
        "soak_tasks_first": warm[0]["tasks"], "soak_tasks_last": samples[-1]["tasks"],
        "soak_threads_max": max(s["threads"] for s in samples),
        "soak_p99_ms_median": statistics.median(s["p99_ms"] for s in samples if s["p99_ms"] is not None),
        "soak_p99_ms_max": max(s["p99_ms"] for s in samples if s["p99_ms"] is not None),
        "soak_sent_per_s_min": min(s["sent_per_s"] for s in samples),
    }
    out["soak_flat"] = (out["soak_messages_late"] == 0 and out["soak_rss_growth_mb"] <= args.rss_slack_mb
                        and out["soak_open_files_last"] <= out["soak_open_files_first"]
                        and out["soak_tasks_last"] <= out["soak_tasks_first"])
    out["machine_load_avg_1m"] = round(os.getloadavg()[0], 2)
    out["samples"] = samples
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="2 minutes at 250 messages/s, samples every 15 s")
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--rate", type=float, default=1000.0, help="messages per second, all chats together")
    parser.add_argument("--chats", type=int, default=200)
    parser.add_argument("--sample-s", type=float, default=60.0)
    parser.add_argument("--rss-slack-mb", type=float, default=10.0, help="RSS growth still counted as flat")
    parser.add_argument("--database-url", default="", help="a PostgreSQL server; a fresh database is made on it")
    parser.add_argument("--port", type=int, default=0, help="default: a free one")
    args = parser.parse_args()
    if args.quick:
        args.minutes, args.rate, args.sample_s = 2.0, 250.0, 15.0
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
