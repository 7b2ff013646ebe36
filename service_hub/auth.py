"""Who is on the other end of a connection.

Agents sign in with a password (argon2 hash), or through the organisation's
OpenID provider (``staff_login.py``), and get a short-lived token the hub signs
itself (HS256) carrying their roles. Customers arrive already identified by the
agency's OpenID provider: their token is the provider's JWT access token,
checked by ``oidc.OidcRealm`` against the provider's published keys. Which
check applies is decided by the token's issuer; an issuer the hub does not
trust is refused before any key is touched. The hub's own demo provider is
trusted only when it was switched on explicitly (``demo_identity``).
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from typing import Literal

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from .demo_idp import DEMO_AUDIENCE, DEMO_ISSUER
from .oidc import OidcRealm, TokenRefused
from .revocations import Revocations

AGENT_ISSUER = "service-hub"
AGENT_AUDIENCE = "agent-desktop"
_hasher = PasswordHasher()


@dataclass(frozen=True)
class Identity:
    role: Literal["customer", "agent"]
    user_id: str
    display_name: str
    token_id: str
    expires_at: float
    is_supervisor: bool = False
    # Staff roles ("expert", "supervisor", "interpreter"); customers have none.
    roles: frozenset[str] = frozenset()
    acr: str = ""  # customers: the provider's assurance level for this sign-in
    via_idp: bool = False  # agents: signed in through the organisation's provider

    @property
    def ref(self) -> str:
        """How the audit log and message store name this person."""
        return f"{self.role}:{self.user_id}"


class AuthError(Exception):
    """A refused token: ``code`` and ``message`` for the client, ``reason`` for the audit."""

    def __init__(self, code: str, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.reason = reason or code


_MESSAGES = {
    "token_expired": "The sign-in has expired; sign in again.",
    "idp_unreachable": "The sign-in service cannot be reached just now; try again in a moment.",
    "bad_token": "The sign-in token is not valid.",
}


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


def agent_roles(is_supervisor: bool) -> frozenset[str]:
    """A local account's roles: every agent serves customers; some also supervise."""
    return frozenset({"expert", "supervisor"} if is_supervisor else {"expert"})


@dataclass
class TokenAuthority:
    agent_secret: str
    customers: OidcRealm | None = None
    demo_public_key: str | None = None  # set only when demo_identity is on
    agent_token_ttl_s: int = 3600
    leeway_s: int = 30
    # Shared with the hub, which fills it (store, other processes) and revokes (Hub.revoke_token).
    revocations: Revocations = field(default_factory=Revocations)

    def issue_agent_token(
        self, agent_id: int, display_name: str, *, is_supervisor: bool = False,
        roles: frozenset[str] | None = None, via_idp: bool = False, now: float | None = None,
    ) -> str:
        issued = int(now if now is not None else time.time())
        roles = agent_roles(is_supervisor) if roles is None else roles
        claims = {
            "iss": AGENT_ISSUER,
            "aud": AGENT_AUDIENCE,
            "sub": str(agent_id),
            "name": display_name,
            "sup": "supervisor" in roles,
            "roles": sorted(roles),
            "idp": via_idp,
            "iat": issued,
            "exp": issued + self.agent_token_ttl_s,
            "jti": uuid.uuid4().hex,
        }
        return jwt.encode(claims, self.agent_secret, algorithm="HS256")

    async def verify(self, token: str) -> Identity:
        try:
            unverified = jwt.decode(token, options={"verify_signature": False})
        except jwt.PyJWTError:
            raise AuthError("bad_token", _MESSAGES["bad_token"], "malformed") from None
        issuer = unverified.get("iss")
        if issuer == AGENT_ISSUER:
            identity = self._verify_agent(token)
        elif self.customers is not None and issuer == self.customers.issuer:
            identity = await self._verify_customer(token)
        elif self.demo_public_key and issuer == DEMO_ISSUER:
            identity = self._verify_demo_customer(token)
        else:
            raise AuthError("bad_token", "The sign-in token comes from an unknown issuer.", "wrong_issuer")
        if identity.token_id in self.revocations:
            raise AuthError("token_revoked", "The sign-in token has been revoked.")
        return identity

    def _verify_agent(self, token: str) -> Identity:
        claims = self._decode(token, self.agent_secret, ["HS256"], AGENT_ISSUER, AGENT_AUDIENCE)
        sup = bool(claims.get("sup", False))
        roles = frozenset(map(str, claims["roles"])) if "roles" in claims else agent_roles(sup)
        return Identity(
            "agent", str(claims["sub"]), str(claims.get("name", "")), str(claims.get("jti", "")),
            float(claims["exp"]), "supervisor" in roles, roles, via_idp=bool(claims.get("idp", False)),
        )

    async def _verify_customer(self, token: str) -> Identity:
        assert self.customers is not None
        try:
            claims = await self.customers.claims(token)
        except TokenRefused as exc:
            raise AuthError(exc.code, _MESSAGES.get(exc.code, _MESSAGES["bad_token"]), exc.reason) from None
        return customer_identity(claims)

    def _verify_demo_customer(self, token: str) -> Identity:
        assert self.demo_public_key
        claims = self._decode(token, self.demo_public_key, ["ES256"], DEMO_ISSUER, DEMO_AUDIENCE)
        return customer_identity(claims)

    def _decode(self, token: str, key: str, algs: list[str], iss: str, aud: str) -> dict:
        try:
            return jwt.decode(
                token, key, algorithms=algs, issuer=iss, audience=aud, leeway=self.leeway_s,
                options={"require": ["exp", "iss", "aud", "sub"]},
            )
        except jwt.ExpiredSignatureError:
            raise AuthError("token_expired", "The sign-in token has expired; sign in again.",
                            "expired") from None
        except jwt.InvalidAudienceError:
            raise AuthError("bad_token", "The sign-in token is meant for another service.",
                            "wrong_audience") from None
        except jwt.InvalidAlgorithmError:
            raise AuthError("bad_token", _MESSAGES["bad_token"], "algorithm_not_allowed") from None
        except jwt.InvalidSignatureError:
            raise AuthError("bad_token", _MESSAGES["bad_token"], "bad_signature") from None
        except jwt.PyJWTError:
            raise AuthError("bad_token", _MESSAGES["bad_token"], "invalid") from None


def display_name(claims: dict) -> str:
    """The name to show: ``name``, else given + family name, else a neutral word."""
    name = str(claims.get("name") or "").strip()
    if not name:
        name = " ".join(str(claims.get(k) or "").strip() for k in ("given_name", "family_name")).strip()
    return name[:128] or "Customer"


def customer_identity(claims: dict) -> Identity:
    """The verified subject is the customer's only identity; the name is only shown."""
    return Identity("customer", str(claims["sub"]), display_name(claims), str(claims.get("jti", "")),
                    float(claims["exp"]), acr=str(claims.get("acr", "")))
