"""Supervisors: the wallboard, silent monitoring (audited; the expert is told),
whispers to the expert (stored as such, never sent to the customer), taking a
conversation over, reassigning it, and setting an expert's state.

Only agents whose sign-in carries the supervisor role reach these handlers
(``Hub._route_table``); every action is in the audit log.
"""

from __future__ import annotations

from hub_protocol import frames as p

from ..core.connection import Connection, broadcast
from ..core.delivery import chat_frame
from ..core.live import LiveConversation
from ..core.refused import Refused
from ..core.roster import AgentPresence, serving_skills
from ..routing import AgentState
from ..store.history import add_whisper, whispers_of
from .base import Handlers


class SupervisionHandlers(Handlers):
    async def _audit(self, conn: Connection, action: str, target: str, detail: str = "") -> None:
        await self.store.audit(conn.identity.ref, action, target, allowed=True, detail=detail)

    def _me(self, conn: Connection) -> AgentPresence:
        return self.roster.agents[int(conn.identity.user_id)]

    def _served(self, conversation_id: str) -> LiveConversation:
        live = self.conversations.get(conversation_id)
        if live is None or live.state != "active" or live.agent_id is None:
            raise Refused("bad_state", "That conversation is not being served now.")
        return live

    async def watch(self, conn: Connection, frame: p.SupervisorWatch) -> None:
        await self._audit(conn, "supervisor.watch", "wallboard", "on" if frame.on else "off")
        self.supervision.watch(conn, frame.on)
        await conn.send(p.Ack(ref=frame.id))
        await self.supervision.send()

    async def monitor(self, conn: Connection, frame: p.SupervisorMonitor) -> None:
        me = self._me(conn)
        if not frame.on:
            live = self.conversations.get(frame.conversation_id)
            if live is not None and me.agent_id in live.monitors:
                live.monitors.discard(me.agent_id)
                await self.supervision.tell_expert(live)
            await self._audit(conn, "supervisor.monitor_end", f"conversation:{frame.conversation_id}")
            await conn.send(p.Ack(ref=frame.id, conversation_id=frame.conversation_id))
            return
        live = self._served(frame.conversation_id)
        if live.agent_id == me.agent_id:
            raise Refused("bad_state", "You serve this conversation yourself.")
        await self._audit(conn, "supervisor.monitor", f"conversation:{live.id}")
        messages = await self.store.messages_after(live.id, 0)
        whispers = await whispers_of(self.store, live.id)
        agent = self.roster.agents.get(live.agent_id)
        opened = p.MonitorOpened(
            conversation_id=live.id, customer_name=live.customer_name,
            agent_name=agent.display_name if agent else "", channel=live.channel,  # type: ignore[arg-type]
            language=live.language, topic=live.topic, context=live.context,  # type: ignore[arg-type]
            messages=[chat_frame(m) for m in messages],
            whispers=[p.WhisperNote(conversation_id=live.id, from_name=name, text=w.text, sent_at=w.created_at)
                      for w, name in whispers],
        )
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))
        await broadcast({conn}, opened)  # marks the transcript as delivered on this connection
        live.monitors.add(me.agent_id)  # messages after this one arrive live
        await self.supervision.tell_expert(live)

    async def whisper(self, conn: Connection, frame: p.SupervisorWhisper) -> None:
        me = self._me(conn)
        live = self._served(frame.conversation_id)
        at = await add_whisper(self.store, live.id, me.agent_id, live.agent_id, frame.text)
        await self._audit(conn, "supervisor.whisper", f"conversation:{live.id}")
        note = p.WhisperNote(conversation_id=live.id, from_name=me.display_name, text=frame.text, sent_at=at)
        # The expert and the supervisors following it: never the customer's connections.
        expert = self.roster.agents.get(live.agent_id) if live.agent_id else None
        targets = (expert.connections if expert else set()) | self.roster.monitor_connections(live) | {conn}
        targets -= self.roster.customer_connections(live.customer_id)
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))
        await broadcast(targets, note)

    async def take_over(self, conn: Connection, frame: p.SupervisorTakeOver) -> None:
        me = self._me(conn)
        live = self._served(frame.conversation_id)
        if live.agent_id == me.agent_id:
            raise Refused("bad_state", "You serve this conversation already.")
        key = str(me.agent_id)
        if self.router.agent_state(key) is AgentState.OFFLINE:
            # Signed in to routing (away: no customers offered) so the conversation can be theirs.
            self.router.sign_in(key, serving_skills(me), available=False)
        await self._audit(conn, "supervisor.take_over", f"conversation:{live.id}",
                          f"from agent:{live.agent_id}")
        await self.transfers.take_over(live, me)
        await self.pump.pump()
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))

    async def reassign(self, conn: Connection, frame: p.SupervisorReassign) -> None:
        me = self._me(conn)
        live = self._served(frame.conversation_id)
        if frame.agent_id == live.agent_id:
            raise Refused("bad_state", "That expert serves it already.")
        await self._audit(conn, "supervisor.reassign", f"conversation:{live.id}",
                          f"from agent:{live.agent_id} to agent:{frame.agent_id}")
        await self.transfers.transfer(live, me, to_agent=frame.agent_id, note=frame.note)
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))

    async def agent_state(self, conn: Connection, frame: p.SupervisorAgentState) -> None:
        target = self.roster.agents.get(frame.agent_id)
        if target is None or not target.connections:
            raise Refused("agent_unavailable", "That expert is not signed in.")
        await self._audit(conn, "supervisor.agent_state", f"agent:{frame.agent_id}", frame.state)
        key = str(frame.agent_id)
        current = self.router.agent_state(key)
        if frame.state == "offline":
            if current is not AgentState.OFFLINE:
                self.router.sign_out(key)
        elif current is AgentState.OFFLINE:
            self.router.sign_in(key, serving_skills(target), available=frame.state == "available")
        else:
            if frame.state == "available" and current is AgentState.WRAP_UP:
                self.router.end_wrap_up(key)
            self.router.set_presence(key, AgentState(frame.state))
        await self.pump.pump()
        # Said again with its reason: the expert's desktop keeps it (no restore on reconnect).
        await broadcast(target.connections, p.AgentStatus(state=target.state, since=target.since or self.clock(),
                                                         reason="supervisor"))
        await conn.send(p.Ack(ref=frame.id))
