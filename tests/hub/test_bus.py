"""LISTEN/NOTIFY between two buses (as two hub processes have) on psycopg:
order kept, large payloads through hub_events, a lost connection reported."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from psycopg import AsyncConnection

from service_hub.coordination.bus import MAX_INLINE_BYTES, PgBus
from service_hub.store.db import make_engine, migrate, postgres_url
from tests.hubkit import NO_POSTGRES, fresh_postgres_database
from tests.realparts import POSTGRES, needs

pytestmark = [pytest.mark.postgres, needs(POSTGRES, NO_POSTGRES)]


async def _database() -> str:
    url = await fresh_postgres_database()
    engine = make_engine(url)
    await migrate(engine)  # hub_events, for payloads too large to notify
    await engine.dispose()
    return url


async def test_events_cross_in_order_and_large_ones_through_the_table() -> None:
    url = await _database()
    sender, receiver = PgBus(url), PgBus(url)
    got: list[dict[str, Any]] = []
    own: list[dict[str, Any]] = []

    async def on_event(event: dict[str, Any]) -> None:
        got.append(event)

    async def on_own(event: dict[str, Any]) -> None:
        own.append(event)

    await receiver.start(on_event)
    await sender.start(on_own)
    try:
        big = "x" * (MAX_INLINE_BYTES + 1000)
        for i in range(300):
            sender.publish({"k": i, **({"sdp": big} if i == 150 else {})})
        await sender.flush()
        async with asyncio.timeout(10):
            while len(got) < 300:
                await asyncio.sleep(0.02)
        assert [e["k"] for e in got] == list(range(300))
        assert got[150]["sdp"] == big
        assert own == []  # a process ignores its own events
    finally:
        await sender.stop()
        await receiver.stop()


async def test_a_lost_listening_connection_is_reported(caplog: pytest.LogCaptureFixture) -> None:
    url = await _database()
    bus = PgBus(url)

    async def ignore(_event: dict[str, Any]) -> None:
        return None

    caplog.set_level(logging.CRITICAL, logger="service_hub.coordination.bus")
    await bus.start(ignore)
    try:
        async with await AsyncConnection.connect(postgres_url(url, driver=""), autocommit=True) as admin:
            await admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                "WHERE application_name = %s", (bus.node_id,))
        async with asyncio.timeout(10):
            while not any("stops routing" in r.getMessage() for r in caplog.records):
                await asyncio.sleep(0.05)
    finally:
        await bus.stop()
