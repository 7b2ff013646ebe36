"""A third participant in a video call (an interpreter), and agents serving chat only.

Real aiortc engines on 127.0.0.1 talk through the real hub's rtc.signal relay:
the customer, the serving expert and an invited interpreter form a mesh.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from client_core.call import (
    CallEngine,
    CallState,
    CaptureSource,
    HubFrameSignaling,
    dispatch_frame,
    synthetic_audio,
    synthetic_video,
)
from client_core.hub_client import HubClient, HubRequestError
from hub_protocol import frames as p
from tests.hubkit import FrameLog, RunningHub

SKILLS = {"languages": {"fi": 5}, "channels": ["chat", "video"]}


def engine_for(client: HubClient, conversation_id: str, tone: float) -> CallEngine:
    """An engine whose signals go through ``client``'s hub connection."""
    assert client.welcome is not None
    ref = f"{client.welcome.role}:{client.welcome.user_id}"

    async def send_frame(frame: dict[str, Any]) -> None:
        await client.send(p.RtcSignal(**frame))

    engine = CallEngine(ref, HubFrameSignaling(conversation_id, send_frame),
                        audio=CaptureSource(synthetic_audio(tone)),
                        video=CaptureSource(synthetic_video(160, 120, 15)))
    client.add_listener(lambda frame: dispatch_frame(engine, frame) if isinstance(frame, p.RtcSignalRelay)
                        else None)
    return engine


async def refused(request: Any) -> str:
    with pytest.raises(HubRequestError) as info:
        await request
    return info.value.code


async def video_call(hub: RunningHub) -> tuple[str, HubClient, FrameLog, HubClient, FrameLog]:
    """A customer's video appointment accepted by anna; returns (conv, anna, log, customer, log)."""
    await hub.add_agent("anna", **SKILLS)
    anna = await hub.client(await hub.agent_token("anna"))
    anna_log = FrameLog(anna)
    await anna.request(p.SetAgentState(state="available"))
    customer = await hub.client(hub.customer_token("cust-9", "Maija"))
    customer_log = FrameLog(customer)
    conv = (await customer.request(p.ChatStart(channel="video", language="fi"))).conversation_id
    await customer.request(p.HandoffRequest(conversation_id=conv, precheck={"passed": True}))
    offer = await anna_log.wait_for(p.Offer)
    await anna.request(p.OfferAccept(offer_id=offer.offer_id))
    await customer_log.wait_for(p.ConversationStatus, state="active")
    return conv, anna, anna_log, customer, customer_log


async def test_interpreter_joins_the_mesh_and_outsiders_are_refused(hub: RunningHub) -> None:
    tasks_before = set(asyncio.all_tasks())
    threads_before = set(threading.enumerate())
    conv, anna, anna_log, customer, customer_log = await video_call(hub)
    ilse_id = await hub.add_agent("ilse", **{**SKILLS, "interpreter": ["fi", "fi-sign"]})
    ilse = await hub.client(await hub.agent_token("ilse"))
    ilse_log = FrameLog(ilse)
    await hub.add_agent("olli", **SKILLS)
    olli = await hub.client(await hub.agent_token("olli"))

    # Expert calls customer, as the desktops do.
    c_engine = engine_for(customer, conv, 440.0)
    a_engine = engine_for(anna, conv, 330.0)
    await c_engine.start()
    await a_engine.call("customer:cust-9")
    await a_engine.wait_for(CallState.CONNECTED, timeout=15)

    # Outsiders: no signaling, no inviting, no chat - each refusal audited.
    signal = p.RtcSignal(conversation_id=conv, to="customer:cust-9", kind="offer", payload={"sdp": "x"})
    assert await refused(olli.request(signal)) == "forbidden"
    assert await refused(ilse.request(signal.model_copy(update={"id": "early"}))) == "forbidden"
    assert await refused(olli.request(p.ConversationInvite(conversation_id=conv, agent_id=ilse_id))) \
        == "forbidden"
    assert await refused(olli.request(p.ConversationLeave(conversation_id=conv))) == "forbidden"
    audit = await hub.hub.store.audit_entries(f"conversation:{conv}")
    denied = {(e.actor, e.action) for e in audit if not e.allowed}
    olli_ref = f"agent:{olli.welcome.user_id}"  # type: ignore[union-attr]
    assert {(olli_ref, "rtc.signal"), (olli_ref, "conversation.invite"),
            (olli_ref, "conversation.leave"), (f"agent:{ilse_id}", "rtc.signal")} <= denied

    # Anna invites the interpreter, who calls everyone already in the call.
    await anna.request(p.ConversationInvite(conversation_id=conv, agent_id=ilse_id))
    invited = await ilse_log.wait_for(p.ConversationInvited, conversation_id=conv)
    anna_ref = f"agent:{anna.welcome.user_id}"  # type: ignore[union-attr]
    assert invited.participants == ["customer:cust-9", anna_ref] and invited.invited_by == "Anna"
    assert any(e.allowed and e.action == "conversation.invite" for e in
               await hub.hub.store.audit_entries(f"conversation:{conv}"))
    i_engine = engine_for(ilse, conv, 550.0)
    for peer in invited.participants:
        await i_engine.call(peer)
    for peer in invited.participants:
        await i_engine.wait_for(CallState.CONNECTED, peer, timeout=15)
    await c_engine.wait_for(CallState.CONNECTED, f"agent:{ilse_id}", timeout=10)
    await a_engine.wait_for(CallState.CONNECTED, f"agent:{ilse_id}", timeout=10)

    async def pictures_flow() -> None:
        while not all(e.remote(peer) and e.remote(peer).frames_received("video") > 3  # type: ignore[union-attr]
                      for e, peer in ((i_engine, "customer:cust-9"), (i_engine, anna_ref),
                                      (c_engine, f"agent:{ilse_id}"), (a_engine, f"agent:{ilse_id}"))):
            await asyncio.sleep(0.05)

    await asyncio.wait_for(pictures_flow(), 10)

    # The interpreter chats in the conversation too, and everyone sees it.
    await customer_log.wait_for(p.ChatMessage, text="joined:Ilse")
    await ilse.send_chat(conv, "Tulkki paikalla.")
    got = await customer_log.wait_for(p.ChatMessage, text="Tulkki paikalla.")
    assert got.sender_name == "Ilse"
    await anna_log.wait_for(p.ChatMessage, text="Tulkki paikalla.")
    # ...but only the serving expert ends or invites.
    assert await refused(ilse.request(p.ConversationEnd(conversation_id=conv))) == "forbidden"

    # Leaving: bye to the peers, then the hub forgets the guest.
    await i_engine.hang_up()
    await c_engine.wait_for(CallState.ENDED, f"agent:{ilse_id}", timeout=5)
    assert c_engine.peers["agent:" + anna_ref.split(":")[1]].state is CallState.CONNECTED
    await ilse.request(p.ConversationLeave(conversation_id=conv))
    assert await refused(ilse.request(signal.model_copy(update={"id": "late"}))) == "forbidden"

    await a_engine.hang_up()
    await c_engine.wait_closed()
    for engine in (a_engine, c_engine, i_engine):
        assert engine.state in (CallState.ENDED, CallState.FAILED)
    await asyncio.sleep(0.3)  # aiortc's close callbacks run a few turns later
    # The hub and the clients stay connected; nothing of the call may linger.
    call_code = ("aiortc", "aioice", "client_core/call")
    left = [t for t in asyncio.all_tasks() - tasks_before
            if not t.done() and any(m in t.get_coro().cr_code.co_filename for m in call_code)]
    assert not left, f"call tasks left behind: {left}"
    capture = [t for t in set(threading.enumerate()) - threads_before if t.name.startswith("capture-")]
    assert not capture, f"capture threads left: {capture}"


async def test_agent_can_serve_chat_only(hub: RunningHub) -> None:
    """A failed device check: the desktop goes Available for chat only."""
    await hub.add_agent("anna", **SKILLS)
    anna = await hub.client(await hub.agent_token("anna"))
    anna_log = FrameLog(anna)
    await anna.request(p.SetAgentState(state="available", channels=["chat"]))
    await anna_log.wait_for(p.AgentStatus, state="available")

    video_customer = await hub.client(hub.customer_token("cust-v"))
    conv = (await video_customer.request(p.ChatStart(channel="video", language="fi"))).conversation_id
    assert await refused(video_customer.request(p.HandoffRequest(conversation_id=conv))) == "no_agents"

    chat_customer = await hub.client(hub.customer_token("cust-c"))
    chat = (await chat_customer.request(p.ChatStart(channel="chat", language="fi"))).conversation_id
    await chat_customer.request(p.HandoffRequest(conversation_id=chat))
    offer = await anna_log.wait_for(p.Offer)
    assert offer.channel == "chat"
    await anna.request(p.OfferAccept(offer_id=offer.offer_id))
    # Widening to video while holding a customer would requeue them: refused.
    assert await refused(anna.request(p.SetAgentState(state="available"))) == "has_contacts"
    await anna.request(p.ConversationEnd(conversation_id=chat))
    await anna.request(p.SetAgentState(state="available"))
    assert await video_customer.request(p.HandoffRequest(conversation_id=conv))
    assert (await anna_log.wait_for(p.Offer, channel="video")).conversation_id == conv


async def test_interpreter_who_reconnects_gets_what_was_said_meanwhile(hub: RunningHub) -> None:
    conv, anna, anna_log, customer, customer_log = await video_call(hub)
    ilse_id = await hub.add_agent("ilse", **SKILLS)
    # Back a second after a cut: time for the customer to write meanwhile.
    ilse = HubClient(hub.ws_url, await hub.agent_token("ilse"), backoff_initial_s=1.0, backoff_max_s=1.0)
    hub.clients.append(ilse)
    await ilse.start()
    ilse_log = FrameLog(ilse)
    await anna.request(p.ConversationInvite(conversation_id=conv, agent_id=ilse_id))
    await ilse_log.wait_for(p.ConversationInvited, conversation_id=conv)
    await ilse_log.wait_for(p.ChatMessage, text="joined:Ilse")

    # Ilse's link is cut (no close frame); the customer writes before she is back.
    assert ilse._ws is not None and ilse._ws._response.connection is not None  # noqa: SLF001
    ilse._ws._response.connection.transport.abort()  # noqa: SLF001
    presence = hub.hub.roster.agents[ilse_id]
    while presence.connections:
        await asyncio.sleep(0.01)
    await customer.request(p.ChatSend(id="q1", conversation_id=conv, text="Sanoitko jotain?"))  # acked: stored
    assert not presence.connections, "Ilse came back too soon for this test"
    got = await ilse_log.wait_for(p.ChatMessage, text="Sanoitko jotain?")  # the resume's replay
    assert got.sender == "customer"
    assert [f.text for f in ilse_log.of(p.ChatMessage)].count("Sanoitko jotain?") == 1
