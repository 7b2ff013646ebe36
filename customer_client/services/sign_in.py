"""The customer's sign-in: the system browser at home, the visitor's phone at a kiosk.

Plain asyncio, no Qt: the window gives ``open_url`` (it calls
``QDesktopServices.openUrl``) and ``show_code`` (it paints the QR code and the
short code), and gets a ``SignedIn`` that lives in memory only. Ending the
sign-in tells the hub (``/api/logout``: its connections close and the token is
revoked there), revokes the grant at the provider and, at home, opens the
provider's sign-out page; then nothing about the customer is left.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import aiohttp

from client_core.identity import SignedIn, SignInError, SignInProblem

if TYPE_CHECKING:  # the OpenID client (authlib, joserfc, cryptography) loads at sign-in
    from client_core.identity import DeviceAuthorization, LoopbackRedirect, OidcClient

log = logging.getLogger(__name__)

BROWSER_TIMEOUT_S = 600.0
HUB_RESOURCE = "urn:kela:service-hub"


@dataclass(frozen=True)
class SignInConfig:
    issuer: str
    client_id: str
    resource: str = HUB_RESOURCE
    acr_values: str = ""

    @classmethod
    def from_settings(cls, settings: object, *, kiosk: bool) -> SignInConfig | None:
        issuer = str(getattr(settings, "idp_issuer", "") or "")
        if not issuer:
            return None
        client_id = str(getattr(settings, "idp_client_id", "") or "") or (
            "customer-kiosk" if kiosk else "customer-client")
        return cls(issuer, client_id, str(getattr(settings, "idp_resource", "") or "") or HUB_RESOURCE,
                   str(getattr(settings, "idp_acr_values", "") or ""))


def hub_http_base(hub_url: str) -> str:
    scheme, _, rest = hub_url.partition("://")
    return ("https" if scheme == "wss" else "http") + "://" + rest.split("/", 1)[0]


class CustomerSignIn:
    def __init__(self, config: SignInConfig | None) -> None:
        self.config = config
        self._redirect: LoopbackRedirect | None = None

    def _client(self) -> OidcClient:
        if self.config is None:
            raise SignInError(SignInProblem.NOT_CONFIGURED)
        from client_core.identity.oidc import OidcClient, OidcSettings

        c = self.config
        return OidcClient(OidcSettings(c.issuer, c.client_id, resource=c.resource, acr_values=c.acr_values))

    async def with_browser(self, open_url: Callable[[str], object], *, ui_locales: str = "",
                           done_title: str = "", done_text: str = "", prompt: str | None = None) -> SignedIn:
        from client_core.identity.loopback import LoopbackRedirect

        client = self._client()
        redirect = LoopbackRedirect(done_title=done_title or "Signed in",
                                    done_text=done_text or "You can close this window.")
        self._redirect = redirect
        try:
            await redirect.start()
            request = await client.authorization_request(redirect.redirect_uri, ui_locales=ui_locales or None,
                                                         prompt=prompt)
            redirect.expect(request.state)
            open_url(request.url)
            tokens = await client.finish(request, await redirect.wait(BROWSER_TIMEOUT_S))
        except BaseException:
            await client.aclose()
            raise
        finally:
            self._redirect = None
            await redirect.close()
        return SignedIn(client, tokens)

    async def with_phone(self, show_code: Callable[[DeviceAuthorization], object]) -> SignedIn:
        client = self._client()
        try:
            device = await client.start_device()
            show_code(device)
            tokens = await client.poll_device(device)
        except BaseException:
            await client.aclose()
            raise
        return SignedIn(client, tokens)

    def cancel(self) -> None:
        if self._redirect is not None:
            self._redirect.cancel()

    async def end(self, signed_in: SignedIn, hub_url: str,
                  open_url: Callable[[str], object] | None = None) -> None:
        """Sign out everywhere; the tokens are forgotten first, whatever fails after."""
        tokens = signed_in.tokens
        logout_url = None
        if open_url is not None:
            try:
                logout_url = await signed_in.client.logout_url(tokens)
            except SignInError:
                logout_url = None
        await signed_in.end()  # forgets now; revokes the grant at the provider
        if tokens is not None:
            try:
                timeout = aiohttp.ClientTimeout(total=5)
                async with aiohttp.ClientSession(timeout=timeout) as http, http.post(
                    hub_http_base(hub_url) + "/api/logout",
                    headers={"Authorization": f"Bearer {tokens.access_token}"},
                ):
                    pass
            except (aiohttp.ClientError, TimeoutError, OSError) as exc:
                log.info("hub logout not confirmed: %s", type(exc).__name__)
        if open_url is not None and logout_url:
            open_url(logout_url)
        await signed_in.client.aclose()
