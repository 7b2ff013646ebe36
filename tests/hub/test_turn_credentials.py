"""TURN credentials from the hub: who gets them, for how long, in what shape.

That coturn accepts them (and refuses wrong or expired ones) is checked
against a real coturn in tests/netcall/test_relay.py; here the hub's side.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from client_core.hub_client import HubRequestError
from hub_protocol import frames as p
from service_hub import turn
from tests.hub.test_interpreter import SKILLS, video_call
from tests.hubkit import RunningHub, hub_config, start_hub, stop_hub

URLS = "turn:turn.example.fi:3478?transport=udp,turns:turn.example.fi:443?transport=tcp"


def test_credentials_follow_the_rest_api_scheme() -> None:
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    cred = turn.credentials("s3cret", "customer:abc/1", now, 3600)
    expiry, user = cred.username.split(":", 1)
    assert int(expiry) == int(now.timestamp()) + 3600
    assert cred.expires_at == now + timedelta(hours=1)
    assert user == "customer-abc-1"  # no separator coturn could misread
    # coturn recomputes exactly this from the username (use-auth-secret).
    expected = base64.b64encode(hmac.new(b"s3cret", cred.username.encode(), hashlib.sha1).digest())
    assert cred.credential == expected.decode()
    assert turn.credentials("other", "customer:abc/1", now, 3600).credential != cred.credential


def test_settings_need_a_secret_for_turn() -> None:
    assert turn.TurnSettings.from_config("", "") is None
    with pytest.raises(ValueError):
        turn.TurnSettings.from_config("", URLS)
    stun_only = turn.TurnSettings.from_config("", "", "stun:stun.example.fi:3478")
    assert stun_only is not None
    servers, expires = turn.ice_servers(stun_only, "x", datetime.now(UTC))
    assert servers == [{"urls": ["stun:stun.example.fi:3478"]}] and expires is None


async def test_participants_get_servers_for_the_call_and_others_are_refused(tmp_path: Path) -> None:
    running = await start_hub(hub_config(tmp_path, turn_secret="s3cret", turn_urls=URLS,
                                         turn_ttl_s=7200))
    try:
        conv, anna, _, customer, _ = await video_call(running)
        before = datetime.now(UTC)
        for client in (customer, anna):
            got = await client.request(p.RtcIceRequest(conversation_id=conv))
            assert isinstance(got, p.RtcIceServers) and got.conversation_id == conv
            (server,) = got.ice_servers
            assert server.urls == URLS.split(",")
            assert got.expires_at is not None
            assert timedelta(minutes=119) < got.expires_at - before <= timedelta(hours=2, seconds=5)
            assert server.username is not None and server.username.startswith(
                f"{int(got.expires_at.timestamp())}:")
        # Someone else's call: refused, and audited as a refused read.
        await running.add_agent("olli", **SKILLS)
        olli = await running.client(await running.agent_token("olli"))
        with pytest.raises(HubRequestError) as info:
            await olli.request(p.RtcIceRequest(conversation_id=conv))
        assert info.value.code == "forbidden"
        # Without a call: minutes, for the pre-session check.
        pre = await customer.request(p.RtcIceRequest())
        assert pre.expires_at is not None
        assert pre.expires_at - datetime.now(UTC) <= timedelta(seconds=turn.PRECHECK_TTL_S + 5)
        # A chat conversation has no call.
        chat = (await customer.request(p.ChatStart())).conversation_id
        with pytest.raises(HubRequestError) as info:
            await customer.request(p.RtcIceRequest(conversation_id=chat))
        assert info.value.code in ("forbidden", "bad_state")
    finally:
        for client in running.clients:
            await client.close()
        await stop_hub(running)


async def test_without_turn_configured_the_list_is_empty(hub: RunningHub) -> None:
    customer = await hub.client(hub.customer_token("cust-2"))
    got = await customer.request(p.RtcIceRequest())
    assert got.ice_servers == [] and got.expires_at is None
