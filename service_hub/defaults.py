"""What the hub runs with when the caller does not say otherwise."""

from __future__ import annotations

from typing import Any

from .bot_service import BotTurn
from .config import HubConfig
from .queueing import AlwaysOpen, QueueCatalog

TOPICS = [
    "social_assistance", "unemployment", "housing_allowance", "families_with_children",
    "students", "sickness", "rehabilitation_disability", "pensions",
]


def default_catalog(config: HubConfig) -> QueueCatalog:
    queues = [("chat", lang, "social_assistance") for lang in ("fi", "sv", "en")]
    queues += [("video", lang, topic) for lang in ("fi", "sv", "en", "ru", "ckb") for topic in TOPICS]
    return AlwaysOpen(queues)


class _SkeletonBot:
    """Placeholder until the knowledge-base bot lands (service_hub.bot)."""

    name = "Assistant"
    _human = ("human", "ihminen", "ihmisen", "asiakaspalvelija", "människa", "handläggare")

    def greeting(self, language: str) -> str:
        return {"fi": "Hei! Olen hakemusavustaja.", "sv": "Hej! Jag är ansökningsassistenten."}.get(
            language, "Hello! I am the application assistant."
        )

    async def reply(self, conversation_id: str, language: str, text: str, facts: dict[str, Any]) -> BotTurn:
        wants = any(word in text.lower() for word in self._human)
        return BotTurn(texts=["…"], suggest_human=wants, context={"intents": ["ask_human"] if wants else []})


def default_bot(config: HubConfig) -> Any:
    return _SkeletonBot()
