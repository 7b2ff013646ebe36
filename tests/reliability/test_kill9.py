"""kill -9 of the hub process under load, then a restart: nothing acknowledged is lost.

Two agents serve four chats with messages flowing both ways every 20 ms;
three more customers wait in the queue. The hub process is killed with
SIGKILL mid-stream, the clients keep writing into their outboxes, a new hub
process starts on the same port and the same database, and the
``HubClient``s reconnect and resume on their own. Then: every message whose
sender got an ``ack`` is in the store exactly once and reached the other
side, nothing is doubled, and the queue comes back in its order.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import urllib.request
from pathlib import Path

import pytest

from client_core.hub_client import LinkState
from hub_protocol import frames as p
from service_hub.auth import hash_password
from service_hub.store.db import make_engine, migrate, sqlite_url
from service_hub.store.repo import Store
from tests.hubkit import FrameLog, free_port
from tests.reliability.chatload import (
    Tally,
    all_online,
    chatter,
    client,
    close_all,
    received_ids,
    serve,
    stored_ids,
    wait_until,
)
from tests.security.kit import launch_hub, stop

pytestmark = pytest.mark.slow


def _login(port: int, username: str) -> str:
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/login", method="POST",
                                 data=json.dumps({"username": username, "password": "correct horse"}).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.loads(resp.read())["token"]


async def _add_agents(url: str, names: list[str]) -> None:
    store = Store(make_engine(url))
    await migrate(store.engine)
    h = hash_password("correct horse")
    for n in names:
        await store.add_agent(n, n.title(), h, {"languages": {"fi": 5}, "channels": ["chat"]})
    await store.close()


async def _waiting_order(url: str) -> list[str]:
    store = Store(make_engine(url))
    try:
        return [e.conversation_id for e in await store.waiting_entries()]
    finally:
        await store.close()


async def test_kill_9_under_load_loses_nothing_acknowledged(tmp_path: Path, database_url: str) -> None:
    data_dir = tmp_path / "hub"
    data_dir.mkdir()
    url = database_url or sqlite_url(data_dir / "hub.db")
    await _add_agents(url, ["anna", "bert", "cara"])
    port = free_port()
    env = {"HUB_AGENT_GRACE_S": "30", "HUB_MAX_CHATS_PER_AGENT": "2", "HUB_OFFER_TIMEOUT_S": "30",
           "HUB_DATABASE_URL": database_url} if database_url else {
           "HUB_AGENT_GRACE_S": "30", "HUB_MAX_CHATS_PER_AGENT": "2", "HUB_OFFER_TIMEOUT_S": "30"}
    hub = launch_hub(data_dir, env, port=port)
    clients = []
    try:
        ws_url = f"ws://127.0.0.1:{port}/ws"
        agents = [client(ws_url, _login(port, n)) for n in ("anna", "bert")]
        clients += agents
        tally = Tally()
        logs = []
        for a in agents:
            await a.start()
            logs.append(FrameLog(a))
            tally.watch(a)
            await a.request(p.SetAgentState(state="available"))
        private = (data_dir / "demo-idp-private.pem").read_text()
        from service_hub.demo_idp import mint_customer_token

        pairs = []
        for i in range(4):
            c = client(ws_url, mint_customer_token(private, f"k{i}", f"K{i}"))
            clients.append(c)
            await c.start()
            tally.watch(c)
            a, log = (agents[0], logs[0]) if i % 2 == 0 else (agents[1], logs[1])
            pairs.append(await serve(c, a, log))
        waiting = []
        for i in range(3):  # both agents are full: these wait, in this order
            c = client(ws_url, mint_customer_token(private, f"w{i}", f"W{i}"))
            clients.append(c)
            await c.start()
            conv = (await c.request(p.ChatStart())).conversation_id
            await c.request(p.HandoffRequest(conversation_id=conv))
            waiting.append(conv)
        assert await _waiting_order(url) == waiting

        stop_load = asyncio.Event()
        # 20 messages/s per agent connection: under the per-connection limit of 50 frames/s,
        # with room for the outbox re-sent at once after the reconnect.
        load = asyncio.create_task(chatter(pairs, tally, stop_load, interval_s=0.05))
        await asyncio.sleep(1.5)
        acked_before_kill = set(tally.acked)
        os.kill(hub.proc.pid, signal.SIGKILL)
        hub.proc.wait(5)
        await wait_until(lambda: all(c.state is not LinkState.ONLINE for c in clients), 10, "links down")
        await asyncio.sleep(0.5)  # still writing: into the outboxes
        hub = launch_hub(data_dir, env, port=port)
        await all_online(clients, 20)  # nobody told them to: they reconnect and resume
        await asyncio.sleep(1.0)
        stop_load.set()
        await load
        await wait_until(lambda: all(not c.unacknowledged for c in clients), 20, "outboxes empty")

        assert len(acked_before_kill) > 50, "there was load when the hub was killed"
        assert tally.acked == set(tally.sent), "every message sent was acknowledged in the end"
        assert not tally.errors, tally.errors

        def delivered() -> bool:
            for pair in pairs:
                got_customer = set(received_ids(pair.customer_log, pair.conversation_id))
                got_agent = set(received_ids(pair.agent_log, pair.conversation_id))
                for mid, (conv, role) in tally.sent.items():
                    if conv == pair.conversation_id and mid not in (got_agent if role == "customer" else got_customer):
                        return False
            return True

        await wait_until(delivered, 15, "every acknowledged message at the other side")
        stored = await stored_ids(url)
        assert all(stored.get(mid) == 1 for mid in tally.acked), "acknowledged = stored, exactly once"
        for pair in pairs:
            for log in (pair.customer_log, pair.agent_log):
                seqs = [f.seq for f in log.of(p.ChatMessage) if f.conversation_id == pair.conversation_id]
                assert seqs == sorted(set(seqs)), "no duplicate or out-of-order delivery"

        # The queue came back in its order: a third agent gets the waiting customers first-come first.
        assert await _waiting_order(url) == waiting
        cara = client(ws_url, _login(port, "cara"))
        clients.append(cara)
        await cara.start()
        cara_log = FrameLog(cara)
        await cara.request(p.SetAgentState(state="available"))
        first = await cara_log.wait_for(p.Offer, timeout=10)
        assert first.conversation_id == waiting[0]
        await cara.request(p.OfferAccept(offer_id=first.offer_id))
        second = await cara_log.wait_for(p.Offer, conversation_id=waiting[1], timeout=10)
        assert not [o for o in cara_log.of(p.Offer) if o.conversation_id == waiting[2]], "the third waits"
        assert second.conversation_id == waiting[1]
    finally:
        await close_all(clients)
        stop(hub)
