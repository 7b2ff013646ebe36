"""Signing people in at an OpenID provider, for both apps (no Qt, no disk).

    client = OidcClient(OidcSettings(issuer, client_id, resource=hub_resource))
    redirect = LoopbackRedirect(); await redirect.start()
    request = await client.authorization_request(redirect.redirect_uri)
    redirect.expect(request.state)
    open_in_system_browser(request.url)
    tokens = await client.finish(request, await redirect.wait(300))
    signed_in = SignedIn(client, tokens)        # signed_in.access_token for the hub

The office terminal uses ``start_device`` / ``poll_device`` instead.
"""

from .errors import SignInError, SignInProblem
from .keeper import SignedIn
from .loopback import LoopbackRedirect
from .oidc import AuthorizationRequest, DeviceAuthorization, OidcClient, OidcSettings
from .tokens import TokenSet

__all__ = [
    "AuthorizationRequest",
    "DeviceAuthorization",
    "LoopbackRedirect",
    "OidcClient",
    "OidcSettings",
    "SignInError",
    "SignInProblem",
    "SignedIn",
    "TokenSet",
]
