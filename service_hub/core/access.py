"""Who may act on a live conversation, who may read one, and whether a sign-in
is strong enough for a service; refusals are audited."""

from __future__ import annotations

from ..assurance import REFUSAL_CODE, REFUSAL_MESSAGE, AssurancePolicy
from ..auth import Identity
from ..store.repo import Store
from .live import LiveConversation, LiveConversations
from .refused import Refused


class Access:
    def __init__(self, store: Store, conversations: LiveConversations,
                 assurance: AssurancePolicy | None = None) -> None:
        self.store = store
        self.conversations = conversations
        self.assurance = assurance or AssurancePolicy()

    async def identified_for(self, ident: Identity, service: str) -> None:
        """Refuse ``service`` ("chat", "handoff", "video") to a customer identified
        less strongly than it needs: a plain explanation, not a failure."""
        if self.assurance.needs_more(ident, service):
            await self.store.audit(ident.ref, "assurance", f"service:{service}", allowed=False,
                                   detail=ident.acr or "-")
            raise Refused(REFUSAL_CODE, REFUSAL_MESSAGE)

    async def conversation_for(self, ident: Identity, conv_id: str, action: str, *,
                               guests: bool = False) -> LiveConversation:
        """The live conversation if ``ident`` takes part; ``guests``: invited colleagues too."""
        live = self.conversations.get(conv_id)
        allowed = live is not None and (
            (ident.role == "customer" and live.customer_id == ident.user_id)
            or (ident.role == "agent" and live.agent_id == int(ident.user_id) and live.state == "active")
            or (guests and ident.role == "agent" and live.state == "active"
                and int(ident.user_id) in live.guests)
        )
        if not allowed:
            await self.store.audit(ident.ref, action, f"conversation:{conv_id}", allowed=False)
            raise Refused("forbidden", "That conversation is not yours.")
        assert live is not None
        return live

    async def may_read(self, ident: Identity, conv_id: str, audit_action: str | None) -> bool:
        """A customer reads their own conversations; service experts any, audited."""
        conv = await self.store.conversation(conv_id)
        if conv is None:
            allowed = False
        elif ident.role == "customer":
            allowed = conv.customer_id == ident.user_id
        else:
            allowed = True
        if audit_action is not None or not allowed:
            await self.store.audit(ident.ref, audit_action or "read", f"conversation:{conv_id}",
                                   allowed=allowed)
        return allowed

    async def may_fetch_file(self, ident: Identity, conv_id: str, action: str) -> bool:
        """A file sent in a conversation: its parties (the customer, the expert
        serving it or who served it, an invited colleague); supervisors too,
        audited. Refusals are audited."""
        conv = await self.store.conversation(conv_id)
        live = self.conversations.get(conv_id)
        me = int(ident.user_id) if ident.role == "agent" else None
        party = conv is not None and (
            (ident.role == "customer" and conv.customer_id == ident.user_id)
            or (me is not None and (conv.agent_id == me or (
                live is not None and (live.agent_id == me or me in live.guests)))))
        supervisor = not party and conv is not None and me is not None and ident.is_supervisor
        if not party:
            await self.store.audit(ident.ref, action, f"conversation:{conv_id}", allowed=supervisor,
                                   detail="supervisor" if supervisor else "")
        return party or supervisor
