"""A transcript as plain text, for the clipboard and a .txt file."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from client_core.conversation.transcript import Message
from hub_protocol.events import SystemEvent

from .timefmt import date_time


def transcript_text(
    messages: Iterable[Message],
    *,
    title: str,
    describe_event: Callable[[SystemEvent], str],
    sender_label: Callable[[Message], str],
) -> str:
    """One line per message, ``[date time] Sender: text``; events as ``--- notice ---``.

    Labels come from the caller so the export is in the UI language.
    """
    lines = [title, ""]
    for row in messages:
        stamp = date_time(row.sent_at)
        if row.event is not None:
            lines.append(f"[{stamp}] --- {describe_event(row.event)} ---")
            continue
        body = row.text.replace("\r\n", "\n").replace("\n", "\n    ")
        lines.append(f"[{stamp}] {sender_label(row)}: {body}")
    return "\n".join(lines) + "\n"
