"""Presence: connections signing in (welcome, then what they missed), renewing
their sign-in (auth.renew) and going away, agents' states (agent.state), and
the grace period after which an agent who has not come back has their
customers put back in the queue."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from hub_protocol import frames as p

from ..auth import AuthError
from ..core.connection import Connection
from ..core.refused import Refused
from ..core.roster import AgentPresence, serving_skills
from ..routing import AgentState, Requeued, RequeueReason, RoutingError
from .base import Handlers

log = logging.getLogger(__name__)


class PresenceHandlers(Handlers):
    async def restored(self) -> None:
        """After a (re)start: agents who were serving have the grace period to come back."""
        for agent_id in list(self.conversations.awaiting_agent):
            self._arm_offline_timer(await self.roster.presence(agent_id))

    def stop(self) -> None:
        for presence in self.roster.agents.values():
            if presence.offline_timer:
                presence.offline_timer.cancel()

    async def connected(self, conn: Connection, resume: dict[str, int]) -> None:
        """Welcome, then the live state and every message after the client's ``resume`` seqs."""
        if conn.identity.role == "customer":
            await self._customer_connected(conn, resume)
        else:
            await self._agent_connected(conn, resume)
        # Anything the client asks to resume that is no longer open: replay it too,
        # so a message sent just before the end is not lost.
        for conv_id, after in resume.items():
            if conv_id not in self.conversations and await self.access.may_read(
                    conn.identity, conv_id, audit_action=None):
                await self.delivery.replay(conn, conv_id, after)

    async def _customer_connected(self, conn: Connection, resume: dict[str, int]) -> None:
        ident = conn.identity
        await self.store.upsert_customer(ident.user_id, ident.display_name)
        self.roster.add_customer(conn)
        await self.coordinator.load_customer(ident.user_id)
        await conn.send(p.Welcome(role="customer", user_id=ident.user_id,
                                  display_name=ident.display_name, server_time=self.clock()))
        for live in self.conversations.of_customer(ident.user_id):
            await conn.send(self.delivery.state_frame(live))
            await self.delivery.replay(conn, live.id, resume.get(live.id, 0))
            if live.state == "queued":
                await self.news.send_position(live, force=True)

    async def _agent_connected(self, conn: Connection, resume: dict[str, int]) -> None:
        agent_id = int(conn.identity.user_id)
        key = str(agent_id)
        presence = await self.roster.presence(agent_id)
        if self.router.agent_state(key) is AgentState.OFFLINE:
            # Served on a process that stopped; loaded before this connection
            # joins, so no live message can overtake the replay below.
            loaded = await self.coordinator.load_agent(agent_id)
            if loaded:
                self.conversations.awaiting_agent.setdefault(agent_id, []).extend(loaded)
        presence.connections.add(conn)
        if presence.offline_timer:
            presence.offline_timer.cancel()
            presence.offline_timer = None
        if self.router.agent_state(key) is AgentState.OFFLINE:
            self.router.sign_in(key, serving_skills(presence), available=False)
            for live in self.conversations.awaiting_agent.pop(agent_id, []):
                since = (live.assigned_at or live.created_at).timestamp()
                self.router.restore_assigned(live.id, live.key, key, since, since)
        await self.pump.pump()
        presence.state = self.router.agent_state(key).value  # type: ignore[assignment]
        await conn.send(p.Welcome(role="agent", user_id=key, display_name=presence.display_name,
                                  server_time=self.clock(), agent_state=presence.state))
        await conn.send(p.AgentStatus(state=presence.state, since=presence.since or self.clock()))
        for conv_id in await self._contacts_served_here(agent_id, key):
            live = self.conversations[conv_id]
            if conv_id in resume:
                await conn.send(self.delivery.state_frame(live))
                await self.delivery.replay(conn, conv_id, resume[conv_id])
            else:
                await conn.send(await self.delivery.assigned_frame(live))
        # An invited colleague (an interpreter) catches up on the call's chat too.
        for conv_id, after in resume.items():
            live = self.conversations.get(conv_id)
            if live is not None and live.state == "active" and agent_id in live.guests:
                await conn.send(self.delivery.state_frame(live))
                await self.delivery.replay(conn, conv_id, after)
        await conn.send(self.news.snapshot_for(presence))

    async def renew(self, conn: Connection, frame: p.AuthRenew) -> None:
        """A fresh token for an open connection, checked as at hello. Only the same
        person's is taken (role and subject): a connection never changes hands."""
        current = conn.identity
        try:
            renewed = await self.authority.verify(frame.token)
        except AuthError as exc:
            await self.store.audit(current.ref, "auth.renew", "-", allowed=False, detail=exc.reason)
            raise Refused(exc.code, exc.message) from None
        if renewed.ref != current.ref:
            await self.store.audit(current.ref, "auth.renew", renewed.ref, allowed=False,
                                   detail="another person")
            raise Refused("forbidden", "A renewed sign-in must be the same person's.")
        conn.identity = renewed
        await conn.send(p.Ack(ref=frame.id))

    async def _contacts_served_here(self, agent_id: int, key: str) -> list[str]:
        """The agent's conversations as the router here holds them, each one live here.

        Across processes (a drain's reconnects, an expert signed in on two) the
        router may still hold a conversation this process has forgotten since:
        ended, or taken over by another process. What the store says wins: the
        stale entry goes, and what the agent still serves is loaded again.
        Without this the agent's every sign-in here failed until the grace period
        ended."""
        stale = [c for c in self.router.agent_contacts(key) if c not in self.conversations]
        if stale:
            log.warning("agent %s: %d conversation(s) no longer live here; reloading from the store",
                        agent_id, len(stale))
            for conv_id in stale:
                with contextlib.suppress(RoutingError):
                    self.router.finish(conv_id)
            for live in await self.coordinator.load_agent(agent_id):
                since = (live.assigned_at or live.created_at).timestamp()
                with contextlib.suppress(RoutingError):
                    self.router.restore_assigned(live.id, live.key, key, since, since)
        return [c for c in self.router.agent_contacts(key) if c in self.conversations]

    async def disconnected(self, conn: Connection) -> None:
        await self.supervision.forget(conn)
        ident = conn.identity
        if ident.role == "customer":
            self.roster.remove_customer(conn)
            return
        presence = self.roster.agents.get(int(ident.user_id))
        if presence is None:
            return
        presence.connections.discard(conn)
        if not presence.connections:
            self._arm_offline_timer(presence)

    def _arm_offline_timer(self, presence: AgentPresence) -> None:
        # A short grace period: a reconnecting desktop keeps its chats.
        if presence.offline_timer:
            presence.offline_timer.cancel()
        presence.offline_timer = asyncio.get_running_loop().call_later(
            self.config.agent_grace_s, lambda: asyncio.ensure_future(self._agent_gone(presence))
        )

    async def _agent_gone(self, presence: AgentPresence) -> None:
        """The agent did not come back: their customers go to the front of the queue."""
        presence.offline_timer = None
        if presence.connections:
            return
        key = str(presence.agent_id)
        elsewhere = self.coordinator.serving_elsewhere(presence.agent_id)
        if self.router.agent_state(key) is not AgentState.OFFLINE:
            if elsewhere:
                self.coordinator.hand_over(key)  # their conversations are served by that process now
            self.router.sign_out(key)
        if elsewhere:
            self.conversations.awaiting_agent.pop(presence.agent_id, None)  # signed in on another process
        for live in self.conversations.awaiting_agent.pop(presence.agent_id, []):
            # Served before a hub restart by an agent who never came back.
            self.router.restore_waiting(live.id, live.key, live.created_at.timestamp(), front=True)
            await self.pump.requeued(Requeued(live.id, live.key, RequeueReason.AGENT_OFFLINE, True))
        await self.pump.pump()
        log.info("agent %s went offline", presence.agent_id)

    async def set_state(self, conn: Connection, frame: p.SetAgentState) -> None:
        presence = self.roster.agents[int(conn.identity.user_id)]
        key = str(presence.agent_id)
        current = self.router.agent_state(key)
        limit = None if frame.channels is None else frozenset(frame.channels)
        if frame.state == "available" and limit != presence.channel_limit:
            # New skills mean signing in again, which would requeue held contacts.
            if current is not AgentState.OFFLINE and self.router.agent_contacts(key):
                raise Refused("has_contacts", "Finish your conversations before changing channels.")
            presence.channel_limit = limit
            current = AgentState.OFFLINE  # sign in below with the new skills
        if frame.state == "offline":
            if current is not AgentState.OFFLINE:
                self.router.sign_out(key)
        elif current is AgentState.OFFLINE:
            self.router.sign_in(key, serving_skills(presence), available=frame.state == "available")
        else:
            if frame.state == "available" and current is AgentState.WRAP_UP:
                self.router.end_wrap_up(key)
            self.router.set_presence(key, AgentState(frame.state))
        await self.pump.pump()
        await conn.send(p.Ack(ref=frame.id))
