"""One conversation the agent holds (or held): facts, transcript and its rows, unread count."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from client_core.conversation.transcript import Transcript

from .transcript_rows import TranscriptRows


@dataclass
class Conversation:
    id: str
    customer_id: str
    customer_name: str
    channel: str
    language: str
    topic: str
    context: dict[str, Any] = field(default_factory=dict)
    precheck: dict[str, Any] | None = None
    transcript: Transcript = field(default_factory=Transcript)
    unread: int = 0
    ended: bool = False
    read_only: bool = False  # a history transcript
    guest: bool = False  # invited into a colleague's video call (an interpreter)
    participants: list[str] = field(default_factory=list)  # a guest's peers to call
    started_at: datetime | None = None  # known for history transcripts
    monitored_by: list[str] = field(default_factory=list)  # supervisors viewing it now
    whispers: list[tuple[str, str]] = field(default_factory=list)  # (supervisor, note): only for us

    def __post_init__(self) -> None:
        if not self.transcript.conversation_id:
            self.transcript.conversation_id = self.id
        # What the transcript list shows: the bot part folded on top.
        self.rows = TranscriptRows(self.transcript)

    @property
    def handoff_reason(self) -> str:
        reason = self.context.get("reason")
        return reason if isinstance(reason, str) else ""

    @property
    def life_events(self) -> list[str]:
        value = self.context.get("life_events")
        if isinstance(value, list):
            return [v if isinstance(v, str) else str(v.get("code", "")) for v in value
                    if isinstance(v, str | dict)]
        return []

    @property
    def transfers(self) -> list[dict[str, Any]]:
        value = self.context.get("transfers")
        return [t for t in value if isinstance(t, dict)] if isinstance(value, list) else []
