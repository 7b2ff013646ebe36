"""The video path against a real hub: topic, hours, pre-session check, queue, a real
WebRTC call with a simulated expert (lavfi media), hang-up and feedback."""

from __future__ import annotations

from typing import Any

from client_core.call import (
    CallEngine,
    CallState,
    CaptureSource,
    HubFrameSignaling,
    synthetic_audio,
    synthetic_video,
)
from customer_client.domain.flow import Step
from service_hub import protocol as p
from tests.customer_client.conftest import UI, Agent, login_agent, pick_language


def agent_engine(agent: Agent, conversation_id: str, agent_ref: str) -> CallEngine:
    async def send_frame(frame: dict[str, Any]) -> None:
        await agent.client.send(p.RtcSignal(**frame))

    engine = CallEngine(agent_ref, HubFrameSignaling(conversation_id, send_frame),
                        audio=CaptureSource(synthetic_audio(330.0)),
                        video=CaptureSource(synthetic_video(320, 240, 15)))
    agent.client.add_listener(
        lambda f: engine.on_signal(f.kind, dict(f.payload), f.sender)
        if isinstance(f, p.RtcSignalRelay) else None)
    return engine


def test_video_appointment_end_to_end(
    hub_process: Any, make_window: Any, agents: list[Agent], ui: UI
) -> None:
    hub_process.add_agent("anna", "correct horse")
    agent = ui.run(login_agent(hub_process.http_url, hub_process.ws_url))
    agents.append(agent)
    window = make_window(hub_process.ws_url, hub_process.customer_token("cust-7"))

    pick_language(window, ui, "en")
    window.service_page.video.click()
    assert window.step is Step.TOPIC
    # The English video trial serves only seven topics.
    assert "social_assistance" not in window.topic_page.buttons
    window.topic_page.buttons["pensions"].click()
    ui.until(lambda: window.hours_page.can_proceed, what="video queue open")
    assert "Monday to Friday" in window.hours_page.hours.text()  # published timetable
    window.hours_page.go.click()
    assert window.step is Step.PRECHECK

    page = window.precheck_page
    ui.until(lambda: page.question.isVisible(), what="did-you-hear question")
    assert page.progress.value() < 100
    ui.until(lambda: not page.running, timeout=10, what="automatic checks")
    assert not page.go.isEnabled()  # the speaker question is still open
    page.yes.click()
    assert page.report is not None and page.report.passed, page.report.to_dict()
    assert page.progress.value() == 100
    assert page.report.elapsed_s is not None and page.report.elapsed_s <= 10
    page.go.click()
    ui.until(lambda: window.step is Step.QUEUE, what="video queue page")

    offer = ui.run(agent.wait(p.Offer))
    items = {i["item"]: i["verdict"] for i in offer.precheck["items"]}
    assert items["bandwidth"] == "ok" and items["camera"] == "ok" and len(items) == 9
    ui.until(lambda: window.queue_page.panel.status is not None, what="queue position")

    ui.run(agent.client.request(p.OfferAccept(offer_id=offer.offer_id)))
    ui.until(lambda: window.step is Step.CALL, what="call page")
    assigned = ui.run(agent.wait(p.ConversationAssigned))
    engine = agent_engine(agent, offer.conversation_id, f"agent:{agent.client.welcome.user_id}")
    ui.run(engine.call(f"customer:{assigned.customer_id}"))
    ui.run(engine.wait_for(CallState.CONNECTED, timeout=15), timeout=20)
    def shown() -> bool:
        return window.call_page.remote.frames_shown > 0

    try:
        ui.until(shown, timeout=10, what="expert's picture on screen")
    except AssertionError:
        eng = window.call.engine
        peers = {k: (v.state, v.remote.frames_received("video"), v.remote.video.published)
                 for k, v in (eng.peers.items() if eng else [])}
        raise AssertionError(f"no picture: engine={eng and eng.state} peers={peers} "
                             f"source={window.call_page.remote.fanout}") from None
    assert window.call_page.connected
    window.call_page.mute.click()
    assert window.call.engine is not None and window.call.engine.controls.muted

    # The text chat beside the video uses the same conversation.
    window.call_page.chat.input.setPlainText("My number is 123")
    window.call_page.chat.send.click()
    ui.run(agent.wait(p.ChatMessage, text="My number is 123"))

    window.call_page.hang_up.click()
    assert window.step is Step.FEEDBACK
    ui.run(engine.wait_for(CallState.ENDED, timeout=10), timeout=15)
    sent: list[bool] = []
    window.session.feedbackSent.connect(lambda: sent.append(True))
    window.feedback_page.stars.buttons[4].click()
    window.feedback_page.send.click()
    assert window.step is Step.THANKS
    # The expert closes the appointment; the held feedback goes out then.
    ui.run(agent.client.request(p.ConversationEnd(conversation_id=offer.conversation_id)))
    ui.until(lambda: len(sent) >= 2, what="held feedback delivered")
    ui.run(engine.hang_up())
