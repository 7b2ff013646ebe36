"""A stand-in for the agency's identity provider, for the demo and tests.

It keeps an EC key pair in the hub's data directory and mints customer
tokens the hub verifies exactly as it would verify the real provider's.
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

DEMO_ISSUER = "https://idp.demo.invalid"
DEMO_AUDIENCE = "service-hub"


def ensure_keypair(directory: Path) -> tuple[Path, Path]:
    private, public = directory / "demo-idp-private.pem", directory / "demo-idp-public.pem"
    if not private.exists():
        directory.mkdir(parents=True, exist_ok=True)
        key = ec.generate_private_key(ec.SECP256R1())
        private.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        private.chmod(0o600)
        public.write_bytes(
            key.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
    return private, public


def mint_customer_token(
    private_key_pem: str,
    subject: str,
    name: str,
    *,
    ttl_s: int = 3600,
    issuer: str = DEMO_ISSUER,
    audience: str = DEMO_AUDIENCE,
    now: float | None = None,
) -> str:
    issued = int(now if now is not None else time.time())
    claims = {
        "iss": issuer, "aud": audience, "sub": subject, "name": name,
        "iat": issued, "exp": issued + ttl_s, "jti": uuid.uuid4().hex,
    }
    return jwt.encode(claims, private_key_pem, algorithm="ES256")
