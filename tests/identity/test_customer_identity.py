"""The customer's sign-in as a plain service (customer_client.services.customer_identity),
without Qt: the real provider, the real hub, the visitor's phone as a form browser."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import pytest

from client_core.hub_client import AuthRejected, HubClient, LinkState
from client_core.identity import OidcClient, OidcSettings, SignInError, SignInProblem
from customer_client.services.customer_identity import CustomerIdentity
from customer_client.services.sign_in import CustomerSignIn, SignInConfig
from tests.hubkit import free_port, start_hub, stop_hub
from tests.identity.helpers import oidc_hub_config
from tests.idpkit import BASIC, HUB_RESOURCE, STRONG, FormBrowser, user


def heard(identity: CustomerIdentity) -> list[tuple[str, Any]]:
    """Every event the identity announces, in order."""
    log: list[tuple[str, Any]] = []
    e = identity.events
    for name in ("waiting_for_browser", "code_shown", "signed_in", "failed", "cancelled", "signed_out"):
        getattr(e, name).connect(lambda *args, name=name: log.append((name, args[0] if args else None)))
    return log


def test_a_fixed_token_counts_as_signed_in_and_has_nothing_to_end() -> None:
    identity = CustomerIdentity(CustomerSignIn(None), "ws://127.0.0.1:1/ws", kiosk=False,
                                fixed_token=lambda: "demo-token")
    assert identity.signed_in and identity.name == ""
    credentials = identity.credentials()
    assert credentials is not None and credentials.token == "demo-token" and credentials.renew_in is None
    assert identity.sign_out() is None and identity.signed_in
    nobody = CustomerIdentity(CustomerSignIn(None), "ws://127.0.0.1:1/ws", kiosk=False)
    assert not nobody.signed_in and nobody.credentials() is None


async def test_unreachable_provider_and_cancel_leave_nobody_signed_in() -> None:
    down = CustomerIdentity(CustomerSignIn(SignInConfig(f"http://127.0.0.1:{free_port()}", "customer-client")),
                            "ws://127.0.0.1:1/ws", kiosk=False)
    log = heard(down)
    assert not await down.sign_in(lambda _url: None)
    assert log == [("waiting_for_browser", None), ("failed", SignInProblem.UNREACHABLE)]
    assert down.person is None and down.credentials() is None


async def test_cancelling_the_browser_sign_in(oidc_provider: Any) -> None:
    identity = CustomerIdentity(CustomerSignIn(SignInConfig(oidc_provider.issuer, "customer-client")),
                                "ws://127.0.0.1:1/ws", kiosk=False)
    log = heard(identity)
    opened: list[str] = []
    attempt = identity.start(opened.append)
    while not opened:  # the browser was opened; nobody signs in there
        await asyncio.sleep(0.02)
    assert identity.start(opened.append) is attempt  # one sign-in at a time
    identity.cancel()
    assert await attempt is False
    assert log == [("waiting_for_browser", None), ("cancelled", None)] and identity.person is None


async def test_a_kiosk_visit_is_its_own_person_and_ends_everywhere(oidc_provider: Any, tmp_path: Any) -> None:
    hub = await start_hub(oidc_hub_config(tmp_path, oidc_provider))
    identity = CustomerIdentity(CustomerSignIn(SignInConfig(
        oidc_provider.issuer, "customer-kiosk", HUB_RESOURCE, f"{STRONG} {BASIC}")), hub.ws_url, kiosk=True)
    log = heard(identity)
    phone = FormBrowser()
    identity.events.code_shown.connect(
        lambda device: asyncio.ensure_future(phone.device_sign_in(device.verification_uri_complete, "liisa")))
    client: HubClient | None = None
    try:
        assert await asyncio.wait_for(identity.sign_in(lambda url: pytest.fail(f"a kiosk opened {url}")), 30)
        assert [name for name, _ in log] == ["code_shown", "signed_in"]
        assert log[1][1] == user("liisa")["name"] == identity.name
        credentials = identity.credentials()
        assert credentials is not None and credentials.renew_in is not None
        client = HubClient(hub.ws_url, credentials.token, renew_in=credentials.renew_in)
        welcome = await client.start()
        assert welcome is not None and welcome.user_id == user("liisa")["sub"]
        tokens = identity.person.tokens if identity.person else None
        assert tokens is not None
        # The visit ends: nobody is signed in at once, then the end at the hub and the provider.
        identity.end_visit()
        assert identity.person is None and identity.credentials() is None and not identity.signed_in
        assert log[-1] == ("signed_out", None)
        assert identity.ending is not None
        await identity.ending
        # At the hub: the token is revoked, its connection closed and a new hello refused.
        again = HubClient(hub.ws_url, tokens.access_token)
        with pytest.raises(AuthRejected) as refused:
            await again.start()
        await again.close()
        assert refused.value.code == "token_revoked"
        # The visit's own connection was closed, and it cannot sign in again: nobody is.
        for _ in range(100):
            if client.fatal_error is not None:
                break
            await asyncio.sleep(0.05)
        assert isinstance(client.fatal_error, AuthRejected) and client.state is LinkState.CLOSED
        # At the provider: the grant is revoked, so the refresh token is worth nothing.
        fresh = OidcClient(OidcSettings(oidc_provider.issuer, "customer-kiosk", resource=HUB_RESOURCE))
        with pytest.raises(SignInError):
            await fresh.refresh(tokens)
        await fresh.aclose()
        async with aiohttp.ClientSession() as http, http.post(
            f"{hub.http_url}/api/logout", headers={"Authorization": f"Bearer {tokens.access_token}"}
        ) as resp:
            assert resp.status == 401  # already ended
    finally:
        if client is not None:
            await client.close()
        await phone.close()
        await stop_hub(hub)

