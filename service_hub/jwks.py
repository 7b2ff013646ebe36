"""An identity provider's signing keys, fetched from its JWKS and kept.

A token naming a key id the hub has not seen makes it fetch the set again -
the provider has rotated its keys, and no restart is needed - but at most once
per ``min_refetch_s``, so a stream of tokens with made-up key ids cannot make
the hub hammer the provider. The set is also fetched again after
``max_age_s`` so retired keys stop being trusted. Where the set lives comes
from ``jwks_url`` or, when that is empty, from the issuer's discovery document
(``/.well-known/openid-configuration``).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

import aiohttp
import jwt

log = logging.getLogger(__name__)


class JwksUnavailable(Exception):
    """The provider's keys could not be fetched (it is down or answers nonsense)."""


class JwksCache:
    def __init__(self, issuer: str, jwks_url: str = "", *, min_refetch_s: float = 30.0,
                 max_age_s: float = 3600.0, timeout_s: float = 5.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.issuer = issuer.rstrip("/")
        self.jwks_url = jwks_url
        self.min_refetch_s = min_refetch_s
        self.max_age_s = max_age_s
        self.timeout_s = timeout_s
        self.clock = clock
        self._keys: dict[str, jwt.PyJWK] = {}
        self._fetched_at: float | None = None  # last successful fetch
        self._attempted_at: float | None = None  # last try, successful or not
        self._lock = asyncio.Lock()
        self.fetches = 0  # how often the set was fetched (for tests and the log)

    async def key(self, kid: str | None) -> jwt.PyJWK | None:
        """The key for ``kid`` (None: the only key), fetching the set when due.

        Raises JwksUnavailable only when the key is not known and the set could
        not be fetched; a known key keeps working while the provider is down.
        """
        now = self.clock()
        due = (self._fetched_at is None or now - self._fetched_at > self.max_age_s
               or self._lookup(kid) is None)
        if due and (self._attempted_at is None or now - self._attempted_at >= self.min_refetch_s):
            try:
                await self._refresh(self._attempted_at)
            except JwksUnavailable:
                if self._lookup(kid) is None:
                    raise
                log.warning("identity provider keys could not be refreshed; keeping the known ones")
        elif self._fetched_at is None:
            raise JwksUnavailable("the provider's keys could not be fetched; trying again shortly")
        return self._lookup(kid)

    def _lookup(self, kid: str | None) -> jwt.PyJWK | None:
        if kid is None:
            return next(iter(self._keys.values())) if len(self._keys) == 1 else None
        return self._keys.get(kid)

    async def _refresh(self, seen: float | None) -> None:
        async with self._lock:
            if self._attempted_at != seen:
                return  # another sign-in fetched it while this one waited
            self._attempted_at = self.clock()
            try:
                data = await self._get_json(self.jwks_url or await self._discover())
                keys = jwt.PyJWKSet.from_dict(data).keys
            except (aiohttp.ClientError, TimeoutError, OSError, ValueError, KeyError,
                    jwt.PyJWKSetError) as exc:
                raise JwksUnavailable(f"{type(exc).__name__}: {exc}") from None
            self._keys = {k.key_id: k for k in keys if k.key_id and k.public_key_use in (None, "sig")}
            if not self._keys and len(keys) == 1:
                self._keys = {"": keys[0]}  # a single key without a kid
            self._fetched_at = self.clock()
            self.fetches += 1
            log.info("identity provider keys from %s: %s", self.issuer, ", ".join(self._keys) or "-")

    async def _discover(self) -> str:
        doc = await self._get_json(f"{self.issuer}/.well-known/openid-configuration")
        if doc.get("issuer", "").rstrip("/") != self.issuer:
            raise ValueError("the discovery document names another issuer")
        self.jwks_url = str(doc["jwks_uri"])
        return self.jwks_url

    async def _get_json(self, url: str) -> dict[str, Any]:
        timeout = aiohttp.ClientTimeout(total=self.timeout_s)
        async with aiohttp.ClientSession(timeout=timeout) as http, http.get(url) as resp:
            if resp.status != 200:
                raise ValueError(f"HTTP {resp.status} from {url}")
            data = await resp.json(content_type=None)
        if not isinstance(data, dict):
            raise ValueError(f"{url} did not answer a JSON object")
        return data
