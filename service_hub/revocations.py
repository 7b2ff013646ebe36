"""Ended sign-ins: the token ids (``jti``) the hub no longer accepts.

Everything that ends a sign-in (``POST /api/logout``, a kiosk visit's end)
calls ``Revocations.revoke``, and every token check (``hello``,
``auth.renew``, ``/api/token/refresh``, the metrics and logout routes) asks
``Revocations.is_revoked`` through ``TokenAuthority.verify``. A token is
remembered only until it would have expired anyway (``expires_at``): after
that its own expiry refuses it.

``MemoryRevocations`` keeps them in this process: a restarted hub forgets
them and another hub process never hears of them (docs/security.md). A store
that persists and shares them across processes implements the same two
methods and is handed to ``TokenAuthority`` instead.
"""

from __future__ import annotations

import heapq
import time
from collections.abc import Callable
from typing import Protocol


class Revocations(Protocol):
    async def revoke(self, token_id: str, expires_at: float) -> None:
        """From now on, refuse the token ``token_id`` (valid until ``expires_at``, epoch s)."""

    async def is_revoked(self, token_id: str) -> bool:
        """Was ``token_id`` revoked (and has it not expired since)?"""


class MemoryRevocations:
    """Revocations in this process's memory, each dropped once its token has expired."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self._until: dict[str, float] = {}
        self._by_expiry: list[tuple[float, str]] = []  # heap: the next to forget first

    async def revoke(self, token_id: str, expires_at: float) -> None:
        self._forget_expired()
        if expires_at > self._until.get(token_id, float("-inf")):
            self._until[token_id] = expires_at
            heapq.heappush(self._by_expiry, (expires_at, token_id))

    async def is_revoked(self, token_id: str) -> bool:
        self._forget_expired()
        return token_id in self._until

    def __len__(self) -> int:
        return len(self._until)

    def _forget_expired(self) -> None:
        # A grace minute past expiry: the token checks allow some clock leeway.
        now = self.clock() - 60
        heap = self._by_expiry
        while heap and heap[0][0] < now:
            expires_at, token_id = heapq.heappop(heap)
            if self._until.get(token_id) == expires_at:
                del self._until[token_id]
