"""Malformed frames, bad tokens and other people's conversations: clear errors, no crash."""

from __future__ import annotations

import asyncio
import json
import time

import aiohttp
import pytest

from client_core.hub_client import AuthRejected, HubClient, HubRequestError
from hub_protocol import frames as p
from tests.hubkit import NO_POSTGRES, FrameLog, RunningHub
from tests.realparts import POSTGRES, needs


async def _raw(hub: RunningHub, token: str) -> tuple[aiohttp.ClientSession, aiohttp.ClientWebSocketResponse]:
    session = aiohttp.ClientSession()
    ws = await session.ws_connect(hub.ws_url)
    await ws.send_str(p.encode(p.Hello(token=token)))
    welcome = json.loads((await ws.receive(timeout=5)).data)
    assert welcome["type"] == "welcome", welcome
    return session, ws


async def _next_error(ws: aiohttp.ClientWebSocketResponse) -> dict:
    while True:
        frame = json.loads((await ws.receive(timeout=5)).data)
        if frame["type"] == "error":
            return frame


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("this is not json", "bad_json"),
        ("[1, 2, 3]", "bad_frame"),
        ('{"type": "ping"}', "unsupported_version"),
        ('{"v": 99, "type": "ping"}', "unsupported_version"),
        ('{"v": 1, "type": "launch.missiles"}', "unknown_type"),
        ('{"v": 1, "type": "chat.send", "id": "m1", "conversation_id": "x"}', "invalid_frame"),
        ('{"v": 1, "type": "chat.send", "id": "m1", "conversation_id": "x", "text": "", "extra": 1}',
         "invalid_frame"),
        ('{"v": 1, "type": "feedback.submit", "conversation_id": "x", "rating": 9}', "invalid_frame"),
        ('{"v": 1, "type": "hello", "token": "again"}', "already_signed_in"),
    ],
)
async def test_malformed_frames_get_an_error_and_the_connection_survives(
    hub: RunningHub, raw: str, code: str
) -> None:
    session, ws = await _raw(hub, hub.customer_token())
    try:
        await ws.send_str(raw)
        error = await _next_error(ws)
        assert error["code"] == code
        assert "Traceback" not in error["message"] and "File \"" not in error["message"]
        await ws.send_str(p.encode(p.Ping(id="still-there")))
        pong = json.loads((await ws.receive(timeout=5)).data)
        assert pong == {"v": p.PROTOCOL_VERSION, "id": "still-there", "type": "pong"}
    finally:
        await ws.close()
        await session.close()


async def test_error_names_the_frame_it_answers(hub: RunningHub) -> None:
    session, ws = await _raw(hub, hub.customer_token())
    try:
        await ws.send_str('{"v": 1, "type": "chat.send", "id": "abc", "conversation_id": "x"}')
        error = await _next_error(ws)
        assert error["ref"] == "abc"
    finally:
        await ws.close()
        await session.close()


async def test_oversized_frame_closes_with_message_too_big(hub: RunningHub) -> None:
    session, ws = await _raw(hub, hub.customer_token())
    try:
        await ws.send_str("x" * (p.MAX_FRAME_BYTES + 1))
        msg = await ws.receive(timeout=5)
        assert msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING)
        assert ws.close_code == aiohttp.WSCloseCode.MESSAGE_TOO_BIG
    finally:
        await session.close()
    # The hub itself is fine.
    client = await hub.client(hub.customer_token())
    assert client.welcome is not None


@pytest.mark.parametrize(
    ("make_token", "code", "reason"),
    [
        (lambda hub: "not.a.token", "bad_token", "malformed"),
        (lambda hub: hub.customer_token(now=time.time() - 7200, ttl_s=600), "token_expired", "expired"),
        (lambda hub: hub.customer_token(audience="some-other-service"), "bad_token", "wrong_audience"),
        (lambda hub: hub.customer_token(issuer="https://evil.invalid"), "bad_token", "wrong_issuer"),
    ],
)
async def test_wrong_and_expired_tokens_are_refused_and_audited(hub: RunningHub, make_token, code: str,
                                                                reason: str) -> None:
    client = HubClient(hub.ws_url, make_token(hub), backoff_initial_s=0.05)
    with pytest.raises(AuthRejected) as info:
        await client.start(timeout=5)
    await client.close()
    assert info.value.code == code
    audit = await hub.hub.store.audit_entries()
    # The client hears the code; the audit log keeps the precise reason.
    assert any(a.action == "sign_in" and not a.allowed and a.detail == reason for a in audit)


async def test_token_signed_with_another_key_is_refused(hub: RunningHub, tmp_path) -> None:
    from service_hub.demo_idp import ensure_keypair, mint_customer_token

    other_private, _ = ensure_keypair(tmp_path / "other-idp")
    forged = mint_customer_token(other_private.read_text(), "cust-1", "Mallory")
    client = HubClient(hub.ws_url, forged)
    with pytest.raises(AuthRejected) as info:
        await client.start(timeout=5)
    await client.close()
    assert info.value.code == "bad_token"


async def test_agent_login_with_wrong_password(hub: RunningHub) -> None:
    await hub.add_agent()
    async with aiohttp.ClientSession() as session, session.post(
        f"{hub.http_url}/api/login", json={"username": "anna", "password": "wrong"}
    ) as resp:
        assert resp.status == 401
        assert (await resp.json())["error"] == "bad_credentials"
        async with session.post(f"{hub.http_url}/api/login", data=b"{nope") as bad:
            assert bad.status == 400


async def test_reading_someone_elses_conversation_is_refused_and_audited(hub: RunningHub) -> None:
    alice = await hub.client(hub.customer_token("alice", "Alice"))
    conv = (await alice.request(p.ChatStart())).conversation_id
    await alice.send_chat(conv, "my private question")

    mallory = await hub.client(hub.customer_token("mallory", "Mallory"))
    log = FrameLog(mallory)
    for frame in (
        p.Sync(conversation_id=conv, after_seq=0),
        p.ChatSend(id="x1", conversation_id=conv, text="hi"),
        p.HandoffRequest(conversation_id=conv),
        p.QueueLeave(conversation_id=conv),
        p.FeedbackSubmit(conversation_id=conv, rating=1),
    ):
        with pytest.raises(HubRequestError) as info:
            await mallory.request(frame)
        assert info.value.code == "forbidden"
    assert not [f for f in log.of(p.ChatMessage) if f.conversation_id == conv]
    refusals = [a for a in await hub.hub.store.audit_entries(f"conversation:{conv}") if not a.allowed]
    assert {a.actor for a in refusals} == {"customer:mallory"}
    assert len(refusals) == 5


async def test_customer_cannot_send_agent_frames(hub: RunningHub) -> None:
    customer = await hub.client(hub.customer_token())
    with pytest.raises(HubRequestError) as info:
        await customer.request(p.SetAgentState(state="available"))
    assert info.value.code == "forbidden"
    with pytest.raises(HubRequestError):
        await customer.request(p.HistorySearch(customer_ref="cust-1"))


async def test_agent_history_reads_are_audited(hub: RunningHub) -> None:
    customer = await hub.client(hub.customer_token("c9", "Ceci"))
    conv = (await customer.request(p.ChatStart())).conversation_id
    await hub.add_agent()
    agent = await hub.client(await hub.agent_token())
    results = await agent.request(p.HistorySearch(customer_ref="c9"))
    assert [c.conversation_id for c in results.conversations] == [conv]
    transcript = await agent.request(p.HistoryOpen(conversation_id=conv))
    assert transcript.messages[0].sender == "bot"
    assert (transcript.customer_name, transcript.channel, transcript.topic) == ("Ceci", "chat", "social_assistance")
    reads = [a for a in await hub.hub.store.audit_entries(f"conversation:{conv}") if a.action == "history.open"]
    assert len(reads) == 1 and reads[0].allowed and reads[0].actor.startswith("agent:")


async def test_full_queue_refuses_handoff(tmp_path) -> None:
    from tests.hubkit import hub_config, queue_file, start_hub, stop_hub

    running = await start_hub(hub_config(tmp_path, queue_config=str(queue_file(tmp_path, 1))))
    try:
        await running.add_agent()
        agent = await running.client(await running.agent_token())
        await agent.request(p.SetAgentState(state="available"))  # gets the offer, does not answer
        first = await running.client(running.customer_token("c1", "One"))
        c1 = (await first.request(p.ChatStart())).conversation_id
        await first.request(p.HandoffRequest(conversation_id=c1))
        second = await running.client(running.customer_token("c2", "Two"))
        log = FrameLog(second)
        c2 = (await second.request(p.ChatStart())).conversation_id
        status = await log.wait_for(p.HandoffStatus, conversation_id=c2)
        assert not status.available and status.reason == "full"
        with pytest.raises(HubRequestError) as info:
            await second.request(p.HandoffRequest(conversation_id=c2))
        assert info.value.code == "queue_full"
    finally:
        for c in running.clients:
            await c.close()
        await stop_hub(running)


@pytest.mark.postgres
@needs(POSTGRES, NO_POSTGRES)
async def test_handoff_refused_by_the_stores_count_leaves_nothing_behind(tmp_path) -> None:
    """On PostgreSQL a customer is mirrored, and an offer of them claimed, in
    the enqueue's own commit. When the store refuses that enqueue (another
    process filled the queue and its news has not arrived here), nothing of it
    stays: no offer, no copy in the router, no "handoff" message."""
    from sqlalchemy import delete, insert

    from service_hub.store.models import QueueEntry
    from tests.hubkit import fresh_postgres_database, hub_config, queue_file, start_hub, stop_hub

    running = await start_hub(hub_config(tmp_path, await fresh_postgres_database(),
                                         queue_config=str(queue_file(tmp_path, 2))))
    hub = running.hub

    async def elsewhere(subject: str) -> str:
        """A customer whose queue place another process took (no news of it here)."""
        client = await running.client(running.customer_token(subject, subject))
        conv = (await client.request(p.ChatStart())).conversation_id
        live = hub.conversations[conv]
        async with hub.store.engine.begin() as conn:
            await conn.execute(insert(QueueEntry).values(
                conversation_id=conv, channel=live.channel, language=live.language, topic=live.topic,
                state="waiting", priority=0, enqueued_at=live.created_at))
        return conv

    async def refused(client: HubClient, conv: str) -> None:
        with pytest.raises(HubRequestError) as info:
            await client.request(p.HandoffRequest(conversation_id=conv))
        assert info.value.code == "queue_full"
        assert hub.router.contact_state(conv) is None
        assert hub.conversations[conv].state == "bot"
        assert "handoff" not in [m.text for m in await hub.store.messages_after(conv)]
        assert not [o for o in agent_log.of(p.Offer) if o.conversation_id == conv]

    try:
        await running.add_agent()
        agent = await running.client(await running.agent_token())
        agent_log = FrameLog(agent)
        await agent.request(p.SetAgentState(state="available"))
        first, second = await elsewhere("e1"), await elsewhere("e2")  # the queue's two places
        customer = await running.client(running.customer_token("c1", "One"))
        c1 = (await customer.request(p.ChatStart())).conversation_id
        await refused(customer, c1)  # offered to the free agent in the refused commit: withdrawn

        # One place frees up and goes to c2, whose offer the agent leaves open:
        # c1 now waits in the mirror (no agent free) when the store refuses it.
        async with hub.store.engine.begin() as conn:
            await conn.execute(delete(QueueEntry).where(QueueEntry.conversation_id == first))
        c2_client = await running.client(running.customer_token("c2", "Two"))
        c2 = (await c2_client.request(p.ChatStart())).conversation_id
        await c2_client.request(p.HandoffRequest(conversation_id=c2))
        c2_offer = await agent_log.wait_for(p.Offer, conversation_id=c2)
        await refused(customer, c1)
        await agent.request(p.OfferAccept(offer_id=c2_offer.offer_id))  # room for one more chat

        # The other place frees up: c1 gets it and reaches the agent.
        async with hub.store.engine.begin() as conn:
            await conn.execute(delete(QueueEntry).where(QueueEntry.conversation_id == second))
        await customer.request(p.HandoffRequest(conversation_id=c1))
        offer = await agent_log.wait_for(p.Offer, conversation_id=c1)
        await agent.request(p.OfferAccept(offer_id=offer.offer_id))
        await agent_log.wait_for(p.ConversationAssigned, conversation_id=c1)
    finally:
        for c in running.clients:
            await c.close()
        await stop_hub(running)


async def test_colleague_list_follows_sign_ins_at_once_and_state_changes_at_a_measured_pace(tmp_path) -> None:
    from service_hub.core.queue_news import COLLEAGUES_EVERY_S
    from tests.hubkit import hub_config, start_hub, stop_hub

    running = await start_hub(hub_config(tmp_path))
    try:
        await running.add_agent("anna")
        await running.add_agent("bert")
        anna = await running.client(await running.agent_token("anna"))
        await anna.request(p.SetAgentState(state="available"))
        bert = await running.client(await running.agent_token("bert"))

        def lists() -> list[tuple[float, dict[str, str]]]:
            return [(t, {a.display_name: a.state for a in f.agents}) for t, f in stamped
                    if f.agents is not None]

        stamped: list[tuple[float, p.QueuesSnapshot]] = []
        anna.add_listener(lambda f: stamped.append((time.monotonic(), f)) if isinstance(f, p.QueuesSnapshot)
                          else None)
        # A sign-in is news at once (the next beat), with everyone in the list.
        deadline = time.monotonic() + 2.0
        while not any("Bert" in names for _, names in lists()) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        first = next((t, names) for t, names in lists() if "Bert" in names)
        assert first[1] == {"Anna": "available", "Bert": "away"}  # signed in, not yet available
        # A state change is news too, but not sooner than the list's pace.
        await bert.request(p.SetAgentState(state="available"))
        deadline = time.monotonic() + COLLEAGUES_EVERY_S + 2.0
        while not any(names.get("Bert") == "available" for _, names in lists()) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        later = next(t for t, names in lists() if names.get("Bert") == "available")
        assert later - first[0] >= COLLEAGUES_EVERY_S - 0.5
    finally:
        for c in running.clients:
            await c.close()
        await stop_hub(running)
