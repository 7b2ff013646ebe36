"""Short-lived TURN credentials: coturn's shared-secret scheme (``use-auth-secret``).

The hub and coturn share a secret. For each call the hub hands every
participant a username ``<expiry unix time>:<user>`` and the password
``base64(HMAC-SHA1(secret, username))``; coturn recomputes the password from
the username and refuses it after the expiry. Nothing is stored and nothing
has to be revoked: credentials simply run out (the "TURN REST API" draft,
draft-uberti-behave-turn-rest-00, which coturn, Janus and LiveKit follow).

Pure functions and plain data: no I/O, the clock is passed in.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import UTC, datetime

#: A call gets credentials for this long unless the hub is configured otherwise:
#: long enough for any appointment plus its reconnections, short enough that a
#: leaked password is useless by the next day.
DEFAULT_TTL_S = 4 * 3600
#: The pre-session check only needs to allocate once, now.
PRECHECK_TTL_S = 10 * 60

_USER_SAFE = re.compile(r"[^A-Za-z0-9._-]")


@dataclass(frozen=True)
class TurnSettings:
    secret: str
    urls: tuple[str, ...]
    stun_urls: tuple[str, ...] = ()
    ttl_s: int = DEFAULT_TTL_S

    @classmethod
    def from_config(cls, secret: str, urls: str, stun_urls: str = "", ttl_s: int = DEFAULT_TTL_S
                    ) -> TurnSettings | None:
        """From the hub's settings (comma-separated URL lists); None when TURN is not configured."""
        turn = tuple(u.strip() for u in urls.split(",") if u.strip())
        stun = tuple(u.strip() for u in stun_urls.split(",") if u.strip())
        if not turn and not stun:
            return None
        if turn and not secret:
            raise ValueError("turn_urls is set but turn_secret is empty")
        return cls(secret, turn, stun, ttl_s)


@dataclass(frozen=True)
class Credentials:
    username: str
    credential: str
    expires_at: datetime


def credentials(secret: str, user: str, now: datetime, ttl_s: int) -> Credentials:
    """``user`` is an opaque label for coturn's log; separators are replaced."""
    expiry = int(now.timestamp()) + ttl_s
    username = f"{expiry}:{_USER_SAFE.sub('-', user)[:64]}"
    digest = hmac.new(secret.encode(), username.encode(), hashlib.sha1).digest()
    return Credentials(username, base64.b64encode(digest).decode(), datetime.fromtimestamp(expiry, UTC))


def ice_servers(settings: TurnSettings, user: str, now: datetime, ttl_s: int | None = None
                ) -> tuple[list[dict[str, object]], datetime | None]:
    """Browser-shaped ``iceServers`` for one participant, and when they stop working."""
    servers: list[dict[str, object]] = []
    expires: datetime | None = None
    if settings.stun_urls:
        servers.append({"urls": list(settings.stun_urls)})
    if settings.urls:
        cred = credentials(settings.secret, user, now, ttl_s or settings.ttl_s)
        servers.append({"urls": list(settings.urls), "username": cred.username,
                        "credential": cred.credential})
        expires = cred.expires_at
    return servers, expires
