"""Checking an OpenID provider's access tokens: signature, algorithm, claims.

One ``OidcRealm`` per provider and audience the hub trusts (customers, and
the organisation's staff). A token is accepted only when its ``alg`` is on the
realm's allow-list (never ``none``, never an HMAC: the provider's public key is
not a shared secret), its key comes from the provider's JWKS, the signature
verifies, ``iss`` and ``aud`` are the realm's, ``exp`` has not passed and
``nbf`` has (with ``leeway_s``), and ``sub`` is there. Every refusal names its
reason, which the caller audits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import jwt

from .jwks import JwksCache, JwksUnavailable


class TokenRefused(Exception):
    """Why a token was refused: ``reason`` for the audit log, ``code`` for the client."""

    def __init__(self, reason: str, code: str = "bad_token") -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code


_SYMMETRIC = ("HS256", "HS384", "HS512")


@dataclass
class OidcRealm:
    issuer: str
    audience: str
    algorithms: tuple[str, ...]
    jwks: JwksCache
    leeway_s: int = 30
    required: tuple[str, ...] = ("exp", "iss", "aud", "sub")
    _options: dict[str, Any] = field(init=False)

    def __post_init__(self) -> None:
        bad = [a for a in self.algorithms if a in _SYMMETRIC or a.lower() == "none"]
        if bad or not self.algorithms:
            raise ValueError(f"identity-provider algorithms must be asymmetric; not {bad or 'empty'}")
        self._options = {"require": list(self.required)}

    async def claims(self, token: str) -> dict[str, Any]:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            raise TokenRefused("malformed") from None
        alg = str(header.get("alg", ""))
        if alg.lower() == "none":
            raise TokenRefused("unsigned")
        if alg not in self.algorithms:
            raise TokenRefused("algorithm_not_allowed")
        try:
            key = await self.jwks.key(header.get("kid"))
        except JwksUnavailable:
            raise TokenRefused("provider_unreachable", "idp_unreachable") from None
        if key is None:
            raise TokenRefused("unknown_key")
        try:
            return jwt.decode(token, key.key, algorithms=[alg], issuer=self.issuer,
                              audience=self.audience, leeway=self.leeway_s, options=self._options)
        except jwt.ExpiredSignatureError:
            raise TokenRefused("expired", "token_expired") from None
        except jwt.ImmatureSignatureError:
            raise TokenRefused("not_yet_valid") from None
        except jwt.InvalidAudienceError:
            raise TokenRefused("wrong_audience") from None
        except jwt.InvalidIssuerError:
            raise TokenRefused("wrong_issuer") from None
        except jwt.InvalidSignatureError:
            raise TokenRefused("bad_signature") from None
        except jwt.MissingRequiredClaimError as exc:
            raise TokenRefused(f"missing_{exc.claim}") from None
        except (jwt.InvalidKeyError, jwt.InvalidAlgorithmError):
            raise TokenRefused("key_does_not_fit") from None
        except jwt.PyJWTError:
            raise TokenRefused("malformed") from None


def realm_from_config(issuer: str, audience: str, jwks_url: str, algorithms: str, *,
                      min_refetch_s: float, leeway_s: int) -> OidcRealm:
    algs = tuple(a.strip() for a in algorithms.split(",") if a.strip())
    return OidcRealm(issuer, audience, algs,
                     JwksCache(issuer, jwks_url, min_refetch_s=min_refetch_s), leeway_s)
