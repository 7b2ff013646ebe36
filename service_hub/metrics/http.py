"""``GET /api/metrics?from=YYYY-MM-DD&to=YYYY-MM-DD[&channel=chat]``: the trial report as JSON.

Supervisors only: the Bearer token is verified like ``/api/token/refresh``
does, and must be an agent token with the supervisor claim. Every answer
after a valid token is audited (action ``metrics.read``, object
``metrics:<from>..<to>``), refusals included.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from ..auth import AuthError
from .store_source import (
    MAX_PERIOD_DAYS,
    PeriodError,
    load_records,
    parse_period,
    report_document,
)

AUDIT_ACTION = "metrics.read"


def _error(status: int, code: str, message: str) -> web.Response:
    return web.json_response({"error": code, "message": message}, status=status)


def add_metrics_routes(app: web.Application, hub_key: web.AppKey[Any], auth_key: web.AppKey[Any]) -> None:
    async def metrics(request: web.Request) -> web.Response:
        hub = request.app[hub_key]
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return _error(401, "not_signed_in", "Sign in first (Authorization: Bearer <token>).")
        try:
            identity = await request.app[auth_key].verify(header.removeprefix("Bearer ").strip())
        except AuthError as exc:
            await hub.store.audit("anonymous", AUDIT_ACTION, "metrics", allowed=False, detail=exc.code)
            return _error(401, exc.code, exc.message)
        first, last = request.query.get("from"), request.query.get("to")
        object_ref = f"metrics:{first}..{last}"[:160]
        if identity.role != "agent" or not identity.is_supervisor:
            await hub.store.audit(identity.ref, AUDIT_ACTION, object_ref, allowed=False,
                                  detail="not a supervisor")
            return _error(403, "forbidden", "The trial metrics are for supervisors only.")
        try:
            period = parse_period(first, last, max_days=MAX_PERIOD_DAYS)
        except PeriodError as exc:
            return _error(400, exc.code, exc.message)
        channels = [c for c in request.query.getall("channel", []) if c]
        records = await load_records(hub.store, period, channels)
        await hub.store.audit(identity.ref, AUDIT_ACTION, object_ref, allowed=True,
                              detail=",".join(channels))
        return web.json_response(report_document(records, period, channels))

    app.router.add_get("/api/metrics", metrics)
