"""Store operations only several hub processes on one PostgreSQL need.

Queue claims are row locks: a process about to offer a waiting customer to
one of its agents locks the queue row with ``SELECT ... FOR UPDATE SKIP
LOCKED`` and moves it from ``waiting`` to ``offered`` with its node id in
``claimed_by``, in one transaction. A row someone else holds (locked now, or
no longer waiting) is skipped: the claim is lost and nothing is offered. An
accept is fenced the same way: it succeeds only while the row is still
``offered`` by this node to that agent.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import Connection, column, delete, select, table, update

from . import statements as sql
from .models import Conversation, Customer, HubEvent, QueueEntry, utcnow
from .repo import Store


def claim(store: Store, conversation_id: str, agent_id: int, node: str
          ) -> asyncio.Future[tuple[Conversation, str] | None]:
    """Claim a waiting entry for an offer; the future gives the conversation
    and the customer's name, or None when another process holds or took it.
    Queued now into the store writer's group commit (claims made together
    share one), run in its thread, not on the event loop."""

    def op(conn: Connection) -> tuple[Conversation, str] | None:
        found = sql.rows(conn, sql.CLAIM, {"k": conversation_id, "agent": agent_id, "node": node})
        if not found:
            return None
        row = found[0]
        conv = Conversation(**{c: row[c] for c in sql.conversations.c.keys()})
        return conv, row["customer_name"]

    return store.transact_future(op)


async def confirm_accept(store: Store, conversation_id: str, agent_id: int, node: str) -> bool:
    """The fence for an accept: still offered by this node to this agent."""

    def op(conn: Connection) -> bool:
        return bool(sql.rows(conn, sql.CONFIRM_ACCEPT, {"k": conversation_id, "agent": agent_id, "node": node}))

    return await store.transact(op)


async def release_orphans(store: Store) -> Sequence[QueueEntry]:
    """Entries offered by a process that is gone (its bus connection no longer
    in pg_stat_activity) go back to waiting; returns them."""
    async with store.sessions.begin() as session:
        name = column("application_name")
        alive = select(name).select_from(table("pg_stat_activity")).where(name.like("hub-node:%"))
        rows = await session.scalars(
            update(QueueEntry)
            .where(QueueEntry.state == "offered",
                   (QueueEntry.claimed_by.is_(None)) | (QueueEntry.claimed_by.not_in(alive)))
            .values(state="waiting", offered_to=None, claimed_by=None)
            .returning(QueueEntry)
        )
        return rows.all()


async def waiting(store: Store) -> Sequence[QueueEntry]:
    async with store.sessions() as session:
        rows = await session.scalars(
            select(QueueEntry).where(QueueEntry.state == "waiting")
            .order_by(QueueEntry.priority.desc(), QueueEntry.enqueued_at)
        )
        return rows.all()


async def conversations_of_agent(store: Store, agent_id: int) -> Sequence[tuple[Conversation, str]]:
    """Active conversations an agent held, e.g. on a process that stopped."""
    async with store.sessions() as session:
        rows = await session.execute(
            select(Conversation, Customer.display_name)
            .join(Customer, Customer.id == Conversation.customer_id)
            .where(Conversation.agent_id == agent_id, Conversation.state == "active")
        )
        return [(c, n) for c, n in rows.all()]


async def open_conversations_of(store: Store, customer_id: str) -> Sequence[tuple[Conversation, str]]:
    async with store.sessions() as session:
        rows = await session.execute(
            select(Conversation, Customer.display_name)
            .join(Customer, Customer.id == Conversation.customer_id)
            .where(Conversation.customer_id == customer_id,
                   Conversation.state.in_(("bot", "new", "queued", "offered", "active")))
        )
        return [(c, n) for c, n in rows.all()]


async def prune_events(store: Store, older_than_s: float = 300.0) -> None:
    async with store.sessions.begin() as session:
        await session.execute(delete(HubEvent).where(HubEvent.created_at < utcnow() - timedelta(seconds=older_than_s)))


async def requeue_if_ours(store: Store, conversation_id: str, *, channel: str, language: str, topic: str,
                          front: bool, node: str) -> bool:
    """Back to waiting, unless another process holds an offer of it (then
    this process's router only had a mirror copy): returns whether it did."""
    async with store.sessions.begin() as session:
        values: dict[str, object] = {"state": "waiting", "offered_to": None, "claimed_by": None,
                                     "channel": channel, "language": language, "topic": topic,
                                     "left_at": None}
        if front:
            values["priority"] = 1
        result = await session.execute(
            update(QueueEntry)
            .where(QueueEntry.conversation_id == conversation_id,
                   QueueEntry.state.in_(("assigned", "waiting", "offered")),
                   (QueueEntry.state != "offered") | (QueueEntry.claimed_by == node))
            .values(**values)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            return False
        await session.execute(
            update(Conversation).where(Conversation.id == conversation_id).values(state="queued", agent_id=None)
        )
        return True


async def release_claim(store: Store, conversation_id: str, node: str) -> None:
    """An offer this node claimed ended unaccepted: the entry waits again (if still this node's)."""
    async with store.sessions.begin() as session:
        await session.execute(
            update(QueueEntry)
            .where(QueueEntry.conversation_id == conversation_id, QueueEntry.state == "offered",
                   QueueEntry.claimed_by == node)
            .values(state="waiting", offered_to=None, claimed_by=None)
        )
