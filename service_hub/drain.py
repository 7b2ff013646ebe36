"""Draining a hub process: what it does when told to stop (SIGTERM from its
supervisor, a rolling upgrade, ``runner.cleanup()``).

aiohttp has closed the listening socket before this runs: no new client
reaches this process (a load balancer sends it to another; a client retries).
Then, in order (docs/operations.md):

1. ``/readyz`` says ``draining`` (503) for whoever still asks.
2. Every client is asked to reconnect: protocol 2 clients hear
   ``hub.restarting`` with a delay spread over ``drain_spread_s`` (so the
   other processes are not hit by every client in the same instant), then
   every connection is closed with 1012 (service restart), which protocol 1
   clients answer with their own jittered back-off.
3. The handlers still running finish (aiohttp waits for them); the routing
   beat, the presence timers and the bus stop; every write queued by then is
   committed (``Store.drain``) before the store closes.

Nothing a client was told is lost: a message is acknowledged only once
committed, a client re-sends what was not acknowledged, with the same id, to
whichever process it reaches, and waiting customers keep their place (the
queue is the store's; docs/scale-out.md).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Iterable

from aiohttp import WSCloseCode

from hub_protocol import frames as p

from .core.connection import Connection

log = logging.getLogger(__name__)


async def ask_to_reconnect(connections: Iterable[Connection], spread_s: float) -> int:
    """Tell each client to come back after a spread-out delay, then close; how many."""
    conns = list(connections)
    spread_ms = max(0, int(spread_s * 1000))
    for conn in conns:
        await conn.send(p.HubRestarting(reconnect_after_ms=random.randint(0, spread_ms)))
    for conn in conns:
        await conn.close(code=WSCloseCode.SERVICE_RESTART, message=b"hub restarting")
    log.info("draining: %d connection(s) asked to reconnect within %.1f s", len(conns), spread_s)
    return len(conns)
