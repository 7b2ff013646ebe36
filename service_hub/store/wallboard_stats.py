"""Today's figures per queue for the wallboard: answered, answered within the
service level, abandoned (customers who asked for a human since midnight,
Europe/Helsinki). Read from the store, so every hub process and a restarted
hub agree."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import Integer, case, cast, func, select

from .models import Conversation
from .repo import Store

HELSINKI = ZoneInfo("Europe/Helsinki")


@dataclass(frozen=True)
class QueueCounts:
    answered: int = 0
    in_level: int = 0
    abandoned: int = 0


async def today_counts(store: Store, level_s: int, now: datetime) -> dict[tuple[str, str, str], QueueCounts]:
    midnight = datetime.combine(now.astimezone(HELSINKI).date(), time(0), HELSINKI)
    c = Conversation
    if store.engine.dialect.name == "sqlite":
        waited = (func.julianday(c.assigned_at) - func.julianday(c.handed_off_at)) * 86400.0
    else:
        waited = func.extract("epoch", c.assigned_at - c.handed_off_at)
    query = (
        select(c.channel, c.language, c.topic,
               func.count(c.assigned_at),
               func.sum(case((waited <= level_s, 1), else_=0)),
               func.sum(cast(c.abandoned, Integer)))
        .where(c.handed_off_at >= midnight)
        .group_by(c.channel, c.language, c.topic)
    )
    async with store.sessions() as session:
        rows = (await session.execute(query)).all()
    return {(ch, lang, topic): QueueCounts(int(answered or 0), int(in_level or 0), int(abandoned or 0))
            for ch, lang, topic, answered, in_level, abandoned in rows}
