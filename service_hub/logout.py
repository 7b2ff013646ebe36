"""Ending a sign-in: ``POST /api/logout`` revokes the caller's token.

The caller presents the token it signed in with (``Authorization: Bearer``).
The hub revokes that token's id (``jti``): every open WebSocket that signed in
with it is closed (code 4003) and a later ``hello`` or ``/api/token/refresh``
with it is refused with ``token_revoked``. Other sign-ins of the same person
(another token) are not touched. Both the logout and refusals are audited.

The revocation is stored until the token's expiry and told to every other hub
process (``Hub.revoke_token``): a restart forgets nothing, and the token is
refused and its connections closed on every process.
"""

from __future__ import annotations

import logging
from typing import Any

from aiohttp import web

from .auth import AuthError

log = logging.getLogger(__name__)


def add_logout_route(app: web.Application, hub_key: Any, auth_key: Any) -> None:
    async def logout(request: web.Request) -> web.Response:
        authority = request.app[auth_key]
        hub = request.app[hub_key]
        header = request.headers.get("Authorization", "")
        try:
            identity = await authority.verify(header.removeprefix("Bearer ").strip())
        except AuthError as exc:
            await hub.store.audit("anonymous", "logout", "-", allowed=False, detail=exc.reason)
            return web.json_response({"error": exc.code, "message": exc.message}, status=401)
        if not identity.token_id:
            # A token without an id cannot be revoked on its own; refuse rather than pretend.
            await hub.store.audit(identity.ref, "logout", identity.ref, allowed=False, detail="no_jti")
            return web.json_response(
                {"error": "not_revocable", "message": "This sign-in cannot be ended here."}, status=400
            )
        closed = await hub.revoke_token(identity.token_id, identity.expires_at)
        await hub.store.audit(identity.ref, "logout", identity.ref, allowed=True,
                              detail=f"closed={closed}")
        log.info("%s signed out (%d connection(s) closed)", identity.ref, closed)
        return web.json_response({"status": "signed_out", "closed_connections": closed})

    app.router.add_post("/api/logout", logout)
