"""History search on a real hub, on SQLite (FTS5) and PostgreSQL (full-text search):
by customer, name, date range, topic, channel, expert and words in the messages;
every search and every opened transcript is in the audit log."""

from __future__ import annotations

from datetime import timedelta

import pytest

from client_core.hub_client import HubRequestError
from hub_protocol import frames as p
from service_hub.store.history import HELSINKI
from tests.hubkit import FrameLog, RunningHub


async def _chat(hub: RunningHub, subject: str, name: str, texts: list[str], **start: str) -> str:
    customer = await hub.client(hub.customer_token(subject, name))
    conv = (await customer.request(p.ChatStart(**start))).conversation_id
    for text in texts:
        await customer.send_chat(conv, text)
    log = FrameLog(customer)
    await log.wait_for(p.ChatMessage, text=texts[-1]) if texts else None
    return conv


async def _served(hub: RunningHub, agent, subject: str, name: str, text: str) -> str:  # type: ignore[no-untyped-def]
    """A conversation handed to the agent, who answers ``text`` and ends it."""
    customer = await hub.client(hub.customer_token(subject, name))
    conv = (await customer.request(p.ChatStart())).conversation_id
    agent_log = FrameLog(agent)
    await customer.request(p.HandoffRequest(conversation_id=conv))
    offer = await agent_log.wait_for(p.Offer, conversation_id=conv)
    await agent.request(p.OfferAccept(offer_id=offer.offer_id))
    await agent.send_chat(conv, text)
    await agent.request(p.ConversationEnd(conversation_id=conv, wrap_up_code="resolved"))
    return conv


async def test_history_search_by_every_criterion(hub: RunningHub) -> None:
    await hub.add_agent("anna")
    agent = await hub.client(await hub.agent_token("anna"))
    await agent.request(p.SetAgentState(state="available"))

    rent = await _chat(hub, "c-rent", "Maija Meikäläinen", ["Vuokrasopimukseni liite puuttuu"])
    video = await _chat(hub, "c-video", "Olli Osakas", [], channel="video", language="en", topic="pensions")
    served = await _served(hub, agent, "c-served", "Ville Virtanen", "Lähetä tiliotteet kahdelta kuukaudelta")

    async def ids(**criteria) -> set[str]:  # type: ignore[no-untyped-def]
        results = await agent.request(p.HistorySearch(**criteria))
        return {c.conversation_id for c in results.conversations}

    # Full text: a word prefix finds the longer word, on both engines.
    assert await ids(text="vuokra") == {rent}
    assert await ids(text="tiliotteet kuukaudelta") == {served}
    assert await ids(text="kuukaudelta vuokrasopimukseni") == set()  # every word, in one message
    results = await agent.request(p.HistorySearch(text="vuokrasopimukseni"))
    item = results.conversations[0]
    assert item.snippet == "Vuokrasopimukseni liite puuttuu"
    # Titles: the customer's name and the real channel.
    assert (item.customer_name, item.customer_id, item.channel) == ("Maija Meikäläinen", "c-rent", "chat")

    assert await ids(name="meikäl") == {rent}
    assert await ids(customer_ref="c-video") == {video}
    assert await ids(channel="video") == {video}
    assert await ids(topic="pensions") == {video}
    assert await ids(expert="ann") == {served}
    assert await ids(expert="ann", text="vuokra") == set()
    today = agent_day = (await hub.hub.store.conversation(rent)).created_at.astimezone(HELSINKI).date()  # type: ignore[union-attr]
    assert await ids(date_from=today, date_to=agent_day) == {rent, video, served}
    assert await ids(date_to=today - timedelta(days=1)) == set()
    assert await ids(date_from=today + timedelta(days=1)) == set()

    with pytest.raises(HubRequestError) as refused:
        await agent.request(p.HistorySearch())
    assert refused.value.code == "invalid_frame"

    # Every search is audited with what was searched, and opening a transcript too.
    searches = [a for a in await hub.hub.store.audit_entries() if a.action == "history.search"]
    assert len(searches) == 13 and all(a.allowed and a.actor.startswith("agent:") for a in searches)
    assert any("text=vuokra" in a.detail for a in searches)
    transcript = await agent.request(p.HistoryOpen(conversation_id=served))
    assert (transcript.customer_name, transcript.agent_name) == ("Ville Virtanen", "Anna")
    reads = [a for a in await hub.hub.store.audit_entries(f"conversation:{served}") if a.action == "history.open"]
    assert len(reads) == 1


async def test_purged_messages_leave_the_full_text_index(hub: RunningHub) -> None:
    from service_hub.retention import purge

    await hub.add_agent("anna")
    agent = await hub.client(await hub.agent_token("anna"))
    await agent.request(p.SetAgentState(state="available"))
    served = await _served(hub, agent, "c-old", "Ville Virtanen", "Asuntolainan korot käydään läpi")
    found = await agent.request(p.HistorySearch(text="asuntolainan"))
    assert [c.conversation_id for c in found.conversations] == [served]
    conv = await hub.hub.store.conversation(served)
    assert conv is not None and conv.ended_at is not None
    await purge(hub.hub.store, 30, now=conv.ended_at + timedelta(days=31))
    assert (await agent.request(p.HistorySearch(text="asuntolainan"))).conversations == []
