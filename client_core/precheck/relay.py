"""Can this computer reach the agency's relay (TURN) over UDP, over TCP, over TLS 443?

The way LiveKit's and testrtc's connection tests do it: a real allocation on
each TURN listener the hub names, with the short-lived credentials the hub
gives for the pre-session check (``rtc.ice.request`` without a conversation),
released at once. UDP is what a call prefers; TCP 3478 and TLS on 443 are
what a strict firewall may still let out. :func:`client_core.precheck.verdicts.check_relay`
grades the result.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from aioice import stun, turn

from client_core.call.config import IceServer

if TYPE_CHECKING:  # the call's ICE module loads aiortc: only when the check runs
    from client_core.call.ice import TurnEndpoint

log = logging.getLogger(__name__)

#: Per listener; they are tried side by side.
RELAY_TIMEOUT_S = 3.0


@dataclass(frozen=True)
class RelayResult:
    transport: str  # "udp", "tcp" or "tls"
    outcome: str  # "ok", "refused" (credentials) or "unreachable"
    ms: float | None = None  # how long the allocation took

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


class _Sink:
    """What receives relayed data during the check: nothing does."""

    def connection_made(self, transport: object) -> None:
        pass

    def datagram_received(self, data: bytes, addr: object) -> None:
        pass

    def error_received(self, exc: Exception) -> None:
        pass

    def connection_lost(self, exc: Exception | None) -> None:
        pass


async def _try(endpoint: TurnEndpoint, timeout: float) -> RelayResult:
    from client_core.call.ice import tls_context

    started = time.monotonic()
    try:
        transport, _ = await asyncio.wait_for(turn.create_turn_endpoint(
            _Sink, server_addr=(endpoint.host, endpoint.port), username=endpoint.username,
            password=endpoint.password, ssl=tls_context() if endpoint.secure else False,
            transport=endpoint.transport), timeout)
    except Exception as exc:
        refused = isinstance(exc, stun.TransactionFailed) and exc.response.error_code in (401, 403)
        log.info("relay %s: %s", endpoint.url, exc or type(exc).__name__)
        return RelayResult(endpoint.label, "refused" if refused else "unreachable")
    ms = round((time.monotonic() - started) * 1000.0, 1)
    transport.close()  # deletes the allocation
    return RelayResult(endpoint.label, "ok", ms)


async def check_relays(servers: Sequence[IceServer], timeout: float = RELAY_TIMEOUT_S
                       ) -> tuple[RelayResult, ...]:
    """One result per TURN listener the hub named (none if it named none)."""
    from client_core.call.ice import parse_servers

    endpoints, _ = parse_servers(servers)
    return tuple(await asyncio.gather(*(_try(e, timeout) for e in endpoints)))
