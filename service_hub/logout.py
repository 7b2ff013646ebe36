"""Ending a sign-in: ``POST /api/logout`` revokes the caller's token.

The caller presents the token it signed in with (``Authorization: Bearer``).
The hub revokes that token's id (``jti``): every open WebSocket that signed in
with it is closed (code 4003) and a later ``hello`` or ``/api/token/refresh``
with it is refused with ``token_revoked``. Other sign-ins of the same person
(another token) are not touched. Both the logout and refusals are audited.

Revocations live in the hub's memory: a restarted hub forgets them, so a
revoked token works again until its own expiry (agent tokens live
``agent_token_ttl_s``, one hour by default). docs/security.md says so.
"""

from __future__ import annotations

import logging
from typing import Any

from aiohttp import web

from .auth import AuthError

log = logging.getLogger(__name__)

CLOSE_REVOKED = 4003


def add_logout_route(app: web.Application, hub_key: Any, auth_key: Any, connections_key: Any) -> None:
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
        authority.revoke(identity)
        closed = 0
        for conn in list(request.app[connections_key].get(identity.ref, ())):
            if conn.identity.token_id == identity.token_id:
                await conn.close(code=CLOSE_REVOKED, message=b"signed out")
                closed += 1
        await hub.store.audit(identity.ref, "logout", identity.ref, allowed=True,
                              detail=f"closed={closed}")
        log.info("%s signed out (%d connection(s) closed)", identity.ref, closed)
        return web.json_response({"status": "signed_out", "closed_connections": closed})

    app.router.add_post("/api/logout", logout)
