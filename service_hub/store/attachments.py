"""Attachments in the store: written in the same commit as the message that shows them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, select

from . import statements as sql
from .models import Attachment
from .repo import Store

attachments: Table = Attachment.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class StoredFile:
    id: str
    conversation_id: str
    name: str
    mime: str
    content: bytes  # the file, or its preview


def insert_op(row: dict[str, Any]) -> Any:
    """A writer op that inserts one attachment row (``Store.transact_future``)."""

    def op(conn: Connection) -> None:
        sql.insert_rows(conn, attachments, row)

    return op


async def known_upload(store: Store, conversation_id: str, uploader_ref: str, client_msg_id: str) -> bool:
    """This sender already sent a file with this client id here (a resend after a lost answer)."""
    query = select(attachments.c.id).where(
        attachments.c.conversation_id == conversation_id, attachments.c.uploader_ref == uploader_ref,
        attachments.c.client_msg_id == client_msg_id)
    async with store.engine.connect() as conn:
        return (await conn.execute(query)).first() is not None


async def load(store: Store, attachment_id: str, *, preview: bool) -> StoredFile | None:
    column = attachments.c.preview if preview else attachments.c.data
    query = select(attachments.c.conversation_id, attachments.c.name, attachments.c.mime,
                   column.label("content")).where(attachments.c.id == attachment_id)
    async with store.engine.connect() as conn:
        row = (await conn.execute(query)).first()
    if row is None:
        return None
    return StoredFile(attachment_id, row.conversation_id, row.name,
                      "image/png" if preview else row.mime, bytes(row.content))
