"""PostgreSQL for the benchmarks: $TEST_POSTGRES_URL or scripts/postgres.sh's
throw-away server, and fresh databases on it that are dropped when the bench ends."""

from __future__ import annotations

import os
from pathlib import Path

from scripts.children import Children

ROOT = Path(__file__).resolve().parent.parent


def postgres_server(children: Children) -> str | None:
    """$TEST_POSTGRES_URL, or the throw-away server of scripts/postgres.sh:
    started if it was not running, and then stopped when the bench ends.
    None when neither works."""
    import subprocess

    base = os.environ.get("TEST_POSTGRES_URL")
    if base:
        return base
    script = str(ROOT / "scripts" / "postgres.sh")
    was_running = subprocess.run([script, "status"], capture_output=True).returncode == 0
    try:
        base = subprocess.run([script, "start"], check=True, capture_output=True, text=True,
                              timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError) as exc:  # no server binaries: measure SQLite only
        print(f"no PostgreSQL ({getattr(exc, 'stderr', '') or exc}); PostgreSQL figures skipped")
        return None
    if not was_running:
        children.callback(subprocess.run, [script, "stop"], check=False, timeout=60)
    return base


def fresh_database(children: Children, base: str) -> str:
    """A new database on the server at ``base``, dropped when the bench ends."""
    import uuid

    import psycopg

    from service_hub.store.db import postgres_url

    name = "bench_" + uuid.uuid4().hex[:10]
    with psycopg.connect(postgres_url(base, driver=""), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(postgres_url(base, driver=""), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    children.callback(drop)
    return f"{base.rpartition('/')[0]}/{name}"
