"""Who is on the other end of a connection.

Agents sign in with a password (argon2 hash) and get a short-lived token the
hub signs itself (HS256). Customers arrive already identified by the agency's
identity provider: their token is a JWT signed with the provider's key, and
the hub checks signature, issuer, audience and expiry.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from typing import Literal

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

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

    @property
    def ref(self) -> str:
        """How the audit log and message store name this person."""
        return f"{self.role}:{self.user_id}"


class AuthError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


@dataclass
class TokenAuthority:
    agent_secret: str
    idp_public_key: str | None
    idp_issuer: str
    idp_audience: str
    agent_token_ttl_s: int = 3600
    leeway_s: int = 30

    def __post_init__(self) -> None:
        self._revoked: set[str] = set()

    def issue_agent_token(
        self, agent_id: int, display_name: str, *, is_supervisor: bool = False, now: float | None = None
    ) -> str:
        issued = int(now if now is not None else time.time())
        claims = {
            "iss": AGENT_ISSUER,
            "aud": AGENT_AUDIENCE,
            "sub": str(agent_id),
            "name": display_name,
            "sup": is_supervisor,
            "iat": issued,
            "exp": issued + self.agent_token_ttl_s,
            "jti": uuid.uuid4().hex,
        }
        return jwt.encode(claims, self.agent_secret, algorithm="HS256")

    def revoke(self, token_id: str) -> None:
        self._revoked.add(token_id)

    def verify(self, token: str) -> Identity:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            raise AuthError("bad_token", "The sign-in token is not a valid token.") from None
        if header.get("alg") == "HS256":
            identity = self._verify_agent(token)
        else:
            identity = self._verify_customer(token)
        if identity.token_id in self._revoked:
            raise AuthError("token_revoked", "The sign-in token has been revoked.")
        return identity

    def _verify_agent(self, token: str) -> Identity:
        claims = self._decode(token, self.agent_secret, ["HS256"], AGENT_ISSUER, AGENT_AUDIENCE)
        return Identity(
            "agent", str(claims["sub"]), str(claims.get("name", "")), str(claims.get("jti", "")),
            float(claims["exp"]), bool(claims.get("sup", False)),
        )

    def _verify_customer(self, token: str) -> Identity:
        if not self.idp_public_key:
            raise AuthError("bad_token", "Customer sign-in is not configured on this hub.")
        claims = self._decode(
            token, self.idp_public_key, ["RS256", "ES256"], self.idp_issuer, self.idp_audience
        )
        return Identity(
            "customer", str(claims["sub"]), str(claims.get("name", "Customer")),
            str(claims.get("jti", "")), float(claims["exp"]),
        )

    def _decode(self, token: str, key: str, algs: list[str], iss: str, aud: str) -> dict:
        try:
            return jwt.decode(
                token, key, algorithms=algs, issuer=iss, audience=aud, leeway=self.leeway_s,
                options={"require": ["exp", "iss", "aud", "sub"]},
            )
        except jwt.ExpiredSignatureError:
            raise AuthError("token_expired", "The sign-in token has expired; sign in again.") from None
        except jwt.InvalidAudienceError:
            raise AuthError("bad_token", "The sign-in token is meant for another service.") from None
        except jwt.InvalidIssuerError:
            raise AuthError("bad_token", "The sign-in token comes from an unknown issuer.") from None
        except jwt.PyJWTError:
            raise AuthError("bad_token", "The sign-in token is not valid.") from None
