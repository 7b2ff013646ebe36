"""Every shared part of the hub, built once, for the frame handlers."""

from __future__ import annotations

from dataclasses import dataclass

from ..assurance import AssurancePolicy
from .access import Access
from .admission import Admissions
from .coordinator import Coordinator
from .delivery import Delivery
from .ending import Ending
from .pump import Pump
from .queue_news import QueueNews
from .state import HubState
from .supervision import Supervision
from .transfers import Transfers


@dataclass(frozen=True)
class HubParts:
    state: HubState
    coordinator: Coordinator
    delivery: Delivery
    access: Access
    pump: Pump
    admissions: Admissions
    ending: Ending
    news: QueueNews
    transfers: Transfers
    supervision: Supervision

    @classmethod
    def assemble(cls, state: HubState, coordinator: Coordinator) -> HubParts:
        s = state
        delivery = Delivery(s.store, s.roster, coordinator)
        return cls(
            state=s, coordinator=coordinator, delivery=delivery,
            access=Access(s.store, s.conversations, AssurancePolicy.from_config(s.config)),
            pump=Pump(s.router, s.conversations, s.roster, delivery, coordinator, s.store, s.clock),
            admissions=Admissions(s.router, coordinator, delivery),
            ending=Ending(s.store, s.router, s.conversations, s.roster, delivery, coordinator, s.bot, s.clock),
            news=QueueNews(s.router, s.conversations, s.roster),
            transfers=Transfers(s.store, s.router, s.roster, delivery, s.clock),
            supervision=Supervision(s.config, s.store, s.router, s.conversations, s.roster, s.clock),
        )
