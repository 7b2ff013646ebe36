"""Clause 6 of EN 301 549 in the customer's video call, over a real WebRTC call:
who is speaking is shown beside the picture, and the chat beside the call works
during the call with sent and received text told apart."""

from __future__ import annotations

from typing import Any

from client_core.call import CallState
from client_core.conversation.speaking import SpeakingDetector
from customer_client.domain.flow import Step
from customer_client.qt.transcript_model import SenderRole
from hub_protocol import frames as p
from tests.customer_client.conftest import UI, Agent, login_agent, pick_language
from tests.customer_client.test_video_flow import agent_engine


def test_speaking_detector_holds_through_pauses() -> None:
    d = SpeakingDetector(start_dbfs=-42, stop_dbfs=-50, hold_s=0.8)
    assert d.feed(-20, 0.0) and d.speaking
    assert not d.feed(-60, 0.1) and d.speaking  # a pause between words
    assert not d.feed(-20, 0.5) and d.speaking
    assert not d.feed(-60, 1.0)
    assert not d.feed(-60, 1.5) and d.speaking
    assert d.feed(-60, 1.9) and not d.speaking  # quiet for 0.9 s: stopped
    assert not d.feed(-46, 2.0) and not d.speaking  # between the thresholds: no change


def test_who_speaks_is_shown_and_the_side_chat_works(
    hub_process: Any, make_window: Any, agents: list[Agent], ui: UI
) -> None:
    hub_process.add_agent("anna", "correct horse")
    agent = ui.run(login_agent(hub_process.http_url, hub_process.ws_url))
    agents.append(agent)
    window = make_window(hub_process.ws_url, hub_process.customer_token("cust-6"))
    pick_language(window, ui, "en")
    window.service_page.video.click()
    ui.until(lambda: window.topic_page.buttons, what="the hub's topics")
    window.topic_page.buttons["pensions"].click()
    ui.until(lambda: window.hours_page.can_proceed, what="video queue open")
    window.hours_page.go.click()
    page = window.precheck_page
    ui.until(lambda: page.question.isVisible(), what="did-you-hear question")
    ui.until(lambda: not page.running, timeout=10, what="automatic checks")
    page.yes.click()
    page.go.click()
    offer = ui.run(agent.wait(p.Offer))
    ui.run(agent.client.request(p.OfferAccept(offer_id=offer.offer_id)))
    ui.until(lambda: window.step is Step.CALL, what="call page")
    assigned = ui.run(agent.wait(p.ConversationAssigned))
    engine = agent_engine(agent, offer.conversation_id, f"agent:{agent.client.welcome.user_id}")
    ui.run(engine.call(f"customer:{assigned.customer_id}"))
    ui.run(engine.wait_for(CallState.CONNECTED, timeout=15), timeout=20)
    call = window.call_page

    # The expert's tone is her voice: shown as her speaking, and the stage is marked.
    ui.until(lambda: call.expert_speaking, timeout=10, what="the expert speaking")
    assert "Anna is speaking" in call.speaking.text() and call.speaking.isVisible()
    assert call.stage.property("speaking") is True
    engine.set_muted(True)  # silent frames from now on
    ui.until(lambda: not call.expert_speaking, timeout=10, what="the expert silent")
    assert "speaking" not in call.speaking.text()
    engine.set_muted(False)
    ui.until(lambda: call.expert_speaking, timeout=10, what="the expert speaking again")

    # Text beside the call, both ways, each side's told apart in words (and colours).
    call.chat.input.setPlainText("My reference is 123-456")
    call.chat.send.click()
    ui.run(agent.wait(p.ChatMessage, text="My reference is 123-456"))
    ui.run(agent.client.send_chat(offer.conversation_id, "Thank you, I found it."))
    model = window.visit_signals.model
    ui.until(lambda: any(model.index(r).data(SenderRole) == "agent"
                         for r in range(model.rowCount())), what="her message")
    spoken = [model.spoken(m) for m in window.visit.transcript if m.sender in ("customer", "agent")]
    assert "You: My reference is 123-456" in spoken
    assert "Anna: Thank you, I found it." in spoken
    ui.run(engine.hang_up())
