"""Who is connected to this hub process: customers' connections and agents' presence."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from hub_protocol import frames as p

from ..auth import Identity
from ..routing import Channel, Language, Skills, Topic
from ..store.repo import Store
from .connection import Connection
from .live import LiveConversation
from .refused import Refused

CLOSE_SIGNED_OUT = 4003  # as a token refused at sign-in: the client does not reconnect with it


def skills_of(raw: dict[str, Any]) -> Skills:
    """The store's skills JSON -> the router's Skills (no topics listed: every topic)."""
    languages = {Language(k): int(v) for k, v in raw.get("languages", {}).items() if k in Language._value2member_map_}
    topics = raw.get("topics") or [t.value for t in Topic]
    channels = raw.get("channels") or ["chat"]
    return Skills(languages, frozenset(Topic(t) for t in topics), frozenset(Channel(c) for c in channels))


@dataclass
class AgentPresence:
    """An agent known to this process: their connections and the state they last heard."""

    agent_id: int
    display_name: str
    skills: dict[str, Any]
    is_supervisor: bool = False
    connections: set[Connection] = field(default_factory=set)
    state: p.AgentState = "offline"
    since: datetime | None = None
    # Running while the agent has no connection: their conversations go back
    # to the queue if they do not come back within the grace period.
    offline_timer: asyncio.TimerHandle | None = None
    # Serve only these of their channels (agent.state channels: chat only after a
    # failed camera check); None: every channel they are skilled for.
    channel_limit: frozenset[str] | None = None


def serving_skills(presence: AgentPresence) -> Skills:
    """The skills the router should route by: the agent's, within their channel limit."""
    skills = skills_of(presence.skills)
    limit = presence.channel_limit
    if limit is None:
        return skills
    return Skills(skills.languages, skills.topics, frozenset(c for c in skills.channels if c.value in limit))


class Roster:
    """Customers by id with their open connections; agents by id with their presence."""

    def __init__(self, store: Store, clock: Callable[[], datetime]) -> None:
        self._store = store
        self._clock = clock
        self.customers: dict[str, set[Connection]] = {}
        self.agents: dict[int, AgentPresence] = {}

    async def presence(self, agent_id: int) -> AgentPresence:
        """The agent's presence, made from the store the first time."""
        presence = self.agents.get(agent_id)
        if presence is None:
            agent = await self._store.agent(agent_id)
            if agent is None:
                raise Refused("unknown_agent", "That agent does not exist.")
            presence = AgentPresence(agent.id, agent.display_name, dict(agent.skills or {}),
                                     agent.is_supervisor, since=self._clock())
            self.agents[agent_id] = presence
        return presence

    def customer_connections(self, customer_id: str) -> set[Connection]:
        return self.customers.get(customer_id, set())

    def add_customer(self, conn: Connection) -> None:
        self.customers.setdefault(conn.identity.user_id, set()).add(conn)

    def remove_customer(self, conn: Connection) -> None:
        conns = self.customers.get(conn.identity.user_id, set())
        conns.discard(conn)
        if not conns:
            self.customers.pop(conn.identity.user_id, None)

    def participants(self, live: LiveConversation) -> set[Connection]:
        """The connections here of everyone in the conversation: the customer,
        the serving agent while it is active, invited colleagues."""
        conns = set(self.customers.get(live.customer_id, set()))
        if live.agent_id is not None and live.state == "active":
            presence = self.agents.get(live.agent_id)
            if presence:
                conns |= presence.connections
        for guest in live.guests:
            presence = self.agents.get(guest)
            if presence:
                conns |= presence.connections
        return conns | self.monitor_connections(live)

    def monitor_connections(self, live: LiveConversation) -> set[Connection]:
        """Supervisors following the conversation: they read along, they take no part."""
        conns: set[Connection] = set()
        for supervisor in live.monitors:
            presence = self.agents.get(supervisor)
            if presence:
                conns |= presence.connections
        return conns

    def own_connections(self, ident: Identity) -> set[Connection]:
        if ident.role == "customer":
            return self.customers.get(ident.user_id, set())
        presence = self.agents.get(int(ident.user_id))
        return presence.connections if presence else set()

    async def end_sign_in(self, token_id: str) -> int:
        """Close every connection here that signed in with ``token_id`` (it was
        revoked: code 4003, as a refused sign-in); how many there were."""
        conns = [c for conns in self.customers.values() for c in conns]
        conns += [c for a in self.agents.values() for c in a.connections]
        ended = [c for c in conns if c.identity.token_id == token_id]
        for conn in ended:
            await conn.close(code=CLOSE_SIGNED_OUT, message=b"signed out")
        return len(ended)

    def connected_agents(self) -> list[AgentPresence]:
        return [a for a in self.agents.values() if a.connections]
