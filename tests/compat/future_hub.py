"""A hub of the next protocol version that no longer serves this one.

It answers every ``hello`` as ``service_hub.app`` answers a client older than
``oldest_client_protocol``: the error ``update_required`` with the protocol's
plain message, then close code 4010. Only the version is one above ours:
that is the one thing this code base cannot run itself (its own hub serves
its own clients). The apps' tests show what the customer and the expert see.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from aiohttp import web

from hub_protocol import frames as p


@asynccontextmanager
async def future_hub(port: int = 0) -> AsyncIterator[str]:
    """A running one on 127.0.0.1 (on ``port``: where the old hub ran); yields its WebSocket URL."""

    async def ws_handler(request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.receive(timeout=10)  # the hello
        await ws.send_str(json.dumps({"v": p.PROTOCOL_VERSION + 1, "type": "error",
                                      "code": p.UPDATE_REQUIRED, "message": p.UPDATE_MESSAGE}))
        await ws.close(code=4010, message=b"update required")
        return ws

    app = web.Application()
    app.router.add_get("/ws", ws_handler)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", port)
    await site.start()
    try:
        yield f"ws://127.0.0.1:{runner.addresses[0][1]}/ws"
    finally:
        await runner.cleanup()
