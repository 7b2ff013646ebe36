"""Event-loop cost of the cross-process bus (LISTEN/NOTIFY on PostgreSQL).

    TEST_POSTGRES_URL=$(scripts/postgres.sh start) .venv/bin/python bench/bus.py [--quick]

One ``PgBus`` publishes events at a steady rate and receives them back on its
own listening connection, as a single hub on PostgreSQL does for every chat
message; the figure is the CPU time of the event loop's thread per event.
Prints readable lines, then one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from service_hub.coordination.bus import PgBus  # noqa: E402


async def run(url: str, rate: int, seconds: float) -> dict[str, float]:
    bus = PgBus(url)

    async def handler(_event: dict) -> None:  # a process's own events stop before this
        return None

    await bus.start(handler)
    try:
        await asyncio.sleep(0.5)
        total = int(rate * seconds)
        cpu0, wall0 = time.thread_time(), time.perf_counter()
        for n in range(total):
            delay = wall0 + n / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            bus.publish({"k": "m", "c": f"conv-{n % 200}", "s": n})
        await bus.flush()
        await asyncio.sleep(0.5)  # its own notifications come back meanwhile
        cpu = time.thread_time() - cpu0
    finally:
        await bus.stop()
    return {"events": total, "rate_per_s": rate, "loop_cpu_s": round(cpu, 3),
            "loop_cpu_us_per_event": round(cpu / total * 1e6, 1), "published": bus.published}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="3 s instead of 10")
    parser.add_argument("--rate", type=int, default=500)
    parser.add_argument("--database-url", default=os.environ.get("TEST_POSTGRES_URL", ""))
    args = parser.parse_args()
    if not args.database_url:
        print("bench/bus.py needs PostgreSQL: --database-url or TEST_POSTGRES_URL "
              "(TEST_POSTGRES_URL=$(scripts/postgres.sh start))", file=sys.stderr)
        return 1
    result = asyncio.run(run(args.database_url, args.rate, 3.0 if args.quick else 10.0))
    print(f"{result['events']} events at {args.rate}/s: event loop {result['loop_cpu_us_per_event']} us CPU per event")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
