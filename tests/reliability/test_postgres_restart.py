"""PostgreSQL restarted under load: the hub says not-ready meanwhile, refuses
(with an error frame, never an ack) what it cannot store, and recovers."""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from client_core.hub_client import HubRequestError
from hub_protocol import frames as p
from tests.hubkit import FrameLog, free_port
from tests.realparts import POSTGRES, require
from tests.reliability.chatload import (
    Tally,
    chatter,
    client,
    close_all,
    received_ids,
    serve,
    stored_ids,
    wait_until,
)
from tests.reliability.test_kill9 import _add_agents, _login
from tests.security.kit import launch_hub, stop

pytestmark = [pytest.mark.slow, pytest.mark.postgres]


def _ready(port: int) -> int:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2) as resp:
            return resp.status
    except urllib.error.HTTPError as exc:
        return exc.code


async def test_postgres_restart_under_load(tmp_path: Path) -> None:
    from tests.reliability.pgcluster import Cluster

    try:
        cluster = Cluster()
    except (RuntimeError, OSError) as exc:
        require(POSTGRES, f"cannot make a PostgreSQL cluster of the test's own here: {exc}")
    hub = None
    clients = []
    try:
        await _add_agents(cluster.url, ["anna"])
        port = free_port()
        hub = launch_hub(tmp_path / "hub", {"HUB_DATABASE_URL": cluster.url, "HUB_AGENT_GRACE_S": "30"}, port=port)
        ws_url = f"ws://127.0.0.1:{port}/ws"
        agent = client(ws_url, _login(port, "anna"))
        clients.append(agent)
        await agent.start()
        agent_log = FrameLog(agent)
        await agent.request(p.SetAgentState(state="available"))
        from service_hub.demo_idp import mint_customer_token

        private = (tmp_path / "hub" / "demo-idp-private.pem").read_text()
        customer = client(ws_url, mint_customer_token(private, "pg-1", "Pia"))
        clients.append(customer)
        await customer.start()
        pair = await serve(customer, agent, agent_log)
        tally = Tally()
        tally.watch(customer)
        tally.watch(agent)

        stop_load = asyncio.Event()
        load = asyncio.create_task(chatter([pair], tally, stop_load, interval_s=0.05))
        await asyncio.sleep(1.0)
        assert _ready(port) == 200
        await asyncio.to_thread(cluster.stop)
        await wait_until(lambda: _ready(port) == 503, 10, "/readyz 503 while the database is down")
        with pytest.raises(HubRequestError) as refused:  # an error frame, not an ack
            await customer.request(p.ChatSend(id="during-outage", conversation_id=pair.conversation_id,
                                              text="written while the database is down"), timeout=15)
        assert refused.value.code == "internal" and "Traceback" not in refused.value.message
        await asyncio.sleep(1.0)  # the load goes on meanwhile
        await asyncio.to_thread(cluster.start)
        await wait_until(lambda: _ready(port) == 200, 20, "/readyz 200 again")
        await customer.request(p.ChatSend(id="after-outage", conversation_id=pair.conversation_id,
                                          text="after the restart"))
        await asyncio.sleep(0.5)
        stop_load.set()
        await load

        # Frames refused during the outage are dropped from the outbox with their error; the
        # apps show them as not sent. Everything that was acknowledged is stored and delivered.
        acked = tally.acked
        assert len(acked) > 20 and set(tally.errors.values()) <= {"internal"}
        assert acked.isdisjoint(tally.errors), "nothing both acknowledged and refused"
        assert tally.errors, "the outage was seen by the load too"
        stored = await stored_ids(cluster.url)
        assert all(stored.get(mid) == 1 for mid in acked)
        assert "after-outage" in stored

        def delivered() -> bool:
            got_c = set(received_ids(pair.customer_log, pair.conversation_id))
            got_a = set(received_ids(pair.agent_log, pair.conversation_id))
            return all(mid in (got_a if tally.sent[mid][1] == "customer" else got_c) for mid in acked)

        await wait_until(delivered, 15, "acknowledged messages at the other side")
        status = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2).read())
        assert status["status"] == "ready"
    finally:
        await close_all(clients)
        if hub is not None:
            stop(hub)
        cluster.destroy()
