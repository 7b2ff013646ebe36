"""OpenID Connect for the two apps, through authlib's OAuth 2 client (httpx2).

- Sign-in in the system browser: authorization code with PKCE (S256), a fresh
  ``state`` and ``nonce`` per attempt, the answer on a loopback redirect
  (``loopback.py``); the ``state``, the provider's ``iss`` (RFC 9207) and the
  ID token's ``nonce`` are checked before anything is trusted.
- The office terminal: the device authorization grant (RFC 8628): a short code
  and a link (QR) for the visitor's own phone, then polling at the provider's
  pace (``slow_down`` honoured).
- Refresh, revocation (RFC 7009) and RP-initiated logout.

Everything about the provider comes from its discovery document. No token is
ever written anywhere: ``TokenSet`` lives in memory and prints redacted.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx2
from authlib.common.security import generate_token
from authlib.common.urls import add_params_to_uri
from authlib.integrations.base_client.errors import OAuthError
from authlib.integrations.httpx_client import AsyncOAuth2Client

from .errors import SignInError, SignInProblem
from .tokens import TokenSet, check_id_token

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


@dataclass(frozen=True)
class OidcSettings:
    issuer: str
    client_id: str
    resource: str = ""  # the hub's resource indicator: the access token's audience
    scope: str = "openid profile"
    acr_values: str = ""  # asked for at sign-in, e.g. the strong level
    timeout_s: float = 10.0


@dataclass(frozen=True, repr=False)
class AuthorizationRequest:
    url: str
    state: str
    nonce: str
    code_verifier: str
    redirect_uri: str


@dataclass(frozen=True, repr=False)
class DeviceAuthorization:
    user_code: str
    verification_uri: str
    verification_uri_complete: str
    expires_at: float
    interval_s: float
    device_code: str


class OidcClient:
    def __init__(self, settings: OidcSettings, *, clock: Callable[[], float] = time.time) -> None:
        self.settings = settings
        self.clock = clock
        self._meta: dict[str, Any] | None = None
        self._jwks: dict[str, Any] | None = None
        self._http = AsyncOAuth2Client(
            client_id=settings.client_id, token_endpoint_auth_method="none",
            code_challenge_method="S256", scope=settings.scope, timeout=settings.timeout_s,
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    # ------------------------------------------------------------ provider

    async def metadata(self) -> dict[str, Any]:
        if self._meta is None:
            url = self.settings.issuer.rstrip("/") + "/.well-known/openid-configuration"
            meta = await self._get_json(url)
            if str(meta.get("issuer", "")).rstrip("/") != self.settings.issuer.rstrip("/"):
                raise SignInError(SignInProblem.REFUSED, "the discovery document names another issuer")
            self._meta = meta
        return self._meta

    async def _get_json(self, url: str) -> dict[str, Any]:
        try:
            resp = await self._http.request("GET", url, withhold_token=True)
            resp.raise_for_status()
            data = resp.json()
        except (httpx2.HTTPError, ValueError) as exc:
            raise SignInError(SignInProblem.UNREACHABLE, type(exc).__name__) from None
        if not isinstance(data, dict):
            raise SignInError(SignInProblem.UNREACHABLE, "not a JSON object")
        return data

    async def _keys(self, force: bool = False) -> dict[str, Any]:
        if self._jwks is None or force:
            self._jwks = await self._get_json((await self.metadata())["jwks_uri"])
        return self._jwks

    def _extra(self) -> dict[str, str]:
        return {"resource": self.settings.resource} if self.settings.resource else {}

    # ------------------------------------------------------------ code flow

    async def authorization_request(self, redirect_uri: str, *, prompt: str | None = None,
                                    acr_values: str | None = None,
                                    ui_locales: str | None = None) -> AuthorizationRequest:
        meta = await self.metadata()
        state, nonce, verifier = generate_token(32), generate_token(32), generate_token(64)
        extra = self._extra()
        for key, value in (("prompt", prompt), ("acr_values", acr_values or self.settings.acr_values),
                           ("ui_locales", ui_locales)):
            if value:
                extra[key] = value
        url, _ = self._http.create_authorization_url(
            meta["authorization_endpoint"], redirect_uri=redirect_uri, state=state, nonce=nonce,
            code_verifier=verifier, **extra)
        return AuthorizationRequest(url, state, nonce, verifier, redirect_uri)

    async def finish(self, request: AuthorizationRequest, answer: dict[str, str]) -> TokenSet:
        """Tokens for the provider's answer to ``request`` (the loopback's query)."""
        if not secrets.compare_digest(answer.get("state", ""), request.state):
            raise SignInError(SignInProblem.STATE_MISMATCH)
        meta = await self.metadata()
        if "iss" in answer and answer["iss"] != meta["issuer"]:
            raise SignInError(SignInProblem.REFUSED, "answer from another issuer")
        if "error" in answer:
            problem = SignInProblem.CANCELLED if answer["error"] == "access_denied" else SignInProblem.REFUSED
            raise SignInError(problem, answer.get("error", ""))
        if not answer.get("code"):
            raise SignInError(SignInProblem.REFUSED, "no code")
        body = await self._token_request(grant_type="authorization_code", code=answer["code"],
                                         redirect_uri=request.redirect_uri,
                                         code_verifier=request.code_verifier, **self._extra())
        return await self._token_set(body, nonce=request.nonce)

    async def _token_request(self, **params: str) -> dict[str, Any]:
        meta = await self.metadata()
        try:
            token = await self._http.fetch_token(meta["token_endpoint"], **params)
        except OAuthError as exc:
            raise SignInError(SignInProblem.REFUSED, exc.error or "") from None
        except httpx2.HTTPError as exc:
            raise SignInError(SignInProblem.UNREACHABLE, type(exc).__name__) from None
        return dict(token)

    async def _token_set(self, body: dict[str, Any], *, nonce: str | None,
                         previous: TokenSet | None = None) -> TokenSet:
        claims = previous.claims if previous else {}
        id_token = body.get("id_token")
        if id_token:
            claims = await self._check_id_token(str(id_token), nonce, str(body.get("access_token", "")))
            if previous is not None and claims.get("sub") != previous.subject:
                raise SignInError(SignInProblem.INVALID_ID_TOKEN, "another person")
        elif previous is None:
            raise SignInError(SignInProblem.INVALID_ID_TOKEN, "no ID token")
        return TokenSet.from_response(body, claims, now=self.clock(), previous=previous)

    async def _check_id_token(self, id_token: str, nonce: str | None, access_token: str) -> dict[str, Any]:
        meta = await self.metadata()
        algs = list(meta.get("id_token_signing_alg_values_supported") or ["RS256"])
        algs = [a for a in algs if a != "none"]
        check = dict(issuer=meta["issuer"], client_id=self.settings.client_id, algorithms=algs,
                     nonce=nonce, access_token=access_token)
        try:
            return check_id_token(id_token, await self._keys(), **check)
        except SignInError as exc:
            if exc.problem is not SignInProblem.INVALID_ID_TOKEN:
                raise
            # The provider may have rotated its keys since we fetched them.
            return check_id_token(id_token, await self._keys(force=True), **check)

    # ------------------------------------------------------------ keeping and ending

    async def refresh(self, tokens: TokenSet) -> TokenSet:
        if not tokens.refresh_token:
            raise SignInError(SignInProblem.REFUSED, "no refresh token")
        body = await self._token_request(grant_type="refresh_token", refresh_token=tokens.refresh_token,
                                         **self._extra())
        return await self._token_set(body, nonce=None, previous=tokens)

    async def revoke(self, tokens: TokenSet) -> bool:
        """Revoke the refresh token (and with it the grant) at the provider; True if it said so."""
        meta = await self.metadata()
        endpoint = meta.get("revocation_endpoint")
        if not endpoint or not tokens.refresh_token:
            return False
        try:
            resp = await self._http.revoke_token(endpoint, token=tokens.refresh_token,
                                                 token_type_hint="refresh_token")
        except (OAuthError, httpx2.HTTPError):
            return False
        return resp.status_code == 200

    async def logout_url(self, tokens: TokenSet | None, post_logout_redirect_uri: str = "",
                         state: str = "") -> str | None:
        """The provider's end-session address for this sign-in (None: it has none)."""
        meta = await self.metadata()
        endpoint = meta.get("end_session_endpoint")
        if not endpoint:
            return None
        params = [("client_id", self.settings.client_id)]
        if tokens is not None and tokens.id_token:
            params.append(("id_token_hint", tokens.id_token))
        if post_logout_redirect_uri:
            params += [("post_logout_redirect_uri", post_logout_redirect_uri), ("state", state)]
        return add_params_to_uri(endpoint, params)

    # ------------------------------------------------------------ device flow

    async def start_device(self) -> DeviceAuthorization:
        meta = await self.metadata()
        endpoint = meta.get("device_authorization_endpoint")
        if not endpoint:
            raise SignInError(SignInProblem.NOT_CONFIGURED, "the provider has no device flow")
        data = {"client_id": self.settings.client_id, "scope": self.settings.scope, **self._extra()}
        try:
            resp = await self._http.request("POST", endpoint, data=data, withhold_token=True)
            body = resp.json()
        except (httpx2.HTTPError, ValueError) as exc:
            raise SignInError(SignInProblem.UNREACHABLE, type(exc).__name__) from None
        if resp.status_code != 200 or "device_code" not in body:
            raise SignInError(SignInProblem.REFUSED, str(body.get("error", resp.status_code)))
        uri = str(body["verification_uri"])
        return DeviceAuthorization(
            user_code=str(body["user_code"]), verification_uri=uri,
            verification_uri_complete=str(body.get("verification_uri_complete") or uri),
            expires_at=self.clock() + float(body.get("expires_in", 600)),
            interval_s=float(body.get("interval", 5)), device_code=str(body["device_code"]))

    async def poll_device(self, device: DeviceAuthorization, *,
                          sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep) -> TokenSet:
        """Wait for the visitor to finish on their phone; the provider sets the pace."""
        interval = device.interval_s
        while True:
            if self.clock() >= device.expires_at:
                raise SignInError(SignInProblem.TIMED_OUT, "the code expired")
            await sleep(interval)
            try:
                body = await self._token_request(grant_type=DEVICE_GRANT, device_code=device.device_code,
                                                 **self._extra())
            except SignInError as exc:
                if exc.detail == "authorization_pending":
                    continue
                if exc.detail == "slow_down":
                    interval += 5  # RFC 8628 section 3.5
                    continue
                if exc.detail == "access_denied":
                    raise SignInError(SignInProblem.CANCELLED, "denied on the phone") from None
                if exc.detail == "expired_token":
                    raise SignInError(SignInProblem.TIMED_OUT, "the code expired") from None
                raise
            return await self._token_set(body, nonce=None)
