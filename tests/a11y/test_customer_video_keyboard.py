"""The customer's video appointment through AT-SPI, by keyboard alone: topic, hours,
the pre-session check read out item by item (the level meter never), the queue, a real
call with a simulated expert (lavfi media), who is speaking, the side chat, and ending
the call after a question. Completes test_customer_keyboard.py's chat path: every
screen of the customer client is walked."""

from __future__ import annotations

from typing import Any

from client_core.call import CallState
from hub_protocol import frames as p
from tests.customer_client.conftest import Agent
from tests.customer_client.test_video_flow import agent_engine

from .checks import assert_reading_order, tab_cycle
from .rig import AtSpi
from .test_customer_keyboard import (
    CUSTOMER,
    _focused_contains,
    _focused_is,
    _heard,
    expert,
    focus_named,
    screen,
    start_customer,
)


async def test_video_appointment_by_keyboard(atspi: AtSpi, hub: Any, programs: Any) -> None:
    hub.add_agent("anna", "correct horse")
    await start_customer(atspi, hub, programs)
    client, frames = await expert(hub)
    engines: list[Any] = []
    try:
        await _to_the_queue(atspi)
        await _the_call(atspi, Agent(client), frames, engines)
    finally:
        for engine in engines:
            await engine.hang_up()
        await client.close()


async def _to_the_queue(atspi: AtSpi) -> None:
    await focus_named(atspi, "English")
    await atspi.key("Return")
    await atspi.until("the service page", lambda: _focused_contains(atspi, "Chat about"))
    await focus_named(atspi, "Video appointment", contains=True)
    await atspi.key("Return")

    # Topics: the hub's, each a named button, in reading order.
    await atspi.until("the first topic focused", lambda: _focused_is(atspi, "Unemployment"),
                      timeout=20)
    tree = await screen(atspi, "topic")
    assert tree.find_all("push button", "Pensions"), tree.dump()
    assert_reading_order(await tab_cycle(atspi, CUSTOMER), "topic")
    await focus_named(atspi, "Pensions")
    await atspi.key("Return")

    # Hours: read out, the focus on Continue.
    await atspi.until("Continue focused", lambda: _focused_is(atspi, "Continue"))
    await screen(atspi, "hours")
    await atspi.key("Return")

    # The check: each item read out once as it finishes, the meter never; the sound
    # question answered by keyboard; the outcome read out. The link is measured for real
    # against the hub: on a busy machine it may come out slow, and the customer checks
    # again (by keyboard too).
    for _attempt in range(3):
        mark = len(await atspi.announcements())
        await atspi.until("the camera's result read out",
                          lambda m=mark: _heard(atspi, "Camera: OK", since=m), timeout=20)
        await atspi.until("the sound question", lambda: _tree_has(atspi, "Yes, I heard it"))
        tree = await screen(atspi, "precheck")
        assert tree.find_all(contains="Did you hear it"), tree.dump()
        await focus_named(atspi, "Yes, I heard it")
        await atspi.key("Return")
        await atspi.until("the outcome read out", lambda m=mark: _outcome(atspi, m), timeout=20)
        said = (await atspi.announcements())[mark:]
        microphone = [a for a in said if a.startswith("Microphone")]
        assert len(microphone) == 1, said  # once, with its verdict: no level readings
        assert any(a.startswith("Speakers or headset: OK") for a in said), said
        if "Everything is ready for the video call." in said:
            break
        assert any(": Needs fixing" in a for a in said), said  # the link, with its remedy
        await focus_named(atspi, "Check again")
        await atspi.key("Return")
    else:
        raise AssertionError(f"the check never passed: {said}")
    assert_reading_order(await tab_cycle(atspi, CUSTOMER), "precheck")
    await focus_named(atspi, "Continue to the queue")
    await atspi.key("Return")
    await atspi.until("the queue position read out", lambda: _heard(atspi, "in the queue"))
    tree = await screen(atspi, "queue")
    assert tree.find_all("push button", "Leave the queue"), tree.dump()


async def _the_call(atspi: AtSpi, agent: Agent, frames: Any, engines: list[Any]) -> None:
    offer = await frames.wait_for(p.Offer, 15)
    await agent.client.request(p.OfferAccept(offer_id=offer.offer_id))
    assigned = await frames.wait_for(p.ConversationAssigned, 15)
    engine = agent_engine(agent, offer.conversation_id, f"agent:{agent.client.welcome.user_id}")
    engines.append(engine)
    await engine.call(f"customer:{assigned.customer_id}")
    await engine.wait_for(CallState.CONNECTED, timeout=20)
    await atspi.until("the call's start read out",
                      lambda: _heard(atspi, "You are talking with Anna"), timeout=20)

    # The call page: named controls in reading order, who is speaking in words.
    tree = await screen(atspi, "call")
    controls = {n.name for n in tree.find_all("push button")}
    assert {"Mute microphone", "Turn camera off", "End the call", "Send"} <= controls, controls
    # Two columns: the call and its controls (two by two), then the side chat to its right.
    order = [f["name"] for f in await tab_cycle(atspi, CUSTOMER)]
    start = order.index("Mute microphone")
    assert (order[start:] + order[:start]) == [
        "Mute microphone", "Turn camera off", "Camera and sound", "End the call", "Conversation",
        "Your message", "Attach a file…", "Send", "Start over"], order
    await atspi.until("the expert's voice shown as words",
                      lambda: _tree_has(atspi, "Anna is speaking"), timeout=15)

    # The side chat works during the call; what the expert writes is read out as hers.
    await focus_named(atspi, "Your message")
    await atspi.type("my number is 123")
    await atspi.key("Return")
    await frames.wait_for(p.ChatMessage, 15, text="my number is 123")
    await agent.client.send_chat(offer.conversation_id, "Thank you, I see it.")
    await atspi.until("the expert's message read out",
                      lambda: _heard(atspi, "Anna: Thank you, I see it."))

    # Ending asks first, keeping the call is the default.
    await focus_named(atspi, "End the call", backwards=True)
    await atspi.key("Return")
    await atspi.until("the question", lambda: _focused_is(atspi, "Keep talking"))
    await focus_named(atspi, "End the call")
    await atspi.key("Return")
    await atspi.until("the feedback page", lambda: _focused_contains(atspi, "star"), timeout=20)
    await frames.wait_for(p.ConversationStatus, 15, conversation_id=offer.conversation_id,
                          state="ended")


async def _tree_has(atspi: AtSpi, text: str) -> bool:
    tree = await atspi.tree(CUSTOMER)
    return bool(tree.find_all(contains=text))


async def _outcome(atspi: AtSpi, since: int) -> bool:
    said = (await atspi.announcements())[since:]
    return any(a.startswith(("Everything is ready", "Please fix")) for a in said)
