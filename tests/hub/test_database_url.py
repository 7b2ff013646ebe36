"""One PostgreSQL driver (psycopg 3) whatever the configured URL names, and a
clear refusal, when the configuration is read, of a URL the hub cannot use."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from hub_protocol import frames as p
from service_hub.config import load_config
from service_hub.coordination.bus import PgBus
from service_hub.store.db import make_engine
from tests.hubkit import (
    NO_POSTGRES,
    PG_URL,
    fresh_postgres_database,
    hub_config,
    start_hub,
    stop_hub,
)
from tests.realparts import POSTGRES, needs

SPELLINGS = ["postgresql://", "postgres://", "postgresql+psycopg://", "postgresql+asyncpg://"]


@pytest.mark.parametrize("scheme", SPELLINGS)
async def test_every_spelling_runs_on_psycopg(scheme: str) -> None:
    config = load_config(env={}, overrides={"database_url": f"{scheme}hub@127.0.0.1:5432/service"})
    engine = make_engine(config.database_url)
    try:
        assert engine.url.drivername == "postgresql+psycopg" and engine.dialect.is_async
        assert engine.url.render_as_string() == "postgresql+psycopg://hub@127.0.0.1:5432/service"
    finally:
        await engine.dispose()
    assert PgBus(config.database_url).dsn == "postgresql://hub@127.0.0.1:5432/service"


@pytest.mark.parametrize("url", ["postgresql+psycopg2://hub@db/service", "mysql://hub@db/service"])
def test_a_url_the_hub_cannot_use_is_refused_saying_what_to_write(url: str) -> None:
    with pytest.raises(ValueError, match="write postgresql://user@host/database"):
        load_config(env={}, overrides={"database_url": url})


def test_the_command_line_says_so_without_a_traceback(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "service_hub.cli", "--data-dir", str(tmp_path),
                          "--database-url", "postgresql+psycopg2://hub@db/service", "serve"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    assert "service-hub: database_url: the driver 'psycopg2'" in out.stderr


@pytest.mark.postgres
@needs(POSTGRES, NO_POSTGRES)
async def test_a_hub_configured_with_an_asyncpg_url_serves(tmp_path: Path) -> None:
    """An existing IT configuration's postgresql+asyncpg:// URL: the hub starts,
    stores and relays on psycopg."""
    assert PG_URL
    url = (await fresh_postgres_database()).replace("postgresql://", "postgresql+asyncpg://", 1)
    running = await start_hub(hub_config(tmp_path, url))
    try:
        customer = await running.client(running.customer_token())
        conv = (await customer.request(p.ChatStart())).conversation_id
        # acknowledged only once committed
        await customer.request(p.ChatSend(id="m1", conversation_id=conv, text="tallentuuko tämä?"))
        async with running.hub.store.engine.connect() as conn:  # read back from the database itself
            stored = (await conn.execute(text("SELECT text FROM messages WHERE conversation_id = :c"),
                                         {"c": conv})).scalars().all()
        assert "tallentuuko tämä?" in stored
        assert running.hub.store.engine.dialect.driver == "psycopg"
    finally:
        for client in running.clients:
            await client.close()
        await stop_hub(running)
