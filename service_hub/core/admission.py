"""May a customer be handed to a human now: the router's admission, and what
the customer (``handoff.status``) and the bot are told about it."""

from __future__ import annotations

from typing import Any

from hub_protocol import frames as p

from ..routing import Admission, AdmissionReason, QueueKey, Router
from .coordinator import Coordinator
from .delivery import Delivery
from .live import LiveConversation

# A refused handoff as the customer hears it (code, message).
ADMISSION_REFUSALS = {
    AdmissionReason.CLOSED: ("queue_closed", "The service is closed now."),
    AdmissionReason.FULL: ("queue_full", "The queue is full right now; please try again later."),
    AdmissionReason.NO_AGENTS: ("no_agents", "No service expert is on duty right now."),
    AdmissionReason.UNKNOWN_QUEUE: ("unknown_queue", "There is no such service."),
}


class Admissions:
    def __init__(self, router: Router, coordinator: Coordinator, delivery: Delivery) -> None:
        self.router = router
        self.coordinator = coordinator
        self.delivery = delivery

    def admission(self, key: QueueKey) -> Admission:
        """The router's admission; with several processes an agent on duty
        on another one counts too (the store enforces the queue's capacity)."""
        admission = self.router.admission(key)
        if admission.reason is AdmissionReason.NO_AGENTS and self.coordinator.on_duty_elsewhere(key):
            return Admission(True)
        return admission

    def handoff_facts(self, live: LiveConversation) -> dict[str, Any]:
        """What the bot may promise: the router's admission for this queue."""
        admission = self.admission(live.key)
        return {
            "open": admission.reason not in (AdmissionReason.CLOSED, AdmissionReason.UNKNOWN_QUEUE),
            "full": admission.reason is AdmissionReason.FULL,
            "agents_on_duty": 0 if admission.reason is AdmissionReason.NO_AGENTS else 1,
            "admission": admission,
        }

    async def send_handoff_status(self, live: LiveConversation, *, suggested: bool = False) -> None:
        admission = self.handoff_facts(live)["admission"]
        await self.delivery.deliver(live, handoff_status(live.id, admission, suggested=suggested))


def handoff_status(conversation_id: str, admission: Admission, *,
                   suggested: bool = False) -> p.HandoffStatus:
    """The router's admission as the customer is told it (pure: tests run it over a week)."""
    reason = "open" if admission.ok else {
        AdmissionReason.FULL: "full", AdmissionReason.NO_AGENTS: "no_agents",
        AdmissionReason.UNKNOWN_QUEUE: "no_service",
    }.get(admission.reason, "closed")  # type: ignore[arg-type]
    closed = admission.closed
    alternatives = [
        {"code": a.code, "kind": a.kind.value, "languages": list(a.languages), "open_now": a.open_now,
         "next_opening": a.next_opening.isoformat() if a.next_opening else None,
         "hours": a.weekly_hours}
        for a in (closed.alternatives if closed else ())
    ]
    return p.HandoffStatus(
        conversation_id=conversation_id, available=admission.ok, reason=reason,  # type: ignore[arg-type]
        suggested=suggested and admission.ok,
        next_opening=closed.next_opening if closed else None,
        closed_reason=closed.reason.value if closed else None,  # type: ignore[arg-type]
        alternatives=alternatives,
    )
