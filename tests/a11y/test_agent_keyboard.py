"""The agent desktop through AT-SPI, by keyboard alone: sign in, go Available, hear the
offer, accept it, chat, transfer (kept), end with the wrap-up; then history, settings
and about. The real ``agent-desktop`` against a real hub; the customer is simulated
with the shared HubClient."""

from __future__ import annotations

from typing import Any

from client_core.hub_client import HubClient
from hub_protocol import frames as p
from tests.hubkit import FrameLog

from . import checks
from .checks import assert_named, assert_reading_order, tab_cycle
from .rig import App, AtSpi

AGENT = "AgentDesktop"


async def start_agent(atspi: AtSpi, hub: Any, programs: Any, *extra: str) -> App:
    app = programs("agent_desktop.app", AGENT, "--hub-url", hub.ws_url, "--synthetic-media",
                   "--ui-language", "en", *extra)
    await atspi.until("the agent desktop on the accessibility bus",
                      lambda: checks.on_bus(atspi, app), timeout=40)
    await atspi.until("the sign-in with the focus",
                      lambda: checks.focused_is(atspi, AGENT, "User name"), timeout=20)
    return app


async def customer(hub: Any) -> tuple[HubClient, FrameLog]:
    client = HubClient(hub.ws_url, hub.customer_token("cust-a11y", "Maija Meikäläinen"),
                       backoff_initial_s=0.05, backoff_max_s=0.5)
    log = FrameLog(client)
    await client.start()
    return client, log


async def sign_in_by_keyboard(atspi: AtSpi, user: str = "anna") -> None:
    tree = await atspi.tree(AGENT)
    assert_named(tree, "sign-in")
    assert tree.find("password text", "Password")
    assert_reading_order(await tab_cycle(atspi, AGENT), "sign-in")
    await checks.focus_named(atspi, AGENT, "User name")
    await atspi.type(user)
    await atspi.key("Tab")
    await atspi.type("correct horse")
    await atspi.key("Return")
    await atspi.until("the workspace", lambda: _title_has(atspi, user.title()), timeout=20)


async def _title_has(atspi: AtSpi, part: str) -> bool:
    tree = await atspi.tree(AGENT)
    return any(part in n.name for n in tree.find_all("frame"))


async def go_available(atspi: AtSpi) -> None:
    """Alt+S (the label's mnemonic) to the status, the arrows to Available; the camera
    and microphone check runs first, and its level meter is not read out."""
    await atspi.key("s", "Alt_L")
    focus = await atspi.focus(AGENT)
    assert focus is not None and focus["role"] == "combo box", focus
    tree = await atspi.tree(AGENT)
    combo = next(n for n in tree.find_all("combo box") if n.relations.get("labelled by"))
    assert combo.relations["labelled by"] == ["Status"], combo.relations
    await atspi.events()
    await atspi.key("Up", settle_s=0)  # Busy is not for choosing: the next one up is Available
    # The check of the synthetic devices: the expert says whether the test sound was heard
    # (by keyboard), then it passes and closes itself.
    await atspi.until("the device check", lambda: _dialog(atspi, "Check camera"), timeout=20)
    assert_named(await atspi.tree(AGENT), "device check")
    await atspi.until("the sound question", lambda: _has_button(atspi, "Yes, I heard it"),
                      timeout=20)
    await checks.focus_named(atspi, AGENT, "Yes, I heard it")
    await atspi.key("Return")
    await atspi.until("the check passed and closed",
                      lambda: _no_dialog(atspi, "Check camera"), timeout=20)
    await atspi.until("Available", lambda: checks.focused_is(atspi, AGENT, "Available"))
    changes = [e for e in await atspi.events() if e["type"] in (
        "object:value-changed", "object:property-change:accessible-value")]
    assert len(changes) <= 2, changes  # the meter moved all the time; none of it is read out


async def accept_a_chat(atspi: AtSpi, client: Any) -> str:
    """A customer's Finnish chat handed over, its offer heard and taken by Ctrl+Shift+A."""
    conv = (await client.request(p.ChatStart(channel="chat", language="fi"))).conversation_id
    await client.request(p.HandoffRequest(conversation_id=conv))
    await atspi.until("the offer read out", lambda: checks.heard(atspi, "Incoming chat"))
    await atspi.key("a", "Control_L", "Shift_L")
    await atspi.until("the message box focused",
                      lambda: checks.focused_is(atspi, AGENT, "Message to the customer"))
    return conv


async def _no_dialog(atspi: AtSpi, part: str) -> bool:
    return not await _dialog(atspi, part)


async def test_offer_accept_chat_end_by_keyboard(atspi: AtSpi, hub: Any, programs: Any) -> None:
    hub.add_agent("anna", "correct horse", "--languages", "fi,sv,en")
    await start_agent(atspi, hub, programs)
    await sign_in_by_keyboard(atspi)
    tree = await atspi.tree(AGENT)
    assert_named(tree, "workspace")
    await go_available(atspi)

    client, frames = await customer(hub)
    try:
        await client.request(p.ChatStart(channel="chat", language="fi", topic="social_assistance"))
        started = await frames.wait_for(p.ConversationStatus, 10)
        conv = started.conversation_id
        await client.request(p.HandoffRequest(conversation_id=conv))

        # The offer is read out at once, wherever the focus is; Ctrl+Shift+A takes it.
        await atspi.until("the offer read out", lambda: checks.heard(atspi, "Incoming chat"))
        tree = await atspi.tree(AGENT)
        assert_named(tree, "offer")
        await atspi.key("a", "Control_L", "Shift_L")
        await atspi.until("the message box focused",
                          lambda: checks.focused_is(atspi, AGENT, "Message to the customer"))
        mark = len(await atspi.announcements())
        await client.send_chat(conv, "hei, tarvitsen apua vuokran kanssa", "c-1")
        await atspi.until("the customer's message read out",
                          lambda: checks.heard(atspi, "vuokran kanssa", since=mark))
        tree = await atspi.tree(AGENT)
        assert_named(tree, "conversation")
        await atspi.type("hei maija, katsotaan yhdessa")
        await atspi.key("Return")
        await frames.wait_for(p.ChatMessage, 10, text="hei maija, katsotaan yhdessa")

        # Transfer (Ctrl+Shift+T): a dialog named and in order; Escape keeps the chat.
        await atspi.key("t", "Control_L", "Shift_L")
        await atspi.until("the transfer dialog", lambda: _dialog(atspi, "Transfer"))
        tree = await atspi.tree(AGENT)
        assert_named(tree, "transfer")
        assert_reading_order(await tab_cycle(atspi, AGENT), "transfer")
        await atspi.key("Escape")
        await atspi.until("the chat again",
                          lambda: checks.focused_is(atspi, AGENT, "Message to the customer"))

        # Ending asks first (the wrap-up follows in the same question); Escape keeps it.
        await atspi.key("e", "Control_L", "Shift_L")
        await atspi.until("the question", lambda: _dialog(atspi, "End the chat"))
        await atspi.key("Escape")
        await atspi.until("the chat still open",
                          lambda: checks.focused_is(atspi, AGENT, "Message to the customer"))
        await atspi.key("e", "Control_L", "Shift_L")
        await atspi.until("the question again", lambda: _dialog(atspi, "End the chat"))
        tree = await atspi.tree(AGENT)
        assert_named(tree, "wrap-up")
        await checks.focus_named(atspi, AGENT, "End the chat")
        await atspi.key("Return")
        await frames.wait_for(p.FeedbackRequest, 10)
    finally:
        await client.close()
    await other_screens_by_keyboard(atspi)


async def other_screens_by_keyboard(atspi: AtSpi) -> None:
    """History (Ctrl+H), Settings (Ctrl+,) and About (F1): each reached by its shortcut,
    every control named, Tab in reading order, Escape back to the workspace."""
    await atspi.key("h", "Control_L")
    await atspi.until("the history search focused", lambda: _focused_role(atspi, "text"))
    tree = await atspi.tree(AGENT)
    assert_named(tree, "history")
    for shortcut, title in (((",", "Control_L"), "Settings"), (("F1",), "About")):
        await atspi.key(*shortcut)
        await atspi.until(f"the {title} dialog", lambda t=title: _dialog(atspi, t))
        tree = await atspi.tree(AGENT)
        assert_named(tree, title)
        order = await tab_cycle(atspi, AGENT)
        assert len(order) >= 2 and all(f["name"] for f in order), checks.names(order)
        assert_reading_order(order, title)
        await atspi.key("Escape")
        await atspi.until(f"the {title} dialog closed", lambda t=title: _no_dialog(atspi, t))


async def _focused_role(atspi: AtSpi, role: str) -> bool:
    focus = await atspi.focus(AGENT)
    return focus is not None and focus["role"] == role


async def _dialog(atspi: AtSpi, part: str) -> bool:
    tree = await atspi.tree(AGENT)
    return any(part in n.name for n in tree.find_all("dialog"))


async def _has_button(atspi: AtSpi, name: str) -> bool:
    return bool((await atspi.tree(AGENT)).find_all("push button", name))
