"""History search over ended and open conversations, and supervisors' whispers.

Criteria combine with AND: the customer's reference or part of their name,
a date range (Europe/Helsinki days), topic, channel, part of the serving
expert's name, and full text over the messages. Full text uses the index of
migration 0005: SQLite FTS5 or PostgreSQL's ``to_tsvector('simple', ...)``;
each word of the query matches as a prefix ("vuokra" finds "vuokrasopimus").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, column, func, select, table, text
from sqlalchemy.ext.asyncio import AsyncSession

from . import statements as sql
from .models import Agent, Conversation, Customer, Message, Whisper, utcnow
from .repo import Store

HELSINKI = ZoneInfo("Europe/Helsinki")
MAX_RESULTS = 200
_WORD = re.compile(r"\w+", re.UNICODE)
_FTS = table("messages_fts", column("rowid"))  # SQLite's FTS5 index (migration 0005)


@dataclass(frozen=True)
class HistoryCriteria:
    customer_ref: str | None = None
    name: str | None = None
    text: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    topic: str | None = None
    channel: str | None = None
    expert: str | None = None

    def empty(self) -> bool:
        return not any((self.customer_ref, (self.name or "").strip(), self.words(), self.date_from,
                        self.date_to, self.topic, self.channel, (self.expert or "").strip()))

    def words(self) -> list[str]:
        return _WORD.findall((self.text or "").lower())[:12]

    def describe(self) -> str:
        """For the audit log: what was searched (never the results)."""
        parts = {k: v for k, v in self.__dict__.items() if v not in (None, "")}
        return "; ".join(f"{k}={v}" for k, v in parts.items())[:1000]


@dataclass(frozen=True)
class HistoryRow:
    conversation: Conversation
    customer_name: str
    agent_name: str | None
    snippet: str | None


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), HELSINKI)


def _like(value: str) -> str:
    escaped = value.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _matching_messages(pg: bool, words: list[str]) -> Select[Any]:
    """Ids of messages containing every word (as a prefix), from the full-text index."""
    if pg:
        query = " & ".join(f"{w}:*" for w in words)
        condition = text("to_tsvector('simple', messages.text) @@ to_tsquery('simple', :fts)")
        return select(Message.id, Message.conversation_id).where(condition.bindparams(fts=query))
    query = " ".join(f'"{w}"*' for w in words)
    return (select(Message.id, Message.conversation_id)
            .join(_FTS, _FTS.c.rowid == Message.id)
            .where(text("messages_fts MATCH :fts").bindparams(fts=query)))


def _query(criteria: HistoryCriteria, pg: bool) -> Select[Any]:
    q = (select(Conversation, Customer.display_name, Agent.display_name)
         .join(Customer, Customer.id == Conversation.customer_id)
         .outerjoin(Agent, Agent.id == Conversation.agent_id))
    conds = []
    if criteria.customer_ref:
        conds.append(Conversation.customer_id == criteria.customer_ref)
    if (criteria.name or "").strip():
        conds.append(func.lower(Customer.display_name).like(_like(criteria.name or ""), escape="\\"))
    if (criteria.expert or "").strip():
        conds.append(func.lower(Agent.display_name).like(_like(criteria.expert or ""), escape="\\"))
    if criteria.date_from:
        conds.append(Conversation.created_at >= _day_start(criteria.date_from))
    if criteria.date_to:
        conds.append(Conversation.created_at < _day_start(criteria.date_to + timedelta(days=1)))
    if criteria.topic:
        conds.append(Conversation.topic == criteria.topic)
    if criteria.channel:
        conds.append(Conversation.channel == criteria.channel)
    words = criteria.words()
    if words:
        conds.append(Conversation.id.in_(_matching_messages(pg, words).with_only_columns(
            Message.conversation_id).scalar_subquery()))
    return q.where(and_(*conds)).order_by(Conversation.created_at.desc()).limit(MAX_RESULTS + 1)


async def _snippets(session: AsyncSession, pg: bool, words: list[str], ids: list[str]) -> dict[str, str]:
    """The first matching message of each conversation, for the result list."""
    if not words or not ids:
        return {}
    matching = _matching_messages(pg, words).where(Message.conversation_id.in_(ids)).subquery()
    rows = await session.execute(
        select(Message.conversation_id, Message.text)
        .where(Message.id.in_(select(func.min(matching.c.id)).group_by(matching.c.conversation_id))))
    return {conv: " ".join(body.split())[:160] for conv, body in rows}


async def search_history(store: Store, criteria: HistoryCriteria) -> tuple[list[HistoryRow], bool]:
    """Matching conversations, newest first; and whether there were more than were returned."""
    pg = store.engine.dialect.name != "sqlite"
    async with store.sessions() as session:
        found = (await session.execute(_query(criteria, pg))).all()
        truncated = len(found) > MAX_RESULTS
        found = found[:MAX_RESULTS]
        snippets = await _snippets(session, pg, criteria.words(), [c.id for c, _, _ in found])
    return [HistoryRow(c, customer or "", agent, snippets.get(c.id)) for c, customer, agent in found], truncated


# ------------------------------------------------------------ whispers


async def add_whisper(store: Store, conversation_id: str, supervisor_id: int, agent_id: int | None,
                      note: str) -> datetime:
    """Store a whisper (through the store's writer, like every write); returns its time."""
    at = utcnow()
    row = {"conversation_id": conversation_id, "supervisor_id": supervisor_id, "agent_id": agent_id,
           "text": note, "created_at": at}
    await store.transact(lambda conn: sql.insert_rows(conn, Whisper.__table__, row))  # type: ignore[arg-type]
    return at


async def whispers_of(store: Store, conversation_id: str) -> list[tuple[Whisper, str]]:
    """A conversation's whispers, oldest first, with the supervisor's name."""
    async with store.sessions() as session:
        rows = await session.execute(
            select(Whisper, Agent.display_name).join(Agent, Agent.id == Whisper.supervisor_id)
            .where(Whisper.conversation_id == conversation_id).order_by(Whisper.id))
        return [(w, name) for w, name in rows]
