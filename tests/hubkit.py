"""A real hub for tests: aiohttp on 127.0.0.1:0, SQLite in tmp or PostgreSQL."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from client_core.hub_client import HubClient
from hub_protocol import frames as p
from service_hub.app import HUB_KEY, create_app
from service_hub.auth import hash_password
from service_hub.config import HubConfig
from service_hub.demo_idp import ensure_keypair, mint_customer_token
from service_hub.hub import Hub
from service_hub.store.db import postgres_url
from tests.realparts import POSTGRES, require

PG_URL = os.environ.get("TEST_POSTGRES_URL")
NO_POSTGRES = None if PG_URL else (
    "TEST_POSTGRES_URL is not set: run the tests through scripts/test.sh, which starts PostgreSQL "
    "(or export TEST_POSTGRES_URL=$(scripts/postgres.sh start))")
ROOT = Path(__file__).resolve().parent.parent
# Tests that are not about service hours run on queues open around the clock.
ALWAYS_OPEN_QUEUES = ROOT / "resources" / "demo-queues.toml"


def queue_file(tmp_path: Path, max_waiting: int) -> Path:
    """The always-open queues with another capacity, for full-queue tests."""
    import re

    text = re.sub(r"max_waiting = \d+", f"max_waiting = {max_waiting}", ALWAYS_OPEN_QUEUES.read_text())
    path = tmp_path / f"queues-{max_waiting}.toml"
    path.write_text(text)
    return path


async def fresh_postgres_database() -> str:
    """A new empty database on the test server; returns its URL."""
    from psycopg import AsyncConnection

    assert PG_URL
    name = "t_" + uuid.uuid4().hex[:12]
    async with await AsyncConnection.connect(postgres_url(PG_URL, driver=""), autocommit=True) as conn:
        await conn.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = PG_URL.rpartition("/")
    return f"{base}/{name}"


@dataclass
class RunningHub:
    config: HubConfig
    app: web.Application
    runner: web.AppRunner
    port: int
    clients: list[HubClient] = field(default_factory=list)

    @property
    def hub(self) -> Hub:
        return self.app[HUB_KEY]

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ws"

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def customer_token(self, subject: str = "cust-1", name: str = "Maija Meikäläinen", **kw: Any) -> str:
        private, _ = ensure_keypair(self.config.data_dir)
        return mint_customer_token(private.read_text(), subject, name, **kw)

    async def add_agent(self, username: str = "anna", password: str = "correct horse", **skills: Any) -> int:
        skills = skills or {"languages": {"fi": 5, "sv": 4, "en": 5}, "channels": ["chat", "video"]}
        return await self.hub.store.add_agent(username, username.title(), hash_password(password), skills)

    async def agent_token(self, username: str = "anna", password: str = "correct horse") -> str:
        async with aiohttp.ClientSession() as session, session.post(
            f"{self.http_url}/api/login", json={"username": username, "password": password}
        ) as resp:
            body = await resp.json()
            assert resp.status == 200, body
            return body["token"]

    async def client(self, token: str, **kw: Any) -> HubClient:
        client = HubClient(self.ws_url, token, backoff_initial_s=0.05, backoff_max_s=0.5, **kw)
        self.clients.append(client)
        await client.start()
        return client


async def start_hub(config: HubConfig, port: int = 0, **kw: Any) -> RunningHub:
    app = create_app(config, **kw)
    runner = web.AppRunner(app, shutdown_timeout=1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", port)
    await site.start()
    bound = runner.addresses[0][1]
    return RunningHub(config, app, runner, bound)


async def stop_hub(running: RunningHub) -> None:
    await running.runner.cleanup()


def hub_config(tmp_path: Path, database_url: str = "", **kw: Any) -> HubConfig:
    # The demo identity provider stands in for customers' sign-in here (tests/identity
    # uses the real one); the hub trusts it only with the explicit switch.
    options: dict[str, Any] = {"offer_timeout_s": 5, "wrap_up_timeout_s": 0.5, "agent_grace_s": 1.0,
                               "drain_spread_s": 0.2,
                               "queue_config": str(ALWAYS_OPEN_QUEUES), "demo_identity": True}
    return HubConfig(data_dir=tmp_path / "hub", database_url=database_url, **{**options, **kw})


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def database_url(request: pytest.FixtureRequest) -> str:
    if request.param == "sqlite":
        return ""
    require(POSTGRES, NO_POSTGRES)
    return await fresh_postgres_database()


@pytest.fixture
async def hub(tmp_path: Path, database_url: str) -> AsyncIterator[RunningHub]:
    running = await start_hub(hub_config(tmp_path, database_url))
    yield running
    for client in running.clients:
        await client.close()
    await stop_hub(running)


class FrameLog:
    """Collects frames a client receives and waits for the one a test wants."""

    def __init__(self, client: HubClient) -> None:
        self.frames: list[Any] = []
        self._changed = asyncio.Event()
        client.add_listener(self._on_frame)

    def _on_frame(self, frame: Any) -> None:
        self.frames.append(frame)
        self._changed.set()

    async def wait_for(self, kind: type, timeout: float = 5.0, **match: Any) -> Any:
        async def find() -> Any:
            start = 0
            while True:
                for frame in self.frames[start:]:
                    if isinstance(frame, kind) and all(getattr(frame, k) == v for k, v in match.items()):
                        return frame
                start = len(self.frames)
                self._changed.clear()
                await self._changed.wait()

        return await asyncio.wait_for(find(), timeout)

    def of(self, kind: type) -> list[Any]:
        return [f for f in self.frames if isinstance(f, kind)]

    def texts(self, conversation_id: str) -> list[str]:
        return [f.text for f in self.of(p.ChatMessage) if f.conversation_id == conversation_id]


@dataclass
class HubProcess:
    """A hub in its own process, for Qt tests whose event loop is qasync's."""

    proc: Any
    data_dir: Path
    port: int

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ws"

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cli(self, *args: str) -> str:
        import subprocess
        import sys

        out = subprocess.run(
            [sys.executable, "-m", "service_hub.cli", "--data-dir", str(self.data_dir), *args],
            check=True, capture_output=True, text=True, timeout=60,
        )
        return out.stdout.strip()

    def add_agent(self, username: str = "anna", password: str = "correct horse", *extra: str) -> None:
        self.cli("add-agent", username, "--password", password, "--name", username.title(), *extra)

    def customer_token(self, subject: str = "cust-1", name: str = "Maija Meikäläinen") -> str:
        return self.cli("mint-customer-token", subject, "--name", name)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def launch_hub_process(data_dir: Path, port: int | None = None, env: dict[str, str] | None = None) -> HubProcess:
    import subprocess
    import sys
    import time
    import urllib.request

    port = port or free_port()
    full_env = {**os.environ, "HUB_OFFER_TIMEOUT_S": "10", "HUB_WRAP_UP_TIMEOUT_S": "1",
                "HUB_AGENT_GRACE_S": "2", "HUB_QUEUE_CONFIG": str(ALWAYS_OPEN_QUEUES), "HUB_DRAIN_SPREAD_S": "0.3",
                "HUB_DEMO_IDENTITY": "1", **(env or {})}
    proc = subprocess.Popen(
        [sys.executable, "-m", "service_hub.cli", "--data-dir", str(data_dir), "serve",
         "--host", "127.0.0.1", "--port", str(port)],
        env=full_env, stdout=subprocess.DEVNULL, stderr=open(data_dir.parent / f"hub-{port}.log", "ab"),
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"hub exited with {proc.returncode}; see {data_dir.parent}/hub-{port}.log")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=1) as resp:
                if resp.status == 200:
                    return HubProcess(proc, data_dir, port)
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("hub did not become ready in 20 s")


@pytest.fixture
def hub_process(tmp_path: Path) -> Any:
    yield from _hub_process(tmp_path)


@pytest.fixture
def hub_process_with_files(tmp_path: Path, clamd_socket: str) -> Any:
    """A hub process that takes attachments (up to 2 MiB), scanned by the test's clamd."""
    yield from _hub_process(tmp_path, {"HUB_CLAMD_ADDRESS": clamd_socket,
                                       "HUB_ATTACHMENT_MAX_BYTES": str(2 * 1024 * 1024)})


def _hub_process(tmp_path: Path, env: dict[str, str] | None = None) -> Any:
    data_dir = tmp_path / "hubdata"
    data_dir.mkdir()
    running = launch_hub_process(data_dir, env=env)
    yield running
    running.proc.terminate()
    try:
        running.proc.wait(10)
    except Exception:
        running.proc.kill()
