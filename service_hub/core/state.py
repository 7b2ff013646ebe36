"""What the hub holds: settings, the store, the queues, the bot, the clock,
who is who (the token authority), the router and this process's live
conversations and connections."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from ..auth import TokenAuthority
from ..bot_service import BotService
from ..config import HubConfig
from ..routing import AgentCapacity, Channel, QueueCatalog, Router, RouterSettings
from ..store.repo import Store
from .live import LiveConversations
from .roster import Roster

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class HubState:
    config: HubConfig
    store: Store
    catalog: QueueCatalog
    bot: BotService
    clock: Clock
    authority: TokenAuthority
    router: Router
    conversations: LiveConversations
    roster: Roster

    @classmethod
    def create(cls, config: HubConfig, store: Store, catalog: QueueCatalog, bot: BotService,
               clock: Clock, authority: TokenAuthority) -> HubState:
        router = Router(catalog, clock, RouterSettings(
            offer_timeout_s=config.offer_timeout_s,
            max_missed_offers=config.missed_offers_before_away,
            wrap_up_s=config.wrap_up_timeout_s,
            default_capacity=AgentCapacity({Channel.CHAT: config.max_chats_per_agent, Channel.VIDEO: 1}),
            offer_prefix=f"o{uuid.uuid4().hex[:8]}-",  # unique to this process and start
        ))
        return cls(config, store, catalog, bot, clock, authority, router, LiveConversations(),
                   Roster(store, clock))
