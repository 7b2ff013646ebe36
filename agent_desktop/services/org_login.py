"""Experts' sign-in through the organisation's OpenID provider.

The system browser signs the person in (code flow, PKCE, loopback redirect:
``client_core.identity``); the provider's access token for the hub's staff
audience is exchanged at ``POST /api/login/oidc`` for the hub's agent token,
whose roles come from the hub's role mapping. After that the desktop works
exactly as with a local account. The provider's tokens are dropped after the
exchange (nothing is written anywhere); a new sign-in is needed when the
hub's token ends (``agent_token_ttl_s``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import aiohttp

from client_core.identity import LoopbackRedirect, OidcClient, OidcSettings, SignInError

from .login import LoginError, LoginGrant, http_base

STAFF_RESOURCE = "urn:kela:service-hub:staff"
BROWSER_TIMEOUT_S = 600.0


@dataclass(frozen=True)
class OrganisationSignIn:
    issuer: str
    client_id: str = "agent-desktop"
    resource: str = STAFF_RESOURCE

    @classmethod
    def from_settings(cls, settings: object) -> OrganisationSignIn | None:
        issuer = str(getattr(settings, "idp_issuer", "") or "")
        if not issuer:
            return None
        return cls(issuer, str(getattr(settings, "idp_client_id", "") or "") or "agent-desktop",
                   str(getattr(settings, "idp_resource", "") or "") or STAFF_RESOURCE)


async def organisation_login(hub_url: str, org: OrganisationSignIn,
                             open_url: Callable[[str], object]) -> LoginGrant:
    client = OidcClient(OidcSettings(org.issuer, org.client_id, resource=org.resource))
    redirect = LoopbackRedirect()
    try:
        await redirect.start()
        request = await client.authorization_request(redirect.redirect_uri)
        redirect.expect(request.state)
        open_url(request.url)
        tokens = await client.finish(request, await redirect.wait(BROWSER_TIMEOUT_S))
    except SignInError as exc:
        raise LoginError("unreachable" if exc.problem.value == "unreachable" else "sign_in_failed",
                         exc.problem.value) from None
    finally:
        await redirect.close()
        await client.aclose()
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as http, http.post(
            http_base(hub_url) + "/api/login/oidc", headers={"Authorization": f"Bearer {tokens.access_token}"}
        ) as resp:
            body = await resp.json(content_type=None)
    except (aiohttp.ClientError, TimeoutError, OSError, ValueError) as exc:
        raise LoginError("unreachable", type(exc).__name__) from None
    if resp.status != 200 or not isinstance(body, dict) or "token" not in body:
        code = body.get("error", "refused") if isinstance(body, dict) else "bad_response"
        raise LoginError(str(code), str(body.get("message", "")) if isinstance(body, dict) else "")
    return LoginGrant(str(body["token"]), int(body["agent_id"]), str(body["display_name"]),
                   int(body.get("expires_in", 3600)))
