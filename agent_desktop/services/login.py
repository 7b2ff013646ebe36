"""Agent sign-in: POST /api/login for a token, refreshed before it expires.

The WebSocket hello carries the token; HubClient asks ``TokenKeeper.token``
on every (re)connect, so a reconnect after an hour still signs in, and at
``renew_in`` on the open connection, which it then hands to the hub
(``auth.renew``), so a working day needs no reconnect either. Experts signed
in through the organisation's provider have ``OrganisationKeeper``
(``org_login.py``) instead, with the same three methods.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urlsplit, urlunsplit

import aiohttp

from client_core.renewal import renewal_due


class LoginError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def http_base(hub_url: str) -> str:
    """ws://host:port/ws -> http://host:port (wss -> https)."""
    parts = urlsplit(hub_url)
    scheme = "https" if parts.scheme == "wss" else "http"
    return urlunsplit((scheme, parts.netloc, "", "", ""))


@dataclass
class LoginGrant:
    """What a sign-in grants: the token for the hub and who we are."""

    token: str
    agent_id: int
    display_name: str
    expires_in: int


async def login(hub_url: str, username: str, password: str, timeout_s: float = 10.0) -> LoginGrant:
    url = http_base(hub_url) + "/api/login"
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout_s)) as http, \
                http.post(url, json={"username": username, "password": password}) as resp:
            body = await resp.json(content_type=None)
    except (aiohttp.ClientError, TimeoutError, OSError, ValueError) as exc:
        raise LoginError("unreachable", str(exc) or type(exc).__name__) from None
    if resp.status != 200 or not isinstance(body, dict) or "token" not in body:
        code = body.get("error", "bad_credentials") if isinstance(body, dict) else "bad_response"
        message = body.get("message", "") if isinstance(body, dict) else ""
        raise LoginError(str(code), str(message))
    return LoginGrant(str(body["token"]), int(body.get("agent_id", 0)),
                   str(body.get("display_name", username)), int(body.get("expires_in", 3600)))


class HubTokens(Protocol):
    """What the desk's hub connection signs in with: ``TokenKeeper`` or ``OrganisationKeeper``."""

    grant: LoginGrant

    def renew_in(self) -> float:
        """Seconds until ``token`` hands out a renewed hub token."""

    async def token(self) -> str:
        """The current hub token, renewed first when due."""

    async def end(self) -> None:
        """Signing out: whatever the sign-in holds beyond the hub token is ended."""


async def password_login(hub_url: str, username: str, password: str) -> TokenKeeper:
    """A local account's sign-in, kept fresh at the hub."""
    return TokenKeeper(hub_url, await login(hub_url, username, password))


class TokenKeeper:
    """Hands the current hub token to HubClient; renews it at the hub before it ends."""

    def __init__(self, hub_url: str, grant: LoginGrant, clock: Callable[[], float] = time.monotonic) -> None:
        self.hub_url = hub_url
        self.grant = grant
        self._clock = clock
        self._issued = clock()

    def renew_in(self) -> float:
        return max(0.0, renewal_due(self._issued, self.grant.expires_in) - self._clock())

    async def token(self) -> str:
        if self.renew_in() <= 0:
            try:
                await self._refresh()
            except (aiohttp.ClientError, TimeoutError, OSError, ValueError, KeyError):
                pass  # the hub is down: try the old token; the next connect refreshes
        return self.grant.token

    async def end(self) -> None:
        """Nothing to end beyond the hub's own token (the desk's sign-out closes the link)."""

    async def _refresh(self) -> None:
        url = http_base(self.hub_url) + "/api/token/refresh"
        headers = {"Authorization": f"Bearer {self.grant.token}"}
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as http, \
                http.post(url, headers=headers) as resp:
            body = await resp.json(content_type=None)
        if resp.status == 200:
            self.grant.token = str(body["token"])
            self.grant.expires_in = int(body.get("expires_in", self.grant.expires_in))
            self._issued = self._clock()
