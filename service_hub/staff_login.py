"""Staff sign-in through the organisation's OpenID provider: ``POST /api/login/oidc``.

The agent desktop signs the person in at the provider (system browser, PKCE)
and sends the access token it got (``Authorization: Bearer``, audience
``staff_idp_audience``). The hub checks it like a customer token, turns the
role claim into roles through ``staff_role_map`` (``roles.py``) and answers
with its own agent token carrying exactly those roles - the same token a
local account gets, so everything after sign-in is one path.

The person's agent record is made on first sign-in and brought up to date on
every later one: display name from the claims, supervisor flag and channels
from the roles, languages from ``staff_languages_claim`` (or
``staff_default_languages``). Its user name is ``oidc:`` and a hash of issuer
and subject, and it has no usable password, so it cannot be used with the
password form. Hub agent tokens made this way cannot be renewed at
``/api/token/refresh``: the desktop renews at the provider and signs in here
again, so a person removed at the provider is out within one token lifetime.
"""

from __future__ import annotations

import hashlib
import logging
from typing import Any

from aiohttp import web

from .identity import StaffSignIn
from .oidc import TokenRefused
from .roles import claim_values, roles_from_claims
from .store.repo import Store

log = logging.getLogger(__name__)

NO_PASSWORD = "!oidc"  # not an argon2 hash: verify_password is always False


def staff_username(issuer: str, subject: str) -> str:
    return "oidc:" + hashlib.sha256(f"{issuer}\n{subject}".encode()).hexdigest()[:40]


def skills_for(roles: frozenset[str], languages: list[str]) -> dict[str, Any]:
    """Experts are routed customers; an interpreter only is not (no service language),
    but can be invited into video calls."""
    if "expert" in roles:
        return {"languages": {lang: 5 for lang in languages}, "channels": ["chat", "video"]}
    return {"languages": {}, "channels": ["video"], "interprets": list(languages)}


async def provision(store: Store, staff: StaffSignIn, claims: dict[str, Any],
                    roles: frozenset[str]) -> tuple[int, str, bool]:
    """(agent id, display name, active) for this person, made or brought up to date."""
    from .auth import display_name

    username = staff_username(staff.realm.issuer, str(claims["sub"]))
    name = display_name(claims)
    languages = claim_values(claims, staff.languages_claim) or list(staff.default_languages)
    skills = skills_for(roles, languages)
    agent = await store.agent_by_username(username)
    if agent is None:
        agent_id = await store.add_agent(username, name, NO_PASSWORD, skills,
                                         is_supervisor="supervisor" in roles)
        return agent_id, name, True
    await store.update_agent(agent.id, display_name=name, skills=skills,
                             is_supervisor="supervisor" in roles)
    return agent.id, name, agent.active


def add_staff_login_routes(app: web.Application, hub_key: Any, auth_key: Any,
                           staff: StaffSignIn | None) -> None:
    async def oidc_login(request: web.Request) -> web.Response:
        hub = request.app[hub_key]
        if staff is None:
            return web.json_response({"error": "not_configured",
                                      "message": "Sign-in with an organisation account is not set up."},
                                     status=404)
        token = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        try:
            claims = await staff.realm.claims(token)
        except TokenRefused as exc:
            await hub.store.audit("anonymous", "login.oidc", "-", allowed=False, detail=exc.reason)
            status = 503 if exc.code == "idp_unreachable" else 401
            return web.json_response({"error": exc.code, "message": "The sign-in was not accepted."},
                                     status=status)
        roles = roles_from_claims(claims, staff.role_claim, staff.role_map)
        who = f"staff:{str(claims['sub'])[:120]}"
        if not roles:
            await hub.store.audit(who, "login.oidc", "-", allowed=False, detail="no_role")
            return web.json_response(
                {"error": "no_role", "message": "Your organisation account has no role in this service."},
                status=403)
        agent_id, name, active = await provision(hub.store, staff, claims, roles)
        if not active:
            await hub.store.audit(f"agent:{agent_id}", "login.oidc", "-", allowed=False, detail="inactive")
            return web.json_response({"error": "inactive", "message": "This account has been closed."},
                                     status=403)
        detail = "roles=" + ",".join(sorted(roles))
        await hub.store.audit(f"agent:{agent_id}", "login.oidc", "-", allowed=True, detail=detail)
        authority = request.app[auth_key]
        hub_token = authority.issue_agent_token(agent_id, name, roles=roles, via_idp=True)
        return web.json_response({"token": hub_token, "agent_id": agent_id, "display_name": name,
                                  "roles": sorted(roles), "expires_in": authority.agent_token_ttl_s})

    app.router.add_post("/api/login/oidc", oidc_login)
