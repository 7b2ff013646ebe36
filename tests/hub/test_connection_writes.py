"""The hub's own frame writing: frames of one loop turn in one socket write,
read back intact by a real WebSocket client; a client that stops reading is cut."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest
from aiohttp import web

from service_hub.auth import Identity
from service_hub.core import connection
from service_hub.core.connection import Connection

IDENTITY = Identity(role="customer", user_id="c1", display_name="C", token_id="t1", expires_at=2**31)
# Around every boundary of the frame header's length encodings (7-bit, 16-bit, 64-bit).
SIZES = [0, 1, 125, 126, 127, 65535, 65536, 300_000]


async def _serve(handler) -> tuple[web.AppRunner, str]:
    app = web.Application()
    app.router.add_get("/ws", handler)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"ws://127.0.0.1:{port}/ws"


async def test_frames_of_one_turn_arrive_intact_and_in_order():
    writes: list[int] = []

    async def handler(request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        transport = request.transport
        real_write = transport.write

        def counting_write(data: bytes) -> None:
            writes.append(len(data))
            real_write(data)

        transport.write = counting_write  # type: ignore[method-assign]
        conn = Connection(ws, IDENTITY, transport)
        conn._held = None  # signed in: nothing held back
        for n in SIZES:
            await conn.send_raw("é" * (n // 2) + "x" * (n % 2))
        await ws.receive()  # until the client closes
        return ws

    runner, url = await _serve(handler)
    try:
        async with aiohttp.ClientSession() as session, session.ws_connect(url, max_msg_size=0) as ws:
            got = [(await ws.receive(timeout=5)).data for _ in SIZES]
    finally:
        await runner.cleanup()
    assert [len(t.encode()) for t in got] == SIZES
    assert got[3] == "é" * 63
    frames_bytes = sum(len(connection.ws_text_frame(b"x" * n)) for n in SIZES)
    assert writes[0] == frames_bytes, "frames sent in one turn should leave in one write"


class _Transport:
    def __init__(self, backlog: int) -> None:
        self.backlog, self.written, self.aborted = backlog, b"", False

    def write(self, data: bytes) -> None:
        self.written += data

    def is_closing(self) -> bool:
        return self.aborted

    def get_write_buffer_size(self) -> int:
        return self.backlog

    def abort(self) -> None:
        self.aborted = True


class _OpenWs:
    closed = False


@pytest.mark.parametrize(("backlog", "cut"), [(connection.MAX_UNSENT_BYTES, False),
                                              (connection.MAX_UNSENT_BYTES + 1, True)])
async def test_a_client_that_stops_reading_is_cut_off(backlog, cut):
    transport = _Transport(backlog)
    conn = Connection(_OpenWs(), IDENTITY, transport)  # type: ignore[arg-type]
    conn._held = None
    await conn.send_raw('{"v":1}')
    await asyncio.sleep(0)  # the flush runs at the end of the turn
    assert transport.written == b"\x81\x07" + b'{"v":1}'
    assert transport.aborted is cut
