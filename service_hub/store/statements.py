"""The writer's statements, built once and reused with bound parameters.

SQLAlchemy coerces a statement's parts and computes its cache key every time
one is built: executing a statement built per call costs about six times as
much as executing one built once (120 vs 20 microseconds on the project's
machine), and the writer runs a dozen per handoff while holding the GIL the
event loop needs. Core tables, not ORM entities: the ORM's DML plugin adds its
own work per statement and the writer needs none of it.
"""

from __future__ import annotations

import functools
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, insert, select, update
from sqlalchemy.sql.dml import Insert, Update

from .models import AuditEntry, Conversation, Customer, Feedback, Message, QueueEntry

conversations: Table = Conversation.__table__  # type: ignore[assignment]
messages: Table = Message.__table__  # type: ignore[assignment]
queue_entries: Table = QueueEntry.__table__  # type: ignore[assignment]
customers: Table = Customer.__table__  # type: ignore[assignment]
feedback: Table = Feedback.__table__  # type: ignore[assignment]
audit_log: Table = AuditEntry.__table__  # type: ignore[assignment]


@functools.cache
def _update(table: Table, key: str, columns: tuple[str, ...]) -> Update:
    return (update(table).where(table.c[key] == bindparam("k"))
            .values({c: bindparam(f"v_{c}", type_=table.c[c].type) for c in columns}))


@functools.cache
def _insert(table: Table) -> Insert:
    return insert(table).inline()  # no RETURNING of the new key: nobody reads it


def update_row(conn: Connection, table: Table, key_value: Any, values: dict[str, Any], *,
               key: str = "id") -> None:
    """``UPDATE table SET values WHERE key = key_value``; one statement per set of columns."""
    _execute_or_defer(conn, _update(table, key, tuple(values)),
                      {"k": key_value, **{f"v_{c}": v for c, v in values.items()}})


def insert_rows(conn: Connection, table: Table, rows: dict[str, Any] | list[dict[str, Any]]) -> None:
    _execute_or_defer(conn, _insert(table), rows)


# PostgreSQL: writes whose results nobody reads wait on the connection until
# the next statement (or the commit) and then go in one psycopg pipeline, one
# round trip for all; any other statement sends them first, so the order of
# statements never changes. On SQLite (in-process, no round trips) they run at once.
DEFERRED = "deferred writes"


def _execute_or_defer(conn: Connection, stmt: Any, params: Any) -> None:
    deferred = conn.info.get(DEFERRED)
    if deferred is None:
        conn.execute(stmt, params)
    else:
        deferred.append((stmt, params))


def send_deferred(conn: Connection, then: Any = None) -> Any:
    """Send the deferred writes in one pipeline; ``then()`` (the commit, or
    statements read after the pipeline) goes in it too; returns its result."""
    deferred = conn.info.get(DEFERRED)
    if not deferred and then is None:
        return None
    writes = list(deferred or ())
    if deferred:
        deferred.clear()
    conn.info[DEFERRED] = None  # the writes below run now, not deferred again
    try:
        with conn.connection.driver_connection.pipeline():
            for stmt, params in writes:
                conn.execute(stmt, params)
            return then() if then is not None else None
    finally:
        conn.info[DEFERRED] = deferred


_BUMP_SEQ_PG = "UPDATE conversations SET last_seq = last_seq + %s WHERE id = %s RETURNING last_seq"
_BUMP_SEQ_SQLITE = "UPDATE conversations SET last_seq = last_seq + ? WHERE id = ? RETURNING last_seq"


def _first(row: Any) -> Any:
    return None if row is None else row[0]


def bump_seqs(conn: Connection, counts: dict[str, int]) -> dict[str, int | None]:
    """Add ``counts[c]`` to each conversation's last seq; the new last seqs
    (None: no such conversation). In id order, so that two hub processes'
    batches lock the same conversations in the same order and cannot
    deadlock; on PostgreSQL all in one pipeline with the deferred writes
    (one round trip)."""
    order = sorted(counts.items())
    raw = conn.connection.driver_connection
    if conn.info.get(DEFERRED) is None:  # SQLite: in-process, no round trips to save
        # The driver's own cursor: SQLAlchemy's execute costs about six times
        # the statement (18 vs 3 us), and under load a batch bumps nearly every chat.
        cursor = raw.cursor()
        try:
            return {cid: _first(cursor.execute(_BUMP_SEQ_SQLITE, (n, cid)).fetchone()) for cid, n in order}
        finally:
            cursor.close()

    def send_bumps() -> list[tuple[str, Any]]:
        cursors = []
        for cid, n in order:
            cursor = raw.cursor()
            cursor.execute(_BUMP_SEQ_PG, (n, cid))
            cursors.append((cid, cursor))
        return cursors

    cursors = send_deferred(conn, then=send_bumps)  # answers arrive when the pipeline ends
    tops: dict[str, int | None] = {}
    for cid, cursor in cursors:
        row = cursor.fetchone()
        tops[cid] = None if row is None else row[0]
        cursor.close()
    return tops


def rows(conn: Connection, stmt: Any, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Run a statement whose rows are read; its rows as dicts. On PostgreSQL
    it goes in one pipeline with the deferred writes before it (and the
    transaction's BEGIN, when it is the first): one round trip for all,
    through psycopg directly since SQLAlchemy cannot read results inside a
    pipeline. For statements without expanding parameters."""
    if conn.info.get(DEFERRED) is None:  # SQLite
        return [dict(r._mapping) for r in conn.execute(stmt, params)]
    text, defaults = _compiled_pg(stmt, conn.dialect)
    raw = conn.connection.driver_connection

    def send() -> Any:
        from psycopg.rows import dict_row

        cursor = raw.cursor(row_factory=dict_row)
        cursor.execute(text, {**defaults, **params})
        return cursor

    cursor = send_deferred(conn, then=send)
    found = cursor.fetchall()
    cursor.close()
    for row in found:  # UTC, as the store's own column type gives it
        for name, value in row.items():
            if isinstance(value, datetime):
                row[name] = value.astimezone(UTC)
    return found


@functools.cache
def _compiled_pg(stmt: Any, dialect: Any) -> tuple[str, dict[str, Any]]:
    """The SQL text psycopg runs for ``stmt`` and its literals' values (statements hash by identity)."""
    compiled = stmt.compile(dialect=dialect)
    return str(compiled), dict(compiled.params)


def lock_queue(conn: Connection, key: int) -> None:
    """A transaction-scoped advisory lock on a queue (PostgreSQL), deferred
    into the pipeline of the statement that reads the queue next: the server
    runs them in order, so that statement's snapshot follows the lock."""
    _execute_or_defer(conn, ADVISORY_LOCK, {"k": key})


def defer_writes(engine: Any) -> None:
    """Let ``engine``'s connections defer result-less writes (see above);
    ``conn.info[DEFERRED] = []`` turns it on for a transaction."""
    from sqlalchemy import event

    @event.listens_for(engine, "before_execute")
    def _send_first(conn: Connection, *_args: Any) -> None:
        send_deferred(conn)


# Chat messages: resent client ids (the seq bump is bump_seqs above).
# All three columns of uq_message_client_id: with the sender left out the index
# gave only the conversation, and each batch read its chats' whole transcripts
# (the 50-chat upgrade drill's writers fell minutes behind).
KNOWN_CLIENT_IDS = select(messages).where(
    messages.c.conversation_id.in_(bindparam("convs", expanding=True)),
    messages.c.sender_ref.in_(bindparam("refs", expanding=True)),
    messages.c.client_msg_id.in_(bindparam("ids", expanding=True)),
)
def known_client_ids(conn: Connection, ids: list[str], convs: list[str],
                     refs: list[str]) -> list[dict[str, Any]]:
    """Stored messages with one of the client ids ``ids`` from one of ``refs`` in one of ``convs``
    (resends after a reconnect: rare). On SQLite a probe through the driver
    first: SQLAlchemy's expanding lists cost more than the query itself, on
    every batch. PostgreSQL keeps SQLAlchemy's statement."""
    if conn.info.get(DEFERRED) is None:
        probe = (f"SELECT 1 FROM messages WHERE conversation_id IN ({','.join('?' * len(convs))})"
                 f" AND sender_ref IN ({','.join('?' * len(refs))})"
                 f" AND client_msg_id IN ({','.join('?' * len(ids))}) LIMIT 1")
        if conn.connection.driver_connection.execute(probe, (*convs, *refs, *ids)).fetchone() is None:
            return []
    return [dict(r._mapping) for r in conn.execute(KNOWN_CLIENT_IDS, {"ids": ids, "convs": convs, "refs": refs})]

ADVISORY_LOCK = select(func.pg_advisory_xact_lock(bindparam("k")))

# Queue admission in one round trip: the entry's state, the queue's count of places taken.
def _taken(state: str) -> Any:
    # One count per state, each an equality on every column of ix_queue_waiting:
    # with "state IN (...)" PostgreSQL, planning with the statistics of a young
    # table, filtered the state instead, and the count read every entry the
    # queue ever had (5.7 ms after 11,000 handoffs, growing with each one).
    return select(func.count()).select_from(queue_entries).where(
        queue_entries.c.channel == bindparam("channel"),
        queue_entries.c.language == bindparam("language"),
        queue_entries.c.topic == bindparam("topic"),
        queue_entries.c.state == state,
    ).scalar_subquery()


ADMISSION = select(
    select(queue_entries.c.state).where(queue_entries.c.conversation_id == bindparam("k"))
    .scalar_subquery().label("existing"),
    (_taken("waiting") + _taken("offered")).label("taken"),
)


@functools.cache
def _mark_handed_off(columns: tuple[str, ...]) -> Update:
    return (update(conversations).where(conversations.c.id == bindparam("k")).values(
        state="queued",
        handed_off_at=func.coalesce(conversations.c.handed_off_at,
                                    bindparam("when", type_=conversations.c.handed_off_at.type)),
        **{c: bindparam(f"v_{c}", type_=conversations.c[c].type) for c in columns}))


def mark_handed_off(conn: Connection, conversation_id: str, when: Any, values: dict[str, Any]) -> None:
    """Queued, handed off at ``when`` unless it was before, and ``values``: one statement."""
    _execute_or_defer(conn, _mark_handed_off(tuple(values)),
                      {"k": conversation_id, "when": when, **{f"v_{c}": v for c, v in values.items()}})

MESSAGES_AFTER = (
    select(messages).where(messages.c.conversation_id == bindparam("k"), messages.c.seq > bindparam("after"))
    .order_by(messages.c.seq).limit(bindparam("limit"))
)

# Several hub processes on PostgreSQL (store/cluster.py): a claim in one round
# trip - lock the waiting entry unless someone holds it, mark it offered by
# this node, and read the conversation and the customer's name.
_claimed = (
    update(queue_entries)
    .where(queue_entries.c.id == select(queue_entries.c.id)
           .where(queue_entries.c.conversation_id == bindparam("k"), queue_entries.c.state == "waiting")
           .with_for_update(skip_locked=True).scalar_subquery())
    .values(state="offered", offered_to=bindparam("agent"), claimed_by=bindparam("node"))
    .returning(queue_entries.c.conversation_id)
    .cte("claimed")
)
CLAIM = (
    select(conversations, customers.c.display_name.label("customer_name"))
    .join(customers, customers.c.id == conversations.c.customer_id)
    .where(conversations.c.id.in_(select(_claimed.c.conversation_id)))
)
CONFIRM_ACCEPT = (
    update(queue_entries)
    .where(queue_entries.c.conversation_id == bindparam("k"), queue_entries.c.state == "offered",
           queue_entries.c.offered_to == bindparam("agent"), queue_entries.c.claimed_by == bindparam("node"))
    .values(state="assigned", claimed_by=None)
    .returning(queue_entries.c.conversation_id)
)

CUSTOMER_NAME = select(customers.c.display_name).where(customers.c.id == bindparam("k"))
FEEDBACK_GIVEN = select(feedback.c.id).where(feedback.c.conversation_id == bindparam("k"))
