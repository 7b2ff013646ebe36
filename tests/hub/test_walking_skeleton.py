"""The whole path over real sockets: bot, handoff, queue, offer, chat, end, feedback."""

from __future__ import annotations

from hub_protocol import frames as p
from tests.hubkit import FrameLog, RunningHub


async def test_customer_reaches_agent_and_gives_feedback(hub: RunningHub) -> None:
    agent_id = await hub.add_agent()
    agent = await hub.client(await hub.agent_token())
    agent_log = FrameLog(agent)
    await agent.request(p.SetAgentState(state="available"))

    customer = await hub.client(hub.customer_token())
    log = FrameLog(customer)
    ack = await customer.request(p.ChatStart(channel="chat", language="fi", topic="social_assistance"))
    conv = ack.conversation_id
    await log.wait_for(p.ChatMessage, sender="bot")
    await customer.send_chat(conv, "Haluan puhua ihmisen kanssa")
    status = await log.wait_for(p.HandoffStatus, suggested=True)
    assert status.available and status.reason == "open"

    log.frames.clear()
    await customer.request(p.HandoffRequest(conversation_id=conv))
    # With the service: "offered" when an expert was asked in the enqueue's own
    # commit (several processes on PostgreSQL claim it there); the apps show both alike.
    status = await log.wait_for(p.ConversationStatus, conversation_id=conv)
    assert status.state in ("queued", "offered")
    offer = await agent_log.wait_for(p.Offer)
    assert offer.conversation_id == conv and offer.language == "fi"
    assert offer.context["reason"] == "asked"

    await agent.request(p.OfferAccept(offer_id=offer.offer_id))
    assigned = await agent_log.wait_for(p.ConversationAssigned)
    # The agent sees the bot conversation first: the customer's question is in it.
    assert "Haluan puhua ihmisen kanssa" in [m.text for m in assigned.messages]
    await log.wait_for(p.ConversationStatus, state="active")

    await agent.send_chat(conv, "Hei, olen Anna. Miten voin auttaa?")
    got = await log.wait_for(p.ChatMessage, sender="agent")
    assert got.sender_name == "Anna"
    await customer.send_chat(conv, "Kiitos, kysyisin vuokrasta")
    await agent_log.wait_for(p.ChatMessage, text="Kiitos, kysyisin vuokrasta")

    await agent.request(p.ConversationEnd(conversation_id=conv, wrap_up_code="resolved", note="rent"))
    await log.wait_for(p.FeedbackRequest, conversation_id=conv)
    await customer.request(p.FeedbackSubmit(conversation_id=conv, rating=5, comment="Hyvä"))

    stored = await hub.hub.store.feedback(conv)
    assert stored is not None and stored.rating == 5 and stored.comment == "Hyvä"
    row = await hub.hub.store.conversation(conv)
    assert row is not None and row.state == "ended" and row.agent_id == agent_id
    assert row.wrap_up_code == "resolved"
    seqs = [m.seq for m in await hub.hub.store.messages_after(conv)]
    assert seqs == list(range(1, len(seqs) + 1))


async def test_feedback_can_be_skipped_once(hub: RunningHub) -> None:
    await hub.add_agent()
    agent = await hub.client(await hub.agent_token())
    agent_log = FrameLog(agent)
    await agent.request(p.SetAgentState(state="available"))
    customer = await hub.client(hub.customer_token())
    conv = (await customer.request(p.ChatStart())).conversation_id
    await customer.request(p.HandoffRequest(conversation_id=conv))
    offer = await agent_log.wait_for(p.Offer)
    await agent.request(p.OfferAccept(offer_id=offer.offer_id))
    await agent.request(p.ConversationEnd(conversation_id=conv))
    await customer.request(p.FeedbackSubmit(conversation_id=conv, skipped=True))
    try:
        await customer.request(p.FeedbackSubmit(conversation_id=conv, rating=3))
        raise AssertionError("second feedback was accepted")
    except Exception as exc:
        assert getattr(exc, "code", None) == "duplicate"
    stored = await hub.hub.store.feedback(conv)
    assert stored is not None and stored.skipped and stored.rating is None


async def test_customer_closes_a_bot_chat_and_is_asked_for_feedback(hub: RunningHub) -> None:
    customer = await hub.client(hub.customer_token())
    log = FrameLog(customer)
    conv = (await customer.request(p.ChatStart(channel="chat", language="en"))).conversation_id
    await customer.send_chat(conv, "How long does the decision take?")
    await log.wait_for(p.ChatMessage, sender="bot", timeout=5)
    await customer.request(p.ConversationEnd(conversation_id=conv))
    await log.wait_for(p.FeedbackRequest, conversation_id=conv)
    await customer.request(p.FeedbackSubmit(conversation_id=conv, rating=4))
    row = await hub.hub.store.conversation(conv)
    assert row is not None and row.state == "ended" and row.handed_off_at is None


async def test_video_conversation_reports_its_state(hub: RunningHub) -> None:
    customer = await hub.client(hub.customer_token())
    log = FrameLog(customer)
    conv = (await customer.request(p.ChatStart(channel="video", language="ru", topic="pensions"))).conversation_id
    state = await log.wait_for(p.ConversationStatus, conversation_id=conv)
    assert state.state == "new"
    await log.wait_for(p.HandoffStatus, conversation_id=conv)
