"""Which identity providers this hub trusts, from its configuration.

No silent demo identity: a hub without a customer identity provider
(``idp_issuer``) refuses to start, unless it was started with the explicit
demo switch (``demo_identity``, ``serve --demo-identity``), which makes it trust
its own stand-in provider (``demo_idp.py``) and says so in a warning at every
start.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from .auth import TokenAuthority
from .config import HubConfig
from .demo_idp import ensure_keypair
from .oidc import OidcRealm, realm_from_config
from .roles import parse_role_map

log = logging.getLogger(__name__)

DEMO_WARNING = (
    "DEMO IDENTITY: this hub trusts its own demo identity provider (demo_identity is on); "
    "anyone who can run 'service-hub mint-customer-token' on this machine can sign in as "
    "any customer. Never use this in production: configure idp_issuer (docs/deployment.md)."
)


class IdentityConfigError(ValueError):
    """The identity settings cannot work; the hub does not start."""


@dataclass(frozen=True)
class StaffSignIn:
    """The organisation's provider for experts, supervisors and interpreters."""

    realm: OidcRealm
    role_claim: str
    role_map: dict[str, frozenset[str]]
    languages_claim: str
    default_languages: tuple[str, ...]


def build_authority(config: HubConfig) -> TokenAuthority:
    if not config.idp_issuer and not config.demo_identity:
        raise IdentityConfigError(
            "no identity provider is configured: set idp_issuer (and idp_audience) to the "
            "agency's OpenID provider (docs/deployment.md), or start a demo hub with "
            "--demo-identity (HUB_DEMO_IDENTITY=1)"
        )
    customers = None
    if config.idp_issuer:
        customers = _realm(config.idp_issuer, config.idp_audience, config.idp_jwks_url, config)
    demo_key = None
    if config.demo_identity:
        _, public = ensure_keypair(config.data_dir)
        demo_key = public.read_text()
    return TokenAuthority(
        agent_secret=config.resolved_secret(), customers=customers, demo_public_key=demo_key,
        agent_token_ttl_s=config.agent_token_ttl_s, leeway_s=config.idp_leeway_s,
    )


def build_staff_sign_in(config: HubConfig) -> StaffSignIn | None:
    if not config.staff_idp_issuer:
        return None
    try:
        role_map = parse_role_map(config.staff_role_map)
    except ValueError as exc:
        raise IdentityConfigError(str(exc)) from None
    if not role_map:
        raise IdentityConfigError("staff_idp_issuer is set but staff_role_map maps no claim value to a role")
    realm = _realm(config.staff_idp_issuer, config.staff_idp_audience, config.staff_idp_jwks_url, config)
    languages = tuple(v.strip() for v in config.staff_default_languages.split(",") if v.strip())
    return StaffSignIn(realm, config.staff_role_claim, role_map, config.staff_languages_claim, languages)


def _realm(issuer: str, audience: str, jwks_url: str, config: HubConfig) -> OidcRealm:
    try:
        return realm_from_config(issuer, audience, jwks_url, config.idp_algorithms,
                                 min_refetch_s=config.idp_jwks_min_refetch_s,
                                 leeway_s=config.idp_leeway_s)
    except ValueError as exc:
        raise IdentityConfigError(str(exc)) from None


def log_identity_setup(config: HubConfig) -> None:
    """Said at every start, so an operator always sees what the hub trusts."""
    if config.demo_identity:
        log.warning(DEMO_WARNING)
    if config.idp_issuer:
        log.info("customers sign in at %s (audience %s)", config.idp_issuer, config.idp_audience)
    if config.staff_idp_issuer:
        log.info("staff may sign in at %s (audience %s)", config.staff_idp_issuer,
                 config.staff_idp_audience)
