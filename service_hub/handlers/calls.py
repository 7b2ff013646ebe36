"""Video calls: WebRTC signaling between the call's participants, their ICE
servers (TURN credentials minted per participant), and the serving agent
inviting a colleague (an interpreter) in, who may leave."""

from __future__ import annotations

from hub_protocol import frames as p
from hub_protocol.events import EventCode, SystemEvent

from .. import turn
from ..core.connection import Connection, broadcast
from ..core.delivery import chat_frame
from ..core.parts import HubParts
from ..core.refused import Refused
from .base import Handlers


class CallHandlers(Handlers):
    def __init__(self, parts: HubParts) -> None:
        super().__init__(parts)
        c = self.config
        self.turn = turn.TurnSettings.from_config(c.turn_secret, c.turn_urls, c.stun_urls, c.turn_ttl_s)

    async def ice_servers(self, conn: Connection, frame: p.RtcIceRequest) -> None:
        """TURN credentials for this participant's call (or, without a call, for the precheck)."""
        ttl = turn.PRECHECK_TTL_S
        if frame.conversation_id is not None:
            live = await self.access.conversation_for(conn.identity, frame.conversation_id,
                                                      "rtc.ice.request", guests=True)
            if live.channel != "video":
                raise Refused("bad_state", "There is no video call in this conversation.")
            ttl = self.turn.ttl_s if self.turn else ttl
        servers, expires = ([], None) if self.turn is None else turn.ice_servers(
            self.turn, conn.identity.ref, self.clock(), ttl)
        await conn.send(p.RtcIceServers(id=frame.id, conversation_id=frame.conversation_id,
                                        ice_servers=[p.IceServer(**s) for s in servers],  # type: ignore[arg-type]
                                        expires_at=expires))

    async def rtc_signal(self, conn: Connection, frame: p.RtcSignal) -> None:
        live = await self.access.conversation_for(conn.identity, frame.conversation_id, "rtc.signal",
                                                  guests=True)
        if live.channel != "video" or live.state != "active":
            raise Refused("bad_state", "There is no video call in this conversation.")
        relay = p.RtcSignalRelay(conversation_id=live.id, sender=conn.identity.ref,
                                 kind=frame.kind, payload=frame.payload)
        await self.delivery.relay(live, relay, conn.identity, to=frame.to)

    async def invite(self, conn: Connection, frame: p.ConversationInvite) -> None:
        """The serving agent brings a colleague (an interpreter) into the video call."""
        live = await self.access.conversation_for(conn.identity, frame.conversation_id, "conversation.invite")
        guest = self.roster.agents.get(frame.agent_id)
        if live.channel != "video":
            raise Refused("bad_state", "Only a video call can have another participant.")
        if guest is None or not guest.connections or frame.agent_id == live.agent_id:
            await self.store.audit(conn.identity.ref, "conversation.invite", f"conversation:{live.id}",
                                   allowed=False, detail=f"agent:{frame.agent_id}")
            raise Refused("agent_unavailable", "That colleague is not signed in.")
        # Everyone already in the call; the newcomer offers a connection to each.
        participants = [f"customer:{live.customer_id}", f"agent:{live.agent_id}",
                        *(f"agent:{g}" for g in sorted(live.guests) if g != frame.agent_id)]
        live.guests.add(frame.agent_id)
        await self.store.audit(conn.identity.ref, "conversation.invite", f"conversation:{live.id}",
                               allowed=True, detail=f"agent:{frame.agent_id}")
        messages = await self.store.messages_after(live.id, 0)
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))
        await broadcast(guest.connections, p.ConversationInvited(
            conversation_id=live.id, customer_id=live.customer_id, customer_name=live.customer_name,
            channel=live.channel, language=live.language, topic=live.topic,  # type: ignore[arg-type]
            invited_by=self.roster.agents[int(conn.identity.user_id)].display_name,
            participants=participants, messages=[chat_frame(m) for m in messages],
        ))
        await self.delivery.post(live, "system", "", SystemEvent(EventCode.JOINED, guest.display_name).text)

    async def leave(self, conn: Connection, frame: p.ConversationLeave) -> None:
        live = self.conversations.get(frame.conversation_id)
        agent_id = int(conn.identity.user_id)
        if live is None or agent_id not in live.guests:
            await self.store.audit(conn.identity.ref, "conversation.leave",
                                   f"conversation:{frame.conversation_id}", allowed=False)
            raise Refused("forbidden", "You are not a guest in that conversation.")
        live.guests.discard(agent_id)
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))
