"""What the hub runs with when the caller does not say otherwise."""

from __future__ import annotations

from typing import Any

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


def default_bot(config: HubConfig) -> Any:
    from .bot.backend import BotBackendConfig
    from .bot.hub_adapter import KnowledgeBot
    from .bot.session import BotEngine

    backend = BotBackendConfig(kind=config.bot_backend, url=config.bot_url or None,
                               timeout_s=config.bot_timeout_s)
    return KnowledgeBot(BotEngine.load(backend))
