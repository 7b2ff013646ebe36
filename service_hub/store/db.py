"""Engine creation and schema migration for SQLite (default) and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from .reachable import DATABASE_UNREACHABLE, DatabaseUnreachable, database_problem

MIGRATIONS = Path(__file__).with_name("migrations")

# PostgreSQL has one driver, psycopg 3: its async side for the engine and the
# bus (LISTEN/NOTIFY), its sync side for the store writer's thread. Configured
# URLs may name no driver, or asyncpg (the engine's driver before).
POSTGRES_SCHEMES = ("postgresql", "postgres")
ACCEPTED_POSTGRES_DRIVERS = ("", "psycopg", "asyncpg")
CONNECT_TIMEOUT_S = 10  # libpq waits forever by default for a server that does not answer


def sqlite_url(path: Path) -> str:
    return f"sqlite+aiosqlite:///{path}"


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def is_postgres(url: str) -> bool:
    return url.partition("://")[0].partition("+")[0] in POSTGRES_SCHEMES


def postgres_url(url: str, driver: str = "psycopg") -> str:
    """``url`` with the driver the hub uses (``driver="": a plain libpq URL,
    for psycopg's own connections); a clear error for a driver it does not."""
    scheme, sep, rest = url.partition("://")
    name, _, given = scheme.partition("+")
    if not sep or name not in POSTGRES_SCHEMES:
        raise ValueError(f"database_url: {scheme or url!r} is not supported; write "
                         f"postgresql://user@host/database, or nothing for SQLite in the data directory")
    if given not in ACCEPTED_POSTGRES_DRIVERS:
        raise ValueError(f"database_url: the driver {given!r} ({scheme}://) is not supported; "
                         f"write postgresql://user@host/database (the hub uses psycopg)")
    return f"postgresql{'+' + driver if driver else ''}://{rest}"


def check_database_url(url: str) -> None:
    """Raise ValueError, saying what is wrong, for a URL the hub cannot use."""
    if url and not is_sqlite(url):
        postgres_url(url)


def make_engine(url: str, *, sqlite_synchronous: str = "FULL") -> AsyncEngine:
    if is_sqlite(url):
        # Few connections: the store's single writer does nearly all writes in
        # group commits, so the others only read (WAL lets them run beside it).
        # Several writers would take turns through SQLite's busy handler, which
        # sleeps (measured 20-30 ms per write under load).
        engine = create_async_engine(url, connect_args={"timeout": 30}, pool_size=3, max_overflow=0)

        sqlite_pragmas(engine.sync_engine, sqlite_synchronous)
        return engine
    return create_async_engine(postgres_url(url), pool_size=10, max_overflow=10, pool_pre_ping=True,
                               connect_args={"connect_timeout": CONNECT_TIMEOUT_S})


def sqlite_pragmas(sync_engine: Any, synchronous: str | int) -> None:
    """Every new SQLite connection of ``sync_engine``: WAL lets readers run
    beside the writer; FULL makes a commit survive power loss as well as a
    killed process (the hub's default)."""

    @event.listens_for(sync_engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA synchronous={synchronous}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


async def migrate(engine: AsyncEngine) -> None:
    """Bring the schema to the newest Alembic revision. The first thing every
    command does with the database: one it cannot open is ``DatabaseUnreachable``."""

    def _upgrade(sync_conn: Any) -> None:
        cfg = _alembic_config()
        cfg.attributes["connection"] = sync_conn
        command.upgrade(cfg, "head")

    try:
        conn = await engine.connect()
    except DATABASE_UNREACHABLE as exc:
        raise DatabaseUnreachable(database_problem(engine.url.render_as_string(False), exc)) from exc
    try:
        async with conn.begin():
            await conn.run_sync(_upgrade)
    finally:
        await conn.close()
