"""Which sign-in tokens are revoked, as every hub process knows it.

Token checks (``auth.TokenAuthority.verify``) ask this set, in memory. It is
filled from the store when the hub starts (``store/revocations.py``: a
restart forgets nothing), by this process's own logouts, and by the other
hub processes' (their revocations arrive over the coordinator's bus within
milliseconds: ``coordination/cluster.py``). An entry is dropped after its
token's expiry: by then the token is refused as expired anyway.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class Revocations:
    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._until: dict[str, float] = {}
        self._clock = clock

    def __contains__(self, token_id: object) -> bool:
        return isinstance(token_id, str) and token_id in self._until

    def __len__(self) -> int:
        return len(self._until)

    def add(self, token_id: str, expires_at: float) -> None:
        self._until[token_id] = max(expires_at, self._until.get(token_id, 0.0))
        if len(self._until) % 1024 == 0:
            self.forget_expired()

    def update(self, revoked: dict[str, float]) -> None:
        for token_id, expires_at in revoked.items():
            self.add(token_id, expires_at)

    def forget_expired(self, leeway_s: float = 300.0) -> None:
        """Drop revocations of tokens past their expiry (and the check's leeway)."""
        cutoff = self._clock() - leeway_s
        self._until = {t: until for t, until in self._until.items() if until >= cutoff}
