"""A sign-in's tokens, in memory only, and the ID token's checks.

``TokenSet`` never prints its tokens (``repr`` shows only who and until when),
so a log line or a crash report cannot carry them. The ID token is checked
with joserfc and authlib's OpenID claims rules: signature by a key from the
provider's JWKS, an allowed algorithm, issuer, audience (this app), expiry,
``azp``, ``at_hash`` and the ``nonce`` of this very sign-in.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from authlib.oidc.core import CodeIDToken
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet
from joserfc.jws import JWSRegistry

from .errors import SignInError, SignInProblem


@dataclass(repr=False)
class TokenSet:
    access_token: str
    expires_at: float  # epoch seconds
    refresh_token: str | None = None
    id_token: str | None = None
    claims: dict[str, Any] = field(default_factory=dict)  # the checked ID token's claims
    obtained_at: float = 0.0  # epoch seconds; with expires_at, the access token's lifetime

    @property
    def subject(self) -> str:
        return str(self.claims.get("sub", ""))

    @property
    def name(self) -> str:
        name = str(self.claims.get("name") or "").strip()
        return name or " ".join(
            str(self.claims.get(k) or "").strip() for k in ("given_name", "family_name")).strip()

    @property
    def acr(self) -> str:
        return str(self.claims.get("acr") or "")

    def __repr__(self) -> str:
        return f"TokenSet(sub={self.subject!r}, expires_at={self.expires_at:.0f}, tokens=<redacted>)"

    @classmethod
    def from_response(cls, body: dict[str, Any], claims: dict[str, Any], *,
                      now: float | None = None, previous: TokenSet | None = None) -> TokenSet:
        now = time.time() if now is None else now
        expires_in = float(body.get("expires_in") or 300)
        return cls(
            access_token=str(body["access_token"]),
            expires_at=now + expires_in,
            # A provider that does not rotate refresh tokens answers without one.
            refresh_token=body.get("refresh_token") or (previous.refresh_token if previous else None),
            id_token=body.get("id_token") or (previous.id_token if previous else None),
            claims=claims,
            obtained_at=now,
        )


def check_id_token(id_token: str, jwks: dict[str, Any], *, issuer: str, client_id: str,
                   algorithms: list[str], nonce: str | None, access_token: str | None,
                   leeway_s: int = 60) -> dict[str, Any]:
    """The ID token's claims if every check passes; SignInError otherwise."""
    try:
        decoded = jwt.decode(id_token, KeySet.import_key_set(jwks),
                             registry=JWSRegistry(algorithms=algorithms))
    except JoseError as exc:
        raise SignInError(SignInProblem.INVALID_ID_TOKEN, type(exc).__name__) from None
    options = {"iss": {"essential": True, "value": issuer},
               "aud": {"essential": True, "values": [client_id]}}
    params = {"client_id": client_id, "access_token": access_token}
    if nonce is not None:
        params["nonce"] = nonce
    claims = CodeIDToken(decoded.claims, decoded.header, options, params)
    try:
        claims.validate(now=int(time.time()), leeway=leeway_s)
    except JoseError as exc:
        if getattr(exc, "claim", None) == "nonce" or "nonce" in str(exc):
            raise SignInError(SignInProblem.NONCE_MISMATCH) from None
        raise SignInError(SignInProblem.INVALID_ID_TOKEN, str(exc)) from None
    return dict(claims)
