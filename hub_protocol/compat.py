"""What the hub sends a client of an older protocol version.

A client of protocol 1 refuses a frame with a field it does not know (its
models forbid extras) and a version it does not speak: it would drop every
frame of a newer hub without a word. So the hub writes to each connection
in the connection's own version: for protocol 1, ``v`` is 1, fields added
since are left out, and frame types added since are not sent at all.

``V1_SERVER_FIELDS`` is protocol 1's server frames as it shipped, type by
type (``tests/compat/frames_v1.py`` is the frozen module it was taken from;
``tests/hub/test_version_skew.py`` checks that every change to a server frame
since then is either left out here or something protocol 1 accepts).
"""

from __future__ import annotations

import json
from typing import Any

from .frames import PROTOCOL_VERSION

_COMMON = ("v", "type", "id")
V1_SERVER_FIELDS: dict[str, frozenset[str]] = {
    kind: frozenset(_COMMON + fields) for kind, fields in {
        "welcome": ("agent_state", "display_name", "role", "server_time", "user_id"),
        "ack": ("conversation_id", "ref", "seq"),
        "error": ("code", "message", "ref"),
        "pong": (),
        "chat.message": ("client_msg_id", "conversation_id", "sender", "sender_name", "sent_at", "seq", "text"),
        "conversation.state": ("agent_name", "channel", "conversation_id", "language", "state", "topic"),
        "handoff.status": ("alternatives", "available", "conversation_id", "next_opening", "reason", "suggested"),
        "services.catalog": ("services", "timezone"),
        "queue.status": ("conversation_id", "estimated_wait_s", "position"),
        "feedback.request": ("conversation_id",),
        "offer": ("channel", "context", "conversation_id", "expires_in_s", "language", "offer_id", "precheck",
                  "topic", "waited_s"),
        "offer.revoked": ("offer_id", "reason"),
        "conversation.assigned": ("channel", "context", "conversation_id", "customer_id", "customer_name",
                                  "language", "messages", "precheck", "topic"),
        "conversation.invited": ("channel", "conversation_id", "customer_id", "customer_name", "invited_by",
                                 "language", "messages", "participants", "topic"),
        "agent.status": ("reason", "since", "state"),
        "queues.snapshot": ("agents", "queues"),
        "history.results": ("conversations", "customer_ref"),
        "history.transcript": ("agent_name", "channel", "context", "conversation_id", "customer_id",
                               "customer_name", "ended_at", "language", "messages", "started_at", "topic",
                               "wrap_up_code"),
        "rtc.signal": ("conversation_id", "kind", "payload", "sender"),
        "typing": ("conversation_id", "sender"),
    }.items()
}

# handoff.status reasons protocol 1 knew.
V1_HANDOFF_REASONS = frozenset(("open", "closed", "full", "no_agents"))

# Parts inside server frames as protocol 1 shipped them: (frame type, field) -> the part's fields.
V1_SERVER_PARTS: dict[tuple[str, str], frozenset[str]] = {
    ("history.results", "conversations"): frozenset((
        "conversation_id", "channel", "language", "topic", "started_at", "ended_at", "agent_name",
        "wrap_up_code")),
    ("queues.snapshot", "agents"): frozenset(("agent_id", "display_name", "state", "languages")),
    ("services.catalog", "services"): frozenset(("queue", "hours", "valid_from", "valid_until", "alternatives")),
}
# Alternatives protocol 1 knew (a "web" page is new): the others are left out for it.
V1_ALTERNATIVE_KINDS = frozenset(("phone", "office"))


def for_version(data: str, version: int) -> str | None:
    """``data`` (a server frame encoded in this protocol's version) as a client
    speaking ``version`` reads it; None when that client has no such frame."""
    if version >= PROTOCOL_VERSION:
        return data
    frame = _v1(json.loads(data))
    return None if frame is None else json.dumps(frame, ensure_ascii=False, separators=(",", ":"))


def _v1(frame: dict[str, Any]) -> dict[str, Any] | None:
    fields = V1_SERVER_FIELDS.get(frame.get("type"))  # type: ignore[arg-type]
    if fields is None:
        return None
    out = {"v": 1, **{k: v for k, v in frame.items() if k in fields and k != "v"}}
    if "messages" in out:  # transcripts carry whole chat.message frames
        out["messages"] = [_v1(m) for m in out["messages"]]
    if frame.get("type") == "handoff.status" and out.get("reason") not in V1_HANDOFF_REASONS:
        out["reason"] = "closed"  # "no_service" (nobody serves it) is new: to them, closed
    if frame.get("type") == "history.results" and out.get("customer_ref") is None:
        out["customer_ref"] = ""  # protocol 1 searched only by customer; its results name one
    for (kind, field), part_fields in V1_SERVER_PARTS.items():
        if frame.get("type") == kind and isinstance(out.get(field), list):
            out[field] = [{k: v for k, v in part.items() if k in part_fields} for part in out[field]]
    for holder in (out, *(out.get("services") or ())):
        if isinstance(holder.get("alternatives"), list):
            holder["alternatives"] = [a for a in holder["alternatives"] if a.get("kind") in V1_ALTERNATIVE_KINDS]
    return out
