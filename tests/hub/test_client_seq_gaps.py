"""HubClient and chat messages that arrive out of seq order.

The hub relays a committed message from the task that stored it, so a later
message can be delivered live before an earlier one (on PostgreSQL an accept
reads the transcript between committing 'joined' and relaying it; several hub
processes). The client must show both, and the seq it resumes from must not
skip the one still missing; a gap that stays open is filled with ``sync``.

The end-to-end tests make that order at a real hub: one holds back the
transcript of an accept (both databases); the others hold back the live
delivery of one committed message (``hold_delivery`` from
test_in_flight_delivery). Those run on SQLite only: with PostgreSQL a hub
process relays a conversation's messages in seq order (cluster
``_deliver_upto`` sends the held one along with the next), so there the order
breaks only across the accept's transcript (or across processes).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from client_core.conversation.transcript import IncomingMessage, Transcript
from client_core.hub_client import HubClient, LinkState, SeqWatermarks
from hub_protocol import frames as p
from tests.hub.test_in_flight_delivery import committed, hold_delivery
from tests.hubkit import FrameLog, RunningHub, hub_config, start_hub, stop_hub

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
CONV = "c1"


def chat(seq: int, conv: str = CONV) -> p.ChatMessage:
    return p.ChatMessage(conversation_id=conv, seq=seq, sender="customer", sender_name="Maija",
                         text=f"m{seq}", sent_at=T0)


def assigned(top: int, conv: str = CONV) -> p.ConversationAssigned:
    return p.ConversationAssigned(conversation_id=conv, customer_id="cust-1", customer_name="Maija",
                                  channel="chat", language="fi", topic="general",
                                  messages=[chat(s, conv) for s in range(1, top + 1)])


def invited(top: int, conv: str = CONV) -> p.ConversationInvited:
    return p.ConversationInvited(conversation_id=conv, customer_id="cust-1", customer_name="Maija",
                                 channel="video", language="fi", topic="general", invited_by="Anna",
                                 participants=["customer:cust-1", "agent:1"],
                                 messages=[chat(s, conv) for s in range(1, top + 1)])


def offline_client() -> tuple[HubClient, list[int]]:
    """A client fed frames by hand (never connected: no gap fill runs)."""
    client = HubClient("ws://127.0.0.1:9/ws", "token")
    seen: list[int] = []
    client.add_listener(lambda f: seen.append(f.seq) if isinstance(f, p.ChatMessage) else None)
    return client, seen


# ------------------------------------------------------------ the rule itself


def test_watermark_moves_over_contiguous_seqs_only() -> None:
    w = SeqWatermarks()
    assert [w.receive(CONV, s) for s in (1, 2, 4, 6)] == [True] * 4
    assert (w.last[CONV], w.above[CONV]) == (2, {4, 6})
    assert not w.receive(CONV, 4) and not w.receive(CONV, 2)  # duplicates, above and below
    assert w.receive(CONV, 3)
    assert (w.last[CONV], w.above[CONV]) == (4, {6})
    assert w.receive(CONV, 5)
    assert (w.last[CONV], w.has_gap(CONV), w.gaps()) == (6, False, [])


def test_a_replay_after_the_watermark_fills_the_gap_once() -> None:
    w = SeqWatermarks()
    for s in (1, 2, 5, 7):
        w.receive(CONV, s)
    replay = range(w.last[CONV] + 1, 9)  # what resume/sync sends: everything after the watermark
    assert [s for s in replay if w.receive(CONV, s)] == [3, 4, 6, 8]
    assert (w.last[CONV], w.has_gap(CONV)) == (8, False)


def test_a_transcript_sets_the_watermark_and_keeps_what_is_above_it() -> None:
    w = SeqWatermarks()
    w.receive(CONV, 3)
    w.receive(CONV, 7)
    w.transcript(CONV, 5)  # 1..5: covers 3; 6 still missing below 7
    assert (w.last[CONV], w.above[CONV]) == (5, {7})
    w.transcript(CONV, 2)  # an older transcript takes nothing back
    assert w.last[CONV] == 5
    w.transcript(CONV, 6)
    assert (w.last[CONV], w.has_gap(CONV)) == (7, False)


# ------------------------------------------------------------ HubClient frames in


async def test_a_late_lower_seq_is_dispatched_and_resume_waits_for_it() -> None:
    client, seen = offline_client()
    for s in (1, 2, 4):
        client._handle(chat(s))  # noqa: SLF001
    assert client.last_seq[CONV] == 2  # hello.resume would ask for 3 again
    for s in (3, 4, 3, 2, 5):
        client._handle(chat(s))  # noqa: SLF001
    assert seen == [1, 2, 4, 3, 5]  # arrival order, each once
    assert client.last_seq[CONV] == 5


async def test_assigned_transcript_after_an_overtaking_message() -> None:
    """An accept: N+1 live, then the transcript up to N-1, then 'joined' N."""
    client, seen = offline_client()
    client._handle(chat(6))  # noqa: SLF001
    client._handle(assigned(4))  # noqa: SLF001
    assert client.last_seq[CONV] == 4
    client._handle(chat(5))  # noqa: SLF001
    client._handle(chat(6))  # noqa: SLF001
    assert seen == [6, 5]
    assert client.last_seq[CONV] == 6


async def test_invited_transcript_sets_the_watermark() -> None:
    client, seen = offline_client()
    client._handle(chat(6))  # noqa: SLF001
    client._handle(invited(4))  # noqa: SLF001
    assert client.last_seq[CONV] == 4
    client._handle(chat(5))  # noqa: SLF001
    client._handle(chat(3))  # in the transcript already  # noqa: SLF001
    assert seen == [6, 5]
    assert client.last_seq[CONV] == 6


async def test_history_transcript_changes_no_watermark() -> None:
    client, seen = offline_client()
    client._handle(chat(1))  # noqa: SLF001
    client._handle(p.HistoryTranscript(  # noqa: SLF001
        conversation_id=CONV, customer_id="cust-1", customer_name="Maija", channel="chat",
        language="fi", topic="general", started_at=T0, messages=[chat(s) for s in range(1, 6)]))
    assert client.last_seq[CONV] == 1
    client._handle(chat(2))  # noqa: SLF001
    assert seen == [1, 2]


# ------------------------------------------------------------ against a real hub


@pytest.fixture
async def sqlite_hub(tmp_path: Path) -> AsyncIterator[RunningHub]:
    running = await start_hub(hub_config(tmp_path))
    yield running
    for client in running.clients:
        await client.close()
    await stop_hub(running)


async def handed_off(hub: RunningHub, **client_options: Any) -> tuple[str, HubClient, FrameLog, HubClient,
                                                                     FrameLog, p.Offer]:
    """A chat the customer handed off, offered to anna: (conv, agent, log, customer, log, offer)."""
    await hub.add_agent()
    agent = await hub.client(await hub.agent_token(), **client_options.get("agent", {}))
    agent_log = FrameLog(agent)
    await agent.request(p.SetAgentState(state="available"))
    customer = await hub.client(hub.customer_token(), **client_options.get("customer", {}))
    customer_log = FrameLog(customer)
    conv = (await customer.request(p.ChatStart(language="fi"))).conversation_id
    await customer.send_chat(conv, "Haluan puhua ihmisen kanssa")
    await customer.request(p.HandoffRequest(conversation_id=conv))
    offer = await agent_log.wait_for(p.Offer)
    return conv, agent, agent_log, customer, customer_log, offer


async def served(hub: RunningHub, **client_options: Any) -> tuple[str, HubClient, FrameLog, HubClient, FrameLog]:
    """A chat the customer handed to anna: (conv, agent, log, customer, log)."""
    conv, agent, agent_log, customer, customer_log, offer = await handed_off(hub, **client_options)
    await agent.request(p.OfferAccept(offer_id=offer.offer_id))
    await customer_log.wait_for(p.ConversationStatus, state="active")
    await agent_log.wait_for(p.ConversationAssigned)
    return conv, agent, agent_log, customer, customer_log


async def overtaken(hub: RunningHub, conv: str, customer: HubClient, agent: HubClient,
                    watchers: list[FrameLog]) -> tuple[int, asyncio.Event, asyncio.Event]:
    """The customer writes "first" (seq N, its live delivery held at the hub)
    and the agent "second" (N+1, delivered): returns N and the hold's (go, done).
    (The hub handles one connection's frames in turn: "second" comes from the
    other connection while the customer's "first" waits.)"""
    go, done = hold_delivery(hub, "first")
    await customer.send_chat(conv, "first")
    seq = await committed(hub, conv, "first")
    await agent.send_chat(conv, "second")
    for log in watchers:
        await log.wait_for(p.ChatMessage, text="second")
    return seq, go, done


def seqs(log: FrameLog, conv: str) -> list[int]:
    return [f.seq for f in log.of(p.ChatMessage) if f.conversation_id == conv]


async def stored_seqs(hub: RunningHub, conv: str) -> list[int]:
    return [m.seq for m in await hub.hub.store.messages_after(conv)]


def count_syncs(client: HubClient) -> list[str]:
    calls: list[str] = []
    fill = client._fill_gap  # noqa: SLF001

    async def counted(ws: Any, conv: str) -> None:
        calls.append(conv)
        await fill(ws, conv)

    client._fill_gap = counted  # type: ignore[method-assign]  # noqa: SLF001
    return calls


async def test_messages_that_overtake_the_accepting_agents_transcript(hub: RunningHub) -> None:
    """An accept commits 'joined' (seq N), then reads the transcript before N
    for conversation.assigned; a customer message N+1 sent meanwhile reaches
    the agent first (SQLite: N+1, transcript, N; PostgreSQL: N, N+1, transcript)."""
    conv, agent, agent_log, customer, _, offer = await handed_off(hub, agent={"gap_fill_after_s": 60.0})
    go = asyncio.Event()
    transcript_for = hub.hub.delivery.assigned_frame

    async def held(live: Any, before_seq: int | None = None) -> p.ConversationAssigned:
        if before_seq is not None:  # the accept's transcript
            await go.wait()
        return await transcript_for(live, before_seq)

    hub.hub.delivery.assigned_frame = held  # type: ignore[method-assign]
    try:
        await agent.request(p.OfferAccept(offer_id=offer.offer_id))  # acked before the transcript
        await customer.send_chat(conv, "during the accept")
        await agent_log.wait_for(p.ChatMessage, text="during the accept")
        assert agent.last_seq.get(conv, 0) == 0  # a resume now would not skip 'joined'
    finally:
        go.set()
    assigned = await agent_log.wait_for(p.ConversationAssigned)
    await agent_log.wait_for(p.ChatMessage, text=f"joined:{agent.welcome.display_name}")  # type: ignore[union-attr]
    await customer.send_chat(conv, "after")
    await agent_log.wait_for(p.ChatMessage, text="after")

    order = [f.seq if isinstance(f, p.ChatMessage) else "assigned" for f in agent_log.frames
             if isinstance(f, p.ChatMessage | p.ConversationAssigned) and f.conversation_id == conv]
    n = max(m.seq for m in assigned.messages) + 1  # 'joined'
    assert order.index(n + 1) < order.index("assigned")  # the race happened
    stored = await stored_seqs(hub, conv)
    got = [m.seq for m in assigned.messages] + seqs(agent_log, conv)
    assert sorted(got) == stored  # each once, none missing
    assert agent.last_seq[conv] == stored[-1]


async def test_a_message_overtaken_live_is_kept_and_shown_in_seq_order(sqlite_hub: RunningHub) -> None:
    hub = sqlite_hub
    never = {"gap_fill_after_s": 60.0}  # the late live copy, not a sync, must fill the gap
    conv, agent, agent_log, customer, customer_log = await served(hub, agent=never, customer=never)
    syncs = count_syncs(agent) + count_syncs(customer)
    seq, go, done = await overtaken(hub, conv, customer, agent, [agent_log, customer_log])
    assert agent.last_seq[conv] == customer.last_seq[conv] == seq - 1  # resume would not skip N

    go.set()
    await asyncio.wait_for(done.wait(), 5)
    for log in (agent_log, customer_log):
        await log.wait_for(p.ChatMessage, text="first")

    assert agent.last_seq[conv] == customer.last_seq[conv] == seq + 1
    assert syncs == []
    transcript = [m.seq for m in agent_log.of(p.ConversationAssigned)[0].messages]
    stored = await stored_seqs(hub, conv)
    for got in (transcript + seqs(agent_log, conv), seqs(customer_log, conv)):
        assert got[-2:] == [seq + 1, seq]  # dispatched in arrival order
        assert sorted(got) == stored  # each once, none missing

    # What the agent's transcript shows, fed in arrival order: seq order.
    agent_view = Transcript(conv)
    agent_view.load(incoming(m) for m in agent_log.of(p.ConversationAssigned)[0].messages)
    for f in agent_log.of(p.ChatMessage):
        agent_view.add(incoming(f))
    assert [r.seq for r in agent_view.messages()] == stored
    assert [r.text for r in agent_view.messages()][-2:] == ["first", "second"]


async def test_a_reconnect_resumes_from_below_the_gap(sqlite_hub: RunningHub) -> None:
    hub = sqlite_hub
    slow = {"gap_fill_after_s": 1.0}
    conv, agent, agent_log, customer, _ = await served(hub, agent=slow)
    syncs = count_syncs(agent)
    seq, go, done = await overtaken(hub, conv, customer, agent, [agent_log])
    try:
        assert agent.last_seq[conv] == seq - 1
        assert agent._ws is not None and agent._ws._response.connection is not None  # noqa: SLF001
        agent._ws._response.connection.transport.abort()  # noqa: SLF001  # link cut: no close frame
        await agent_log.wait_for(p.ChatMessage, text="first")  # the resume replay brings it
        assert agent.state is LinkState.ONLINE
        assert agent.last_seq[conv] == seq + 1
    finally:
        go.set()
    await asyncio.wait_for(done.wait(), 5)
    await customer.send_chat(conv, "after")
    await agent_log.wait_for(p.ChatMessage, text="after")
    await asyncio.sleep(1.2)  # a gap fill, had one been left armed, would have gone out by now
    assert len(seqs(agent_log, conv)) == len(set(seqs(agent_log, conv)))  # none twice
    assert seqs(agent_log, conv)[-3:] == [seq + 1, seq, seq + 2]
    assert syncs == []  # the resume covered the gap; no sync raced it


async def test_a_gap_that_stays_open_is_filled_by_sync(sqlite_hub: RunningHub) -> None:
    hub = sqlite_hub
    conv, agent, agent_log, customer, customer_log = await served(
        hub, agent={"gap_fill_after_s": 0.2}, customer={"gap_fill_after_s": 60.0})
    syncs = count_syncs(agent)
    seq, go, done = await overtaken(hub, conv, customer, agent, [agent_log, customer_log])
    try:
        await agent_log.wait_for(p.ChatMessage, text="first")  # never sent live: the sync replay
        assert agent.last_seq[conv] == seq + 1
        assert customer.last_seq[conv] == seq - 1  # no sync yet: still waiting for it
        await asyncio.sleep(0.5)
        assert syncs == [conv]  # one, not one per timer tick
        assert seqs(agent_log, conv)[-2:] == [seq + 1, seq]
    finally:
        go.set()
    await asyncio.wait_for(done.wait(), 5)
    await customer_log.wait_for(p.ChatMessage, text="first")
    await customer.send_chat(conv, "after")
    await agent_log.wait_for(p.ChatMessage, text="after")
    assert seqs(agent_log, conv)[-3:] == [seq + 1, seq, seq + 2]  # the late live copy: dropped
    assert agent.last_seq[conv] == seq + 2


def incoming(m: p.ChatMessage) -> IncomingMessage:
    return IncomingMessage(m.seq, m.sender, m.sender_name, m.text, m.sent_at, m.client_msg_id)
