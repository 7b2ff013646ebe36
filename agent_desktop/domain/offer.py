"""What the incoming-offer card shows, read tolerantly from Offer.context.

The bot's handoff context grows over time (``transcript``, ``life_events``,
``intents``, ``reason``, ``application_step``...); every key may be missing
or oddly typed, and the card must still show what it can.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PREVIEW_LINES = 4


@dataclass(frozen=True)
class PreviewLine:
    sender: str
    text: str


@dataclass(frozen=True)
class OfferSummary:
    offer_id: str
    conversation_id: str
    channel: str
    language: str
    topic: str
    waited_s: int
    expires_in_s: int
    reason: str = ""  # asked, suggested, or a code the UI shows as is
    life_events: tuple[str, ...] = ()
    intents: tuple[str, ...] = ()
    application_step: str = ""
    preview: tuple[PreviewLine, ...] = ()
    precheck: dict[str, Any] | None = field(default=None, compare=False)
    # A transfer to us by name: who passed it, their consult notes, the conversation so far.
    transferred_by: str = ""
    consult_notes: tuple[str, ...] = ()
    conversation: tuple[PreviewLine, ...] = ()


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,) if value else ()
    if isinstance(value, list | tuple):
        out = []
        for item in value:
            if isinstance(item, str) and item:
                out.append(item)
            elif isinstance(item, dict):  # {"code": "job_loss", ...}
                code = item.get("code") or item.get("name") or item.get("kind")
                if isinstance(code, str) and code:
                    out.append(code)
        return tuple(out)
    return ()


def preview_lines(transcript: Any, limit: int = PREVIEW_LINES) -> tuple[PreviewLine, ...]:
    """The first lines of the bot conversation, one line each, trimmed."""
    if not isinstance(transcript, list):
        return ()
    lines = []
    for item in transcript:
        if not isinstance(item, dict):
            continue
        text = item.get("text")
        if not isinstance(text, str) or not text.strip():
            continue
        # The bot's handoff context calls it "speaker"; older frames "sender".
        who = item.get("sender") or item.get("speaker")
        sender = who if isinstance(who, str) else "customer"
        one_line = " ".join(text.split())
        if len(one_line) > 140:
            one_line = one_line[:139] + "…"
        lines.append(PreviewLine(sender, one_line))
        if len(lines) >= limit:
            break
    return tuple(lines)


def summarize_offer(
    *, offer_id: str, conversation_id: str, channel: str, language: str, topic: str,
    waited_s: int, expires_in_s: int, context: dict[str, Any] | None,
    precheck: dict[str, Any] | None = None, transferred_by: str | None = None,
    messages: list[tuple[str, str]] | None = None,
) -> OfferSummary:
    """``messages``: (sender, text) of the conversation so far, for a transfer by name."""
    ctx = context if isinstance(context, dict) else {}
    reason = ctx.get("reason")
    step = ctx.get("application_step")
    return OfferSummary(
        offer_id=offer_id, conversation_id=conversation_id, channel=channel, language=language,
        topic=topic, waited_s=max(0, int(waited_s)), expires_in_s=max(0, int(expires_in_s)),
        reason=reason if isinstance(reason, str) else "",
        life_events=_strings(ctx.get("life_events")),
        intents=_strings(ctx.get("intents")),
        application_step=step if isinstance(step, str) else "",
        preview=preview_lines(ctx.get("transcript")),
        precheck=precheck if isinstance(precheck, dict) else None,
        transferred_by=transferred_by or "",
        consult_notes=_strings(ctx.get("transfer_notes")),
        conversation=preview_lines([{"sender": who, "text": text} for who, text in (messages or [])
                                    if who in ("customer", "agent", "bot")][-PREVIEW_LINES:]),
    )


def seconds_left(expires_in_s: int, received_at: float, now: float) -> int:
    """Countdown for the card; monotonic clock values in, whole seconds out."""
    return max(0, int(round(expires_in_s - (now - received_at))))
