"""The human part of a chat as a new user meets it: the keyboard focus when the
expert joins, "writing…" that goes away, and nothing ends without asking."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from customer_client.domain.flow import Step
from hub_protocol import frames as p
from tests.customer_client.conftest import UI, Agent, login_agent, pick_language


def chat_with_expert(hub_process: Any, make_window: Any, agents: list[Agent], ui: UI) -> Any:
    hub_process.add_agent("anna", "correct horse")
    agent = ui.run(login_agent(hub_process.http_url, hub_process.ws_url))
    agents.append(agent)
    window = make_window(hub_process.ws_url, hub_process.customer_token())
    window.activateWindow()
    pick_language(window, ui, "fi")
    window.service_page.chat.click()
    ui.until(lambda: window.hours_page.can_proceed, what="hub's handoff status")
    window.hours_page.go.click()
    ui.until(lambda: window.visit.handoff is not None and window.visit.handoff.available)
    # As a keyboard user would: the offer's button has the focus when it is pressed.
    window.chat_page.handoff.setFocus()
    window.chat_page.handoff.click()
    offer = ui.run(agent.wait(p.Offer))
    ui.run(agent.client.request(p.OfferAccept(offer_id=offer.offer_id)))
    ui.until(lambda: window.visit.state == "active", what="the expert joined")
    return window, agent, offer


def test_focus_is_in_the_message_box_when_the_expert_joins(
    hub_process: Any, make_window: Any, agents: list[Agent], ui: UI, qtbot: Any
) -> None:
    window, agent, offer = chat_with_expert(hub_process, make_window, agents, ui)
    box = window.chat_page.chat.input
    ui.until(lambda: QApplication.focusWidget() is box, timeout=3, what="focus in the message box")
    # Typing at once writes a message; the space does not press "End the chat".
    qtbot.keyClicks(QApplication.focusWidget(), "Hei Anna")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    ui.run(agent.wait(p.ChatMessage, text="Hei Anna"))
    assert window.visit.state == "active" and window.step is Step.CHAT


def test_the_experts_writing_notice_goes_away(
    hub_process: Any, make_window: Any, agents: list[Agent], ui: UI
) -> None:
    window, agent, offer = chat_with_expert(hub_process, make_window, agents, ui)
    window.visit.typing_in.ttl_s = 1.0  # the shipped 6 s, shortened for the test
    typing = window.chat_page.chat.typing
    ui.run(agent.client.send(p.Typing(conversation_id=offer.conversation_id)))
    ui.until(lambda: typing.isVisible(), what="writing… shown")
    ui.until(lambda: not typing.isVisible(), timeout=3, what="writing… gone when she stopped")
    # And at once when her message arrives.
    window.visit.typing_in.ttl_s = 60.0
    ui.run(agent.client.send(p.Typing(conversation_id=offer.conversation_id)))
    ui.until(lambda: typing.isVisible(), what="writing… shown again")
    ui.run(agent.client.send_chat(offer.conversation_id, "Tässä vastaus."))
    ui.until(lambda: not typing.isVisible(), timeout=3, what="writing… gone with her message")


def test_ending_asks_first_and_no_keeps_the_chat(
    hub_process: Any, make_window: Any, agents: list[Agent], ui: UI
) -> None:
    window, agent, offer = chat_with_expert(hub_process, make_window, agents, ui)
    asked: list[str] = []

    def answer(no_or_yes: bool) -> Any:
        def ask(_parent: Any, question: str, *_rest: Any) -> bool:
            asked.append(question)
            return no_or_yes
        return ask

    window.chat_page.ask = answer(False)
    window.chat_page.end.click()
    assert asked == ["Lopetetaanko chat?"]
    ui.sleep(0.5)
    assert window.visit.state == "active" and window.step is Step.CHAT
    window.chat_page.ask = answer(True)
    window.chat_page.end.click()
    ui.until(lambda: window.step is Step.FEEDBACK, what="feedback after ending")
    assert window.visit.state == "ended"
