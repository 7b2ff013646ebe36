"""The hub's store: every write the hub acknowledges goes through here.

Chat messages are written by a group-commit writer: messages that arrive
while a commit is in flight are committed together in the next transaction,
so throughput grows with load while each message is still committed before
its sender gets the ``ack``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, create_engine, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from . import isolation
from . import statements as sql
from .db import CONNECT_TIMEOUT_S, is_sqlite, make_engine, migrate, sqlite_pragmas
from .models import (
    Agent,
    AuditEntry,
    Conversation,
    Customer,
    Feedback,
    QueueEntry,
    utcnow,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoredMessage:
    conversation_id: str
    seq: int
    sender: str
    sender_name: str
    text: str
    sent_at: datetime
    client_msg_id: str | None
    attachment: dict[str, Any] | None = None  # hub_protocol AttachmentInfo of a file sent


@dataclass
class _PendingMessage:
    conversation_id: str
    sender: str
    sender_ref: str
    sender_name: str
    text: str
    client_msg_id: str | None
    future: asyncio.Future[tuple[StoredMessage, bool]] = field(repr=False)
    # Written only if this earlier write (queued before it) was not refused.
    unless_refused: asyncio.Future[Any] | None = field(default=None, repr=False)
    attachment: dict[str, Any] | None = None


@dataclass
class _PendingOp:
    """Any other write: runs inside the next group commit."""

    op: Callable[[Connection], Any]
    future: asyncio.Future[Any] = field(repr=False)


class Refusal(Exception):
    """A write op declined before writing anything: only that op fails."""


class QueueFull(Refusal):
    pass


class _AlreadyGiven(Refusal):
    pass


class Store:
    def __init__(self, engine: AsyncEngine, *, max_batch: int = 256) -> None:
        self.engine = engine
        self.sessions = async_sessionmaker(engine, expire_on_commit=False)
        self._pg = not is_sqlite(str(engine.url))
        self._max_batch = max_batch
        self._pending: asyncio.Queue[_PendingMessage | _PendingOp] = asyncio.Queue()
        self._writer: asyncio.Task[None] | None = None
        self._customer_names: dict[str, str] = {}  # skips rewriting a known customer
        # Transcripts of conversations this process created and alone writes to
        # (see ``track``): filled by the writer as it commits, so reading one
        # back (an agent's assignment) needs no query.
        self._transcripts: dict[str, list[StoredMessage]] = {}
        self.commits = 0  # for benchmarks: how well group commit batches
        # The writer runs each whole batch in its own thread on a synchronous
        # driver (sqlite3, psycopg), so a batch's statements do not each take a
        # turn of the event loop (aiosqlite hops threads per statement; an async
        # driver under SQLAlchemy's async adaption costs the loop per round trip).
        self._sync_engine: Any = None
        self._executor: Any = None
        self._commit_sent = False
        self._idle = asyncio.Event()  # no batch being committed
        self._idle.set()

    async def start(self) -> None:
        if self._writer is None:
            self._writer = asyncio.create_task(self._write_loop(), name="store-writer")

    async def _submit(self, item: _PendingMessage | _PendingOp) -> Any:
        if self._writer is None:  # a command-line tool's store starts it on first use
            await self.start()
        self._pending.put_nowait(item)
        return await item.future

    def _queue(self, item: _PendingMessage | _PendingOp) -> asyncio.Future[Any]:
        """Queue ``item`` now (the writer is running); await the returned future.
        Items queued one after another without an await between them go into
        the same commit (ops first, then messages), in this order."""
        if self._writer is None:
            self._writer = asyncio.create_task(self._write_loop(), name="store-writer")
        self._pending.put_nowait(item)
        return item.future

    # ------------------------------------------------------------ transcripts in memory

    def track(self, conversation_id: str) -> None:
        """Keep the transcript of a conversation created by this process in
        memory (only when no other process writes to it)."""
        self._transcripts.setdefault(conversation_id, [])

    def untrack(self, conversation_id: str) -> None:
        self._transcripts.pop(conversation_id, None)

    async def close(self) -> None:
        if self._writer:
            self._writer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._writer
            self._writer = None
        if self._executor is not None:
            executor, engine = self._executor, self._sync_engine
            self._executor = self._sync_engine = None
            await asyncio.get_running_loop().run_in_executor(executor, engine.dispose)
            executor.shutdown(wait=True)
        await self.engine.dispose()

    async def _start_writer_thread(self) -> None:
        """The writer's own synchronous connection: sqlite3 with the pragmas of
        the async engine's, or psycopg to the same PostgreSQL."""
        import concurrent.futures

        if self._pg:
            # No pre-ping (a round trip per batch): a batch that finds the
            # connection dropped is run again on a new one (_commit_sync).
            engine = create_engine(self.engine.url.set(drivername="postgresql+psycopg"), pool_size=1,
                                   max_overflow=0,
                                   connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
            sql.defer_writes(engine)
        else:
            async with self.engine.connect() as conn:
                synchronous = (await conn.exec_driver_sql("PRAGMA synchronous")).scalar()
            engine = create_engine(self.engine.url.set(drivername="sqlite"), pool_size=1, max_overflow=0,
                                   connect_args={"timeout": 30, "check_same_thread": False})
            sqlite_pragmas(engine, int(synchronous))

        self._sync_engine = engine
        self._executor = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="store-writer")

    # ------------------------------------------------------------ messages

    async def append_message(
        self,
        conversation_id: str,
        *,
        sender: str,
        sender_ref: str,
        sender_name: str,
        text: str,
        client_msg_id: str | None = None,
    ) -> tuple[StoredMessage, bool]:
        """Commit a message; returns it and whether it is new (False when the
        same sender already sent this client id: the stored one is returned)."""
        future: asyncio.Future[tuple[StoredMessage, bool]] = (
            asyncio.get_running_loop().create_future()
        )
        return await self._submit(
            _PendingMessage(conversation_id, sender, sender_ref, sender_name, text, client_msg_id, future)
        )

    def message_future(
        self, conversation_id: str, *, sender: str, sender_ref: str, sender_name: str, text: str,
        client_msg_id: str | None = None, unless_refused: asyncio.Future[Any] | None = None,
        attachment: dict[str, Any] | None = None,
    ) -> asyncio.Future[tuple[StoredMessage, bool]]:
        """``append_message`` queued now; await the future for its result.

        With ``unless_refused`` (the future of a write queued just before), the
        message is written in the same commit only if that write was not
        refused and did not fail; otherwise this future fails the same way
        (a batch run in halves may settle that write first: ``_commit_isolated``)."""
        future: asyncio.Future[tuple[StoredMessage, bool]] = asyncio.get_running_loop().create_future()
        return self._queue(_PendingMessage(conversation_id, sender, sender_ref, sender_name, text,
                                           client_msg_id, future, unless_refused, attachment))

    async def transact(self, op: Callable[[Connection], Any]) -> Any:
        """Run ``op(connection)`` in the writer's thread, in its next group
        commit; its result once committed. Reads there see every write
        acknowledged before, and cost the event loop nothing."""
        return await self._write(op)

    def transact_future(self, op: Callable[[Connection], Any]) -> asyncio.Future[Any]:
        """``transact`` queued now: ops queued one after another share a commit."""
        return self._write_future(op)

    async def _write(self, op: Callable[[Connection], Any]) -> Any:
        """Run ``op`` in the writer's next transaction; its result once committed."""
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        return await self._submit(_PendingOp(op, future))

    def _write_future(self, op: Callable[[Connection], Any]) -> asyncio.Future[Any]:
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        return self._queue(_PendingOp(op, future))

    async def _write_loop(self) -> None:
        while True:
            batch = [await self._pending.get()]
            while len(batch) < self._max_batch and not self._pending.empty():
                batch.append(self._pending.get_nowait())
            self._idle.clear()
            try:
                await self._commit_isolated(batch)
            finally:
                if self._pending.empty():
                    self._idle.set()

    async def drain(self, timeout_s: float = 30.0) -> None:
        """Wait until every write queued so far is committed (or failed): a
        draining hub closes the store only then."""
        try:
            while not (self._idle.is_set() and self._pending.empty()):
                await asyncio.wait_for(self._idle.wait(), timeout_s)
                await asyncio.sleep(0)  # a write queued by the last batch's waiters
        except TimeoutError:
            log.error("store: %d write(s) still queued after %.0f s; closing anyway",
                      self._pending.qsize(), timeout_s)

    async def _commit_isolated(self, batch: list[_PendingMessage | _PendingOp]) -> None:
        """Commit ``batch`` and settle its futures. When a write in it makes the
        transaction fail, the halves are committed one after the other (in
        order, each settled before the next runs) until that write is alone
        and fails alone; the others commit (``isolation.py``)."""
        try:
            results = await self._commit_batch(batch)
        except Exception as exc:
            if len(batch) > 1 and isolation.one_write_may_be_at_fault(exc):
                log.warning("write batch of %d failed (%s); committing it in halves",
                            len(batch), isolation.describe(exc))
                half = len(batch) // 2
                await self._commit_isolated(batch[:half])
                await self._commit_isolated(batch[half:])
                return
            if len(batch) == 1:
                log.error("a write failed alone: %s", isolation.describe(exc))
            else:
                log.error("write batch of %d failed: %s", len(batch), isolation.describe(exc))
            for item in batch:
                if not item.future.done():
                    item.future.set_exception(exc)
            return
        self._settle(batch, results)

    @staticmethod
    def _settle(batch: list[_PendingMessage | _PendingOp], results: list[Any]) -> None:
        for item, result in zip(batch, results, strict=True):
                if item.future.done():
                    continue
                if isinstance(result, BaseException):
                    item.future.set_exception(result)
                else:
                    item.future.set_result(result)

    async def _commit_batch(self, items: list[_PendingMessage | _PendingOp]) -> list[Any]:
        now = utcnow()
        if self._sync_engine is None:
            await self._start_writer_thread()
        done = await asyncio.get_running_loop().run_in_executor(self._executor, self._commit_sync, items, now)
        return self._after_commit(items, now, *done)

    def _commit_sync(self, items: list[_PendingMessage | _PendingOp], now: datetime) -> Any:
        if not self._pg:
            with self._sync_engine.begin() as conn:
                return self._batch_body(conn, items, now)
        try:
            return self._commit_pg(items, now)
        except DBAPIError as exc:
            if not exc.connection_invalidated or self._commit_sent:
                raise
            # The connection was gone before the commit was sent (the server
            # restarted, say): nothing of the batch was written; once more on a new one.
            log.warning("store connection lost; running the batch again on a new one")
            return self._commit_pg(items, now)

    def _commit_pg(self, items: list[_PendingMessage | _PendingOp], now: datetime) -> Any:
        self._commit_sent = False  # once True, a lost connection may have committed
        with self._sync_engine.connect() as conn:
            conn.info[sql.DEFERRED] = []
            try:
                with conn.begin() as transaction:
                    done = self._batch_body(conn, items, now)
                    self._commit_sent = True
                    sql.send_deferred(conn, then=transaction.commit)  # and the commit: one round trip
                return done
            finally:
                conn.info.pop(sql.DEFERRED, None)
                conn.info.pop("advisory locks", None)

    def _batch_body(self, session: Connection, items: list[_PendingMessage | _PendingOp],
                    now: datetime) -> Any:
        """One transaction for everything waiting: other writes first (one that
        declines, such as a full queue, does so before writing and fails alone),
        then the chat messages with a fixed number of statements: one look-up of
        resent client ids, one seq bump per conversation, one multi-row insert."""
        op_results: dict[int, Any] = {}
        if True:  # one transaction, Core on one connection: no ORM unit of work
            refused: dict[int, Refusal] = {}  # id(future) of a refused op -> its refusal
            for item in items:
                if isinstance(item, _PendingOp):
                    try:
                        op_results[id(item)] = item.op(session)
                    except Refusal as exc:
                        op_results[id(item)] = refused[id(item.future)] = exc
            batch = []
            for item in items:
                if not isinstance(item, _PendingMessage):
                    continue
                refusal = _refusal_of(item.unless_refused, refused)
                if refusal is None:
                    batch.append(item)
                else:
                    op_results[id(item)] = refusal
            client_ids = {item.client_msg_id for item in batch if item.client_msg_id is not None}
            known: dict[tuple[str, str, str], StoredMessage] = {}
            if client_ids:
                resent = [item for item in batch if item.client_msg_id is not None]
                for m in sql.known_client_ids(session, list(client_ids),
                                              list({item.conversation_id for item in resent}),
                                              list({item.sender_ref for item in resent})):
                    known[(m["conversation_id"], m["sender_ref"], m["client_msg_id"] or "")] = _stored(m)
            fresh: list[_PendingMessage] = []
            claimed: set[tuple[str, str, str]] = set()
            for item in batch:
                key = (item.conversation_id, item.sender_ref, item.client_msg_id or "")
                if item.client_msg_id is None or (key not in known and key not in claimed):
                    fresh.append(item)
                    if item.client_msg_id is not None:
                        claimed.add(key)
            per_conv: dict[str, int] = {}
            for item in fresh:
                per_conv[item.conversation_id] = per_conv.get(item.conversation_id, 0) + 1
            next_seq: dict[str, int] = {}
            for conv_id, top in sql.bump_seqs(session, per_conv).items():
                count = per_conv[conv_id]
                if top is None:
                    raise LookupError(f"no conversation {conv_id}")
                next_seq[conv_id] = top - count + 1
            rows_out: list[dict[str, Any]] = []
            for item in fresh:
                seq = next_seq[item.conversation_id]
                next_seq[item.conversation_id] = seq + 1
                rows_out.append({
                    "conversation_id": item.conversation_id, "seq": seq, "sender": item.sender,
                    "sender_ref": item.sender_ref, "sender_name": item.sender_name, "text": item.text,
                    "client_msg_id": item.client_msg_id, "created_at": now, "attachment": item.attachment,
                })
            if rows_out:
                sql.insert_rows(session, sql.messages, rows_out)
        return batch, op_results, known, fresh, rows_out

    def _after_commit(self, items: list[_PendingMessage | _PendingOp], now: datetime,
                      batch: list[_PendingMessage], op_results: dict[int, Any],
                      known: dict[tuple[str, str, str], StoredMessage], fresh: list[_PendingMessage],
                      rows_out: list[dict[str, Any]]) -> list[Any]:
        self.commits += 1
        if self._transcripts:
            for r in rows_out:
                transcript = self._transcripts.get(r["conversation_id"])
                if transcript is not None:
                    transcript.append(StoredMessage(r["conversation_id"], r["seq"], r["sender"],
                                                    r["sender_name"], r["text"], now, r["client_msg_id"],
                                                    r["attachment"]))
        stored_new = {
            id(item): StoredMessage(r["conversation_id"], r["seq"], r["sender"], r["sender_name"],
                                    r["text"], now, r["client_msg_id"], r["attachment"])
            for item, r in zip(fresh, rows_out, strict=True)
        }
        message_results: dict[int, tuple[StoredMessage, bool]] = {}
        first_of: dict[tuple[str, str, str], StoredMessage] = {}
        for item in batch:
            key = (item.conversation_id, item.sender_ref, item.client_msg_id or "")
            if id(item) in stored_new:
                stored = stored_new[id(item)]
                if item.client_msg_id is not None:
                    first_of[key] = stored
                message_results[id(item)] = (stored, True)
            else:  # a resend: stored earlier, or earlier in this same batch
                message_results[id(item)] = (known.get(key) or first_of[key], False)
        return [op_results[id(i)] if id(i) in op_results else message_results[id(i)] for i in items]

    async def messages_after(
        self, conversation_id: str, after_seq: int = 0, limit: int = 100_000
    ) -> list[StoredMessage]:
        transcript = self._transcripts.get(conversation_id)
        if transcript is not None:
            return [m for m in transcript if m.seq > after_seq][:limit]

        def read(conn: Connection) -> list[StoredMessage]:
            found = sql.rows(conn, sql.MESSAGES_AFTER, {"k": conversation_id, "after": after_seq, "limit": limit})
            return [_stored(m) for m in found]

        return await self._write(read)

    # ------------------------------------------------------------ people

    async def add_agent(
        self,
        username: str,
        display_name: str,
        password_hash: str,
        skills: dict[str, Any],
        *,
        is_supervisor: bool = False,
    ) -> int:
        async with self.sessions.begin() as session:
            agent = Agent(
                username=username,
                display_name=display_name,
                password_hash=password_hash,
                skills=skills,
                is_supervisor=is_supervisor,
            )
            session.add(agent)
            await session.flush()
            return agent.id

    async def agent_by_username(self, username: str) -> Agent | None:
        async with self.sessions() as session:
            return await session.scalar(select(Agent).where(Agent.username == username))

    async def agent(self, agent_id: int) -> Agent | None:
        async with self.sessions() as session:
            return await session.get(Agent, agent_id)

    async def update_agent(self, agent_id: int, **values: Any) -> None:
        """Change an agent's record (display_name, skills, is_supervisor, active)."""
        async with self.sessions.begin() as session:
            await session.execute(update(Agent).where(Agent.id == agent_id).values(**values))

    async def set_password_hash(self, agent_id: int, password_hash: str) -> None:
        async with self.sessions.begin() as session:
            await session.execute(
                update(Agent).where(Agent.id == agent_id).values(password_hash=password_hash)
            )

    async def upsert_customer(self, subject: str, display_name: str) -> None:
        if self._customer_names.get(subject) == display_name:
            return  # every reconnect signs in again; the row is already right

        def op(session: Connection) -> None:
            current = session.scalar(sql.CUSTOMER_NAME, {"k": subject})
            if current is None:
                sql.insert_rows(session, sql.customers,
                                {"id": subject, "display_name": display_name, "created_at": utcnow()})
            elif current != display_name:
                sql.update_row(session, sql.customers, subject, {"display_name": display_name})

        await self._write(op)
        if len(self._customer_names) > 100_000:
            self._customer_names.clear()
        self._customer_names[subject] = display_name

    # ------------------------------------------------------------ conversations

    async def create_conversation(
        self,
        conversation_id: str,
        customer_id: str,
        *,
        channel: str,
        language: str,
        topic: str,
        state: str,
        context: dict[str, Any] | None = None,
    ) -> Conversation:
        conv = Conversation(
            id=conversation_id,
            customer_id=customer_id,
            channel=channel,
            language=language,
            topic=topic,
            state=state,
            handoff_context=context or {},
            created_at=utcnow(),
            last_seq=0,
            abandoned=False,
        )

        await self.create_conversation_future(conv)
        return conv

    def create_conversation_future(self, conv: Conversation) -> asyncio.Future[None]:
        """Insert ``conv`` (built by the caller) in the next commit."""
        values = {"id": conv.id, "customer_id": conv.customer_id, "channel": conv.channel,
                  "language": conv.language, "topic": conv.topic, "state": conv.state,
                  "handoff_context": conv.handoff_context, "created_at": conv.created_at, "last_seq": 0,
                  "abandoned": False}

        def op(session: Connection) -> None:
            sql.insert_rows(session, sql.conversations, values)

        return self._write_future(op)

    async def conversation(self, conversation_id: str) -> Conversation | None:
        async with self.sessions() as session:
            return await session.get(Conversation, conversation_id)

    async def update_conversation(self, conversation_id: str, **values: Any) -> None:
        await self.update_conversation_future(conversation_id, **values)

    def update_conversation_future(self, conversation_id: str, **values: Any) -> asyncio.Future[None]:
        def op(session: Connection) -> None:
            sql.update_row(session, sql.conversations, conversation_id, values)

        return self._write_future(op)

    async def open_conversations(self) -> Sequence[Conversation]:
        """Conversations a restarted hub must pick up again."""
        async with self.sessions() as session:
            rows = await session.scalars(
                select(Conversation).where(Conversation.state.in_(("bot", "queued", "offered", "active")))
            )
            return rows.all()

    async def customer_conversations(self, customer_id: str) -> Sequence[Conversation]:
        async with self.sessions() as session:
            rows = await session.scalars(
                select(Conversation)
                .where(Conversation.customer_id == customer_id)
                .order_by(Conversation.created_at.desc())
            )
            return rows.all()

    async def customer(self, customer_id: str) -> Customer | None:
        async with self.sessions() as session:
            return await session.get(Customer, customer_id)

    # ------------------------------------------------------------ queue

    def enqueue_future(
        self,
        conversation_id: str,
        *,
        channel: str,
        language: str,
        topic: str,
        max_waiting: int,
        priority: int = 0,
        enqueued_at: datetime | None = None,
        conversation_values: dict[str, Any] | None = None,
    ) -> asyncio.Future[None]:
        """Put a conversation in its queue unless the queue is full (the future
        fails with ``QueueFull``); the conversation row changes
        (``conversation_values``) in the same commit.

        Race-free: the single writer orders the count and the insert within a
        process; across hub processes on PostgreSQL a transaction-scoped
        advisory lock on the queue key does the same.
        """

        def op(session: Connection) -> None:
            locked = session.info.setdefault("advisory locks", set()) if self._pg else None
            if locked is not None and (key := _lock_key(channel, language, topic)) not in locked:
                # Held until the batch commits: once per queue and batch is enough.
                sql.lock_queue(session, key)
                locked.add(key)
            admission = sql.rows(session, sql.ADMISSION, {
                "k": conversation_id, "channel": channel, "language": language, "topic": topic})[0]
            existing, waiting = admission["existing"], admission["taken"]
            if existing in ("waiting", "offered"):
                return
            if (waiting or 0) >= max_waiting:
                raise QueueFull(f"{channel}/{language}/{topic}")
            when = enqueued_at or utcnow()
            values = {"state": "waiting", "channel": channel, "language": language, "topic": topic,
                      "enqueued_at": when, "offered_to": None, "priority": priority, "left_at": None}
            if existing is not None:  # re-queued after a transfer or an agent drop
                sql.update_row(session, sql.queue_entries, conversation_id, values, key="conversation_id")
            else:
                sql.insert_rows(session, sql.queue_entries, {"conversation_id": conversation_id, **values})
            sql.mark_handed_off(session, conversation_id, when, conversation_values or {})

        return self._write_future(op)

    async def requeue(self, conversation_id: str, *, channel: str, language: str, topic: str,
                      front: bool) -> None:
        """Back to waiting (agent gone, transfer, declined offer), keeping the
        original enqueue time; ``front`` marks those who were already served."""
        values: dict[str, Any] = {"state": "waiting", "offered_to": None, "channel": channel,
                                  "language": language, "topic": topic, "left_at": None}
        if front:
            values["priority"] = 1

        def op(session: Connection) -> None:
            sql.update_row(session, sql.queue_entries, conversation_id, values, key="conversation_id")
            sql.update_row(session, sql.conversations, conversation_id, {"state": "queued", "agent_id": None})

        await self._write(op)

    async def agent_names(self, agent_ids: set[int]) -> dict[int, str]:
        if not agent_ids:
            return {}
        async with self.sessions() as session:
            rows = await session.execute(select(Agent.id, Agent.display_name).where(Agent.id.in_(agent_ids)))
            return {row.id: row.display_name for row in rows}

    def assign_future(self, conversation_id: str, agent_id: int, at: datetime) -> asyncio.Future[None]:
        def op(session: Connection) -> None:
            sql.update_row(session, sql.queue_entries, conversation_id,
                           {"state": "assigned", "offered_to": agent_id}, key="conversation_id")
            sql.update_row(session, sql.conversations, conversation_id,
                           {"state": "active", "agent_id": agent_id, "assigned_at": at})

        return self._write_future(op)

    async def set_queue_state(
        self, conversation_id: str, state: str, *, offered_to: int | None = None
    ) -> None:
        await self.set_queue_state_future(conversation_id, state, offered_to=offered_to)

    def set_queue_state_future(
        self, conversation_id: str, state: str, *, offered_to: int | None = None
    ) -> asyncio.Future[None]:
        values: dict[str, Any] = {"state": state, "offered_to": offered_to}
        if state == "left":
            values["left_at"] = utcnow()

        def op(session: Connection) -> None:
            sql.update_row(session, sql.queue_entries, conversation_id, values, key="conversation_id")

        return self._write_future(op)

    async def waiting_entries(self) -> Sequence[QueueEntry]:
        async with self.sessions() as session:
            rows = await session.scalars(
                select(QueueEntry)
                .where(QueueEntry.state.in_(("waiting", "offered")))
                .order_by(QueueEntry.priority.desc(), QueueEntry.enqueued_at)
            )
            return rows.all()

    # ------------------------------------------------------------ feedback, audit

    async def save_feedback(
        self, conversation_id: str, rating: int | None, comment: str | None, skipped: bool
    ) -> bool:
        """Returns False when feedback for the conversation was already given."""

        def op(session: Connection) -> None:
            if session.scalar(sql.FEEDBACK_GIVEN, {"k": conversation_id}) is not None:
                raise _AlreadyGiven(conversation_id)
            sql.insert_rows(session, sql.feedback, {
                "conversation_id": conversation_id, "rating": None if skipped else rating,
                "comment": None if skipped else comment, "skipped": skipped,
            })

        try:
            await self._write(op)
        except _AlreadyGiven:
            return False
        return True

    async def feedback(self, conversation_id: str) -> Feedback | None:
        async with self.sessions() as session:
            return await session.scalar(
                select(Feedback).where(Feedback.conversation_id == conversation_id)
            )

    async def audit(
        self, actor: str, action: str, object_ref: str, *, allowed: bool, detail: str = ""
    ) -> None:
        def op(session: Connection) -> None:
            sql.insert_rows(session, sql.audit_log, {
                "actor": actor, "action": action, "object_ref": object_ref, "allowed": allowed, "detail": detail})

        await self._write(op)

    async def audit_entries(self, object_ref: str | None = None) -> Sequence[AuditEntry]:
        async with self.sessions() as session:
            query = select(AuditEntry).order_by(AuditEntry.id)
            if object_ref is not None:
                query = query.where(AuditEntry.object_ref == object_ref)
            return (await session.scalars(query)).all()


def _refusal_of(future: asyncio.Future[Any] | None, refused_here: dict[int, Refusal]) -> BaseException | None:
    """Why a write a message depends on did not happen: refused in this batch,
    or settled earlier (an earlier batch, or the first half of this one) with
    a refusal or a failure."""
    if future is None:
        return None
    if id(future) in refused_here:
        return refused_here[id(future)]
    if future.done() and not future.cancelled():
        return future.exception()
    return None


def _stored(m: Mapping[str, Any]) -> StoredMessage:
    """A message row (a mapping of its columns) as the hub passes it around."""
    return StoredMessage(m["conversation_id"], m["seq"], m["sender"], m["sender_name"], m["text"],
                         m["created_at"], m["client_msg_id"], m.get("attachment"))


def _lock_key(*parts: str) -> int:
    digest = hashlib.blake2b("/".join(parts).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


async def with_store(database_url: str, fn: Callable[[Store], Awaitable[Any]]) -> Any:
    """Open the store for a command-line tool (schema migrated), run ``fn``, close."""

    store = Store(make_engine(database_url))
    await migrate(store.engine)
    try:
        return await fn(store)
    finally:
        await store.close()
