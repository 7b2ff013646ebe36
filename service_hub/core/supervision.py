"""What supervisors see and who follows which conversation.

The wallboard is built on every tick of the hub's beat (``Hub._tick_loop``,
0.25 s) only while a
supervisor watches, and sent only when something on it changed: per queue the
router's live figures plus today's answered / answered within the service
level / abandoned counts (read from the store every few seconds, so they are
right after a restart and across hub processes); per expert their state, since
when, and the conversations they serve. On several hub processes each one
shows the experts connected to it (as the colleague list does).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from datetime import datetime

from hub_protocol import frames as p

from ..config import HubConfig
from ..routing import Router
from ..store.repo import Store
from ..store.wallboard_stats import QueueCounts, today_counts
from .connection import Connection, broadcast
from .live import LiveConversation, LiveConversations
from .roster import Roster

log = logging.getLogger(__name__)

STATS_EVERY_S = 5.0  # today's answered/abandoned counts are read this often


def thresholds(config: HubConfig) -> p.WallboardThresholds:
    return p.WallboardThresholds(
        service_level_s=config.service_level_s, service_level_target=config.service_level_target,
        wait_amber_s=config.wallboard_wait_amber_s, wait_red_s=config.wallboard_wait_red_s,
        waiting_amber=config.wallboard_waiting_amber, waiting_red=config.wallboard_waiting_red,
        state_amber_s=config.wallboard_state_amber_s, state_red_s=config.wallboard_state_red_s,
    )


class Supervision:
    def __init__(self, config: HubConfig, store: Store, router: Router, conversations: LiveConversations,
                 roster: Roster, clock: Callable[[], datetime]) -> None:
        self.store = store
        self.router = router
        self.conversations = conversations
        self.roster = roster
        self.clock = clock
        self.thresholds = thresholds(config)
        self.watchers: set[Connection] = set()
        self._counts: dict[tuple[str, str, str], QueueCounts] = {}
        self._counts_at = float("-inf")
        self._last: str | None = None  # the last board sent, without its time
        self._refresh: asyncio.Future[None] | None = None

    # ------------------------------------------------------------ the wallboard

    def watch(self, conn: Connection, on: bool) -> None:
        if on:
            self.watchers.add(conn)
            self._last = None  # the newcomer gets the board at once (see send)
        else:
            self.watchers.discard(conn)

    async def send(self) -> None:
        """One beat: the board to every watcher, if it changed."""
        if not self.watchers:
            return
        if time.monotonic() - self._counts_at >= STATS_EVERY_S:
            # Read beside the beat, not in it: a slow read must not hold the board back.
            self._counts_at = time.monotonic()
            self._refresh = asyncio.ensure_future(self._read_counts())
        queues, experts = self._queue_tiles(), self._expert_tiles()
        body = p.Wallboard(at=datetime.min, queues=queues, experts=experts, thresholds=self.thresholds)
        digest = p.encode(body)
        if digest == self._last:
            return
        self._last = digest
        await broadcast(set(self.watchers), body.model_copy(update={"at": self.clock()}))

    async def _read_counts(self) -> None:
        try:
            self._counts = await today_counts(self.store, self.thresholds.service_level_s, self.clock())
        except Exception:  # the board goes on with the last counts
            log.exception("reading today's queue counts failed")

    def _queue_tiles(self) -> list[p.QueueTile]:
        tiles = []
        for s in self.router.summaries():
            channel, language, topic = s.queue
            counts = self._counts.get((channel.value, language.value, topic.value), QueueCounts())
            tiles.append(p.QueueTile(
                queue=p.QueueKey(channel=channel.value, language=language.value, topic=topic.value),
                waiting=s.waiting, longest_wait_s=int(s.longest_wait_s), agents_available=s.agents_available,
                open=s.is_open, answered=counts.answered, answered_in_level=counts.in_level,
                abandoned=counts.abandoned,
            ))
        return tiles

    def _expert_tiles(self) -> list[p.ExpertTile]:
        served: dict[int, list[LiveConversation]] = {}
        for live in self.conversations:
            if live.state == "active" and live.agent_id is not None:
                served.setdefault(live.agent_id, []).append(live)
        now = self.clock()
        return [
            p.ExpertTile(
                agent_id=a.agent_id, display_name=a.display_name, state=a.state, since=a.since or now,
                contacts=[p.ContactTile(conversation_id=c.id, customer_name=c.customer_name,
                                        channel=c.channel, language=c.language, topic=c.topic,  # type: ignore[arg-type]
                                        since=c.assigned_at or c.created_at)
                          for c in served.get(a.agent_id, [])],
            )
            for a in sorted(self.roster.connected_agents(), key=lambda a: a.display_name)
        ]

    # ------------------------------------------------------------ monitoring

    async def tell_expert(self, live: LiveConversation) -> None:
        """The serving expert hears who is viewing the conversation now."""
        presence = self.roster.agents.get(live.agent_id) if live.agent_id else None
        if presence is None:
            return
        names = sorted(self.roster.agents[s].display_name for s in live.monitors if s in self.roster.agents)
        await broadcast(presence.connections, p.ConversationMonitoring(conversation_id=live.id,
                                                                       supervisors=names))

    async def forget(self, conn: Connection) -> None:
        """A connection closed: no more board; a supervisor gone stops monitoring."""
        self.watchers.discard(conn)
        ident = conn.identity
        if ident.role != "agent" or not ident.is_supervisor:
            return
        supervisor = int(ident.user_id)
        presence = self.roster.agents.get(supervisor)
        if presence is not None and presence.connections - {conn}:
            return  # still here on another connection
        for live in self.conversations:
            if supervisor in live.monitors:
                live.monitors.discard(supervisor)
                await self.tell_expert(live)
