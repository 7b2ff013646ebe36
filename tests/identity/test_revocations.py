"""Ended sign-ins: logout adds the token to the one set every token check asks
(service_hub/revocations.py), so a revoked token renews nothing either."""

from __future__ import annotations

import aiohttp
import pytest

from client_core.hub_client import HubRequestError
from hub_protocol import frames as p
from tests.hubkit import RunningHub


async def test_logout_goes_through_the_revocations_and_a_revoked_token_renews_nothing(
        hub: RunningHub) -> None:
    await hub.add_agent()
    kept, ended = await hub.agent_token(), await hub.agent_token()
    client = await hub.client(kept)
    async with aiohttp.ClientSession() as http, http.post(
        f"{hub.http_url}/api/logout", headers={"Authorization": f"Bearer {ended}"}
    ) as resp:
        assert resp.status == 200
    assert len(hub.hub.authority.revocations) == 1
    with pytest.raises(HubRequestError) as refused:
        await client.request(p.AuthRenew(token=ended))
    assert refused.value.code == "token_revoked"
    assert isinstance(await client.request(p.Ping()), p.Pong)  # the other sign-in goes on
    audit = [(a.action, a.allowed, a.detail) for a in await hub.hub.store.audit_entries()
             if a.action == "auth.renew"]
    assert audit == [("auth.renew", False, "token_revoked")]
