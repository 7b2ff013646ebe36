"""The rolling-upgrade drill, long form: two hub processes on one PostgreSQL
behind a TCP load balancer, under chat load, each drained (SIGTERM) and
started again in turn, ``--rounds`` times (tests/reliability/upgrade_drill.py
says what runs and what is checked; the suite's short form is
tests/reliability/test_rolling_upgrade.py: 4 chats, one round).

    .venv/bin/python bench/upgrade.py            # 20 chats, 3 rounds (6 drains), 10 s between steps
    .venv/bin/python bench/upgrade.py --quick    # the suite's short form
    .venv/bin/python bench/upgrade.py --database-url postgresql://user@127.0.0.1/server

PostgreSQL: a fresh database on ``--database-url``'s server, $TEST_POSTGRES_URL's,
or scripts/postgres.sh's (TEST_PG_PORT). Human lines, then one JSON object;
exit 1 when a check fails (lost, duplicate, queue order, offer twice, exit code).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.pgserver import fresh_database, postgres_server  # noqa: E402
from scripts.children import Children  # noqa: E402
from tests.reliability.upgrade_drill import Drill, DrillSettings, Findings  # noqa: E402


def verdict(f: Findings, settings: DrillSettings) -> list[str]:
    """What failed, in words; empty when the drill passed."""
    failed = []
    if f.exit_codes != [0] * (2 * settings.rounds):
        failed.append(f"exit codes {f.exit_codes}")
    if f.unacknowledged:
        held = {client: f"{len(ids)} ({ids[0]}..{ids[-1]})" for client, ids in f.unacknowledged.items()}
        failed.append(f"clients still holding unacknowledged messages: {held}")
        for session in f.database_sessions:
            failed.append(f"  database session then: {session}")
    if f.acked != f.sent or f.errors:
        failed.append(f"{f.sent - f.acked} not acknowledged, errors {f.errors}")
    if f.lost or f.duplicates:
        failed.append(f"lost {len(f.lost)}, duplicates {len(f.duplicates)}")
    if f.queue_after != f.queue_before or f.served_in_order != f.queue_before[:2]:
        failed.append("the waiting lost their places")
    if f.arrivals_unserved:
        failed.append(f"{len(f.arrivals_unserved)} arrivals not served")
    if f.offers_shown_twice or f.on_offer_twice:
        failed.append("an offer shown twice")
    return failed


async def run(args: argparse.Namespace, url: str, directory: Path) -> dict[str, object]:
    settings = DrillSettings(pairs=args.pairs, rounds=args.rounds, settle_s=args.settle_s)
    drill = Drill(url, directory, settings)
    started = time.monotonic()
    try:
        f = await drill.run()
    finally:
        await drill.close()
    failed = verdict(f, settings)
    for line in failed:
        print(f"FAILED: {line}")
    return {
        "upgrade_chats": args.pairs, "upgrade_drains": len(f.exit_codes),
        "upgrade_wall_s": round(time.monotonic() - started, 1),
        "upgrade_messages_sent": f.sent, "upgrade_messages_acked": f.acked,
        "upgrade_lost": len(f.lost), "upgrade_duplicates": len(f.duplicates),
        "upgrade_queue_kept": f.queue_after == f.queue_before,
        "upgrade_offers": f.offers, "upgrade_offers_shown_twice": len(f.offers_shown_twice) + len(f.on_offer_twice),
        "upgrade_arrivals": f.arrivals, "upgrade_arrivals_unserved": len(f.arrivals_unserved),
        "upgrade_exit_codes": f.exit_codes, "upgrade_drain_s_max": max(f.drain_s, default=None),
        "upgrade_client_away_s_max": max(f.away_s, default=None), "upgrade_passed": not failed,
        "findings": {k: v for k, v in asdict(f).items() if k in ("drain_s", "away_s", "errors")},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="the suite's short form: 4 chats, one round")
    parser.add_argument("--pairs", type=int, default=20, help="chats with messages both ways every 50 ms")
    parser.add_argument("--rounds", type=int, default=3, help="each round drains and restarts both processes")
    parser.add_argument("--settle-s", type=float, default=10.0, help="load between steps")
    parser.add_argument("--database-url", default="", help="a PostgreSQL server; a fresh database is made on it")
    args = parser.parse_args()
    if args.quick:
        args.pairs, args.rounds, args.settle_s = 4, 1, 2.0
    with Children() as children:
        server = args.database_url or postgres_server(children)
        if server is None:
            raise SystemExit("the rolling-upgrade drill needs PostgreSQL (two processes, one database)")
        directory = Path(tempfile.mkdtemp(prefix="bench-upgrade-"))
        result: dict[str, object] = {}
        # The hubs' logs stay for a look when the drill fails.
        children.callback(lambda: result.get("upgrade_passed") and shutil.rmtree(directory, ignore_errors=True))
        result |= asyncio.run(run(args, fresh_database(children, server), directory))
    if not result["upgrade_passed"]:
        print(f"the hubs' logs: {directory}/hub-*.log")
    for key, value in result.items():
        print(f"{key:>28}: {value}")
    print(json.dumps(result))
    if not result["upgrade_passed"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
