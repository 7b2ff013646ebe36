"""Secrets never reach the log: a hub process at DEBUG, signed into, chatted through, signed out of."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from client_core.hub_client import HubClient
from hub_protocol import frames as p
from tests.reliability.chatload import serve
from tests.security.kit import launch_hub, stop, urlopen_json

pytestmark = pytest.mark.slow

SECRET = "signing-secret-Zq8vX2-do-not-log-" + "k" * 20
PASSWORD = "pa55word-Kx7-do-not-log"


async def test_tokens_passwords_and_signing_secret_never_logged(tmp_path: Path) -> None:
    log_file = tmp_path / "hub.log"
    hub = launch_hub(tmp_path / "hub", {"HUB_LOG_LEVEL": "DEBUG", "HUB_AGENT_TOKEN_SECRET": SECRET,
                                        "PYTHONASYNCIODEBUG": "1"}, log_file=log_file)
    clients: list[HubClient] = []
    try:
        hub.add_agent("anna", PASSWORD)
        base = f"http://127.0.0.1:{hub.port}"
        status, wrong = urlopen_json(f"{base}/api/login", data=json.dumps(
            {"username": "anna", "password": PASSWORD + "-wrong"}).encode(), headers={"Content-Type": "application/json"})
        assert status == 401
        status, body = urlopen_json(f"{base}/api/login", data=json.dumps(
            {"username": "anna", "password": PASSWORD}).encode(), headers={"Content-Type": "application/json"})
        assert status == 200
        agent_token = body["token"]
        customer_token = hub.customer_token("log-cust", "Lotta")
        agent = HubClient(hub.ws_url, agent_token)
        customer = HubClient(hub.ws_url, customer_token)
        clients += [agent, customer]
        await agent.start()
        await customer.start()
        from tests.hubkit import FrameLog

        agent_log = FrameLog(agent)
        await agent.request(p.SetAgentState(state="available"))
        pair = await serve(customer, agent, agent_log)
        await customer.request(p.ChatSend(id="s1", conversation_id=pair.conversation_id, text="hello"))
        await agent.request(p.ChatSend(id="s2", conversation_id=pair.conversation_id, text="hi"))
        # A bad token, a refresh and a sign-out: their paths log too.
        bad = HubClient(hub.ws_url, agent_token[:-4] + "AAAA")
        with pytest.raises(Exception):  # noqa: B017 - refused, whatever the exact class
            await bad.start(timeout=5)
        await bad.close()
        status, refreshed = urlopen_json(f"{base}/api/token/refresh", data=b"",
                                         headers={"Authorization": f"Bearer {agent_token}"})
        assert status == 200
        status, _ = urlopen_json(f"{base}/api/logout", data=b"", headers={"Authorization": f"Bearer {agent_token}"})
        assert status == 200
        await asyncio.sleep(0.5)
    finally:
        for c in clients:
            await c.close()
        stop(hub)
    log = log_file.read_text(errors="replace")
    assert "DEBUG" in log, "the hub really logged at DEBUG"
    private_key = (tmp_path / "hub" / "demo-idp-private.pem").read_text().strip().splitlines()[1]
    secrets = {
        "signing secret": SECRET,
        "password": PASSWORD,
        "agent token": agent_token,
        "agent token signature": agent_token.rsplit(".", 1)[1],
        "refreshed token": refreshed["token"],
        "customer token": customer_token,
        "customer token signature": customer_token.rsplit(".", 1)[1],
        "identity provider private key": private_key,
    }
    leaked = [name for name, value in secrets.items() if value in log]
    assert not leaked, f"in the log: {leaked}"
