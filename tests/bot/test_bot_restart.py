"""A hub restart in the middle of a bot dialogue continues it (SQLite and PostgreSQL).

The bot's session state - the offer it is waiting for an answer to, its
language, what was asked and noticed - is stored with the conversation, so the
restarted hub's bot answers "kyllä" (yes) to its own earlier offer instead of
reading it as a new question it does not understand.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from client_core.hub_client import LinkState
from hub_protocol import frames as p
from service_hub.bot import BotTexts, LifeEvent
from tests.hubkit import FrameLog, hub_config, start_hub, stop_hub

TEXTS = BotTexts.load()


async def _online(client, timeout: float = 10) -> None:
    async def poll() -> None:
        while client.state is not LinkState.ONLINE:
            await asyncio.sleep(0.02)

    await asyncio.wait_for(poll(), timeout)


async def _stored(running, conv: str, ready, timeout: float = 10):
    """The conversation row once ``ready(row)``: the hub writes the bot's state
    and context right after posting the bot's messages."""

    async def poll():
        while True:
            row = await running.hub.store.conversation(conv)
            if row is not None and ready(row):
                return row
            await asyncio.sleep(0.02)

    return await asyncio.wait_for(poll(), timeout)


async def _bot_says(log: FrameLog, conv: str, text: str) -> None:
    await log.wait_for(p.ChatMessage, conversation_id=conv, sender="bot", text=text, timeout=10)


async def test_restart_mid_bot_dialogue_continues_it(tmp_path: Path, database_url: str) -> None:
    config = hub_config(tmp_path, database_url, agent_grace_s=10)
    running = await start_hub(config)
    port = running.port
    clients = []
    try:
        await running.add_agent()
        agent = await running.client(await running.agent_token())
        customer = await running.client(running.customer_token())
        clients = [agent, customer]
        log = FrameLog(customer)
        await agent.request(p.SetAgentState(state="available"))
        conv = (await customer.request(p.ChatStart(language="fi"))).conversation_id
        await customer.send_chat(conv, "jäin työttömäksi viime viikolla")
        await _bot_says(log, conv, TEXTS.get("offer_bot_suggested", "fi"))  # the bot offers an expert
        await _stored(running, conv, lambda row: (row.bot_state or {}).get("pending_offer") == "bot_suggested")

        await stop_hub(running)
        running = await start_hub(config, port=port)
        await _online(customer)
        await _online(agent)
        await agent.request(p.SetAgentState(state="available"))

        # The answer to the offer made before the restart.
        await customer.send_chat(conv, "kyllä")
        await _bot_says(log, conv, TEXTS.get("handoff_accepted", "fi"))
        assert TEXTS.get("not_understood", "fi") not in log.texts(conv)

        # One dialogue in the stored context: both sides of the restart, the
        # life event noticed once.
        row = await _stored(running, conv, lambda row: len(row.handoff_context["transcript"]) > 3)
        assert row.state == "bot"
        transcript = [turn["text"] for turn in row.handoff_context["transcript"]]
        assert transcript[0] == "jäin työttömäksi viime viikolla" and transcript[3] == "kyllä"
        assert row.handoff_context["life_events"] == [str(LifeEvent.JOB_LOSS)]
        assert row.handoff_context["reason"] == "bot_suggested"
    finally:
        for c in clients:
            await c.close()
        await stop_hub(running)
