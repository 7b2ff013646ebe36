"""The routing pump: the router's events turned into store writes and frames, in order.

The routing policy is the pure ``routing.Router``; whatever changes it (a
handoff, an accept, an agent's state, the beat) is followed by ``pump()``,
which drains the router's events under one lock. Offers that need a claim
first (several processes) are shown in tasks of their own once the claim
commits, so routing and other connections' frames do not wait behind the
claim's commit; any later event about that customer waits for the claim.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from hub_protocol import frames as p
from hub_protocol.events import EventCode, SystemEvent

from ..routing import (
    AgentStateChanged,
    OfferEnded,
    OfferMade,
    OfferOutcome,
    Requeued,
    RequeueReason,
    Router,
)
from ..routing import Offer as RoutedOffer
from ..store.repo import Store
from .connection import broadcast
from .coordinator import Coordinator
from .delivery import Delivery, chat_frame
from .live import LiveConversations
from .roster import Roster

log = logging.getLogger(__name__)

_REVOKE_REASONS = {
    OfferOutcome.DECLINED: "declined",
    OfferOutcome.EXPIRED: "timeout",
    OfferOutcome.WITHDRAWN: "customer_left",
}


class Pump:
    def __init__(self, router: Router, conversations: LiveConversations, roster: Roster,
                 delivery: Delivery, coordinator: Coordinator, store: Store,
                 clock: Callable[[], datetime]) -> None:
        self.router = router
        self.conversations = conversations
        self.roster = roster
        self.delivery = delivery
        self.coordinator = coordinator
        self.store = store
        self.clock = clock
        self.lock = asyncio.Lock()  # held while events are drained (and, in a cluster, applied)
        self._claiming: dict[str, asyncio.Task[None]] = {}  # customer -> offer shown once claimed

    async def pump(self, *, wait: bool = True) -> None:
        """Drain the router's events.

        ``wait=False``: for a caller with nothing left to do that depends on
        its events (the end of a frame's handling). A drain already running
        takes them too (it drains until none are left), so the caller returns
        at once: a connection's next frame is not held up behind someone
        else's store writes."""
        if not wait and self.lock.locked():
            return
        async with self.lock:
            await self.drain()

    async def drain(self) -> None:
        """The body of ``pump``; the caller holds ``lock``."""
        while events := self.router.drain_events():
            # Every offer's claim (if offers need one) is started at once, so
            # the claims share one commit.
            claims = {}
            for e in events:
                if isinstance(e, OfferMade) and int(e.offer.agent_id) in self.roster.agents:
                    claim = self.coordinator.start_claim(e.offer)
                    if claim is not None:
                        claims[e.offer.offer_id] = claim
            for event in events:
                if isinstance(event, OfferMade):
                    claim = claims.get(event.offer.offer_id)
                    if claim is None:
                        await self._offer_made(event.offer)
                    else:
                        self._show_when_claimed(event.offer, claim)
                elif isinstance(event, OfferEnded):
                    await self._claim_settled(event.offer.contact_id)
                    await self._offer_ended(event.offer, event.outcome)
                elif isinstance(event, Requeued):
                    await self._claim_settled(event.contact_id)
                    await self.requeued(event)
                elif isinstance(event, AgentStateChanged):
                    await self._agent_state_changed(event)

    def stop(self) -> None:
        for task in list(self._claiming.values()):
            task.cancel()

    def _show_when_claimed(self, offer: RoutedOffer, claim: asyncio.Future[Any]) -> None:
        task = asyncio.create_task(self._offer_made(offer, claim), name=f"offer-{offer.offer_id}")
        self._claiming[offer.contact_id] = task

        def done(t: asyncio.Task[None]) -> None:
            if self._claiming.get(offer.contact_id) is t:
                del self._claiming[offer.contact_id]
            if not t.cancelled() and t.exception() is not None:
                log.error("showing offer %s failed", offer.offer_id, exc_info=t.exception())

        task.add_done_callback(done)

    async def _claim_settled(self, contact_id: str) -> None:
        """Wait until an offer of ``contact_id`` being claimed is shown or withdrawn."""
        task = self._claiming.get(contact_id)
        if task is not None:
            await asyncio.wait([task])

    async def _offer_made(self, offer: RoutedOffer, claim: asyncio.Future[Any] | None = None) -> None:
        live = self.conversations.get(offer.contact_id)
        if claim is not None:
            # The queue row is claimed first; a lost claim is withdrawn silently.
            live = await self.coordinator.claimed(offer, live, claim)
            if live is None:
                return
        presence = self.roster.agents.get(int(offer.agent_id))
        if presence is None or live is None:
            if claim is not None and live is not None:
                await self.coordinator.release(live)  # claimed for an agent who has gone since
            return
        self.coordinator.offer_shown(live, presence.agent_id)
        self.conversations.offers[offer.offer_id] = offer
        live.state, live.agent_id = "offered", presence.agent_id
        now = self.clock()
        context = dict(live.context)
        if offer.notes:
            context["transfer_notes"] = list(offer.notes)
        consult: dict[str, Any] = {}
        if offer.direct:  # passed to this expert by name: the conversation so far, to read first
            transfers = live.context.get("transfers") or [{}]
            consult = {"messages": [chat_frame(m) for m in await self.store.messages_after(live.id, 0)],
                       "transferred_by": str(transfers[-1].get("from", "")) or None}
        await broadcast(presence.connections, p.Offer(
            offer_id=offer.offer_id, conversation_id=live.id, channel=live.channel,  # type: ignore[arg-type]
            language=live.language, topic=live.topic,  # type: ignore[arg-type]
            waited_s=max(0, int(now.timestamp() - live.enqueued_ts())),
            expires_in_s=max(1, round(offer.expires_ts - now.timestamp())),
            context=context, precheck=live.precheck, **consult,
        ))

    async def _offer_ended(self, offer: RoutedOffer, outcome: OfferOutcome) -> None:
        if self.conversations.offers.pop(offer.offer_id, None) is None:
            return  # never shown (e.g. its claim was lost): nothing to take back
        if outcome is OfferOutcome.ACCEPTED:
            return
        presence = self.roster.agents.get(int(offer.agent_id))
        if presence:
            await broadcast(presence.connections, p.OfferRevoked(
                offer_id=offer.offer_id, reason=_REVOKE_REASONS[outcome]))  # type: ignore[arg-type]
        live = self.conversations.get(offer.contact_id)
        if live is not None and live.state == "offered":
            live.state, live.agent_id = "queued", None
            await self.coordinator.release(live)

    async def requeued(self, event: Requeued) -> None:
        """The customer waits again (declined, timed out, agent gone, transferred)."""
        live = self.conversations.get(event.contact_id)
        if live is None:
            return
        moved = (live.channel, live.language, live.topic) != tuple(event.queue)
        was_served = live.state == "active"
        live.channel, live.language, live.topic = (str(x) for x in event.queue)
        live.state, live.agent_id = "queued", None
        if not await self.coordinator.requeue(live, event.front):
            return  # another process holds an offer of it: nothing to tell
        if moved:
            await self.store.update_conversation(live.id, channel=live.channel, language=live.language,
                                                 topic=live.topic)
        if was_served and event.reason is RequeueReason.AGENT_OFFLINE:
            await self.delivery.post(live, "system", "", SystemEvent(EventCode.REQUEUED).text)
        await self.delivery.deliver(live, self.delivery.state_frame(live))
        live.guests.clear()  # told above; a new expert invites their own interpreter

    async def _agent_state_changed(self, event: AgentStateChanged) -> None:
        presence = self.roster.agents.get(int(event.agent_id))
        if presence is None:
            return
        state = event.state.value
        if presence.state != state:
            presence.state = state  # type: ignore[assignment]
            presence.since = self.clock()
        await broadcast(presence.connections, p.AgentStatus(
            state=presence.state, since=presence.since or self.clock(), reason=event.reason))
        self.coordinator.agent_state(presence.agent_id, state)
