"""The hub's checks of the provider's tokens: refusals audited, key rotation, no demo by default.

Every refused token starts as a real one from the provider: test clients in
tools/oidc-provider/config.json ("x_quirk") make the provider itself sign a
token that is expired, not yet valid or from another issuer, or sign with
RS256; the others are real tokens stripped of their signature, re-signed
HMAC-with-the-public-key, or changed after signing.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import logging
import subprocess
import sys
from typing import Any

import pytest

from client_core.hub_client import AuthRejected, HubClient
from service_hub.app import create_app
from service_hub.identity import DEMO_WARNING, IdentityConfigError
from tests.hubkit import RunningHub, hub_config, start_hub, stop_hub
from tests.identity.helpers import oidc_hub_config, sign_in
from tests.idpkit import user


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _parts(token: str) -> tuple[dict[str, Any], dict[str, Any], str]:
    head, body, sig = token.split(".")
    pad = lambda s: s + "=" * (-len(s) % 4)  # noqa: E731
    return (json.loads(base64.urlsafe_b64decode(pad(head))), json.loads(base64.urlsafe_b64decode(pad(body))), sig)


def unsigned(token: str) -> str:
    header, payload, _ = _parts(token)
    return f"{_b64(json.dumps({**header, 'alg': 'none'}).encode())}.{_b64(json.dumps(payload).encode())}."


def tampered(token: str) -> str:
    header, payload, sig = _parts(token)
    payload["sub"] = user("liisa")["sub"]  # someone else, with maija's signature
    return f"{token.split('.')[0]}.{_b64(json.dumps(payload).encode())}.{sig}"


async def hmac_with_public_key(provider: Any, token: str) -> str:
    """The old algorithm-confusion attack: HS256 keyed with the provider's public key."""
    import aiohttp
    from cryptography.hazmat.primitives import serialization

    header, payload, _ = _parts(token)
    async with aiohttp.ClientSession() as http, http.get(provider.jwks_url) as resp:
        jwks = await resp.json()
    import jwt

    public = jwt.PyJWK(next(k for k in jwks["keys"] if k["kid"] == header["kid"])).key
    secret = public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    signing_input = f"{_b64(json.dumps({**header, 'alg': 'HS256'}).encode())}.{_b64(json.dumps(payload).encode())}"
    sig = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{_b64(sig)}"


async def refused_reason(hub: RunningHub, token: str) -> tuple[str, str]:
    client = HubClient(hub.ws_url, token, backoff_initial_s=0.05)
    with pytest.raises(AuthRejected) as info:
        await client.start(timeout=5)
    await client.close()
    audit = [a for a in await hub.hub.store.audit_entries() if a.action == "sign_in" and not a.allowed]
    return info.value.code, audit[-1].detail


async def test_wrong_tokens_are_refused_and_audited(oidc_provider, tmp_path) -> None:
    hub = await start_hub(oidc_hub_config(tmp_path, oidc_provider, idp_leeway_s=0, idp_algorithms="ES256"))
    good = await sign_in(oidc_provider, "maija")
    sessions = [good]
    try:
        async def quirk(client_id: str, **kw: Any) -> str:
            s = await sign_in(oidc_provider, "maija", client_id=client_id, **kw)
            sessions.append(s)
            return s.tokens.access_token

        real = good.tokens.access_token
        cases = {
            "expired": (await quirk("quirk-expired"), "token_expired"),
            "not_yet_valid": (await quirk("quirk-not-yet-valid"), "bad_token"),
            "wrong_issuer": (await quirk("quirk-wrong-issuer"), "bad_token"),
            "wrong_audience": (await quirk("customer-client", resource="urn:kela:other-service"), "bad_token"),
            "algorithm_not_allowed": (await quirk("quirk-rs256"), "bad_token"),  # hub allows ES256 only
            "unsigned": (unsigned(real), "bad_token"),
            "bad_signature": (tampered(real), "bad_token"),
        }
        cases["algorithm_not_allowed(HS256)"] = (await hmac_with_public_key(oidc_provider, real), "bad_token")
        results = {name: await refused_reason(hub, token) for name, (token, _) in cases.items()}
        expected = {name: (code, name.split("(")[0]) for name, (_, code) in cases.items()}
        assert results == expected
        # The genuine token still works: the refusals were about the tokens, not the hub.
        client = await hub.client(real)
        assert client.welcome is not None and client.welcome.user_id == user("maija")["sub"]
    finally:
        for s in sessions:
            await s.close()
        for c in hub.clients:
            await c.close()
        await stop_hub(hub)


async def test_key_rotation_while_the_hub_runs(oidc_provider, tmp_path) -> None:
    hub = await start_hub(oidc_hub_config(tmp_path, oidc_provider, idp_jwks_min_refetch_s=3))
    sessions = []
    try:
        before = await sign_in(oidc_provider, "maija")
        sessions.append(before)
        old_kid = _parts(before.tokens.access_token)[0]["kid"]
        assert (await hub.client(before.tokens.access_token)).welcome is not None
        jwks = hub.app[__import__("service_hub.app", fromlist=["AUTH_KEY"]).AUTH_KEY].customers.jwks
        assert jwks.fetches == 1

        rotated = await oidc_provider.admin("rotate-keys")
        await asyncio.sleep(3.1)  # past idp_jwks_min_refetch_s since the first fetch
        after = await sign_in(oidc_provider, "liisa")
        sessions.append(after)
        new_kid = _parts(after.tokens.access_token)[0]["kid"]
        assert new_kid == rotated["signing"] != old_kid
        # An unknown key id: the hub fetches the keys again, no restart.
        client = await hub.client(after.tokens.access_token)
        assert client.welcome is not None and client.welcome.user_id == user("liisa")["sub"]
        assert jwks.fetches == 2
        # Tokens signed with the old key keep working while the provider publishes it.
        assert (await hub.client(before.tokens.access_token)).welcome is not None

        # Made-up key ids cannot make the hub hammer the provider: no fetch within 3 s.
        header, payload, sig = _parts(after.tokens.access_token)
        for i in range(10):
            forged = f"{_b64(json.dumps({**header, 'kid': f'made-up-{i}'}).encode())}.{after.tokens.access_token.split('.')[1]}.{sig}"
            assert await refused_reason(hub, forged) == ("bad_token", "unknown_key")
        assert jwks.fetches == 2

        # Retired keys stop being trusted once a hub fetches the set again.
        await oidc_provider.admin("retire-keys")
        fresh_hub = await start_hub(oidc_hub_config(tmp_path / "second", oidc_provider))
        try:
            assert await refused_reason(fresh_hub, before.tokens.access_token) == ("bad_token", "unknown_key")
            assert (await fresh_hub.client(after.tokens.access_token)).welcome is not None
        finally:
            for c in fresh_hub.clients:
                await c.close()
            await stop_hub(fresh_hub)
    finally:
        for s in sessions:
            await s.close()
        for c in hub.clients:
            await c.close()
        await stop_hub(hub)


def test_hub_refuses_to_start_without_an_identity_provider(tmp_path) -> None:
    with pytest.raises(IdentityConfigError, match="--demo-identity"):
        create_app(hub_config(tmp_path, demo_identity=False))
    out = subprocess.run(
        [sys.executable, "-m", "service_hub.cli", "--data-dir", str(tmp_path / "cli"), "serve", "--port", "0"],
        capture_output=True, text=True, timeout=60,
        env={k: v for k, v in __import__("os").environ.items() if not k.startswith("HUB_")},
    )
    assert out.returncode == 2
    assert "no identity provider is configured" in out.stderr


async def test_demo_identity_warns_at_every_start(tmp_path, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="service_hub.identity")
    for round_ in range(2):
        running = await start_hub(hub_config(tmp_path / str(round_)))
        await stop_hub(running)
    assert [r.getMessage() for r in caplog.records].count(DEMO_WARNING) == 2
