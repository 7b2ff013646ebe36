"""Who may act on a live conversation, and who may read one; refusals are audited."""

from __future__ import annotations

from ..auth import Identity
from ..store.repo import Store
from .live import LiveConversation, LiveConversations
from .refused import Refused


class Access:
    def __init__(self, store: Store, conversations: LiveConversations) -> None:
        self.store = store
        self.conversations = conversations

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
