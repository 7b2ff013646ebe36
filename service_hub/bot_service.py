"""The hub's side of the application-assistant bot.

The hub asks the bot for a turn and gets texts to post plus what the bot
learned (intents, life events, application step) for the handoff context.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass
class BotTurn:
    texts: list[str]
    suggest_human: bool = False
    context: dict[str, Any] = field(default_factory=dict)
    # The bot's own session state (JSON): stored with the conversation and
    # handed back on the next turn, so a restarted hub continues the dialogue.
    state: dict[str, Any] | None = None


class BotService(Protocol):
    name: str

    def greeting(self, language: str) -> str: ...

    async def reply(
        self,
        conversation_id: str,
        language: str,
        text: str,
        facts: dict[str, Any],
        state: dict[str, Any] | None = None,
        form_step: str | None = None,  # the step the form reported at chat start (first turn)
    ) -> BotTurn: ...

    def forget(self, conversation_id: str) -> None:
        """The conversation left the bot (handed off or ended)."""
