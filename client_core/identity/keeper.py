"""One person's sign-in while the app runs: fresh access tokens, and a clean end.

``SignedIn`` hands the hub connection an access token on every (re)connect
and renews it at the provider before it expires (``renew_at``); the hub
connection passes the renewed one to the hub on the open connection
(``HubClient`` with ``renew_in``: ``auth.renew``). When
the provider cannot be reached for a renewal, the current token is used
while it lasts and the caller hears ``SignInError(UNREACHABLE)`` only once
nothing valid is left: nothing the customer did is lost meanwhile.
``end()`` revokes the grant at the provider and forgets every token.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..renewal import renewal_due
from .errors import ProviderUnreachable, SignInError, SignInProblem

if TYPE_CHECKING:  # authlib and joserfc load with the client that made the tokens
    from .oidc import OidcClient
    from .tokens import TokenSet

log = logging.getLogger(__name__)


class SignedIn:
    def __init__(self, client: OidcClient, tokens: TokenSet, *,
                 clock: Callable[[], float] = time.time) -> None:
        self.client = client
        self._tokens: TokenSet | None = tokens
        self.clock = clock
        self._lock = asyncio.Lock()
        self.refreshes = 0

    @property
    def tokens(self) -> TokenSet | None:
        return self._tokens

    @property
    def subject(self) -> str:
        return self._tokens.subject if self._tokens else ""

    @property
    def name(self) -> str:
        return self._tokens.name if self._tokens else ""

    @property
    def acr(self) -> str:
        return self._tokens.acr if self._tokens else ""

    def renew_at(self) -> float:
        """When ``access_token`` renews at the provider (``renewal.renewal_due``)."""
        tokens = self._tokens
        if tokens is None:
            return self.clock()
        issued = tokens.obtained_at or tokens.expires_at - 600.0
        return renewal_due(issued, max(0.0, tokens.expires_at - issued))

    def renew_in(self) -> float:
        """Seconds until ``access_token`` hands out a renewed token (0: now)."""
        return max(0.0, self.renew_at() - self.clock())

    async def access_token(self) -> str:
        async with self._lock:
            tokens = self._tokens
            if tokens is None:
                raise SignInError(SignInProblem.CANCELLED, "signed out")
            if self.clock() < self.renew_at():
                return tokens.access_token
            try:
                return (await self._refresh_locked()).access_token
            except SignInError as exc:
                if exc.problem is not SignInProblem.UNREACHABLE:
                    raise
                if self.clock() < tokens.expires_at:
                    log.info("could not renew the sign-in yet (provider unreachable); using the current token")
                    return tokens.access_token
                raise ProviderUnreachable(exc.detail) from None

    async def refresh(self) -> TokenSet:
        async with self._lock:
            return await self._refresh_locked()

    async def _refresh_locked(self) -> TokenSet:
        if self._tokens is None:
            raise SignInError(SignInProblem.CANCELLED, "signed out")
        fresh = await self.client.refresh(self._tokens)
        if self._tokens is None:  # signed out while the provider answered
            raise SignInError(SignInProblem.CANCELLED, "signed out")
        self._tokens = fresh
        self.refreshes += 1
        return fresh

    async def end(self) -> bool:
        """Forget every token now; revoke the grant at the provider. True if it confirmed."""
        tokens, self._tokens = self._tokens, None
        if tokens is None:
            return False
        try:
            return await self.client.revoke(tokens)
        except SignInError:
            return False

    def forget(self) -> None:
        self._tokens = None
