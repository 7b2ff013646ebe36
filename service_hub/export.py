"""One customer's data as JSON: ``service-hub export-customer SUBJECT``.

For a request of access (or portability) by the person themself: what the hub
holds about the identity provider's subject SUBJECT - the customer record,
every conversation (with the handoff context, the pre-session check, the
expert's wrap-up code and note), every message of it, the files sent in it
(as stored, base64), the feedback given, and
the audit entries about them (their own actions, and everyone's actions on
their conversations or their customer record). The export itself is audited.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import sys
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select

from .retention import cli_actor
from .store.models import (
    Agent,
    Attachment,
    AuditEntry,
    Conversation,
    Customer,
    Feedback,
    Message,
    utcnow,
)
from .store.repo import Store, with_store

FORMAT = "service-hub customer export v1"


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


class UnknownCustomer(LookupError):
    pass


async def export_customer(store: Store, subject: str, *, actor: str = "system") -> dict[str, Any]:
    async with store.sessions() as session:
        customer = await session.get(Customer, subject)
        if customer is None:
            await store.audit(actor, "export_customer", f"customer:{subject}", allowed=False,
                              detail="no such customer")
            raise UnknownCustomer(subject)
        convs = (await session.scalars(
            select(Conversation).where(Conversation.customer_id == subject).order_by(Conversation.created_at)
        )).all()
        ids = [c.id for c in convs]
        messages: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
        feedback: dict[str, dict[str, Any]] = {}
        files: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
        agents: dict[int, str] = {}
        if ids:
            for m in await session.scalars(
                select(Message).where(Message.conversation_id.in_(ids)).order_by(Message.conversation_id,
                                                                                  Message.seq)
            ):
                messages[m.conversation_id].append({
                    "seq": m.seq, "sender": m.sender, "sender_name": m.sender_name, "text": m.text,
                    "sent_at": _iso(m.created_at), **({"attachment": m.attachment} if m.attachment else {}),
                })
            for a in await session.scalars(
                select(Attachment).where(Attachment.conversation_id.in_(ids)).order_by(Attachment.created_at)
            ):
                files[a.conversation_id].append({
                    "id": a.id, "name": a.name, "kind": a.kind, "mime": a.mime, "size": a.size,
                    "sha256": a.sha256, "sent_by": a.uploader_ref.split(":", 1)[0], "sent_at": _iso(a.created_at),
                    "content_base64": base64.b64encode(a.data).decode("ascii"),
                })
            for f in await session.scalars(select(Feedback).where(Feedback.conversation_id.in_(ids))):
                feedback[f.conversation_id] = {"rating": f.rating, "comment": f.comment, "skipped": f.skipped,
                                               "given_at": _iso(f.created_at)}
            agent_ids = {c.agent_id for c in convs if c.agent_id}
            if agent_ids:
                rows = await session.execute(select(Agent.id, Agent.display_name).where(Agent.id.in_(agent_ids)))
                agents = {r.id: r.display_name for r in rows}
        refs = [f"customer:{subject}", *(f"conversation:{i}" for i in ids)]
        audit = (await session.scalars(
            select(AuditEntry)
            .where(or_(AuditEntry.actor == f"customer:{subject}", AuditEntry.object_ref.in_(refs)))
            .order_by(AuditEntry.id)
        )).all()
    export = {
        "format": FORMAT,
        "exported_at": utcnow().isoformat(),
        "customer": {"subject": customer.id, "display_name": customer.display_name,
                     "first_seen": _iso(customer.created_at)},
        "conversations": [
            {**_conversation(c, agents.get(c.agent_id) if c.agent_id else None, messages[c.id],
                             feedback.get(c.id)), "attachments": files[c.id]}
            for c in convs
        ],
        "audit": [
            {"at": _iso(a.at), "actor": a.actor, "action": a.action, "object": a.object_ref,
             "allowed": a.allowed, "detail": a.detail}
            for a in audit
        ],
    }
    await store.audit(actor, "export_customer", f"customer:{subject}", allowed=True,
                      detail=json.dumps({"conversations": len(convs),
                                         "messages": sum(len(v) for v in messages.values())}))
    return export


def _conversation(c: Conversation, agent: str | None, messages: list[dict[str, Any]],
                  feedback: dict[str, Any] | None) -> dict[str, Any]:
    return {
        "id": c.id, "channel": c.channel, "language": c.language, "topic": c.topic, "state": c.state,
        "started_at": _iso(c.created_at), "handed_off_at": _iso(c.handed_off_at),
        "assigned_at": _iso(c.assigned_at), "ended_at": _iso(c.ended_at),
        "abandoned": c.abandoned, "agent": agent,
        "handoff_reason": c.handoff_reason, "handoff_context": c.handoff_context or {},
        "precheck": c.precheck, "wrap_up_code": c.wrap_up_code, "wrap_up_note": c.wrap_up_note,
        "messages": messages, "feedback": feedback,
    }


def add_export_parser(sub: Any, load_config: Callable[[argparse.Namespace], Any]) -> None:
    cmd = sub.add_parser("export-customer", help="write one customer's data as JSON")
    cmd.add_argument("subject", help="the identity provider's subject of the customer")
    cmd.add_argument("--output", "-o", help="file to write (created readable by its owner only); default stdout")

    def run(args: argparse.Namespace) -> int:
        config = load_config(args)
        try:
            data = asyncio.run(with_store(
                config.resolved_database_url(),
                lambda store: export_customer(store, args.subject, actor=cli_actor()),
            ))
        except UnknownCustomer:
            print(f"error: no customer {args.subject!r} in this hub's store", file=sys.stderr)
            return 1
        text = json.dumps(data, ensure_ascii=False, indent=2)
        if args.output:
            fd = os.open(args.output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text + "\n")
        else:
            print(text)
        return 0

    cmd.set_defaults(func=run)
