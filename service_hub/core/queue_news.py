"""Queue news: positions to waiting customers, queue rows and colleagues to agents.

Sent on the hub's beat, and only what changed (the apps count waiting time
up themselves). Frames for agents are built and encoded once per skill set,
not once per agent.
"""

from __future__ import annotations

import time
from typing import Any

from hub_protocol import frames as p

from ..routing import Router
from .connection import broadcast
from .live import LiveConversation, LiveConversations
from .roster import AgentPresence, Roster, skills_of

POSITION_EVERY_S = 3.0  # a waiting customer's changing position, unless near the front
COLLEAGUES_EVERY_S = 3.0  # colleagues' changing states, unless someone signed in or out


class QueueNews:
    def __init__(self, router: Router, conversations: LiveConversations, roster: Roster) -> None:
        self.router = router
        self.conversations = conversations
        self.roster = roster
        # Per agent: the queue rows last sent and the colleague list version they have.
        self._last_snapshot: dict[int, tuple[object, int]] = {}
        self._colleague_ids: frozenset[int] = frozenset()
        self._colleague_states: tuple[tuple[int, str], ...] = ()
        self._colleagues_at = float("-inf")
        self._colleague_list: list[p.AgentSummary] = []
        self._colleagues_version = 0

    async def send(self) -> None:
        """One beat's news: positions, then each agent's queue rows and colleagues."""
        waiting_keys = set()
        for live in self.conversations:  # a snapshot: sends await, the registry may change
            if live.state == "queued":
                waiting_keys.add(live.key)
            elif live.state == "offered":
                await self.send_position(live)
        for key in waiting_keys:
            for estimate in self.router.positions(key):
                live = self.conversations.get(estimate.contact_id)
                if live is not None:
                    await self.send_position(live, estimate)
        agents = self.roster.connected_agents()
        if agents:
            await self._send_to_agents(agents)

    async def _send_to_agents(self, agents: list[AgentPresence]) -> None:
        # Each agent hears what changed: their queue rows (waiting counts tick on
        # the desktop itself) and, at most every few seconds, the colleague list.
        self._publish_colleagues(agents)
        summaries = self.router.summaries()
        encoded: dict[tuple[str, bool], tuple[object, str]] = {}
        for presence in agents:
            signature = repr(sorted(presence.skills.items()))
            last_rows, last_colleagues = self._last_snapshot.get(presence.agent_id, (None, -1))
            with_colleagues = last_colleagues != self._colleagues_version
            built = encoded.get((signature, with_colleagues))
            if built is None:
                rows = self._queue_rows(presence, summaries)
                digest = tuple((r.waiting, r.agents_available, r.open) for r in rows)
                frame = p.QueuesSnapshot(queues=rows, agents=self._colleague_list if with_colleagues else None)
                built = encoded[(signature, with_colleagues)] = (digest, p.encode(frame))
            digest, data = built
            if digest != last_rows or with_colleagues:
                self._last_snapshot[presence.agent_id] = (digest, self._colleagues_version)
                for conn in list(presence.connections):
                    await conn.send_raw(data)

    def _publish_colleagues(self, agents: list[AgentPresence]) -> None:
        """A new colleague list when someone signed in or out, or states changed a while ago."""
        ids = frozenset(a.agent_id for a in agents)
        states = tuple(sorted((a.agent_id, a.state) for a in agents))
        if states == self._colleague_states:
            return
        if ids == self._colleague_ids and time.monotonic() - self._colleagues_at < COLLEAGUES_EVERY_S:
            return
        self._colleague_ids, self._colleague_states = ids, states
        self._colleagues_at = time.monotonic()
        self._colleague_list = self._colleagues()
        self._colleagues_version += 1

    async def send_position(self, live: LiveConversation, estimate: Any = None, force: bool = False) -> None:
        if live.state == "offered":
            position, wait = 1, 0  # an expert is being asked right now
        else:
            estimate = estimate or self.router.estimate(live.id)
            if estimate is None:
                return
            position = estimate.position
            wait = None if estimate.estimated_wait_s is None else int(estimate.estimated_wait_s)
        last = live.position_told
        if not force and last is not None:
            if last[:2] == (position, wait):
                return
            # Far back in a long queue the number moves on every beat: tell the
            # customer at most every few seconds, and at once near the front.
            if position > 3 and time.monotonic() - last[2] < POSITION_EVERY_S:
                return
        live.position_told = (position, wait, time.monotonic())
        await broadcast(self.roster.customer_connections(live.customer_id), p.QueueStatus(
            conversation_id=live.id, position=position, estimated_wait_s=wait))

    def snapshot_for(self, presence: AgentPresence) -> p.QueuesSnapshot:
        """Everything, for an agent who just connected; the next beat sends
        everyone all again, with this agent counted."""
        self._last_snapshot.pop(presence.agent_id, None)
        return p.QueuesSnapshot(queues=self._queue_rows(presence, self.router.summaries()),
                                agents=self._colleagues())

    def _queue_rows(self, presence: AgentPresence, summaries: list[Any]) -> list[p.QueueSummary]:
        """The queues this agent serves, as the queue panel shows them."""
        skills = skills_of(presence.skills)
        rows = []
        for s in summaries:
            channel, language, topic = s.queue
            if channel not in skills.channels or language not in skills.languages or topic not in skills.topics:
                continue
            rows.append(p.QueueSummary(
                queue=p.QueueKey(channel=channel.value, language=language.value, topic=topic.value),
                waiting=s.waiting, longest_wait_s=int(s.longest_wait_s), agents_available=s.agents_available,
                open=s.is_open, next_opening=None if s.is_open else s.next_opening,
            ))
        return rows

    def _colleagues(self) -> list[p.AgentSummary]:
        """Signed-in agents with their skills, for transfers by name and interpreter invites."""
        serving: dict[int, int] = {}
        for live in self.conversations:
            if live.state == "active" and live.agent_id is not None:
                serving[live.agent_id] = serving.get(live.agent_id, 0) + 1
        return [
            p.AgentSummary(agent_id=a.agent_id, display_name=a.display_name, state=a.state,
                           languages=sorted(a.skills.get("languages", {})),
                           channels=sorted(a.skills.get("channels") or ["chat"]),  # type: ignore[arg-type]
                           topics=sorted(a.skills.get("topics") or []), contacts=serving.get(a.agent_id, 0))
            for a in self.roster.connected_agents()
        ]
