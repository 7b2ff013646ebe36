"""What the hub runs with when the caller does not say otherwise."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .config import HubConfig
from .routing import QueueCatalog, load_queues


def default_catalog(config: HubConfig) -> QueueCatalog:
    """resources/queues.toml, or the file named by ``queue_config``."""
    return load_queues(Path(config.queue_config)) if config.queue_config else load_queues()


def default_bot(config: HubConfig) -> Any:
    from .bot.backend import BotBackendConfig
    from .bot.conversation import BotEngine
    from .bot.hub_adapter import KnowledgeBot

    backend = BotBackendConfig(kind=config.bot_backend, url=config.bot_url or None,
                               timeout_s=config.bot_timeout_s)
    return KnowledgeBot(BotEngine.load(backend))
