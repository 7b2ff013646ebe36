"""A real hub on an event loop in a thread, for hypothesis tests (which are
synchronous): signed-in raw connections of a customer and an agent, and every
error the hub logs while it runs."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from pathlib import Path
from typing import Any

import aiohttp

from hub_protocol import frames as p
from tests.hubkit import RunningHub, fresh_postgres_database, hub_config, start_hub, stop_hub

# What a hub may close a connection with when a client misbehaves (never 1006,
# a connection dropped without a close frame; never 1011, a server error).
DEFINED_CLOSES = frozenset({1000, 1001, 1008, 1009}) | frozenset(range(4000, 5000))


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class HubThread:
    """A hub and two signed-in raw connections on an event loop in a thread."""

    def __init__(self, tmp_path: Path, database: str = "sqlite") -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        url = self.run(fresh_postgres_database()) if database == "postgres" else ""
        self.hub: RunningHub = self.run(start_hub(hub_config(tmp_path, url, rate_frames_per_s=100_000,
                                                              rate_bytes_per_s=100_000_000)))
        self.errors = _Collect()
        for name in ("service_hub", "aiohttp", "asyncio"):
            logging.getLogger(name).addHandler(self.errors)
        self.session: aiohttp.ClientSession = self.run(self._session())
        self.tokens = {"customer": self.hub.customer_token("fuzz-c", "Fuzz"), "agent": ""}
        self.tokens["agent"] = self.run(self._agent_token())
        self.agent_id = 0
        self.ws: dict[str, aiohttp.ClientWebSocketResponse] = {}
        self.conv = ""
        for role in self.tokens:
            self.run(self.connect(role))
        self.counter = 0
        self.codes: dict[str, int] = {}

    def run(self, coro: Any, timeout: float = 30) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    async def _session(self) -> aiohttp.ClientSession:
        return aiohttp.ClientSession()

    async def _agent_token(self) -> str:
        self.agent_id = await self.hub.add_agent("fuzzer")
        return await self.hub.agent_token("fuzzer")

    async def connect(self, role: str) -> None:
        ws = await self.session.ws_connect(self.hub.ws_url)
        await ws.send_str(p.encode(p.Hello(token=self.tokens[role])))
        assert json.loads((await ws.receive(timeout=10)).data)["type"] == "welcome"
        self.ws[role] = ws
        if role == "customer" and not self.conv:
            await ws.send_str(p.encode(p.ChatStart(id="fuzz-start")))
            while True:
                f = json.loads((await ws.receive(timeout=10)).data)
                if f.get("ref") == "fuzz-start":
                    self.conv = f["conversation_id"]
                    break

    async def exchange(self, role: str, raw: str | bytes) -> list[dict[str, Any]]:
        """Send a fuzzed frame, then a ping; every frame up to the pong (or the close)."""
        self.counter += 1
        marker = f"fz{self.counter}"
        ws = self.ws[role]
        got: list[dict[str, Any]] = []
        if isinstance(raw, bytes):
            await ws.send_bytes(raw)
        else:
            await ws.send_str(raw)
        await ws.send_str(p.encode(p.Ping(id=marker)))
        while True:
            msg = await ws.receive(timeout=10)
            if msg.type is not aiohttp.WSMsgType.TEXT:
                # Closed by the hub: only with a deliberate code, then sign in again.
                assert msg.type is aiohttp.WSMsgType.CLOSE and msg.data in DEFINED_CLOSES, (msg, raw)
                await self.connect(role)
                return got
            frame = json.loads(msg.data)
            got.append(frame)
            if frame.get("type") == "pong" and frame.get("id") == marker:
                return got

    async def first_frame(self, raw: str | bytes) -> tuple[list[dict[str, Any]], int | None]:
        """A new connection whose first frame is ``raw``: what the hub answers
        before it closes the connection (or signs it in), and the close code."""
        ws = await self.session.ws_connect(self.hub.ws_url)
        got: list[dict[str, Any]] = []
        try:
            if isinstance(raw, bytes):
                await ws.send_bytes(raw)
            else:
                await ws.send_str(raw)
            while True:
                msg = await ws.receive(timeout=10)
                if msg.type is not aiohttp.WSMsgType.TEXT:
                    return got, ws.close_code
                got.append(json.loads(msg.data))
                if got[-1]["type"] == "welcome":
                    return got, None
        finally:
            await ws.close()

    def logged_errors(self) -> list[str]:
        return [f"{r.name}: {r.getMessage()}" + (f" ({r.exc_info[1]!r})" if r.exc_info else "")
                for r in self.errors.records]

    def close(self) -> None:
        async def done() -> None:
            for ws in self.ws.values():
                await ws.close()
            await self.session.close()
            await stop_hub(self.hub)

        self.run(done())
        for name in ("service_hub", "aiohttp", "asyncio"):
            logging.getLogger(name).removeHandler(self.errors)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
