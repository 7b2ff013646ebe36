"""The backup-and-restore drill, long form: an online backup of a bigger
database while a hub process serves chats under load, restored into a fresh
database that a fresh hub serves, on SQLite and on PostgreSQL
(tests/reliability/backup_drill.py says what runs and what is checked; the
suite's short form is tests/reliability/test_backup_restore.py: 2,000 stored
messages, 4 chats).

    .venv/bin/python bench/backup.py              # 200,000 stored messages, 20 chats, each database
    .venv/bin/python bench/backup.py --quick      # the suite's short form
    .venv/bin/python bench/backup.py --sqlite-only

PostgreSQL: fresh databases on ``--database-url``'s server, $TEST_POSTGRES_URL's,
or scripts/postgres.sh's (TEST_PG_PORT). Human lines, then one JSON object;
exit 1 when a check fails.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.pgserver import fresh_database, postgres_server  # noqa: E402
from scripts.children import Children  # noqa: E402
from tests.reliability.backup_drill import BackupDrill, BackupSettings, Findings  # noqa: E402


def verdict(f: Findings) -> list[str]:
    failed = []
    if f.acked_during_backup == 0:
        failed.append("nothing was acknowledged while the backup ran (the hub stopped serving?)")
    if f.missing_after_restore:
        failed.append(f"{len(f.missing_after_restore)} acknowledged messages missing after the restore")
    if f.torn_conversations:
        failed.append(f"{len(f.torn_conversations)} conversations torn (not one snapshot)")
    if not f.resumed_ok or f.continued_seq != 1:
        failed.append("the restored hub did not serve the conversation on")
    return failed


async def drill(name: str, source: str, target: str, directory: Path, settings: BackupSettings) -> dict:
    started = time.monotonic()
    d = BackupDrill(source, target, directory, settings)
    try:
        f = await d.run()
    finally:
        await d.close()
    failed = verdict(f)
    for line in failed:
        print(f"{name} FAILED: {line}")
    print(f"{name}: backup {f.backup}, restore {f.restore}", flush=True)
    return {
        f"{name}_stored_messages": f.messages_in_backup,
        f"{name}_backup_s": f.backup.get("seconds"), f"{name}_backup_bytes": f.backup.get("bytes"),
        f"{name}_restore_s": f.restore.get("seconds"),
        f"{name}_acked_before_backup": f.acked_before_backup, f"{name}_acked_during_backup": f.acked_during_backup,
        f"{name}_missing_after_restore": len(f.missing_after_restore),
        f"{name}_torn_conversations": len(f.torn_conversations),
        f"{name}_drill_wall_s": round(time.monotonic() - started, 1), f"{name}_passed": not failed,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="the suite's short form: 2,000 stored messages, 4 chats")
    parser.add_argument("--messages", type=int, default=200_000, help="stored beforehand (ended conversations)")
    parser.add_argument("--pairs", type=int, default=20)
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument("--database-url", default="", help="a PostgreSQL server; fresh databases are made on it")
    args = parser.parse_args()
    if args.quick:
        args.messages, args.pairs = 2000, 4
    settings = BackupSettings(pairs=args.pairs, filler_messages=args.messages, before_s=2.0, after_s=1.0)
    result: dict[str, object] = {"backup_filler_messages": args.messages, "backup_chats": args.pairs}
    with Children() as children:
        directory = Path(tempfile.mkdtemp(prefix="bench-backup-"))
        children.callback(shutil.rmtree, directory, ignore_errors=True)
        result |= asyncio.run(drill("sqlite", "", "", directory / "sqlite", settings))
        server = None if args.sqlite_only else args.database_url or postgres_server(children)
        if server is not None:
            source, target = fresh_database(children, server), fresh_database(children, server)
            result |= asyncio.run(drill("postgres", source, target, directory / "postgres", settings))
    for key, value in result.items():
        print(f"{key:>32}: {value}")
    print(json.dumps(result))
    if not all(v for k, v in result.items() if k.endswith("_passed")):
        sys.exit(1)


if __name__ == "__main__":
    main()
