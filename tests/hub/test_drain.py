"""Draining a hub process (service_hub/drain.py): every client is asked to
reconnect, protocol 2 clients with a spread-out delay, and every write queued
until then is committed before the store closes."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path

import aiohttp

from hub_protocol import frames as p
from service_hub.store.db import make_engine
from service_hub.store.models import Conversation
from service_hub.store.repo import Store
from tests.compat import frames_v1 as v1
from tests.hubkit import FrameLog, hub_config, start_hub, stop_hub


async def _until_closed(ws: aiohttp.ClientWebSocketResponse) -> list[dict]:
    frames = []
    while (msg := await ws.receive(timeout=10)).type is aiohttp.WSMsgType.TEXT:
        frames.append(json.loads(msg.data))
    return frames


async def test_draining_asks_every_client_to_reconnect_in_its_own_version(tmp_path: Path, database_url: str) -> None:
    hub = await start_hub(hub_config(tmp_path, database_url, drain_spread_s=1.5))
    async with aiohttp.ClientSession() as session:
        new = await session.ws_connect(hub.ws_url)
        await new.send_str(p.encode(p.Hello(token=hub.customer_token("new", "New"))))
        old = await session.ws_connect(hub.ws_url)
        await old.send_str(v1.encode(v1.Hello(token=hub.customer_token("old", "Old"))))
        for ws in (new, old):
            assert json.loads((await ws.receive(timeout=5)).data)["type"] == "welcome"
        stopping = asyncio.create_task(stop_hub(hub))
        told_new, told_old = await _until_closed(new), await _until_closed(old)
        await stopping
    restarting = [f for f in told_new if f["type"] == "hub.restarting"]
    assert len(restarting) == 1 and 0 <= restarting[0]["reconnect_after_ms"] <= 1500
    assert new.close_code == old.close_code == aiohttp.WSCloseCode.SERVICE_RESTART
    assert [f for f in told_old if f["type"] == "hub.restarting"] == [], "protocol 1 has no such frame"


async def test_every_write_queued_before_the_drain_is_committed(tmp_path: Path, database_url: str) -> None:
    config = hub_config(tmp_path, database_url)
    hub = await start_hub(config)
    store = hub.hub.store
    await store.upsert_customer("c1", "C")
    await store.create_conversation_future(Conversation(
        id="conv", customer_id="c1", channel="chat", language="fi", topic="social_assistance", state="bot",
        handoff_context={}, created_at=datetime.now(UTC), last_seq=0, abandoned=False))
    queued = [store.message_future("conv", sender="bot", sender_ref="bot", sender_name="Bot", text=f"m{i}")
              for i in range(400)]
    await stop_hub(hub)  # right away: most of them are still queued
    assert all(f.done() and not f.exception() for f in queued)
    reader = Store(make_engine(config.resolved_database_url()))
    try:
        assert len(await reader.messages_after("conv")) == 400
    finally:
        await reader.close()


async def test_offer_ids_are_never_reused_by_a_restarted_or_another_process(tmp_path: Path, database_url: str) -> None:
    # An expert moving between processes must never get two offers with one id:
    # a revocation or an accept of one would hit the other (found by the upgrade drill).
    config = hub_config(tmp_path, database_url)
    ids = []
    for round_ in range(2):
        hub = await start_hub(config)
        try:
            if round_ == 0:
                await hub.add_agent("anna")
            anna = await hub.client(await hub.agent_token("anna"))
            log = FrameLog(anna)
            await anna.request(p.SetAgentState(state="available"))
            customer = await hub.client(hub.customer_token(f"c{round_}", "C"))
            conv = (await customer.request(p.ChatStart())).conversation_id
            if round_ == 0:
                await customer.request(p.HandoffRequest(conversation_id=conv))
            ids.append((await log.wait_for(p.Offer)).offer_id)  # (the second time: the first customer's, back)
            for client in hub.clients:
                await client.close()
        finally:
            await stop_hub(hub)
    assert ids[0] != ids[1], ids
