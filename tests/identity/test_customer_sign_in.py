"""Customer sign-in against the real OpenID provider, end to end to the hub.

The browser step submits the provider's own forms; the app side is
client_core.identity (authlib, PKCE, loopback redirect); the hub checks the
access token against the provider's JWKS. No token is made around the provider.
"""

from __future__ import annotations

import aiohttp
import pytest

from client_core.hub_client import AuthRejected, LinkState
from client_core.identity import (
    LoopbackRedirect,
    OidcClient,
    OidcSettings,
    SignedIn,
    SignInError,
    SignInProblem,
)
from tests.hubkit import free_port, start_hub, stop_hub
from tests.identity.helpers import oidc_hub_config, sign_in
from tests.idpkit import HUB_RESOURCE, STRONG, FormBrowser, provider_missing, start_provider, user
from tests.realparts import OIDC_PROVIDER, require


async def test_full_sign_in_reaches_the_hub_as_the_verified_subject(oidc_provider, tmp_path) -> None:
    hub = await start_hub(oidc_hub_config(tmp_path, oidc_provider))
    session = await sign_in(oidc_provider, "maija")
    try:
        tokens = session.tokens
        maija = user("maija")
        assert tokens.subject == maija["sub"] and tokens.name == maija["name"] and tokens.acr == STRONG
        assert tokens.refresh_token and tokens.id_token
        assert "tokens=<redacted>" in repr(tokens) and tokens.access_token not in repr(tokens)
        # The browser ended on the app's listener, which said so.
        assert session.browser.visited[-1].startswith(session.redirect.redirect_uri)
        client = await hub.client(tokens.access_token)
        assert client.welcome is not None
        assert (client.welcome.user_id, client.welcome.display_name) == (maija["sub"], maija["name"])
        customer = await hub.hub.store.customer(maija["sub"])
        assert customer is not None and customer.display_name == maija["name"]
    finally:
        await session.close()
        for c in hub.clients:
            await c.close()
        await stop_hub(hub)


async def test_refresh_before_expiry_gives_a_token_the_hub_accepts(oidc_provider, tmp_path) -> None:
    hub = await start_hub(oidc_hub_config(tmp_path, oidc_provider))
    session = await sign_in(oidc_provider, "matti")
    now = [0.0]
    try:
        first = session.tokens
        now[0] = first.expires_at - 1000  # well before expiry: no renewal
        keeper = SignedIn(session.client, first, clock=lambda: now[0])
        assert await keeper.access_token() == first.access_token and keeper.refreshes == 0
        now[0] = first.expires_at - 20  # inside the renewal margin
        fresh = await keeper.access_token()
        assert keeper.refreshes == 1 and fresh != first.access_token
        assert keeper.tokens is not None and keeper.tokens.subject == first.subject
        client = await hub.client(fresh)
        assert client.welcome is not None and client.welcome.user_id == user("matti")["sub"]
    finally:
        await session.close()
        for c in hub.clients:
            await c.close()
        await stop_hub(hub)


async def test_sign_out_ends_the_session_at_the_provider_and_the_hub(oidc_provider, tmp_path) -> None:
    hub = await start_hub(oidc_hub_config(tmp_path, oidc_provider))
    session = await sign_in(oidc_provider, "maija")
    try:
        tokens = session.tokens
        client = await hub.client(tokens.access_token)
        keeper = SignedIn(session.client, tokens)
        # The app: end the sign-in at the hub (closes its connections) ...
        async with aiohttp.ClientSession() as http, http.post(
            f"{hub.http_url}/api/logout", headers={"Authorization": f"Bearer {tokens.access_token}"}
        ) as resp:
            assert resp.status == 200
        # ... revoke the grant, and end the browser session (RP-initiated logout).
        back = LoopbackRedirect("/signed-out")
        await back.start()
        back.expect("bye")
        url = await session.client.logout_url(tokens, back.redirect_uri, "bye")
        assert await keeper.end() is True and keeper.tokens is None
        assert url is not None
        await session.browser.sign_out(url)
        assert (await back.wait(5))["state"] == "bye"  # the provider sent the browser back: done
        await back.close()
        # The refresh token is dead at the provider,
        with pytest.raises(SignInError) as refused:
            await session.client.refresh(tokens)
        assert refused.value.problem is SignInProblem.REFUSED
        # the hub refuses the access token,
        with pytest.raises(AuthRejected) as rejected:
            await hub.client(tokens.access_token)
        assert rejected.value.code == "token_revoked"
        await client.close()
        # and the same browser must sign in again: no session is left at the provider.
        again = await session.client.authorization_request(session.redirect.redirect_uri)
        page = await session.browser.open(again.url)
        assert 'name="password"' in page.text
    finally:
        await session.close()
        for c in hub.clients:
            await c.close()
        await stop_hub(hub)


async def test_loopback_refuses_what_is_not_the_providers_answer(oidc_provider) -> None:
    client = OidcClient(OidcSettings(oidc_provider.issuer, "customer-client", resource=HUB_RESOURCE))
    redirect = LoopbackRedirect()
    uri = await redirect.start()
    browser = FormBrowser()
    try:
        request = await client.authorization_request(uri)
        redirect.expect(request.state)
        async with aiohttp.ClientSession() as http:
            for method, url, status in [
                ("GET", f"{uri}?code=stolen&state=guess", 400),
                ("GET", f"{uri}?code=stolen", 400),
                ("POST", f"{uri}?state={request.state}&code=x", 405),
                ("GET", uri.replace("/callback", "/other") + f"?state={request.state}", 404),
            ]:
                async with http.request(method, url) as resp:
                    assert resp.status == status, url
        assert redirect.refused == ["state", "state", "method", "path"]
        # Still waiting: the provider's real answer is taken.
        await browser.sign_in(request.url, "matti")
        tokens = await client.finish(request, await redirect.wait(10))
        assert tokens.subject == user("matti")["sub"]
        async with aiohttp.ClientSession() as http, http.get(f"{uri}?state={request.state}&code=x") as resp:
            assert resp.status == 410  # one answer only
    finally:
        await redirect.close()
        await browser.close()
        await client.aclose()


async def test_state_and_nonce_mismatches_are_refused(oidc_provider) -> None:
    client = OidcClient(OidcSettings(oidc_provider.issuer, "customer-client", resource=HUB_RESOURCE))
    redirect = LoopbackRedirect()
    uri = await redirect.start()
    browser = FormBrowser()
    try:
        # The answer to another request of ours (another state) is not this one's.
        first = await client.authorization_request(uri)
        second = await client.authorization_request(uri)
        redirect.expect(first.state)
        await browser.sign_in(second.url, "matti")
        assert redirect.refused == ["state"]
        with pytest.raises(SignInError) as info:
            await client.finish(first, {"state": second.state, "code": "whatever"})
        assert info.value.problem is SignInProblem.STATE_MISMATCH
        # An ID token made for another sign-in (another nonce) is refused too.
        third = await client.authorization_request(uri)
        redirect.expect(third.state)
        await browser.sign_in(third.url, "matti")
        answer = await redirect.wait(10)
        replayed = type(third)(third.url, third.state, "another-nonce", third.code_verifier, third.redirect_uri)
        with pytest.raises(SignInError) as info:
            await client.finish(replayed, answer)
        assert info.value.problem is SignInProblem.NONCE_MISMATCH
    finally:
        await redirect.close()
        await browser.close()
        await client.aclose()


async def test_provider_unreachable_at_sign_in_and_at_refresh(tmp_path) -> None:
    # At sign-in: nothing answers where the provider should be.
    down = OidcClient(OidcSettings(f"http://127.0.0.1:{free_port()}", "customer-client"))
    with pytest.raises(SignInError) as info:
        await down.authorization_request("http://127.0.0.1:1/callback")
    assert info.value.problem is SignInProblem.UNREACHABLE
    await down.aclose()
    # At refresh: a provider of its own that goes away after the sign-in.
    require(OIDC_PROVIDER, provider_missing)
    provider = start_provider(tmp_path / "idp")
    hub = await start_hub(oidc_hub_config(tmp_path, provider))
    session = await sign_in(provider, "maija")
    try:
        client = await hub.client(session.tokens.access_token)
        now = [session.tokens.expires_at - 20]  # renewal due
        keeper = SignedIn(session.client, session.tokens, clock=lambda: now[0])
        provider.proc.terminate()
        provider.proc.wait(10)
        # The renewal fails quietly while the token still lasts: nothing is lost.
        assert await keeper.access_token() == session.tokens.access_token
        with pytest.raises(SignInError) as info:
            await keeper.refresh()
        assert info.value.problem is SignInProblem.UNREACHABLE
        assert keeper.tokens is not None  # still signed in, tokens kept for a later try
        assert client.state is LinkState.ONLINE  # the hub connection goes on
        # Once nothing valid is left, the caller hears it plainly.
        now[0] = session.tokens.expires_at + 1
        with pytest.raises(SignInError) as info:
            await keeper.access_token()
        assert info.value.problem is SignInProblem.UNREACHABLE
    finally:
        await session.close()
        for c in hub.clients:
            await c.close()
        await stop_hub(hub)
        if provider.proc.poll() is None:
            provider.proc.kill()
