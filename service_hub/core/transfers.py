"""Passing a served conversation on: to a queue or to a colleague by name (an
expert's transfer, a supervisor's reassignment), and a supervisor taking it over.

The note is a consult note for the next expert: it travels with the offer and
stays in the conversation's context for experts; the customer is told only
that they are being passed on (the system message carries no note).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from hub_protocol import frames as p
from hub_protocol.events import EventCode, SystemEvent

from ..routing import AgentState, QueueKey, Router, RoutingError
from ..store.repo import Store
from .connection import broadcast
from .delivery import Delivery
from .live import LiveConversation
from .refused import Refused
from .roster import AgentPresence, Roster


class Transfers:
    def __init__(self, store: Store, router: Router, roster: Roster, delivery: Delivery,
                 clock: Callable[[], datetime]) -> None:
        self.store = store
        self.router = router
        self.roster = roster
        self.delivery = delivery
        self.clock = clock

    async def transfer(self, live: LiveConversation, by: AgentPresence, *, to_queue: QueueKey | None = None,
                       to_agent: int | None = None, note: str = "") -> None:
        """Give ``live`` (served by its agent) to a queue or a colleague; ``by``
        is the expert or supervisor who did it."""
        serving = self.roster.agents.get(live.agent_id) if live.agent_id else None
        if to_agent is not None:
            # As the transfer dialog offers them: an away or signed-out expert is
            # not at the desk, and the offer would only expire while the customer waits.
            if self.router.agent_state(str(to_agent)) in (AgentState.AWAY, AgentState.OFFLINE):
                raise Refused("agent_unavailable", "That service expert cannot take a transfer now.")
        try:
            self.router.transfer(live.id, to_queue=to_queue, to_agent=str(to_agent) if to_agent else None,
                                 note=note)
        except RoutingError:
            raise Refused("agent_unavailable", "That service expert cannot take a transfer now.") from None
        if to_agent is not None:
            # The direct offer claims the queue row like any offer (several hub
            # processes): waiting again, queued before the offer's claim.
            await self.store.set_queue_state_future(live.id, "waiting")
        live.context.setdefault("transfers", []).append(
            {"from": by.display_name, "note": note, "at": self.clock().isoformat()}
        )
        await self.store.update_conversation(live.id, handoff_context=live.context)
        await self.delivery.post(live, "system", "", SystemEvent(EventCode.TRANSFER).text)
        # The router's events (requeued, or a direct offer) do the rest in the pump.
        live.state, live.agent_id = "queued", None
        if serving is not None:
            await broadcast(serving.connections, self._ended_frame(live))
        await self.delivery.deliver(live, self.delivery.state_frame(live))
        live.guests.clear()

    async def take_over(self, live: LiveConversation, supervisor: AgentPresence) -> None:
        """The supervisor serves ``live`` from now on; its expert is told it ended for them."""
        previous = self.roster.agents.get(live.agent_id) if live.agent_id else None
        try:
            self.router.hand_over(live.id, str(supervisor.agent_id))
        except RoutingError:
            raise Refused("bad_state", "That conversation cannot be taken over now.") from None
        live.agent_id = supervisor.agent_id
        live.monitors.discard(supervisor.agent_id)
        live.guests.clear()
        await self.store.update_conversation(live.id, agent_id=supervisor.agent_id)
        if previous is not None:
            await broadcast(previous.connections, self._ended_frame(live))
        stored = await self.delivery.post(live, "system", "",
                                          SystemEvent(EventCode.JOINED, supervisor.display_name).text)
        await broadcast(supervisor.connections, await self.delivery.assigned_frame(live, before_seq=stored.seq))
        await self.delivery.deliver_message(live, stored)
        await self.delivery.deliver(live, self.delivery.state_frame(live))

    @staticmethod
    def _ended_frame(live: LiveConversation) -> p.ConversationStatus:
        """To the expert who no longer serves it: ended, for them."""
        return p.ConversationStatus(conversation_id=live.id, state="ended", channel=live.channel,  # type: ignore[arg-type]
                                    language=live.language, topic=live.topic)  # type: ignore[arg-type]
