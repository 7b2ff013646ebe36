"""Ended sign-ins: the one revocation interface every token check goes through
(service_hub/revocations.py), in memory here; a shared store implements the same."""

from __future__ import annotations

import aiohttp
import pytest

from client_core.hub_client import HubRequestError
from hub_protocol import frames as p
from service_hub.revocations import MemoryRevocations
from tests.hubkit import RunningHub


async def test_a_revocation_is_kept_until_its_token_would_have_expired() -> None:
    now = [1000.0]
    revoked = MemoryRevocations(clock=lambda: now[0])
    await revoked.revoke("a", 1100.0)
    await revoked.revoke("b", 2000.0)
    await revoked.revoke("b", 1500.0)  # an earlier expiry does not shorten it
    assert await revoked.is_revoked("a") and await revoked.is_revoked("b")
    assert not await revoked.is_revoked("c")
    now[0] = 1100.0 + 61  # past a's expiry and the checks' leeway: a's own expiry refuses it now
    assert not await revoked.is_revoked("a") and await revoked.is_revoked("b") and len(revoked) == 1
    now[0] = 2000.0 + 61
    assert not await revoked.is_revoked("b") and len(revoked) == 0


async def test_logout_goes_through_the_revocations_and_a_revoked_token_renews_nothing(
        hub: RunningHub) -> None:
    await hub.add_agent()
    kept, ended = await hub.agent_token(), await hub.agent_token()
    client = await hub.client(kept)
    async with aiohttp.ClientSession() as http, http.post(
        f"{hub.http_url}/api/logout", headers={"Authorization": f"Bearer {ended}"}
    ) as resp:
        assert resp.status == 200
    revocations = hub.hub.authority.revocations
    assert isinstance(revocations, MemoryRevocations) and len(revocations) == 1
    with pytest.raises(HubRequestError) as refused:
        await client.request(p.AuthRenew(token=ended))
    assert refused.value.code == "token_revoked"
    assert isinstance(await client.request(p.Ping()), p.Pong)  # the other sign-in goes on
    audit = [(a.action, a.allowed, a.detail) for a in await hub.hub.store.audit_entries()
             if a.action == "auth.renew"]
    assert audit == [("auth.renew", False, "token_revoked")]
