"""What every group of frame handlers starts from: the hub's shared parts."""

from __future__ import annotations

from ..core.parts import HubParts


class Handlers:
    """Frame handlers of one concern, over the hub's shared parts."""

    def __init__(self, parts: HubParts) -> None:
        state = parts.state
        self.config = state.config
        self.store = state.store
        self.catalog = state.catalog
        self.bot = state.bot
        self.clock = state.clock
        self.authority = state.authority
        self.router = state.router
        self.conversations = state.conversations
        self.roster = state.roster
        self.coordinator = parts.coordinator
        self.delivery = parts.delivery
        self.access = parts.access
        self.pump = parts.pump
        self.admissions = parts.admissions
        self.ending = parts.ending
        self.news = parts.news
        self.transfers = parts.transfers
        self.supervision = parts.supervision
