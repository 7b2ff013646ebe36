"""Adapter from the hub's ``BotService`` protocol (service_hub/bot_service.py) to BotEngine.

Kept out of ``service_hub.bot.__init__`` so the domain package stays free of
hub imports; the hub imports this module explicitly:

    from service_hub.bot.hub_adapter import KnowledgeBot
    bot = KnowledgeBot(BotEngine.load(config.bot_backend))
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Any

from service_hub.bot_service import BotTurn

from .conversation import BotConversation, BotEngine
from .handoff import HandoffFacts
from .lang import check_language

log = logging.getLogger(__name__)


def facts_from_hub(facts: dict[str, Any]) -> HandoffFacts:
    """The hub's ``_handoff_facts`` dict -> HandoffFacts."""
    return HandoffFacts(
        queue_open=bool(facts["open"]),
        queue_full=bool(facts["full"]),
        agents_available=int(facts["agents_on_duty"]),
    )


class KnowledgeBot:
    """One BotConversation per conversation id, behind the hub's BotService protocol."""

    name = "Kela-Kelpo"

    def __init__(self, engine: BotEngine, max_conversations: int = 10_000) -> None:
        self.engine = engine
        # Bounded so that conversations the hub never closes do not pile up;
        # the least recently used conversation is dropped first.
        self._conversations: OrderedDict[str, BotConversation] = OrderedDict()
        self._max = max_conversations

    def conversation(
        self, conversation_id: str, language: str, saved: dict[str, Any] | None = None
    ) -> BotConversation:
        """The bot's side of the conversation: in memory, else as ``saved`` (stored
        with the conversation, e.g. before a hub restart), else a new one."""
        s = self._conversations.get(conversation_id)
        if s is None:
            s = self._restored(saved) or self.engine.new_conversation(check_language(language))
            self._conversations[conversation_id] = s
            while len(self._conversations) > self._max:
                self._conversations.popitem(last=False)
        self._conversations.move_to_end(conversation_id)
        return s

    def _restored(self, saved: dict[str, Any] | None) -> BotConversation | None:
        if not saved:
            return None
        try:
            return self.engine.restore_conversation(saved)
        except ValueError:
            # A state an older or newer bot wrote: the dialogue starts afresh
            # (the expert still gets the transcript the hub stored).
            log.warning("bot: stored conversation state not usable; starting afresh")
            return None

    def forget(self, conversation_id: str) -> None:
        """Call when the conversation leaves the bot (handed off or ended)."""
        self._conversations.pop(conversation_id, None)

    def greeting(self, language: str) -> str:
        return self.engine.texts.get("greeting", check_language(language))

    async def reply(
        self,
        conversation_id: str,
        language: str,
        text: str,
        facts: dict[str, Any],
        state: dict[str, Any] | None = None,
        form_step: str | None = None,
    ) -> BotTurn:
        conversation = self.conversation(conversation_id, language, state)
        # The form's step outranks the step of the KB entry the bot answers from.
        reply = await conversation.handle(text, facts_from_hub(facts), step=form_step)
        # exclude_none: the hub fills a missing "reason" with setdefault(), which
        # a stored None would block.
        context = conversation.context.model_dump(mode="json", exclude_none=True)
        return BotTurn(
            texts=reply.texts,
            suggest_human=reply.handoff_offered,
            context=context,
            state=conversation.saved(),
        )
