"""Revocations outlive a restart and reach every hub process; taking another
expert's offer is refused and audited (issue 21)."""

from __future__ import annotations

import json
from pathlib import Path

import aiohttp
import pytest

from hub_protocol import frames as p
from tests.hubkit import (
    NO_POSTGRES,
    FrameLog,
    RunningHub,
    fresh_postgres_database,
    hub_config,
    start_hub,
    stop_hub,
)
from tests.realparts import POSTGRES, needs
from tests.security.kit import signed_in


async def _logout(session: aiohttp.ClientSession, hub: RunningHub, token: str) -> dict:
    async with session.post(f"{hub.http_url}/api/logout", headers={"Authorization": f"Bearer {token}"}) as resp:
        assert resp.status == 200
        return await resp.json()


async def _hello(session: aiohttp.ClientSession, hub: RunningHub, token: str) -> dict:
    ws = await session.ws_connect(hub.ws_url)
    try:
        await ws.send_str(p.encode(p.Hello(token=token)))
        return json.loads((await ws.receive(timeout=5)).data)
    finally:
        await ws.close()


async def _closed(ws: aiohttp.ClientWebSocketResponse) -> aiohttp.WSMessage:
    while (msg := await ws.receive(timeout=5)).type is aiohttp.WSMsgType.TEXT:
        pass
    return msg


async def test_a_revoked_token_stays_revoked_after_the_hub_restarts(tmp_path: Path, database_url: str) -> None:
    config = hub_config(tmp_path, database_url)
    hub = await start_hub(config)
    token, other = hub.customer_token("kiosk-visitor"), hub.customer_token("kiosk-visitor")
    async with aiohttp.ClientSession() as session:
        assert (await _logout(session, hub, token))["status"] == "signed_out"
        await stop_hub(hub)
        hub = await start_hub(config)  # a restart used to forget every revocation
        try:
            refused = await _hello(session, hub, token)
            assert (refused["type"], refused["code"]) == ("error", "token_revoked")
            assert (await _hello(session, hub, other))["type"] == "welcome"  # another sign-in: untouched
        finally:
            await stop_hub(hub)


@pytest.mark.postgres
@needs(POSTGRES, NO_POSTGRES)  # two hub processes share one PostgreSQL
async def test_a_revocation_reaches_the_other_hub_process_and_closes_its_connections(tmp_path: Path) -> None:
    url = await fresh_postgres_database()
    # One data directory: both verify customers with the demo provider's one key.
    first, second = await start_hub(hub_config(tmp_path, url)), await start_hub(hub_config(tmp_path, url))
    try:
        token = first.customer_token("maija")
        async with aiohttp.ClientSession() as session:
            on_second = await signed_in(session, second.ws_url, token)
            body = await _logout(session, first, token)  # signed out through the first process
            assert body["closed_connections"] == 0
            end = await _closed(on_second)
            assert end.type is aiohttp.WSMsgType.CLOSE and end.data == 4003, end
            refused = await _hello(session, second, token)
            assert (refused["type"], refused["code"]) == ("error", "token_revoked")
        audit = await second.hub.store.audit_entries()
        assert any(a.action == "sign_in" and not a.allowed and a.detail == "token_revoked" for a in audit)
    finally:
        await stop_hub(first)
        await stop_hub(second)


async def test_answering_another_experts_offer_is_refused_and_audited(hub: RunningHub) -> None:
    anna_id = await hub.add_agent("anna")
    bert_id = await hub.add_agent("bert")
    anna = await hub.client(await hub.agent_token("anna"))
    bert = await hub.client(await hub.agent_token("bert"))  # signed in, not available: no offer for him
    anna_frames = FrameLog(anna)
    await anna.request(p.SetAgentState(state="available"))
    customer = await hub.client(hub.customer_token("cust-theft", "Maija"))
    conv = (await customer.request(p.ChatStart())).conversation_id
    await customer.request(p.HandoffRequest(conversation_id=conv))
    offer = await anna_frames.wait_for(p.Offer, conversation_id=conv)

    for frame, action in ((p.OfferAccept(offer_id=offer.offer_id), "offer.accept"),
                          (p.OfferDecline(offer_id=offer.offer_id), "offer.decline")):
        with pytest.raises(Exception, match="offer_gone"):  # told nothing about whose it is
            await bert.request(frame)
        audit = [a for a in await hub.hub.store.audit_entries() if a.action == action]
        assert [(a.actor, a.object_ref, a.allowed, a.detail) for a in audit] == [
            (f"agent:{bert_id}", f"conversation:{conv}", False, f"offered to agent:{anna_id}")]
    # Anna's offer is still hers; her own accept is not audited as an attempt.
    await anna.request(p.OfferAccept(offer_id=offer.offer_id))
    refusals = [a for a in await hub.hub.store.audit_entries() if a.action.startswith("offer.")]
    assert len(refusals) == 2
    # An offer not open here (expired, never made) is refused without an entry: no attempt at anyone's.
    with pytest.raises(Exception, match="offer_gone"):
        await bert.request(p.OfferAccept(offer_id="an-offer-long-gone"))
    assert len([a for a in await hub.hub.store.audit_entries() if a.action.startswith("offer.")]) == 2
