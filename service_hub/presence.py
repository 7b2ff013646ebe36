"""Who is connected right now: customers' and agents' live connections."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from aiohttp import web
from pydantic import BaseModel

from . import protocol as p
from .auth import Identity

log = logging.getLogger(__name__)


class Connection:
    """One WebSocket. Sends never raise: a dead socket is the reader's problem."""

    def __init__(self, ws: web.WebSocketResponse, identity: Identity) -> None:
        self.ws = ws
        self.identity = identity

    async def send(self, frame: BaseModel) -> None:
        await self.send_raw(p.encode(frame))

    async def send_raw(self, data: str) -> None:
        if self.ws.closed:
            return
        try:
            await self.ws.send_str(data)
        except (ConnectionError, RuntimeError) as exc:
            log.debug("send to %s failed: %s", self.identity.ref, exc)


@dataclass
class AgentPresence:
    agent_id: int
    display_name: str
    skills: dict[str, Any]
    is_supervisor: bool = False
    connections: set[Connection] = field(default_factory=set)
    state: p.AgentState = "offline"
    since: datetime | None = None
    idle_since: float = 0.0  # monotonic; longest idle gets the next offer
    chats: set[str] = field(default_factory=set)
    video: set[str] = field(default_factory=set)
    missed_offers: int = 0
    offline_timer: asyncio.TimerHandle | None = None
    wrap_up_timer: asyncio.TimerHandle | None = None

    @property
    def languages(self) -> set[str]:
        return set(self.skills.get("languages", {}))

    @property
    def channels(self) -> set[str]:
        return set(self.skills.get("channels", ["chat"]))

    @property
    def topics(self) -> set[str] | None:
        topics = self.skills.get("topics")
        return set(topics) if topics else None  # None: every topic


async def broadcast(connections: set[Connection], frame: BaseModel) -> None:
    if not connections:
        return
    data = p.encode(frame)
    await asyncio.gather(*(c.send_raw(data) for c in list(connections)))
