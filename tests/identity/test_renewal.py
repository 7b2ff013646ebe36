"""A sign-in renewed on an open connection (auth.renew): the hub takes a fresh token
of the same person only, and a customer's conversation outlives its access token
without a reconnect (the real provider, the customer's own services, no Qt)."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from client_core.hub_client import HubRequestError, LinkState, new_client_id
from customer_client.services.customer_identity import CustomerIdentity
from customer_client.services.customer_visit import CustomerVisit
from customer_client.services.sign_in import CustomerSignIn, SignInConfig
from hub_protocol import frames as p
from tests.hubkit import RunningHub, start_hub, stop_hub
from tests.identity.helpers import oidc_hub_config
from tests.idpkit import BASIC, BRIEF_RESOURCE, STRONG, FormBrowser, user


async def test_an_open_connection_takes_a_fresh_token_of_the_same_person_only(hub: RunningHub) -> None:
    client = await hub.client(hub.customer_token("cust-r", "Riikka", ttl_s=2))
    ack = await client.request(p.ChatStart())
    await asyncio.sleep(2.2)
    with pytest.raises(HubRequestError) as expired:
        await client.request(p.Ping())
    assert expired.value.code == "token_expired"
    # Someone else's valid token, or none at all: refused, audited, nothing changes.
    with pytest.raises(HubRequestError) as other:
        await client.request(p.AuthRenew(token=hub.customer_token("cust-s", "Sanna")))
    assert other.value.code == "forbidden"
    with pytest.raises(HubRequestError) as nonsense:
        await client.request(p.AuthRenew(token="not-a-token"))
    assert nonsense.value.code == "bad_token"
    with pytest.raises(HubRequestError):
        await client.request(p.Ping())  # still the expired sign-in
    # The same person's fresh token: taken, and the conversation goes on on this connection.
    assert isinstance(await client.request(p.AuthRenew(token=hub.customer_token("cust-r", "Riikka"))), p.Ack)
    sent = await client.request(p.ChatSend(id=new_client_id(), conversation_id=ack.conversation_id,
                                           text="still here"))
    assert sent.seq is not None
    assert next(client.attempts) == 1  # no reconnect: the first attempt was the only one
    refusals = [(a.actor, a.object_ref, a.detail) for a in await hub.hub.store.audit_entries()
                if a.action == "auth.renew" and not a.allowed]
    assert refusals == [("customer:cust-r", "customer:cust-s", "another person"),
                        ("customer:cust-r", "-", "malformed")]


async def test_a_conversation_outlives_its_access_token(oidc_provider: Any, tmp_path: Any) -> None:
    # The hub as the provider's 12-second resource: two renewals within the test.
    hub = await start_hub(oidc_hub_config(tmp_path, oidc_provider, idp_audience=BRIEF_RESOURCE))
    browser = FormBrowser()
    identity = CustomerIdentity(CustomerSignIn(SignInConfig(
        oidc_provider.issuer, "customer-client", BRIEF_RESOURCE, f"{STRONG} {BASIC}")), hub.ws_url, kiosk=False)
    visit = CustomerVisit(hub.ws_url, identity.credentials, backoff_initial_s=0.05, backoff_max_s=0.5)
    pending: list[asyncio.Task[Any]] = []
    try:
        assert await identity.sign_in(lambda url: pending.append(
            asyncio.ensure_future(browser.sign_in(url, "maija"))))
        assert identity.person is not None
        first = identity.person.tokens
        assert first is not None and first.expires_at - time.time() < 15
        conv = await visit.start("chat", "fi", "social_assistance")
        assert conv is not None and visit.client is not None
        await asyncio.sleep(first.expires_at - time.time() + 3)  # the first token is over
        ack = await visit.client.request(p.ChatSend(id=new_client_id(), conversation_id=conv,
                                                    text="Vieläkin täällä"))
        assert ack.seq is not None
        assert visit.client.state is LinkState.ONLINE and next(visit.client.attempts) == 1
        assert visit.client.sign_in.renewals >= 1 and identity.person.refreshes >= 1
        assert visit.client.welcome is not None and visit.client.welcome.user_id == user("maija")["sub"]
    finally:
        await visit.close()
        ending = identity.sign_out()
        if ending is not None:
            await ending
        await browser.close()
        await stop_hub(hub)
