"""The office terminal: each visitor signs in on their own phone (device flow), and
two visitors in a row never see each other's name, conversations or history."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from client_core.identity import OidcClient, OidcSettings, SignedIn, SignInError, SignInProblem
from hub_protocol import frames as p
from tests.hubkit import FrameLog, start_hub, stop_hub
from tests.identity.helpers import oidc_hub_config
from tests.idpkit import BASIC, HUB_RESOURCE, STRONG, FormBrowser, user


async def visit_sign_in(provider, username: str) -> tuple[SignedIn, str]:
    """What the terminal shows (code, QR link) and what the visitor's phone does."""
    client = OidcClient(OidcSettings(provider.issuer, "customer-kiosk", resource=HUB_RESOURCE,
                                     acr_values=f"{STRONG} {BASIC}"))
    device = await client.start_device()
    assert len(device.user_code.replace("-", "")) == 8 and device.user_code in device.verification_uri_complete
    phone = FormBrowser()
    waiting = asyncio.ensure_future(client.poll_device(device, sleep=lambda s: asyncio.sleep(min(s, 0.2))))
    try:
        page = await phone.device_sign_in(device.verification_uri_complete, username)
        assert "signed in" in page.text.lower()
        tokens = await asyncio.wait_for(waiting, 10)
    finally:
        await phone.close()
    return SignedIn(client, tokens), device.user_code


async def end_visit(hub, visit: SignedIn, client) -> None:
    tokens = visit.tokens
    assert tokens is not None
    async with aiohttp.ClientSession() as http, http.post(
        f"{hub.http_url}/api/logout", headers={"Authorization": f"Bearer {tokens.access_token}"}
    ) as resp:
        assert resp.status == 200
    assert await visit.end() is True  # revoked at the provider
    await client.close()


async def test_two_visitors_in_a_row_never_see_each_other(oidc_provider, tmp_path) -> None:
    hub = await start_hub(oidc_hub_config(tmp_path, oidc_provider))
    await hub.add_agent("anna")
    anna = await hub.client(await hub.agent_token("anna"))
    anna_log = FrameLog(anna)
    await anna.request(p.SetAgentState(state="available"))
    try:
        # Visitor 1: Maija, on her own phone.
        first, code_1 = await visit_sign_in(oidc_provider, "maija")
        c1 = await hub.client(first.access_token)
        assert (c1.welcome.user_id, c1.welcome.display_name) == (user("maija")["sub"], user("maija")["name"])
        ack = await c1.request(p.ChatStart(channel="chat", language="fi", topic="social_assistance"))
        await c1.send_chat(ack.conversation_id, "Maijan oma asia", "m-1")
        await c1.request(p.HandoffRequest(conversation_id=ack.conversation_id))
        offer = await anna_log.wait_for(p.Offer)
        await anna.request(p.OfferAccept(offer_id=offer.offer_id))
        await c1.request(p.ConversationEnd(conversation_id=ack.conversation_id))
        maija_tokens = first.tokens
        await end_visit(hub, first, c1)
        assert first.tokens is None  # nothing of the visit is kept
        with pytest.raises(SignInError) as info:  # and the provider has ended the grant
            await first.client.refresh(maija_tokens)
        assert info.value.problem is SignInProblem.REFUSED
        await first.client.aclose()

        # Visitor 2: Liisa, at the same terminal, right after.
        second, code_2 = await visit_sign_in(oidc_provider, "liisa")
        assert code_2 != code_1
        c2 = await hub.client(second.access_token)
        log2 = FrameLog(c2)
        assert (c2.welcome.user_id, c2.welcome.display_name) == (user("liisa")["sub"], user("liisa")["name"])
        ack2 = await c2.request(p.ChatStart(channel="chat", language="fi", topic="social_assistance"))
        await asyncio.sleep(0.3)
        seen = {getattr(f, "conversation_id", None) for f in log2.frames} - {None}
        assert seen == {ack2.conversation_id}  # none of Maija's conversation
        assert not any("Maija" in str(f) for f in log2.frames)

        # The expert's "Earlier conversations" for this visitor: hers only.
        results = await anna.request(p.HistorySearch(customer_ref=c2.welcome.user_id))
        assert [c.conversation_id for c in results.conversations] == [ack2.conversation_id]
        results = await anna.request(p.HistorySearch(customer_ref=user("maija")["sub"]))
        assert [c.conversation_id for c in results.conversations] == [ack.conversation_id]
        # Liisa cannot read Maija's conversation either.
        with pytest.raises(Exception) as refused:
            await c2.request(p.Sync(conversation_id=ack.conversation_id))
        assert "forbidden" in str(refused.value)
        await end_visit(hub, second, c2)
        await second.client.aclose()
    finally:
        for c in hub.clients:
            await c.close()
        await stop_hub(hub)
