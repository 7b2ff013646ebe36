"""Offers: an agent accepts the customer offered to them, or declines.

Answering an offer shown to someone else is refused as if it were gone (the
sender learns nothing about it) and audited: it is an attempt to take another
expert's customer. (An offer shown by another hub process is not known here:
that is refused as gone, like one that expired.)"""

from __future__ import annotations

from hub_protocol import frames as p
from hub_protocol.events import EventCode, SystemEvent

from ..core.connection import Connection, broadcast
from ..core.refused import Refused
from ..core.writes import both
from ..routing import Offer, OfferGone
from .base import Handlers


class OfferHandlers(Handlers):
    async def accept(self, conn: Connection, frame: p.OfferAccept) -> None:
        agent_id = int(conn.identity.user_id)
        offer = await self._own_offer(conn, frame.offer_id, "offer.accept")
        if not await self.coordinator.confirm_accept(offer):
            raise Refused("offer_gone", "That offer is no longer open.")
        try:
            self.router.accept(frame.offer_id)
        except OfferGone:
            raise Refused("offer_gone", "That offer is no longer open.") from None
        live = self.conversations[offer.contact_id]
        presence = self.roster.agents[agent_id]
        live.state, live.agent_id, live.assigned_at = "active", agent_id, self.clock()
        assigned = self.store.assign_future(live.id, agent_id, live.assigned_at)
        joined = self.store.message_future(live.id, sender="system", sender_ref="system", sender_name="",
                                           text=SystemEvent(EventCode.JOINED, presence.display_name).text,
                                           unless_refused=assigned)
        _, (stored, _) = await both(assigned, joined)
        await conn.send(p.Ack(ref=frame.id, conversation_id=live.id))
        # The transcript before "joined"; that and later messages arrive live.
        await broadcast(presence.connections, await self.delivery.assigned_frame(live, before_seq=stored.seq))
        await self.delivery.deliver_message(live, stored)
        await self.delivery.deliver(live, self.delivery.state_frame(live))

    async def decline(self, conn: Connection, frame: p.OfferDecline) -> None:
        await self._own_offer(conn, frame.offer_id, "offer.decline")
        try:
            self.router.decline(frame.offer_id)
        except OfferGone:
            raise Refused("offer_gone", "That offer is no longer open.") from None
        await conn.send(p.Ack(ref=frame.id))

    async def _own_offer(self, conn: Connection, offer_id: str, action: str) -> Offer:
        offer = self.conversations.offers.get(offer_id)
        if offer is None:
            raise Refused("offer_gone", "That offer is no longer open.")
        if offer.agent_id != conn.identity.user_id:
            await self.store.audit(conn.identity.ref, action, f"conversation:{offer.contact_id}", allowed=False,
                                   detail=f"offered to agent:{offer.agent_id}")
            raise Refused("offer_gone", "That offer is no longer open.")
        return offer
