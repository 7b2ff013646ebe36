"""Revoked tokens in the store: written before anyone is told, read at start.

A revocation is kept until the token's own expiry (and a margin beyond the
token check's leeway); after that the token is refused for having expired
and the row is deleted when the next hub process starts.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects import postgresql, sqlite

from .models import RevokedToken, utcnow
from .repo import Store

KEPT_AFTER_EXPIRY = timedelta(minutes=5)  # well beyond the token check's leeway (30 s)
_table = RevokedToken.__table__


async def revoke(store: Store, token_id: str, expires_at: float) -> None:
    """Store that ``token_id`` is revoked until ``expires_at`` (a Unix time);
    revoking it again (another process, the same moment) changes nothing."""
    row = {"token_id": token_id, "expires_at": datetime.fromtimestamp(expires_at, UTC), "revoked_at": utcnow()}

    def op(conn: Connection) -> None:
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        conn.execute(dialect.insert(_table).values(row).on_conflict_do_nothing(index_elements=["token_id"]))

    await store.transact(op)


async def unexpired(store: Store) -> dict[str, float]:
    """Every revocation still in force (token id -> expiry as a Unix time);
    long-expired ones are deleted."""
    cutoff = utcnow() - KEPT_AFTER_EXPIRY
    async with store.sessions.begin() as session:
        await session.execute(delete(RevokedToken).where(RevokedToken.expires_at < cutoff))
        rows = await session.execute(select(RevokedToken.token_id, RevokedToken.expires_at))
        return {row.token_id: row.expires_at.timestamp() for row in rows}
