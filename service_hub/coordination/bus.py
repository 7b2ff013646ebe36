"""Events between hub processes: an in-process no-op bus and PostgreSQL LISTEN/NOTIFY.

One hub process on SQLite (the default) needs no bus: everything it must tell
is told to its own connections, and :class:`LocalBus` is never asked to do
anything (``distributed`` is False, so the hub's coordinator is the
single-process one, ``coordination.local``). Several hub processes on one
PostgreSQL use :class:`PgBus`:

* one dedicated psycopg connection LISTENs on one channel (read straight
  from libpq whenever its socket is readable); its ``application_name`` is
  the node id, so other processes can tell from
  ``pg_stat_activity`` whether this process is still alive (see
  ``store/cluster.py``: offers claimed by a dead node go back to waiting);
* another dedicated connection publishes: events are queued in order and sent
  in batches, one ``SELECT pg_notify(...) FROM json_array_elements_text(...)``
  per batch, so the
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

from ..store.db import CONNECT_TIMEOUT_S, is_postgres, postgres_url

log = logging.getLogger(__name__)

CHANNEL = "service_hub_events"
MAX_INLINE_BYTES = 7000  # NOTIFY payloads must stay below 8000 bytes
PUBLISH = f"SELECT pg_notify('{CHANNEL}', x) FROM json_array_elements_text(%s::json) AS x"
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


class PgBus(Bus):
    """LISTEN/NOTIFY on PostgreSQL; one instance per hub process."""

    distributed = True

    def __init__(self, database_url: str) -> None:
        self.dsn = postgres_url(database_url, driver="")
        self.node_id = "hub-node:" + uuid.uuid4().hex[:16]
        self._counter = itertools.count(1)
        self._outbox: asyncio.Queue[str] = asyncio.Queue()
        self._inbox: asyncio.Queue[str] = asyncio.Queue()
        self._listen_conn: Any = None
        self._listen_fd: int | None = None
        self._publish_conn: Any = None
        self._tasks: list[asyncio.Task[None]] = []
        self._handler: Handler | None = None
        self._idle = asyncio.Event()
        self._idle.set()
        self._stopping = False
        self.published = 0
        self.received = 0

    async def start(self, handler: Handler) -> None:
        from psycopg import AsyncConnection

        self._handler = handler
        # The listening connection carries the node id: it is this process's
        # liveness as other processes see it in pg_stat_activity. Autocommit:
        # notifications arrive between transactions, and a NOTIFY is sent at once.
        self._listen_conn = await AsyncConnection.connect(
            self.dsn, autocommit=True, application_name=self.node_id, connect_timeout=CONNECT_TIMEOUT_S)
        await self._listen_conn.execute(f"LISTEN {CHANNEL}")
        self._listen_fd = self._listen_conn.pgconn.socket
        asyncio.get_running_loop().add_reader(self._listen_fd, self._on_readable)
        self._publish_conn = await AsyncConnection.connect(
            self.dsn, autocommit=True, application_name=self.node_id + ":pub",
            connect_timeout=CONNECT_TIMEOUT_S)
        self._tasks = [
            asyncio.create_task(self._publish_loop(), name="bus-publish"),
            asyncio.create_task(self._receive_loop(), name="bus-receive"),
        ]

    async def stop(self) -> None:
        self._stopping = True
        if self._listen_fd is not None:
            asyncio.get_running_loop().remove_reader(self._listen_fd)
            self._listen_fd = None
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.flush(), 2)
        for task in self._tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        for conn in (self._listen_conn, self._publish_conn):
            if conn is not None:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(conn.close(), 2)

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
                    raw = json.dumps({"ref": await self._fetch_one(
                        "INSERT INTO hub_events (payload, created_at) VALUES (%s, now()) RETURNING id", raw)})
                payloads.append(raw)
            try:
                # The batch as one JSON text: psycopg adapts a str in a fraction of
                # the time it takes for a list (a text[]), and this runs on the loop.
                await self._publish_conn.execute(PUBLISH, (json.dumps(payloads),), prepare=True)
                self.published += len(payloads)
            except Exception:
                log.exception("publishing %d events failed", len(payloads))
            if self._outbox.empty():
                self._idle.set()

    # ------------------------------------------------------------ receiving

    def _on_readable(self) -> None:
        """Every notification that has arrived, read straight from libpq: the
        listening connection runs no queries after LISTEN, and psycopg's own
        ``notifies()`` costs the event loop twice as much per notification."""
        pgconn = self._listen_conn.pgconn
        try:
            pgconn.consume_input()
            while (notify := pgconn.notifies()) is not None:
                self._inbox.put_nowait(notify.extra.decode())
        except Exception as exc:  # the server closed it, or the network did
            asyncio.get_running_loop().remove_reader(self._listen_fd)
            self._listen_fd = None
            if not self._stopping:
                # Other processes will soon see this node as dead and take its offers
                # back; going on would risk double offers. Let the supervisor restart us.
                log.critical("bus connection to PostgreSQL lost (%s); this hub process stops routing", exc)

    async def _receive_loop(self) -> None:
        while True:
            raw = await self._inbox.get()
            try:
                event = json.loads(raw)
                if "ref" in event:
                    raw = await self._fetch_one("SELECT payload FROM hub_events WHERE id = %s", event["ref"])
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

    async def _fetch_one(self, query: str, param: Any) -> Any:
        """The first column of the first row, on the publishing connection (the
        listening one runs no queries: ``_on_readable`` reads its input; psycopg
        queues the publishing and receiving loops' turns on this one)."""
        cursor = await self._publish_conn.execute(query, (param,))
        row = await cursor.fetchone()
        return None if row is None else row[0]


def make_bus(database_url: str) -> Bus:
    """PostgreSQL: LISTEN/NOTIFY between processes; anything else: one process."""
    if is_postgres(database_url):
        return PgBus(database_url)
    return LocalBus()
