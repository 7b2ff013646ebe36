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

# Names load their module on first use (PEP 562): the customer client's first
# screen needs none of authlib, joserfc or cryptography; they load at sign-in.
_EXPORTS = {
    "AuthorizationRequest": "oidc",
    "DeviceAuthorization": "oidc",
    "LoopbackRedirect": "loopback",
    "OidcClient": "oidc",
    "OidcSettings": "oidc",
    "ProviderUnreachable": "errors",
    "SignInError": "errors",
    "SignInProblem": "errors",
    "SignedIn": "keeper",
    "TokenSet": "tokens",
}


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__all__ = sorted(_EXPORTS)
