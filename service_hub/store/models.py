"""SQLAlchemy models: the same tables on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC on both engines (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON}


class Agent(Base):
    __tablename__ = "agents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(128))
    password_hash: Mapped[str] = mapped_column(String(256))
    # {"languages": {"fi": 5}, "topics": [...], "channels": ["chat", "video"]}
    skills: Mapped[dict[str, Any]] = mapped_column(default=dict)
    is_supervisor: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Customer(Base):
    __tablename__ = "customers"
    # The identity provider's subject; the hub never sees a national id number.
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Conversation(Base):
    __tablename__ = "conversations"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8))
    topic: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16), index=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), nullable=True)
    handoff_reason: Mapped[str | None] = mapped_column(String(32), nullable=True)
    handoff_context: Mapped[dict[str, Any]] = mapped_column(default=dict)
    precheck: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    # The bot's session state while the chat is with the bot (service_hub/bot_service.py).
    bot_state: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    wrap_up_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    wrap_up_note: Mapped[str | None] = mapped_column(Text, nullable=True)
    abandoned: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    handed_off_at: Mapped[datetime | None] = mapped_column(nullable=True, index=True)
    assigned_at: Mapped[datetime | None] = mapped_column(nullable=True)
    ended_at: Mapped[datetime | None] = mapped_column(nullable=True)


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("conversation_id", "seq", name="uq_message_seq"),
        UniqueConstraint("conversation_id", "sender_ref", "client_msg_id", name="uq_message_client_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id"))
    seq: Mapped[int] = mapped_column(Integer)
    sender: Mapped[str] = mapped_column(String(16))
    # "customer:<sub>", "agent:<id>", "bot", "system": who may resend this id.
    sender_ref: Mapped[str] = mapped_column(String(160))
    sender_name: Mapped[str] = mapped_column(String(128))
    text: Mapped[str] = mapped_column(Text)
    client_msg_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # A file sent in the conversation: its hub_protocol AttachmentInfo (the text is its name).
    attachment: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), nullable=True)


class Attachment(Base):
    """A file sent in a conversation, as stored after the scan: an image
    re-encoded without its metadata, or a PDF as sent, and its preview (PNG)."""

    __tablename__ = "attachments"
    __table_args__ = (
        UniqueConstraint("conversation_id", "uploader_ref", "client_msg_id", name="uq_attachment_client_id"),
    )
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id"), index=True)
    uploader_ref: Mapped[str] = mapped_column(String(160))
    client_msg_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    kind: Mapped[str] = mapped_column(String(16))
    mime: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(128))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    preview: Mapped[bytes] = mapped_column(LargeBinary)
    info: Mapped[dict[str, Any]] = mapped_column(default=dict)  # the AttachmentInfo sent with the message
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Whisper(Base):
    """A supervisor's note to the serving expert: never part of the customer's transcript."""

    __tablename__ = "whispers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id"), index=True)
    supervisor_id: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    agent_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # the expert it was for
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class QueueEntry(Base):
    __tablename__ = "queue_entries"
    __table_args__ = (Index("ix_queue_waiting", "channel", "language", "topic", "state"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id"), unique=True)
    channel: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8))
    topic: Mapped[str] = mapped_column(String(64))
    priority: Mapped[int] = mapped_column(Integer, default=0)
    # waiting -> offered -> assigned | left; back to waiting on decline or drop.
    state: Mapped[str] = mapped_column(String(16))
    offered_to: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), nullable=True)
    # Several hub processes: the node (bus.PgBus.node_id) whose offer holds the entry.
    claimed_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    enqueued_at: Mapped[datetime] = mapped_column(default=utcnow)
    left_at: Mapped[datetime | None] = mapped_column(nullable=True)


class HubEvent(Base):
    """A bus event too large for a NOTIFY payload; the notification names its id."""

    __tablename__ = "hub_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class Feedback(Base):
    __tablename__ = "feedback"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id"), unique=True)
    rating: Mapped[int | None] = mapped_column(Integer, nullable=True)
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    skipped: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditEntry(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(160))
    action: Mapped[str] = mapped_column(String(64))
    object_ref: Mapped[str] = mapped_column(String(160))
    allowed: Mapped[bool] = mapped_column(Boolean)
    detail: Mapped[str] = mapped_column(Text, default="")


class RevokedToken(Base):
    """A sign-in ended before its token expired (logout): refused until then
    by every hub process, also after a restart (``store/revocations.py``)."""

    __tablename__ = "revoked_tokens"
    token_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    expires_at: Mapped[datetime] = mapped_column(index=True)
    revoked_at: Mapped[datetime] = mapped_column(default=utcnow)
