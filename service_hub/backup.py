"""Online backup and restore: ``service-hub backup`` and ``service-hub restore``.

    service-hub --data-dir /srv/hub backup --output /backup/hub-2026-12-01.db     # SQLite
    service-hub --database-url postgresql://hub@db/hub backup --output hub.dump  # PostgreSQL
    service-hub --data-dir /srv/new-hub restore --input /backup/hub-2026-12-01.db

Both run while the hub serves and give a consistent snapshot: on SQLite
sqlite3's online backup API copies the database in one read transaction (WAL
lets the hub keep writing meanwhile); on PostgreSQL ``pg_dump`` takes one
repeatable-read snapshot (custom format, for ``pg_restore``). Every message
acknowledged before the backup started is in it: the hub acknowledges only
what is committed.

``restore`` fills a database no hub uses (a new data directory, or a new,
empty PostgreSQL database), then brings the schema up to date, so a backup of
an older version restores into a newer hub. It refuses a database that
already has tables: restoring over a live one is never what an operator
meant. docs/operations.md has the whole procedure.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.engine import URL, make_url

from .store.db import is_sqlite, make_engine, migrate


class BackupError(Exception):
    """What went wrong, in a sentence for the operator."""


def _sqlite_path(url: str) -> Path:
    database = make_url(url).database
    if not database:
        raise BackupError("the SQLite database has no file (an in-memory database cannot be backed up)")
    return Path(database)


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """The URL as pg_dump and pg_restore take it, the password in the environment, not on the command line."""
    parsed: URL = make_url(url).set(drivername="postgresql")
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
        parsed = parsed.set(password=None)
    return parsed.render_as_string(hide_password=False), env


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(f"{name} is not installed (Debian: apt install postgresql-client)")
    return found


def _run(command: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise BackupError(f"{Path(command[0]).name} failed: {done.stderr.strip()[:500]}")


def backup(url: str, output: Path) -> dict[str, Any]:
    """A consistent copy of the database at ``url`` in ``output`` while the hub serves."""
    started = time.monotonic()
    output.parent.mkdir(parents=True, exist_ok=True)
    if is_sqlite(url):
        source = _sqlite_path(url)
        if not source.exists():
            raise BackupError(f"there is no database at {source}")
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
        dst = sqlite3.connect(output)
        try:
            src.backup(dst)  # all pages in one step: one read transaction, one snapshot
        finally:
            dst.close()
            src.close()
        kind = "sqlite"
    else:
        dsn, env = _libpq(url)
        _run([_tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(output), dsn], env)
        kind = "postgresql"
    return {"database": kind, "file": str(output), "bytes": output.stat().st_size,
            "seconds": round(time.monotonic() - started, 3)}


async def _tables(url: str) -> list[str]:
    engine = make_engine(url)
    try:
        async with engine.connect() as conn:
            return await conn.run_sync(lambda c: inspect(c).get_table_names())
    finally:
        await engine.dispose()


async def restore(url: str, source: Path) -> dict[str, Any]:
    """The backup ``source`` into the unused database at ``url``, brought up to this version's schema."""
    if not source.exists():
        raise BackupError(f"there is no backup at {source}")
    started = time.monotonic()
    if is_sqlite(url):
        target = _sqlite_path(url)
        if target.exists() and target.stat().st_size > 0:
            raise BackupError(f"{target} exists: restore into a new data directory (stop the hub, move it away)")
        target.parent.mkdir(parents=True, exist_ok=True)
        src, dst = sqlite3.connect(f"file:{source}?mode=ro", uri=True), sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    else:
        if await _tables(url):
            raise BackupError("the database already has tables: restore into a new, empty database")
        dsn, env = _libpq(url)
        await asyncio.to_thread(_run, [_tool("pg_restore"), "--no-owner", "--exit-on-error", "--dbname", dsn,
                                       str(source)], env)
    engine = make_engine(url)
    try:
        await migrate(engine)  # a backup of an older version: its schema brought up to date
    finally:
        await engine.dispose()
    return {"restored": str(source), "seconds": round(time.monotonic() - started, 3)}


def add_backup_parsers(sub: Any, load_config: Callable[[argparse.Namespace], Any]) -> None:
    made = sub.add_parser("backup", help="a consistent copy of the database while the hub serves")
    made.add_argument("--output", "-o", required=True, metavar="FILE")
    back = sub.add_parser("restore", help="a backup into a new data directory or an empty database")
    back.add_argument("--input", "-i", required=True, metavar="FILE")

    def run_backup(args: argparse.Namespace) -> int:
        return _report(lambda: backup(load_config(args).resolved_database_url(), Path(args.output)))

    def run_restore(args: argparse.Namespace) -> int:
        url = load_config(args).resolved_database_url()
        return _report(lambda: asyncio.run(restore(url, Path(args.input))))

    made.set_defaults(func=run_backup)
    back.set_defaults(func=run_restore)


def _report(action: Callable[[], dict[str, Any]]) -> int:
    try:
        print(json.dumps(action()))
    except (BackupError, sqlite3.Error, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0
