"""Signing in at the real test provider the way the apps do, for the identity tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from client_core.identity import LoopbackRedirect, OidcClient, OidcSettings, TokenSet
from tests.hubkit import hub_config
from tests.idpkit import BASIC, HUB_RESOURCE, ROLE_MAP, STRONG, FormBrowser, RunningProvider


@dataclass
class SignIn:
    client: OidcClient
    tokens: TokenSet
    browser: FormBrowser
    redirect: LoopbackRedirect

    async def close(self) -> None:
        await self.redirect.close()
        await self.browser.close()
        await self.client.aclose()


async def sign_in(provider: RunningProvider, username: str, *, client_id: str = "customer-client",
                  resource: str = HUB_RESOURCE, browser: FormBrowser | None = None) -> SignIn:
    """The customer app's sign-in: system browser (here the form browser), loopback, PKCE."""
    # acr_values: the levels the app understands; the ID token then says which one it was.
    client = OidcClient(OidcSettings(provider.issuer, client_id, resource=resource,
                                     acr_values=f"{STRONG} {BASIC}"))
    redirect = LoopbackRedirect()
    await redirect.start()
    request = await client.authorization_request(redirect.redirect_uri)
    redirect.expect(request.state)
    browser = browser or FormBrowser()
    await browser.sign_in(request.url, username)
    answer = await redirect.wait(10)
    tokens = await client.finish(request, answer)
    return SignIn(client, tokens, browser, redirect)


def oidc_hub_config(tmp_path: Path, provider: RunningProvider, database_url: str = "",
                    **kw: Any) -> Any:
    """A hub that trusts only the test provider (no demo identity)."""
    options: dict[str, Any] = {
        "demo_identity": False, "idp_issuer": provider.issuer, "idp_audience": HUB_RESOURCE,
        "idp_jwks_min_refetch_s": 1.0, "idp_strong_acr": STRONG,
        "staff_idp_issuer": provider.issuer, "staff_role_map": ROLE_MAP,
    }
    return hub_config(tmp_path, database_url, **{**options, **kw})
