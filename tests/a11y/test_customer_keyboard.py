"""The customer client through AT-SPI, by keyboard alone, as a screen-reader user meets it.

The real ``customer-client`` runs on the test desktop against a real hub; a
service expert is simulated with the shared HubClient. Every key goes through
the accessibility registry (XTest), every check reads the accessibility tree:
names and roles of the controls on each screen, where the focus is, the order
Tab takes, and what is announced without moving the focus.
"""

from __future__ import annotations

from typing import Any

import aiohttp

from client_core.hub_client import HubClient
from hub_protocol import frames as p
from tests.hubkit import FrameLog

from . import checks
from .checks import assert_named, assert_reading_order, tab_cycle
from .rig import App, AtSpi

CUSTOMER = "CustomerClient"


async def start_customer(atspi: AtSpi, hub: Any, programs: Any, language: str = "en",
                         *extra: str) -> App:
    app = programs("customer_client.app", CUSTOMER, "--hub-url", hub.ws_url, "--synthetic-media",
                   "--ui-language", language, *extra, env={"CUSTOMER_TOKEN": hub.customer_token()})
    await atspi.until("the customer client on the accessibility bus",
                      lambda: checks.on_bus(atspi, app), timeout=40)
    await atspi.until("the first screen with the focus", lambda: atspi.focus(CUSTOMER), timeout=20)
    return app


async def focus_named(atspi: AtSpi, name: str, **kw: Any) -> None:
    await checks.focus_named(atspi, CUSTOMER, name, **kw)


async def expert(hub: Any) -> tuple[HubClient, FrameLog]:
    async with aiohttp.ClientSession() as http, http.post(
        f"{hub.http_url}/api/login", json={"username": "anna", "password": "correct horse"}
    ) as resp:
        token = (await resp.json())["token"]
    client = HubClient(hub.ws_url, token, backoff_initial_s=0.05, backoff_max_s=0.5)
    log = FrameLog(client)
    await client.start()
    await client.request(p.SetAgentState(state="available"))
    return client, log


async def screen(atspi: AtSpi, where: str) -> Any:
    tree = await atspi.tree(CUSTOMER)
    assert_named(tree, where)
    return tree


async def test_chat_from_language_to_thanks_by_keyboard(atspi: AtSpi, hub: Any,
                                                       programs: Any) -> None:
    hub.add_agent("anna", "correct horse")
    await start_customer(atspi, hub, programs)
    agent, frames = await expert(hub)
    try:
        await _chat_by_keyboard(atspi, agent, frames)
    finally:
        await agent.close()


async def _chat_by_keyboard(atspi: AtSpi, agent: HubClient, frames: FrameLog) -> None:
    # Language: five buttons named in their own language, the focus on the first.
    tree = await screen(atspi, "language")
    buttons = [n.name for n in tree.find_all("push button")]
    assert buttons == ["Suomi", "Svenska", "English", "Русский", "کوردی"], buttons
    order = await tab_cycle(atspi, CUSTOMER)
    assert [f["name"] for f in order] == buttons
    assert_reading_order(order, "language")
    await focus_named(atspi, "English")
    await atspi.key("Return")

    # Service: chat first. The service cards name what they are.
    await atspi.until("the service page", lambda: _focused_contains(atspi, "Chat about"))
    tree = await screen(atspi, "service")
    assert tree.find_all("push button", contains="Video appointment")
    assert_reading_order(await tab_cycle(atspi, CUSTOMER), "service")
    await focus_named(atspi, tree.find("push button", contains="Chat about").name)
    await atspi.key("Return")

    # Hours: the answer of the hub is read out, and the focus is on the way on.
    await atspi.until("Start the chat focused", lambda: _focused_is(atspi, "Start the chat"))
    await atspi.until("whether it is open read out",
                      lambda: _heard(atspi, "service expert can join"), timeout=5)
    tree = await screen(atspi, "hours")
    assert tree.find_all("label", contains="Monday to Sunday")
    await atspi.key("Return")

    # Chat: the focus is in the message box; the assistant's answer is read out.
    await atspi.until("the message box focused", lambda: _focused_is(atspi, "Your message"))
    tree = await screen(atspi, "chat")
    transcript = tree.find("list", "Conversation")
    assert transcript.children and "Application assistant:" in transcript.children[0].name
    mark = len(await atspi.announcements())
    await atspi.type("i lost my job and need help")
    await atspi.key("Return")
    await atspi.until("the assistant's answer read out",
                      lambda: _heard(atspi, "Application assistant:", since=mark))
    order = await tab_cycle(atspi, CUSTOMER)
    assert_reading_order(order, "chat")
    assert "Talk to a service expert" in [f["name"] for f in order]

    # A service expert: queue position read out, then the expert, focus back in the box.
    await focus_named(atspi, "Talk to a service expert")
    await atspi.key("Return")
    await atspi.until("the queue position read out", lambda: _heard(atspi, "in the queue"))
    offer = await frames.wait_for(p.Offer, 15)
    await agent.request(p.OfferAccept(offer_id=offer.offer_id))
    await atspi.until("the expert's arrival read out", lambda: _heard(atspi, "chatting with Anna"))
    await atspi.until("the message box focused after the expert joined",
                      lambda: _focused_is(atspi, "Your message"))
    await atspi.type("hello anna")
    await atspi.key("Return")
    await frames.wait_for(p.ChatMessage, 15, text="hello anna")
    await agent.send_chat(offer.conversation_id, "Hello! Let us look at it together.")
    await atspi.until("the expert's message read out",
                      lambda: _heard(atspi, "Anna: Hello! Let us look at it together."))

    # Ending asks first; the safe answer has the focus.
    await focus_named(atspi, "End the chat", backwards=True)
    await atspi.key("Return")
    await atspi.until("the question", lambda: _focused_is(atspi, "Keep chatting"))
    tree = await atspi.tree(CUSTOMER)
    assert tree.find_all(contains="End the chat?"), tree.dump()
    await atspi.key("Escape")  # keeps the chat
    await atspi.until("back in the chat", lambda: _focused_is(atspi, "End the chat"))
    assert (await atspi.tree(CUSTOMER)).find_all("text", "Your message")
    await atspi.key("Return")
    await atspi.until("the question again", lambda: _focused_is(atspi, "Keep chatting"))
    await focus_named(atspi, "End the chat")
    await atspi.key("Return")

    # Feedback: stars named with their number, a named comment box, by keyboard.
    await atspi.until("the feedback page", lambda: _focused_contains(atspi, "star"))
    tree = await screen(atspi, "feedback")
    stars = [n.name for n in tree.find_all("check box")]
    assert stars == ["1 star", "2 stars", "3 stars", "4 stars", "5 stars"], tree.dump()
    # One stop for the five stars, the arrow keys between them (like radio buttons).
    await focus_named(atspi, "1 star")
    for _ in range(3):
        await atspi.key("Right")
    assert (await atspi.focus(CUSTOMER))["name"] == "4 stars"
    await atspi.key("space")
    await focus_named(atspi, "Comment")
    await atspi.type("quick and friendly")
    await focus_named(atspi, "Send feedback")
    await atspi.key("Return")
    await atspi.until("the thanks page", lambda: _focused_is(atspi, "Back to the start"))
    await screen(atspi, "thanks")


def _focused_is(atspi: AtSpi, name: str) -> Any:
    return checks.focused_is(atspi, CUSTOMER, name)


def _focused_contains(atspi: AtSpi, part: str) -> Any:
    return checks.focused_is(atspi, CUSTOMER, part, contains=True)


_heard = checks.heard


async def test_kiosk_idle_warning_is_heard(atspi: AtSpi, hub: Any, programs: Any) -> None:
    """At an office kiosk the screen clears itself after a while: the warning before it
    is read out at once (EN 301 549 11.2.2.1), and the start page gets the focus after."""
    await start_customer(atspi, hub, programs, "en", "--kiosk", "--idle-timeout", "10")
    await focus_named(atspi, "English")
    await atspi.key("Return")
    await atspi.until("the service page", lambda: _focused_contains(atspi, "Chat about"))
    await atspi.until("the idle warning read out",
                      lambda: _heard(atspi, "Are you still there?"), timeout=15)
    tree = await atspi.tree(CUSTOMER)
    assert tree.find_all("push button", "I am still here"), tree.dump()
    await atspi.until("back at the start", lambda: _focused_is(atspi, "Suomi"), timeout=10)
