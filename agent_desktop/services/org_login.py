"""Experts' sign-in through the organisation's OpenID provider.

The system browser signs the person in (code flow, PKCE, loopback redirect:
``client_core.identity``); the provider's access token for the hub's staff
audience is exchanged at ``POST /api/login/oidc`` for the hub's agent token,
whose roles come from the hub's role mapping. After that the desktop works
exactly as with a local account.

The provider's tokens stay in memory (``SignedIn``; nothing is written
anywhere) for as long as the person is signed in: before the hub's token
ends, ``OrganisationKeeper`` renews the sign-in at the provider and exchanges
the fresh access token for a new hub token, which the open connection hands
to the hub (``auth.renew``). So a working day needs no second sign-in, and a
person removed at the provider (or whose roles changed) is out, or has the
new roles, within one hub-token lifetime. Signing out revokes the grant at
the provider.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

import aiohttp

from client_core.identity import (
    LoopbackRedirect,
    OidcClient,
    OidcSettings,
    SignedIn,
    SignInError,
    SignInProblem,
)
from client_core.renewal import renewal_due

from .login import LoginError, LoginGrant, http_base

log = logging.getLogger(__name__)

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
                             open_url: Callable[[str], object]) -> OrganisationKeeper:
    """Sign in at the provider in the system browser, then at the hub."""
    client = OidcClient(OidcSettings(org.issuer, org.client_id, resource=org.resource))
    redirect = LoopbackRedirect()
    try:
        await redirect.start()
        request = await client.authorization_request(redirect.redirect_uri)
        redirect.expect(request.state)
        open_url(request.url)
        tokens = await client.finish(request, await redirect.wait(BROWSER_TIMEOUT_S))
    except SignInError as exc:
        await client.aclose()
        raise _login_error(exc) from None
    finally:
        await redirect.close()
    signed_in = SignedIn(client, tokens)
    try:
        grant = await exchange(hub_url, tokens.access_token)
    except LoginError:
        await signed_in.end()
        await client.aclose()
        raise
    return OrganisationKeeper(hub_url, signed_in, grant)


async def exchange(hub_url: str, access_token: str) -> LoginGrant:
    """The provider's access token for the hub's agent token (``POST /api/login/oidc``)."""
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as http, http.post(
            http_base(hub_url) + "/api/login/oidc", headers={"Authorization": f"Bearer {access_token}"}
        ) as resp:
            body = await resp.json(content_type=None)
    except (aiohttp.ClientError, TimeoutError, OSError, ValueError) as exc:
        raise LoginError("unreachable", type(exc).__name__) from None
    if resp.status != 200 or not isinstance(body, dict) or "token" not in body:
        code = body.get("error", "refused") if isinstance(body, dict) else "bad_response"
        raise LoginError(str(code), str(body.get("message", "")) if isinstance(body, dict) else "")
    return LoginGrant(str(body["token"]), int(body["agent_id"]), str(body["display_name"]),
                      int(body.get("expires_in", 3600)))


def _login_error(exc: SignInError) -> LoginError:
    code = "unreachable" if exc.problem is SignInProblem.UNREACHABLE else "sign_in_failed"
    return LoginError(code, exc.problem.value)


class OrganisationKeeper:
    """The hub token of an expert signed in at the organisation's provider, renewed
    there before it ends. The same face as ``login.TokenKeeper``."""

    def __init__(self, hub_url: str, signed_in: SignedIn, grant: LoginGrant,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.hub_url = hub_url
        self.signed_in = signed_in
        self.grant = grant
        self._clock = clock
        self._issued = clock()
        self.renewals = 0

    def renew_in(self) -> float:
        return max(0.0, renewal_due(self._issued, self.grant.expires_in) - self._clock())

    async def token(self) -> str:
        """The hub token, renewed first when due. A renewal that cannot be made
        yet (provider or hub unreachable) keeps the current token while it lasts
        (then ConnectionError); one the provider or hub refuses ends the sign-in
        (LoginError)."""
        if self.renew_in() <= 0:
            try:
                await self._renew()
            except LoginError as exc:
                if exc.code != "unreachable":
                    raise
                if self._clock() >= self._issued + self.grant.expires_in:
                    # Nothing valid left: the hub connection tries again later.
                    raise ConnectionError("the sign-in cannot be renewed just now") from exc
                log.info("could not renew the organisation sign-in yet; using the current token")
        return self.grant.token

    async def _renew(self) -> None:
        # A refresh at the provider confirms the person is still signed in there
        # (and brings their current roles); an unreachable provider leaves the
        # access token we have, if it still lasts, for the hub to check.
        try:
            access_token = (await self.signed_in.refresh()).access_token
        except SignInError as exc:
            if exc.problem is not SignInProblem.UNREACHABLE:
                raise _login_error(exc) from None
            try:
                access_token = await self.signed_in.access_token()
            except SignInError as again:
                raise _login_error(again) from None
        issued = self._clock()
        self.grant = await exchange(self.hub_url, access_token)
        self._issued = issued
        self.renewals += 1

    async def end(self) -> None:
        """Signing out: the grant revoked at the provider, every token forgotten."""
        await self.signed_in.end()
        await self.signed_in.client.aclose()
