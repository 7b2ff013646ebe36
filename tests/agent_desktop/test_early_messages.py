"""Chat messages that reach the agent before their conversation's transcript.

The hub makes the accepting agent a participant a moment before it sends
``conversation.assigned`` (and an invited interpreter before
``conversation.invited``): a message relayed in that moment arrives first. The
HubClient counts it as received, so the session must keep it and show it, in
seq order, once the transcript is there.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from agent_desktop.qt.session import AgentSession
from client_core.qt.hub_bridge import HubBridge
from hub_protocol import frames as p

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
CONV = "c1"


def chat(seq: int, conv: str = CONV, sender: str = "customer", text: str = "") -> p.ChatMessage:
    return p.ChatMessage(conversation_id=conv, seq=seq, sender=sender, sender_name=sender.title(),
                         text=text or f"m{seq}", sent_at=T0)


def assigned(top: int) -> p.ConversationAssigned:
    return p.ConversationAssigned(conversation_id=CONV, customer_id="cust-1", customer_name="Maija",
                                  channel="chat", language="fi", topic="general",
                                  messages=[chat(s) for s in range(1, top + 1)])


def invited(top: int) -> p.ConversationInvited:
    return p.ConversationInvited(conversation_id=CONV, customer_id="cust-1", customer_name="Maija",
                                 channel="video", language="fi", topic="general", invited_by="Anna",
                                 participants=["customer:cust-1", "agent:1"],
                                 messages=[chat(s) for s in range(1, top + 1)])


def session(qapp: Any) -> AgentSession:
    """A session fed frames by hand, as its HubClient would dispatch them (no socket)."""
    return AgentSession(HubBridge("ws://127.0.0.1:9/ws", "token"), "Anna")


def shown(s: AgentSession) -> list[tuple[int | None, str]]:
    return [(r.seq, r.text) for r in s.conversations[CONV].transcript.messages()]


def test_messages_before_the_assigned_transcript_are_shown_in_seq_order(qapp: Any) -> None:
    # SQLite hub: 'second' (N+1 = 6) live, the transcript up to 4, then 'joined' (5).
    s = session(qapp)
    s._on_frame(chat(6, text="second"))  # noqa: SLF001
    s._on_frame(assigned(4))  # noqa: SLF001
    s._on_frame(chat(5, sender="system", text="joined:Anna"))  # noqa: SLF001
    assert [seq for seq, _ in shown(s)] == [1, 2, 3, 4, 5, 6]
    assert shown(s)[-1] == (6, "second")


def test_messages_before_the_transcript_in_seq_order_postgres_style(qapp: Any) -> None:
    # PostgreSQL hub (in-order relay): 'joined' (5) and 'second' (6), then the transcript up to 4.
    s = session(qapp)
    s._on_frame(chat(5, sender="system", text="joined:Anna"))  # noqa: SLF001
    s._on_frame(chat(6, text="second"))  # noqa: SLF001
    s._on_frame(assigned(4))  # noqa: SLF001
    assert [seq for seq, _ in shown(s)] == [1, 2, 3, 4, 5, 6]


def test_messages_before_the_invitation_are_shown(qapp: Any) -> None:
    s = session(qapp)
    s._on_frame(chat(5))  # noqa: SLF001
    s._on_frame(invited(4))  # noqa: SLF001
    assert [seq for seq, _ in shown(s)] == [1, 2, 3, 4, 5]
    assert s.conversations[CONV].guest


def test_a_late_lower_seq_goes_into_place(qapp: Any) -> None:
    s = session(qapp)
    s._on_frame(assigned(4))  # noqa: SLF001
    s._on_frame(chat(6))  # noqa: SLF001
    s._on_frame(chat(5))  # noqa: SLF001
    assert [seq for seq, _ in shown(s)] == [1, 2, 3, 4, 5, 6]
