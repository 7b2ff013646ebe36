"""Experts through the organisation's provider (roles from the mapping, exactly), and
assurance levels: a customer at a lower level is told plainly, not failed."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from client_core.hub_client import HubRequestError
from hub_protocol import frames as p
from service_hub.assurance import REFUSAL_CODE
from tests.hubkit import FrameLog, start_hub, stop_hub
from tests.identity.helpers import oidc_hub_config, sign_in
from tests.idpkit import STAFF_RESOURCE, user


async def staff_login(hub, token: str) -> tuple[int, dict]:
    async with aiohttp.ClientSession() as http, http.post(
        f"{hub.http_url}/api/login/oidc", headers={"Authorization": f"Bearer {token}"}
    ) as resp:
        return resp.status, await resp.json()


async def metrics_status(hub, token: str) -> int:
    async with aiohttp.ClientSession() as http, http.get(
        f"{hub.http_url}/api/metrics", params={"from": "2026-01-01", "to": "2026-01-31"},
        headers={"Authorization": f"Bearer {token}"},
    ) as resp:
        return resp.status


async def test_experts_get_exactly_the_roles_the_mapping_gives(oidc_provider, tmp_path) -> None:
    hub = await start_hub(oidc_hub_config(tmp_path, oidc_provider))
    sessions = []
    try:
        answers = {}
        for name in ("eeva", "sami", "ilona", "olli"):
            s = await sign_in(oidc_provider, name, client_id="agent-desktop", resource=STAFF_RESOURCE)
            sessions.append(s)
            answers[name] = await staff_login(hub, s.tokens.access_token)
        assert {n: (status, body.get("roles") or body["error"]) for n, (status, body) in answers.items()} == {
            "eeva": (200, ["expert"]),
            "sami": (200, ["expert", "supervisor"]),
            "ilona": (200, ["interpreter"]),
            "olli": (403, "no_role"),  # signed in at the provider, but no role here
        }
        tokens = {n: body["token"] for n, (status, body) in answers.items() if status == 200}
        # Supervisor rights follow the role: the trial metrics.
        assert [await metrics_status(hub, tokens[n]) for n in ("eeva", "sami", "ilona")] == [403, 200, 403]
        # Each is an agent at the hub, under their provider name.
        for n in ("eeva", "sami", "ilona"):
            client = await hub.client(tokens[n])
            assert client.welcome is not None and client.welcome.role == "agent"
            assert client.welcome.display_name == user(n)["name"]
        # An interpreter only is never routed customers; an expert is.
        ilona, eeva = hub.clients[2], hub.clients[0]
        ilona_log, eeva_log = FrameLog(ilona), FrameLog(eeva)
        await ilona.request(p.SetAgentState(state="available"))
        maija = await sign_in(oidc_provider, "maija")
        sessions.append(maija)
        customer = await hub.client(maija.tokens.access_token)
        ack = await customer.request(p.ChatStart(channel="chat", language="fi", topic="social_assistance"))
        with pytest.raises(HubRequestError) as info:  # ilona alone is no expert on duty
            await customer.request(p.HandoffRequest(conversation_id=ack.conversation_id))
        assert info.value.code == "no_agents"
        await eeva.request(p.SetAgentState(state="available"))
        await customer.request(p.HandoffRequest(conversation_id=ack.conversation_id))
        await eeva_log.wait_for(p.Offer, timeout=5)
        await asyncio.sleep(0.3)
        assert not ilona_log.of(p.Offer)
        # The same people cannot use the password form; the hub's tokens for them are not
        # renewed by the hub (the desktop renews at the provider).
        async with aiohttp.ClientSession() as http, http.post(
            f"{hub.http_url}/api/token/refresh", headers={"Authorization": f"Bearer {tokens['eeva']}"}
        ) as resp:
            assert resp.status == 403 and (await resp.json())["error"] == "sign_in_again"
        audit = [(a.actor, a.allowed, a.detail) for a in await hub.hub.store.audit_entries()
                 if a.action == "login.oidc"]
        assert (f"staff:{user('olli')['sub']}", False, "no_role") in audit
        assert sum(1 for _, allowed, _ in audit if allowed) == 3
    finally:
        for s in sessions:
            await s.close()
        for c in hub.clients:
            await c.close()
        await stop_hub(hub)


async def test_a_customer_token_is_not_a_staff_token(oidc_provider, tmp_path) -> None:
    hub = await start_hub(oidc_hub_config(tmp_path, oidc_provider))
    s = await sign_in(oidc_provider, "maija")  # the customer app's token: audience the hub's customer side
    try:
        status, body = await staff_login(hub, s.tokens.access_token)
        assert (status, body["error"]) == (401, "bad_token")
        audit = [a.detail for a in await hub.hub.store.audit_entries() if a.action == "login.oidc"]
        assert audit == ["wrong_audience"]
    finally:
        await s.close()
        await stop_hub(hub)


async def test_lower_assurance_gets_a_plain_explanation(oidc_provider, tmp_path) -> None:
    hub = await start_hub(oidc_hub_config(tmp_path, oidc_provider))
    matti = await sign_in(oidc_provider, "matti")  # basic level
    maija = await sign_in(oidc_provider, "maija")  # strong level
    try:
        basic = await hub.client(matti.tokens.access_token)
        # The assistant needs no strong identification ...
        ack = await basic.request(p.ChatStart(channel="chat", language="fi", topic="social_assistance"))
        # ... a human expert and a video appointment do: a plain refusal, the chat goes on.
        with pytest.raises(HubRequestError) as info:
            await basic.request(p.HandoffRequest(conversation_id=ack.conversation_id))
        assert info.value.code == REFUSAL_CODE and "strong identification" in info.value.message
        with pytest.raises(HubRequestError) as info:
            await basic.request(p.ChatStart(channel="video", language="en", topic="pensions"))
        assert info.value.code == REFUSAL_CODE
        await basic.send_chat(ack.conversation_id, "Still here?", "m-1")
        audit = [(a.object_ref, a.detail) for a in await hub.hub.store.audit_entries()
                 if a.action == "assurance"]
        assert [ref for ref, _ in audit] == ["service:handoff", "service:video"]
        strong = await hub.client(maija.tokens.access_token)
        ack = await strong.request(p.ChatStart(channel="video", language="en", topic="pensions"))
        assert ack.conversation_id
    finally:
        for s in (matti, maija):
            await s.close()
        for c in hub.clients:
            await c.close()
        await stop_hub(hub)
