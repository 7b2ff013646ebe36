"""One agent's network is cut (a veth link down, in a namespace the test makes):
after the grace period the hub gives that agent's customer to another agent."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from aiohttp import web

from hub_protocol import frames as p
from tests.hubkit import ROOT, FrameLog, hub_config, start_hub, stop_hub
from tests.realparts import NETNS, missing_tools, needs, require

pytestmark = [pytest.mark.slow, pytest.mark.netns]

AGENT_IN_NAMESPACE = textwrap.dedent("""
    import asyncio, sys
    from client_core.hub_client import HubClient
    from hub_protocol import frames as p

    async def main(url, token):
        client = HubClient(url, token, backoff_initial_s=0.2, backoff_max_s=1.0)
        def on_frame(frame):
            if isinstance(frame, p.Offer):
                asyncio.ensure_future(client.request(p.OfferAccept(offer_id=frame.offer_id)))
            elif isinstance(frame, p.ConversationAssigned):
                print("assigned", frame.conversation_id, flush=True)
        client.add_listener(on_frame)
        await client.start(timeout=10)
        await client.request(p.SetAgentState(state="available"))
        print("ready", flush=True)
        await asyncio.sleep(3600)

    asyncio.run(main(sys.argv[1], sys.argv[2]))
""")


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, timeout=10)


class Namespace:
    """netns + veth pair: 10.231.<n>.1 on the host side, .2 inside."""

    def __init__(self) -> None:
        tag = f"{os.getpid() % 10000}"
        self.ns, self.host_if, self.ns_if = f"relns{tag}", f"rvh{tag}", f"rvn{tag}"
        octet = os.getpid() % 200 + 20
        self.host_ip, self.ns_ip = f"10.231.{octet}.1", f"10.231.{octet}.2"
        self.made: list[str] = []
        try:
            _ip("netns", "add", self.ns)
            self.made.append("ns")
            _ip("link", "add", self.host_if, "type", "veth", "peer", "name", self.ns_if)
            self.made.append("link")
            _ip("link", "set", self.ns_if, "netns", self.ns)
            _ip("addr", "add", f"{self.host_ip}/30", "dev", self.host_if)
            _ip("link", "set", self.host_if, "up")
            _ip("-n", self.ns, "addr", "add", f"{self.ns_ip}/30", "dev", self.ns_if)
            _ip("-n", self.ns, "link", "set", self.ns_if, "up")
            _ip("-n", self.ns, "link", "set", "lo", "up")
        except (subprocess.CalledProcessError, OSError) as exc:
            self.cleanup()
            err = getattr(exc, "stderr", b"") or b""
            require(NETNS, f"cannot make a network namespace here: {err.decode(errors='replace').strip() or exc}")

    def cut(self) -> None:
        _ip("link", "set", self.host_if, "down")

    def cleanup(self) -> None:
        if "link" in self.made:
            subprocess.run(["ip", "link", "del", self.host_if], capture_output=True, timeout=10)
        if "ns" in self.made:
            subprocess.run(["ip", "netns", "del", self.ns], capture_output=True, timeout=10)


@needs(NETNS, lambda: missing_tools("ip") or (None if os.geteuid() == 0 else "making one needs root"))
async def test_cut_agent_customers_go_to_another_agent_after_grace(tmp_path: Path) -> None:
    netns = Namespace()
    proc = None
    running = None
    try:
        grace = 2.0
        running = await start_hub(hub_config(tmp_path, agent_grace_s=grace, ws_heartbeat_s=1.0, offer_timeout_s=10))
        site = web.TCPSite(running.runner, netns.host_ip, running.port)  # reachable from the namespace
        await site.start()
        await running.add_agent("anna")
        await running.add_agent("bert")
        anna_token = await running.agent_token("anna")
        proc = subprocess.Popen(
            ["ip", "netns", "exec", netns.ns, sys.executable, "-c", AGENT_IN_NAMESPACE,
             f"ws://{netns.host_ip}:{running.port}/ws", anna_token],
            stdout=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert proc.stdout is not None
        line = await asyncio.wait_for(asyncio.to_thread(proc.stdout.readline), 20)
        assert line.strip() == "ready", line

        bert = await running.client(await running.agent_token("bert"))  # on 127.0.0.1, away for now
        bert_log = FrameLog(bert)
        customer = await running.client(running.customer_token("cut-1", "Customer"))
        customer_log = FrameLog(customer)
        conv = (await customer.request(p.ChatStart())).conversation_id
        await customer.request(p.HandoffRequest(conversation_id=conv))
        line = await asyncio.wait_for(asyncio.to_thread(proc.stdout.readline), 15)
        assert line.split() == ["assigned", conv]
        await customer_log.wait_for(p.ConversationStatus, conversation_id=conv, state="active", agent_name="Anna")
        await customer.send_chat(conv, "before the cut")
        await bert.request(p.SetAgentState(state="available"))

        cut_at = time.monotonic()
        netns.cut()
        offer = await bert_log.wait_for(p.Offer, conversation_id=conv, timeout=20)
        rerouted_s = time.monotonic() - cut_at
        assert rerouted_s >= grace, "not before the grace period"
        await bert.request(p.OfferAccept(offer_id=offer.offer_id))
        assigned = await bert_log.wait_for(p.ConversationAssigned, conversation_id=conv)
        assert "before the cut" in [m.text for m in assigned.messages], "the new agent sees the transcript"
        await customer_log.wait_for(p.ConversationStatus, conversation_id=conv, state="active", agent_name="Bert")
        assert "requeued" in customer_log.texts(conv)
        row = await running.hub.store.conversation(conv)
        assert row is not None and row.state == "active" and row.agent_id == 2
        print(f"re-routed {rerouted_s:.1f} s after the cut (heartbeat 1 s, grace {grace} s)")
    finally:
        if proc is not None:
            proc.kill()
            proc.wait(5)
        if running is not None:
            for c in running.clients:
                await c.close()
            await stop_hub(running)
        netns.cleanup()
