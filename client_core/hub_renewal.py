"""Keeping an open hub connection signed in past one token's life (no Qt).

A token source that renews its tokens (a sign-in at the identity provider,
an agent's hub token) also says when it will next hand out a new one
(``renew_in``): the connection passes the fresh token to the hub on the open
connection (``auth.renew``), so a conversation longer than one token's life
goes on without a reconnect. ``HubClient`` holds one ``SignInRenewal``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)

TokenSource = Callable[[], Awaitable[str]]
RenewIn = Callable[[], float]  # seconds until the token source hands out a new token
# Hands the hub a fresh token on the open connection; False: this hub cannot renew.
Renew = Callable[[str], Awaitable[bool]]


@dataclass(frozen=True)
class HubCredentials:
    """What a connection signs in with: a token, or a source of fresh ones and
    when it next renews (``renew_in``: the open connection passes each on)."""

    token: str | TokenSource
    renew_in: RenewIn | None = None


class SignInRenewal:
    """The token the hub knows a connection by, and the fresh ones after it."""

    def __init__(self, token: str | TokenSource, renew_in: RenewIn | None = None) -> None:
        self._token = token
        self.renew_in = renew_in
        self.retry_s = 15.0  # a renewal that failed is tried again after this (doubling)
        self.signed_in_with: str | None = None
        self.renewals = 0

    async def token(self) -> str:
        return self._token if isinstance(self._token, str) else await self._token()

    async def hello_token(self) -> str:
        """The token a (re)connect signs in with; the hub knows the connection by it."""
        self.signed_in_with = await self.token()
        return self.signed_in_with

    async def keep(self, renew: Renew) -> None:
        """Hand the hub a fresh token before the one it knows the connection by
        ends. A renewal that fails is tried again later, less and less often;
        meanwhile the connection goes on, and once the old token has expired the
        hub answers ``token_expired`` until a renewal gets through (an expired
        connection may still renew) or the next connect signs in anew."""
        if self.renew_in is None:
            return
        retry = self.retry_s
        while True:
            due = self.renew_in()
            if due > 0:  # (a timer may wake a moment early: look again)
                await asyncio.sleep(due)
                continue
            try:
                token = await self.token()
                if token != self.signed_in_with:
                    if not await renew(token):  # an older hub: reconnects renew
                        return
                    self.signed_in_with = token
                    self.renewals += 1
                    retry = self.retry_s
                    continue
                log.info("no renewed token yet; trying again in %.0f s", retry)
            except Exception as exc:  # noqa: BLE001 - the provider, the network, the hub's refusal: try later
                log.warning("could not renew the sign-in: %s", exc)
            await asyncio.sleep(retry)
            retry = min(retry * 2, 120.0)
