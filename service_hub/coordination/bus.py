"""Events between hub processes: an in-process no-op bus and PostgreSQL LISTEN/NOTIFY.

One hub process on SQLite (the default) needs no bus: everything it must tell
is told to its own connections, and :class:`LocalBus` is never asked to do
anything (``distributed`` is False, so the hub's coordinator is the
single-process one, ``coordination.local``). Several hub processes on one
PostgreSQL use :class:`PgBus`:

* one dedicated asyncpg connection LISTENs on one channel (``add_listener``);
  its ``application_name`` is the node id, so other processes can tell from
  ``pg_stat_activity`` whether this process is still alive (see
  ``store/cluster.py``: offers claimed by a dead node go back to waiting);
* another dedicated connection publishes: events are queued in order and sent
  in batches, one ``SELECT pg_notify(...) FROM unnest(...)`` per batch, so the
  order one process publishes in is the order every process receives in;
* a payload is a small JSON object (ids, seqs, small frames). One that would
  not fit NOTIFY's 8000-byte limit is written to the ``hub_events`` table and
  only its row id is notified; receivers read the row.

Receivers get ``(node, event)`` callbacks, run one at a time in arrival
order; a process ignores its own events.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

log = logging.getLogger(__name__)

CHANNEL = "service_hub_events"
MAX_INLINE_BYTES = 7000  # NOTIFY payloads must stay below 8000 bytes
Handler = Callable[[dict[str, Any]], Awaitable[None]]


class Bus:
    """What the hub needs from a bus. ``distributed`` False: one process, no traffic."""

    distributed = False
    node_id = "local"

    async def start(self, handler: Handler) -> None:
        return None

    async def stop(self) -> None:
        return None

    def publish(self, event: dict[str, Any]) -> None:
        return None

    async def flush(self) -> None:
        return None


class LocalBus(Bus):
    """The single-process bus: there is nobody else to tell."""


def _dsn(url: str) -> str:
    for prefix in ("postgresql+asyncpg://", "postgres+asyncpg://"):
        if url.startswith(prefix):
            return "postgresql://" + url[len(prefix):]
    return url


class PgBus(Bus):
    """LISTEN/NOTIFY on PostgreSQL; one instance per hub process."""

    distributed = True

    def __init__(self, database_url: str) -> None:
        self.dsn = _dsn(database_url)
        self.node_id = "hub-node:" + uuid.uuid4().hex[:16]
        self._counter = itertools.count(1)
        self._outbox: asyncio.Queue[str] = asyncio.Queue()
        self._inbox: asyncio.Queue[str] = asyncio.Queue()
        self._listen_conn: Any = None
        self._publish_conn: Any = None
        self._tasks: list[asyncio.Task[None]] = []
        self._handler: Handler | None = None
        self._idle = asyncio.Event()
        self._idle.set()
        self._stopping = False
        self.published = 0
        self.received = 0

    async def start(self, handler: Handler) -> None:
        import asyncpg

        self._handler = handler
        # The listening connection carries the node id: it is this process's
        # liveness as other processes see it in pg_stat_activity.
        self._listen_conn = await asyncpg.connect(
            self.dsn, server_settings={"application_name": self.node_id}
        )
        await self._listen_conn.add_listener(CHANNEL, self._on_notify)
        self._listen_conn.add_termination_listener(self._on_lost)
        self._publish_conn = await asyncpg.connect(
            self.dsn, server_settings={"application_name": self.node_id + ":pub"}
        )
        self._tasks = [
            asyncio.create_task(self._publish_loop(), name="bus-publish"),
            asyncio.create_task(self._receive_loop(), name="bus-receive"),
        ]

    async def stop(self) -> None:
        self._stopping = True
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.flush(), 2)
        for task in self._tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        for conn in (self._listen_conn, self._publish_conn):
            if conn is not None:
                with contextlib.suppress(Exception):
                    await conn.close(timeout=2)

    # ------------------------------------------------------------ publishing

    def publish(self, event: dict[str, Any]) -> None:
        """Queue an event; it is sent after everything published before it.

        The counter makes every payload unique: PostgreSQL folds identical
        payloads sent in one transaction into one notification.
        """
        event["n"] = self.node_id
        event["i"] = next(self._counter)
        self._idle.clear()
        self._outbox.put_nowait(json.dumps(event, separators=(",", ":")))

    async def flush(self) -> None:
        """Wait until everything published so far has been sent."""
        await self._idle.wait()

    async def _publish_loop(self) -> None:
        while True:
            batch = [await self._outbox.get()]
            while not self._outbox.empty() and len(batch) < 500:
                batch.append(self._outbox.get_nowait())
            payloads = []
            for raw in batch:
                if len(raw.encode()) > MAX_INLINE_BYTES:
                    row_id = await self._publish_conn.fetchval(
                        "INSERT INTO hub_events (payload, created_at) VALUES ($1, now()) RETURNING id", raw
                    )
                    raw = json.dumps({"ref": row_id})
                payloads.append(raw)
            try:
                await self._publish_conn.execute(
                    "SELECT pg_notify($1, x) FROM unnest($2::text[]) AS x", CHANNEL, payloads
                )
                self.published += len(payloads)
            except Exception:
                log.exception("publishing %d events failed", len(payloads))
            if self._outbox.empty():
                self._idle.set()

    # ------------------------------------------------------------ receiving

    def _on_notify(self, _conn: Any, _pid: int, _channel: str, payload: str) -> None:
        self._inbox.put_nowait(payload)

    def _on_lost(self, _conn: Any) -> None:
        if self._stopping:
            return
        # Other processes will soon see this node as dead and take its offers
        # back; going on would risk double offers. Let the supervisor restart us.
        log.critical("bus connection to PostgreSQL lost; this hub process stops routing")

    async def _receive_loop(self) -> None:
        while True:
            raw = await self._inbox.get()
            try:
                event = json.loads(raw)
                if "ref" in event:
                    raw = await self._publish_conn_fetch(event["ref"])
                    if raw is None:
                        continue
                    event = json.loads(raw)
                if event.get("n") == self.node_id:
                    continue
                self.received += 1
                assert self._handler is not None
                await self._handler(event)
            except Exception:
                log.exception("bus event failed: %.200s", raw)

    async def _publish_conn_fetch(self, row_id: int) -> str | None:
        # The listening connection is free for queries between notifications.
        return await self._listen_conn.fetchval("SELECT payload FROM hub_events WHERE id = $1", row_id)


def make_bus(database_url: str) -> Bus:
    """PostgreSQL: LISTEN/NOTIFY between processes; anything else: one process."""
    if database_url.startswith(("postgresql", "postgres")):
        return PgBus(database_url)
    return LocalBus()
