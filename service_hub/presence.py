"""Who is connected right now: customers' and agents' live connections."""

from __future__ import annotations

import asyncio
import contextlib
import json
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
        # While the hub signs this connection in (welcome, then the replay of
        # what the client missed), frames that other tasks send it (a live chat
        # message, an offer) wait here, so that welcome is always first and a
        # message is never sent both live and in the replay, nor out of order.
        self._held: list[str] | None = []
        self._welcomed = False
        self._owner = asyncio.current_task()
        self._replayed: set[tuple[str, int]] = set()

    async def send(self, frame: BaseModel) -> None:
        if self._held is not None:
            if isinstance(frame, p.Welcome):
                self._welcomed = True
                await self._write(p.encode(frame))
                return
            if isinstance(frame, p.ChatMessage):
                self._replayed.add((frame.conversation_id, frame.seq))
            elif isinstance(frame, p.ConversationAssigned):
                self._replayed.update((m.conversation_id, m.seq) for m in frame.messages)
        await self.send_raw(p.encode(frame))

    async def send_raw(self, data: str) -> None:
        if self._held is not None and (not self._welcomed or asyncio.current_task() is not self._owner):
            self._held.append(data)
            return
        await self._write(data)

    async def release(self) -> None:
        """Signed in and caught up: send what waited, minus what the replay already sent."""
        held, self._held = self._held or [], None
        replayed, self._replayed = self._replayed, set()
        for data in held:
            if replayed and data.startswith('{"v":1,"type":"chat.message"'):
                with contextlib.suppress(ValueError, KeyError):
                    frame = json.loads(data)
                    if (frame["conversation_id"], frame["seq"]) in replayed:
                        continue
            await self._write(data)

    async def _write(self, data: str) -> None:
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
    data = p.encode(frame)  # encoded once for every recipient
    if len(connections) <= 2:  # the usual case: one or two sockets, no tasks needed
        for c in list(connections):
            await c.send_raw(data)
        return
    await asyncio.gather(*(c.send_raw(data) for c in list(connections)))
