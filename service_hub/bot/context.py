"""The handoff context: what the service expert sees when a chat reaches them.

pydantic so that the hub can store it as JSON and send it over the wire
unchanged (``model_dump_json`` / ``model_validate_json`` round-trip).
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field

from .lang import Language
from .rules import LifeEvent


class HandoffReason(StrEnum):
    ASKED = "asked"  # the customer asked for a human
    BOT_FAILED = "bot_failed"  # the bot did not understand or its backend failed
    BOT_SUGGESTED = "bot_suggested"  # the bot saw a wider life change


class Turn(BaseModel):
    speaker: Literal["customer", "bot"]
    text: str
    at: datetime = Field(default_factory=lambda: datetime.now(UTC))
    # For bot turns that answered from the KB: which entry and how sure.
    entry_id: str | None = None
    confidence: float | None = None


class HandoffContext(BaseModel):
    language: Language
    transcript: list[Turn] = Field(default_factory=list)
    # Form step the customer is on (reported by the form) or, if the form did
    # not say, the step of the last KB entry the bot answered from.
    application_step: str | None = None
    # KB entry ids the bot recognised, in order, without repeats.
    intents: list[str] = Field(default_factory=list)
    life_events: list[LifeEvent] = Field(default_factory=list)
    # Set when a handoff is offered or accepted; the latest reason wins.
    reason: HandoffReason | None = None
    unanswered_count: int = 0  # how often the bot did not understand / failed

    def add_intent(self, entry_id: str) -> None:
        if entry_id not in self.intents:
            self.intents.append(entry_id)

    def add_life_events(self, events: frozenset[LifeEvent]) -> None:
        for event in sorted(events):
            if event not in self.life_events:
                self.life_events.append(event)
