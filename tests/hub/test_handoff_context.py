"""The handoff context goes from the bot through the store to the agent."""

from __future__ import annotations

from pathlib import Path

import pytest

from client_core.hub_client import HubClient, HubRequestError
from hub_protocol import frames as p
from tests.hubkit import FrameLog, RunningHub, hub_config, start_hub, stop_hub


async def _available_agent_and_customer(running: RunningHub) -> tuple[HubClient, FrameLog, HubClient]:
    await running.add_agent()
    agent = await running.client(await running.agent_token())
    agent_log = FrameLog(agent)
    await agent.request(p.SetAgentState(state="available"))
    return agent, agent_log, await running.client(running.customer_token())


async def test_life_event_suggestion_reaches_the_agent_and_survives_restart(
    tmp_path: Path, database_url: str
) -> None:
    config = hub_config(tmp_path, database_url)
    running = await start_hub(config)
    port, clients = running.port, []
    try:
        agent, agent_log, customer = await _available_agent_and_customer(running)
        clients = [agent, customer]
        log = FrameLog(customer)
        conv = (await customer.request(p.ChatStart(language="fi", application_step="income"))).conversation_id
        await customer.send_chat(conv, "Jäin työttömäksi viime viikolla, miten haen toimeentulotukea?")
        status = await log.wait_for(p.HandoffStatus, suggested=True)
        assert status.available
        await customer.request(p.HandoffRequest(conversation_id=conv))

        offer = await agent_log.wait_for(p.Offer)
        assert offer.context["reason"] == "bot_suggested"
        assert offer.context["life_events"] == ["job_loss"]
        assert offer.context["application_step"] == "income"
        assert offer.context["language"] == "fi"
        assert any("työttömäksi" in turn["text"] for turn in offer.context["transcript"])

        await stop_hub(running)
        agent_log.frames.clear()  # the offer to wait for below is the restarted hub's
        running = await start_hub(config, port=port)
        reloaded = running.hub.conversations[conv].context
        assert reloaded["life_events"] == ["job_loss"] and reloaded["reason"] == "bot_suggested"
        await agent.wait_online()
        await agent.request(p.SetAgentState(state="available"))
        offer = await agent_log.wait_for(p.Offer, conversation_id=conv)
        await agent.request(p.OfferAccept(offer_id=offer.offer_id))
        assigned = await agent_log.wait_for(p.ConversationAssigned)
        assert assigned.context == reloaded
        assert [m.sender for m in assigned.messages][:2] == ["bot", "customer"]
    finally:
        for c in clients:
            await c.close()
        await stop_hub(running)


async def test_a_video_appointment_reaches_the_expert_as_one_not_as_a_request_for_a_person(
    tmp_path: Path, database_url: str
) -> None:
    running = await start_hub(hub_config(tmp_path, database_url))
    clients = []
    try:
        agent, agent_log, customer = await _available_agent_and_customer(running)
        clients = [agent, customer]
        conv = (await customer.request(p.ChatStart(channel="video", language="en",
                                                   topic="pensions"))).conversation_id
        await customer.request(p.HandoffRequest(conversation_id=conv))
        offer = await agent_log.wait_for(p.Offer)
        assert offer.context["reason"] == "video"
        row = await running.hub.store.conversation(conv)
        assert row is not None and row.handoff_reason == "video"
    finally:
        for c in clients:
            await c.close()
        await stop_hub(running)


@pytest.mark.parametrize(("language", "text"), [
    ("fi", "Haluan puhua asiakaspalvelijan kanssa"),
    ("sv", "Jag vill prata med en människa"),
    ("en", "Can I talk to a human please"),
])
async def test_no_handoff_without_an_agent_on_duty(hub: RunningHub, language: str, text: str) -> None:
    customer = await hub.client(hub.customer_token())
    log = FrameLog(customer)
    conv = (await customer.request(p.ChatStart(language=language))).conversation_id
    await customer.send_chat(conv, text)
    await log.wait_for(p.ChatMessage, sender="customer")
    status = await log.wait_for(p.HandoffStatus, reason="no_agents")
    assert not status.available and not status.suggested
    with pytest.raises(HubRequestError) as info:
        await customer.request(p.HandoffRequest(conversation_id=conv))
    assert info.value.code == "no_agents"
    bot_texts = [m.text for m in log.of(p.ChatMessage) if m.sender == "bot"]
    assert len(bot_texts) >= 2  # the greeting and an answer saying how to get help
