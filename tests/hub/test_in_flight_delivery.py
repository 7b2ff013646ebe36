"""A chat message is committed (in the transcript) a moment before it is
delivered live: the task that stored it relays it on its next turn. A
transcript sent in that moment -- the replay of a client signing in again with
``hello.resume``, or the transcript in ``conversation.assigned`` -- already
holds it, and the live copy that follows must not reach that client again
(bench/load.py counted 3 such duplicates in its full run, in reconnect storms).

The tests widen that moment deterministically: the live delivery of one
message waits until the transcript has been sent. They read raw frames (a
``HubClient`` drops a seq it already has, which would hide a duplicate).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import aiohttp
import pytest

from hub_protocol import frames as p
from service_hub.store.repo import StoredMessage
from tests.hubkit import RunningHub

IN_FLIGHT = "sent while the other side reconnects"


class Raw:
    """One WebSocket speaking the wire protocol, every frame kept."""

    def __init__(self, session: aiohttp.ClientSession, url: str, token: str) -> None:
        self.session, self.url, self.token = session, url, token
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self.frames: list[dict[str, Any]] = []
        self.changed = asyncio.Event()
        self.reader: asyncio.Task[None] | None = None
        self.n = 0

    async def connect(self, resume: dict[str, int] | None = None) -> None:
        self.frames = []
        self.ws = await self.session.ws_connect(self.url)
        await self.ws.send_str(p.encode(p.Hello(token=self.token, resume=resume or {})))
        self.reader = asyncio.create_task(self._read(self.ws))
        await self.wait(lambda f: f["type"] == "welcome")

    async def _read(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        async for msg in ws:
            if msg.type is aiohttp.WSMsgType.TEXT:
                self.frames.append(json.loads(msg.data))
                self.changed.set()

    def abort(self) -> None:
        """A storm: TCP cut, no close frame."""
        assert self.ws is not None and self.ws._response.connection is not None  # noqa: SLF001
        self.ws._response.connection.transport.abort()  # noqa: SLF001

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        if self.reader is not None:
            self.reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.reader

    async def wait(self, match: Callable[[dict[str, Any]], bool], timeout: float = 5) -> dict[str, Any]:
        async def find() -> dict[str, Any]:
            while True:
                for f in self.frames:
                    if match(f):
                        return f
                self.changed.clear()
                await self.changed.wait()

        return await asyncio.wait_for(find(), timeout)

    async def request(self, kind: type[Any], **fields: Any) -> dict[str, Any]:
        self.n += 1
        frame = kind(id=f"r{self.n}", **fields)
        assert self.ws is not None
        await self.ws.send_str(p.encode(frame))
        answer = await self.wait(lambda f: f.get("ref") == frame.id or f.get("id") == frame.id)
        assert answer["type"] != "error", answer
        return answer

    async def flushed(self) -> None:
        """Everything the hub sent this socket before now has arrived."""
        await self.request(p.Ping)

    def chat(self, conv: str) -> list[dict[str, Any]]:
        return [f for f in self.frames if f["type"] == "chat.message" and f["conversation_id"] == conv]

    def last_seq(self, conv: str) -> int:
        return max((f["seq"] for f in self.chat(conv)), default=0)


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as s:
        yield s


def hold_delivery(hub: RunningHub, text: str) -> tuple[asyncio.Event, asyncio.Event]:
    """The live delivery of the message ``text`` waits for ``go`` (it is
    committed already); ``done`` is set once it went out."""
    go, done = asyncio.Event(), asyncio.Event()
    deliver = hub.hub.delivery.deliver_message

    async def held(live: Any, stored: StoredMessage) -> None:
        if stored.text == text:
            await go.wait()
        await deliver(live, stored)
        if stored.text == text:
            done.set()

    hub.hub.delivery.deliver_message = held  # type: ignore[method-assign]
    return go, done


async def committed(hub: RunningHub, conv: str, text: str) -> int:
    for _ in range(250):
        for m in await hub.hub.store.messages_after(conv):
            if m.text == text:
                return m.seq
        await asyncio.sleep(0.02)
    raise AssertionError(f"{text!r} was never committed")


async def signed_in_pair(hub: RunningHub, session: aiohttp.ClientSession) -> tuple[Raw, Raw]:
    """An agent and a customer, each on a raw WebSocket, signed in."""
    await hub.add_agent()
    agent = Raw(session, hub.ws_url, await hub.agent_token())
    customer = Raw(session, hub.ws_url, hub.customer_token())
    await agent.connect()
    await customer.connect()
    return agent, customer


async def served(hub: RunningHub, agent: Raw, customer: Raw) -> str:
    """A chat the customer handed to the agent, active on both sides."""
    await agent.request(p.SetAgentState, state="available")
    conv = (await customer.request(p.ChatStart, language="fi"))["conversation_id"]
    await customer.request(p.HandoffRequest, conversation_id=conv)
    offer = await agent.wait(lambda f: f["type"] == "offer" and f["conversation_id"] == conv)
    await agent.request(p.OfferAccept, offer_id=offer["offer_id"])
    await customer.wait(lambda f: f["type"] == "conversation.state" and f["state"] == "active")
    await agent.wait(lambda f: f["type"] == "conversation.assigned")
    return conv


def assert_once_in_order(frames: list[dict[str, Any]], seq: int) -> None:
    seqs = [f["seq"] for f in frames]
    assert seqs.count(seq) == 1, f"seq {seq} received {seqs.count(seq)} times: {seqs}"
    assert seqs == sorted(seqs), f"out of order: {seqs}"


@pytest.mark.parametrize("who", ["customer", "agent"])
async def test_message_in_flight_during_a_resume_arrives_once(
    hub: RunningHub, session: aiohttp.ClientSession, who: str
) -> None:
    agent, customer = await signed_in_pair(hub, session)
    try:
        conv = await served(hub, agent, customer)
        sender, receiver = (agent, customer) if who == "customer" else (customer, agent)
        await sender.request(p.ChatSend, conversation_id=conv, text="before")
        await receiver.wait(lambda f: f.get("text") == "before")
        resume = {conv: receiver.last_seq(conv)}
        if who == "agent":  # the agent's own view: everything up to the transcript and since
            resume = {conv: max(resume[conv], *(m["seq"] for f in agent.frames
                                                if f["type"] == "conversation.assigned" for m in f["messages"]))}

        go, done = hold_delivery(hub, IN_FLIGHT)
        await sender.request(p.ChatSend, conversation_id=conv, text=IN_FLIGHT)  # acked: committed
        seq = await committed(hub, conv, IN_FLIGHT)

        receiver.abort()  # a reconnect storm: in with hello.resume at once
        await receiver.connect(resume)
        await receiver.wait(lambda f: f.get("text") == IN_FLIGHT)  # in the replay
        await receiver.flushed()
        go.set()  # the live delivery, a turn later than the replay
        await asyncio.wait_for(done.wait(), 5)
        await receiver.flushed()
        await sender.request(p.ChatSend, conversation_id=conv, text="after")
        await receiver.wait(lambda f: f.get("text") == "after")

        assert_once_in_order(receiver.chat(conv), seq)
        stored = [m.seq for m in await hub.hub.store.messages_after(conv)]
        assert stored == list(range(1, len(stored) + 1))
        assert [f["seq"] for f in receiver.chat(conv)] == [s for s in stored if s > resume[conv]]
    finally:
        await agent.close()
        await customer.close()


async def test_message_in_flight_at_accept_is_not_also_live_after_the_transcript(
    hub: RunningHub, session: aiohttp.ClientSession
) -> None:
    """A customer writes while an agent accepts: the message is in the
    transcript of ``conversation.assigned``; its live copy must not follow."""
    agent, customer = await signed_in_pair(hub, session)
    try:
        await agent.request(p.SetAgentState, state="available")
        conv = (await customer.request(p.ChatStart, language="fi"))["conversation_id"]
        await customer.request(p.HandoffRequest, conversation_id=conv)
        offer = await agent.wait(lambda f: f["type"] == "offer" and f["conversation_id"] == conv)

        go, done = hold_delivery(hub, IN_FLIGHT)
        await customer.request(p.ChatSend, conversation_id=conv, text=IN_FLIGHT)
        seq = await committed(hub, conv, IN_FLIGHT)
        await agent.request(p.OfferAccept, offer_id=offer["offer_id"])
        assigned = await agent.wait(lambda f: f["type"] == "conversation.assigned")
        assert IN_FLIGHT in [m["text"] for m in assigned["messages"]]
        go.set()
        await asyncio.wait_for(done.wait(), 5)
        await customer.request(p.ChatSend, conversation_id=conv, text="after")
        await agent.wait(lambda f: f.get("text") == "after")

        got = [m["seq"] for m in assigned["messages"]] + [f["seq"] for f in agent.chat(conv)]
        assert got.count(seq) == 1, f"seq {seq} reached the agent {got.count(seq)} times: {got}"
        assert got == sorted(got)
        # The customer, who was in the chat all along, got it live once.
        assert [f["seq"] for f in customer.chat(conv)].count(seq) == 1
    finally:
        await agent.close()
        await customer.close()
