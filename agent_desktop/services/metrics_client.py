"""GET /api/metrics with the agent's token (from the TokenKeeper, so it is fresh)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

import aiohttp

from .login import http_base


class MetricsError(Exception):
    """``code``: unreachable, forbidden, not_signed_in, bad_date, bad_range, range_too_long, ..."""

    def __init__(self, code: str, message: str = "") -> None:
        super().__init__(message or code)
        self.code = code
        self.message = message


async def fetch_metrics(hub_url: str, token: Callable[[], Awaitable[str]], first: date, last: date,
                        channel: str = "", timeout_s: float = 30.0) -> dict[str, Any]:
    params = {"from": first.isoformat(), "to": last.isoformat()}
    if channel:
        params["channel"] = channel
    headers = {"Authorization": f"Bearer {await token()}"}
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout_s)) as http, \
                http.get(http_base(hub_url) + "/api/metrics", params=params, headers=headers) as resp:
            body = await resp.json(content_type=None)
    except (aiohttp.ClientError, TimeoutError, OSError, ValueError) as exc:
        raise MetricsError("unreachable", str(exc) or type(exc).__name__) from None
    if resp.status != 200 or not isinstance(body, dict):
        code = str(body.get("error", resp.status)) if isinstance(body, dict) else str(resp.status)
        message = str(body.get("message", "")) if isinstance(body, dict) else ""
        raise MetricsError(code, message)
    return body
