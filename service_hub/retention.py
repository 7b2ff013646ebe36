"""Retention: transcripts of conversations ended long enough ago are deleted.

``service-hub purge [--days N] [--dry-run]`` (N defaults to the configured
``retention_days``) finds conversations that ended more than N days ago and
still have content, and in one transaction per batch:

- deletes their chat messages (customer, agent, bot and system lines), the
  files sent in them (attachments and their previews) and supervisors'
  whispers to the expert;
- removes what people wrote from ``handoff_context``: the bot transcript and
  the transfer notes (the number of transfers is kept), and clears the
  bot's saved session (``bot_state``, which holds the transcript too), the
  agent's wrap-up note and the feedback comment;
- keeps the anonymous fields the trial's figures need: channel, language,
  topic, times (created, handed off, assigned, ended), handoff reason,
  abandoned, wrap-up code, the rating, and from the context the recognised
  intents, life-event categories, unanswered count and application step;
- marks the conversation ``handoff_context.purged_at``.

Bus events (``hub_events``, transient payloads between hub processes) older
than the cut-off go too. Each run, dry or not, is written to the audit log.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update

from .store.models import Attachment, Conversation, Feedback, Message, Whisper, utcnow
from .store.repo import Store, with_store

BATCH = 500
# handoff_context keys that carry no personal text; everything else is dropped.
KEPT_CONTEXT_KEYS = ("language", "reason", "intents", "life_events", "unanswered_count",
                     "application_step", "handoff_at")


@dataclass(frozen=True)
class PurgeReport:
    days: int
    cutoff: str
    dry_run: bool
    conversations: int
    messages: int
    feedback_comments: int
    bus_events: int
    attachments: int = 0


def scrub_context(context: dict[str, Any] | None, purged_at: datetime) -> dict[str, Any]:
    context = dict(context or {})
    kept = {k: context[k] for k in KEPT_CONTEXT_KEYS if k in context}
    if context.get("transfers"):
        kept["transfer_count"] = len(context["transfers"])
    kept["purged_at"] = purged_at.isoformat()
    return kept


def _bus_events_table() -> Any:
    try:
        from .store.models import HubEvent  # present when the scale-out schema is
    except ImportError:
        return None
    return HubEvent


async def purge(store: Store, days: int, *, dry_run: bool = False, now: datetime | None = None,
                actor: str = "system") -> PurgeReport:
    if days < 1:
        raise ValueError("the retention period must be at least one day")
    now = now or utcnow()
    cutoff = now - timedelta(days=days)
    due = (
        select(Conversation.id)
        .where(Conversation.state == "ended", Conversation.ended_at < cutoff)
        .order_by(Conversation.id)
    )
    conversations = messages = comments = events = files = 0
    last_id = ""
    while True:
        async with store.sessions.begin() as session:
            batch = (await session.scalars(due.where(Conversation.id > last_id).limit(BATCH))).all()
            if not batch:
                break
            rows = (await session.scalars(
                select(Conversation).where(Conversation.id.in_(batch)).order_by(Conversation.id))).all()
            last_id = rows[-1].id
            ids = [c.id for c in rows if "purged_at" not in (c.handoff_context or {})]
            if not ids:
                continue
            n_messages = await session.scalar(
                select(func.count()).select_from(Message).where(Message.conversation_id.in_(ids))) or 0
            n_comments = await session.scalar(
                select(func.count()).select_from(Feedback)
                .where(Feedback.conversation_id.in_(ids), Feedback.comment.is_not(None))) or 0
            n_files = await session.scalar(
                select(func.count()).select_from(Attachment).where(Attachment.conversation_id.in_(ids))) or 0
            conversations, messages, comments = conversations + len(ids), messages + n_messages, \
                comments + n_comments
            files += n_files
            if dry_run:
                continue
            await session.execute(delete(Message).where(Message.conversation_id.in_(ids)))
            await session.execute(delete(Whisper).where(Whisper.conversation_id.in_(ids)))
            await session.execute(delete(Attachment).where(Attachment.conversation_id.in_(ids)))
            await session.execute(
                update(Feedback).where(Feedback.conversation_id.in_(ids)).values(comment=None))
            for conv in rows:
                if conv.id in ids:
                    conv.handoff_context = scrub_context(conv.handoff_context, now)
                    conv.bot_state = None
                    conv.wrap_up_note = None
    hub_event = _bus_events_table()
    if hub_event is not None:
        async with store.sessions.begin() as session:
            old = select(func.count()).select_from(hub_event).where(hub_event.created_at < cutoff)
            events = await session.scalar(old) or 0
            if not dry_run and events:
                await session.execute(delete(hub_event).where(hub_event.created_at < cutoff))
    report = PurgeReport(days, cutoff.isoformat(), dry_run, conversations, messages, comments, events, files)
    await store.audit(actor, "purge.dry_run" if dry_run else "purge", f"retention:{days}d", allowed=True,
                      detail=json.dumps({k: v for k, v in asdict(report).items() if k != "cutoff"}))
    return report


def cli_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"[:160]
    except Exception:  # noqa: BLE001 - no user name (container): still audited
        return "cli"


def add_purge_parser(sub: Any, load_config: Callable[[argparse.Namespace], Any]) -> None:
    cmd = sub.add_parser("purge", help="delete transcripts older than the retention period")
    cmd.add_argument("--days", type=int, help="retention in days (default: retention_days in the config)")
    cmd.add_argument("--dry-run", action="store_true", help="count what would go, change nothing")

    def run(args: argparse.Namespace) -> int:
        config = load_config(args)
        days = args.days if args.days is not None else config.retention_days
        if not days or days < 1:
            print("error: no retention period: set retention_days in the config or give --days N (N >= 1)",
                  file=sys.stderr)
            return 2
        report = asyncio.run(with_store(
            config.resolved_database_url(),
            lambda store: purge(store, days, dry_run=args.dry_run, actor=cli_actor()),
        ))
        print(json.dumps(asdict(report)))
        return 0

    cmd.set_defaults(func=run)
