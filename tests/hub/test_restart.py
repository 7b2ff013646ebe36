"""A hub restart mid-chat: nothing acknowledged is lost, nothing doubles."""

from __future__ import annotations

import asyncio
from pathlib import Path

from client_core.hub_client import LinkState
from hub_protocol import frames as p
from tests.hubkit import FrameLog, RunningHub, hub_config, start_hub, stop_hub


async def _wait_state(client, state: LinkState, timeout: float = 10) -> None:
    async def poll() -> None:
        while client.state is not state:
            await asyncio.sleep(0.02)

    await asyncio.wait_for(poll(), timeout)


async def test_restart_mid_chat_resumes_without_loss_or_duplicates(tmp_path: Path, database_url: str) -> None:
    config = hub_config(tmp_path, database_url, agent_grace_s=10)
    running = await start_hub(config)
    port = running.port
    clients = []
    try:
        await running.add_agent()
        agent = await running.client(await running.agent_token())
        customer = await running.client(running.customer_token())
        clients = [agent, customer]
        agent_log, customer_log = FrameLog(agent), FrameLog(customer)
        await agent.request(p.SetAgentState(state="available"))
        conv = (await customer.request(p.ChatStart())).conversation_id
        await customer.request(p.HandoffRequest(conversation_id=conv))
        offer = await agent_log.wait_for(p.Offer)
        await agent.request(p.OfferAccept(offer_id=offer.offer_id))
        await agent_log.wait_for(p.ConversationAssigned)

        for i in range(5):
            await customer.send_chat(conv, f"before {i}")
        await agent_log.wait_for(p.ChatMessage, text="before 4")
        assert not customer.unacknowledged

        await stop_hub(running)
        await _wait_state(customer, LinkState.RECONNECTING)
        # Written while the hub is down: kept in the outbox and sent on reconnect.
        for i in range(3):
            await customer.send_chat(conv, f"during {i}")
        await agent.send_chat(conv, "agent during")

        running = await start_hub(config, port=port)
        await _wait_state(customer, LinkState.ONLINE)
        await _wait_state(agent, LinkState.ONLINE)
        await agent_log.wait_for(p.ChatMessage, text="during 2", timeout=10)
        await customer_log.wait_for(p.ChatMessage, text="agent during", timeout=10)

        await customer.send_chat(conv, "after")
        await agent_log.wait_for(p.ChatMessage, text="after")

        stored = [m.text for m in await running.hub.store.messages_after(conv)]
        for text in [*(f"before {i}" for i in range(5)), *(f"during {i}" for i in range(3)), "after", "agent during"]:
            assert stored.count(text) == 1, text
        seqs = [m.seq for m in await running.hub.store.messages_after(conv)]
        assert seqs == list(range(1, len(seqs) + 1))
        # Each side saw every message exactly once, in seq order.
        for log in (agent_log, customer_log):
            seen = [f.seq for f in log.of(p.ChatMessage) if f.conversation_id == conv]
            assert seen == sorted(set(seen)), "duplicate or out-of-order delivery"
        agent_seen = {f.text for f in agent_log.of(p.ChatMessage)}
        assert {"during 0", "during 1", "during 2", "after"} <= agent_seen
        # The conversation is still the agent's after the restart.
        row = await running.hub.store.conversation(conv)
        assert row is not None and row.state == "active"
    finally:
        for c in clients:
            await c.close()
        await stop_hub(running)


async def test_duplicate_client_id_is_stored_once(hub: RunningHub) -> None:
    customer = await hub.client(hub.customer_token())
    conv = (await customer.request(p.ChatStart())).conversation_id
    first = await customer.request(p.ChatSend(id="same-id", conversation_id=conv, text="once"))
    again = await customer.request(p.ChatSend(id="same-id", conversation_id=conv, text="once"))
    assert first.seq == again.seq
    assert [m.text for m in await hub.hub.store.messages_after(conv)].count("once") == 1


async def test_queue_order_survives_restart(tmp_path: Path, database_url: str) -> None:
    config = hub_config(tmp_path, database_url)
    running = await start_hub(config)
    port = running.port
    clients = []
    try:
        await running.add_agent()
        agent = await running.client(await running.agent_token())
        agent_log = FrameLog(agent)
        clients.append(agent)
        await agent.request(p.SetAgentState(state="available"))
        convs = []
        for i in range(3):
            c = await running.client(running.customer_token(f"c{i}", f"C{i}"))
            clients.append(c)
            conv = (await c.request(p.ChatStart())).conversation_id
            await c.request(p.HandoffRequest(conversation_id=conv))
            convs.append(conv)
        first_offer = await agent_log.wait_for(p.Offer)
        assert first_offer.conversation_id == convs[0]

        await stop_hub(running)
        running = await start_hub(config, port=port)
        # The offered one went back to waiting; everyone keeps their place.
        from service_hub.routing import Channel, Language, QueueKey, Topic

        key = QueueKey(Channel.CHAT, Language.FI, Topic("social_assistance"))
        assert [e.contact_id for e in running.hub.router.positions(key)] == convs
        await _wait_state(agent, LinkState.ONLINE)
        await agent.request(p.SetAgentState(state="available"))
        offer = await agent_log.wait_for(p.Offer, conversation_id=convs[0], timeout=10)
        assert offer.waited_s >= 0
    finally:
        for c in clients:
            await c.close()
        await stop_hub(running)
