"""The chat path against a real hub: assistant, handoff, queue, expert, feedback."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from customer_client.domain.flow import Step
from hub_protocol import frames as p
from tests.customer_client.conftest import UI, Agent, login_agent, pick_language


def test_chat_with_assistant_then_expert_then_feedback(
    hub_process: Any, make_window: Any, agents: list[Agent], ui: UI, qtbot: Any
) -> None:
    hub_process.add_agent("anna", "correct horse")
    agent = ui.run(login_agent(hub_process.http_url, hub_process.ws_url))
    agents.append(agent)
    window = make_window(hub_process.ws_url, hub_process.customer_token())

    pick_language(window, ui, "en")
    window.service_page.chat.click()
    assert window.step is Step.HOURS
    ui.until(lambda: window.hours_page.can_proceed, what="hub's handoff status")
    assert "service expert can join" in window.hours_page.state.text.text()
    window.hours_page.go.click()
    assert window.step is Step.CHAT
    ui.until(lambda: len(window.visit.transcript) >= 1, what="assistant's greeting")
    assert window.visit.transcript[0].sender == "bot"

    # Enter sends, Shift+Enter makes a new line.
    box = window.chat_page.chat.input
    box.setFocus()
    qtbot.keyClicks(box, "How do I fill in the rent")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(box, "<b>part</b>?")
    assert "\n" in box.toPlainText()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.toPlainText() == ""
    ui.until(lambda: any(e.sender == "customer" and not e.pending
                         for e in window.visit.transcript), what="own message acked")
    sent = [e for e in window.visit.transcript if e.sender == "customer"][0]
    assert sent.text == "How do I fill in the rent\n<b>part</b>?"  # plain text, kept as typed

    # Available while an expert is on duty; highlighted when the assistant suggests it.
    window.chat_page.chat.input.setPlainText("I want to talk to a human")
    window.chat_page.chat.send.click()
    ui.until(lambda: window.visit.handoff is not None and window.visit.handoff.suggested,
             what="suggested handoff")
    assert window.chat_page.handoff.isVisible()
    assert window.chat_page.handoff.objectName() == "primary"
    window.chat_page.handoff.click()
    ui.until(lambda: window.chat_page.queue.isVisible(), what="queue panel")
    ui.until(lambda: window.visit.queue is not None, what="queue status")
    assert "next" in window.chat_page.queue.position.text().lower()
    assert window.chat_page.queue.leave.isVisible()

    offer = ui.run(agent.wait(p.Offer))
    ui.run(agent.client.request(p.OfferAccept(offer_id=offer.offer_id)))
    ui.until(lambda: window.visit.state == "active", what="active chat")
    assert not window.chat_page.queue.isVisible()
    assert "Anna" in window.chat_page.with_line.text()
    ui.run(agent.client.send_chat(offer.conversation_id, "Hello, I am Anna. <i>How</i> can I help?"))
    ui.until(lambda: any(e.sender == "agent" for e in window.visit.transcript))
    model = window.visit_signals.model
    texts = [model.data(model.index(r)) for r in range(model.rowCount())]
    assert "Hello, I am Anna. <i>How</i> can I help?" in texts
    assert "Anna from the service has joined the chat." in texts  # joined:<name> notice
    window.chat_page.chat.input.setPlainText("Thank you!")
    window.chat_page.chat.send.click()
    ui.run(agent.wait(p.ChatMessage, text="Thank you!"))

    ui.run(agent.client.request(p.ConversationEnd(conversation_id=offer.conversation_id)))
    ui.until(lambda: window.step is Step.FEEDBACK, what="feedback page")
    assert not window.feedback_page.send.isEnabled()
    window.feedback_page.stars.buttons[3].click()
    window.feedback_page.comment.setPlainText("Quick and friendly")
    sent_feedback: list[bool] = []
    window.visit_signals.feedbackSent.connect(lambda: sent_feedback.append(True))
    window.feedback_page.send.click()
    assert window.step is Step.THANKS
    ui.until(lambda: sent_feedback, what="feedback acknowledged")
    assert window.link_banner.isHidden()

    window.thanks_page.again.click()
    assert window.step is Step.LANGUAGE
    assert len(window.visit.transcript) == 0 and window.visit.client is None


def test_leaving_the_chat_queue_asks_for_feedback(
    hub_process: Any, make_window: Any, agents: list[Agent], ui: UI
) -> None:
    hub_process.add_agent("anna", "correct horse")
    agent = ui.run(login_agent(hub_process.http_url, hub_process.ws_url))
    ui.run(agent.client.request(p.SetAgentState(state="away")))  # nobody takes the chat
    agents.append(agent)
    window = make_window(hub_process.ws_url, hub_process.customer_token())
    pick_language(window, ui, "fi")
    window.service_page.chat.click()
    ui.until(lambda: window.hours_page.can_proceed)
    window.hours_page.go.click()
    ui.until(lambda: window.visit.handoff is not None)
    # Signed in but away: the hub still counts the expert as not on duty.
    if window.visit.handoff.available:
        window.chat_page.handoff.click()
        ui.until(lambda: window.chat_page.queue.isVisible())
        window.chat_page.queue.leave.click()
        ui.until(lambda: window.step is Step.FEEDBACK, what="feedback after leaving")
        window.feedback_page.skip.click()
        assert window.step is Step.THANKS
    else:
        assert not window.chat_page.handoff.isVisible()
        assert window.chat_page.offer_reason.isVisible()


def test_ending_the_chat_with_the_assistant_asks_for_feedback(
    hub_process: Any, make_window: Any, ui: UI
) -> None:
    window = make_window(hub_process.ws_url, hub_process.customer_token())
    pick_language(window, ui, "en")
    window.service_page.chat.click()
    ui.until(lambda: window.hours_page.can_proceed, what="hub's handoff status")
    window.hours_page.go.click()
    ui.until(lambda: len(window.visit.transcript) >= 1, what="assistant's greeting")
    assert window.visit.state == "bot" and window.chat_page.end.isVisible()

    # conversation.end from the customer: the hub ends the chat and asks for feedback.
    window.chat_page.end.click()
    ui.until(lambda: window.step is Step.FEEDBACK, what="feedback page")
    assert window.visit.state == "ended" and window.visit.feedback_due
    window.feedback_page.stars.buttons[4].click()
    window.feedback_page.send.click()
    assert window.step is Step.THANKS
    assert ui.run(window.feedback_task) is True  # the hub stored it
