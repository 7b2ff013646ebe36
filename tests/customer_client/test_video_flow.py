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
from client_core.precheck.verdicts import PrecheckReport, Verdict
from customer_client.domain.flow import Step
from hub_protocol import frames as p
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
    # The English video trial serves only seven topics: the hub's catalog says which.
    ui.until(lambda: window.topic_page.buttons, what="the hub's topics")
    assert len(window.topic_page.buttons) == 7
    assert "social_assistance" not in window.topic_page.buttons
    window.topic_page.buttons["pensions"].click()
    ui.until(lambda: window.hours_page.can_proceed, what="video queue open")
    # The hub's timetable (this hub runs the always-open demo queues), not a file of our own.
    assert window.hours_page.hours.text() == "Monday to Sunday: around the clock"
    assert not window.hours_page.period.isVisible()  # the demo's English service has no end
    window.hours_page.go.click()
    assert window.step is Step.PRECHECK

    page = window.precheck_page
    ui.until(lambda: page.question.isVisible(), what="did-you-hear question")
    assert page.progress.value() < 100
    ui.until(lambda: not page.running, timeout=10, what="automatic checks")
    assert not page.go.isEnabled()  # the speaker question is still open
    page.yes.click()
    checklist = page.checklist
    assert checklist is not None and checklist.passed, checklist.report().to_dict()
    assert page.progress.value() == 100
    assert checklist.elapsed_s is not None and checklist.elapsed_s <= 10
    page.go.click()
    ui.until(lambda: window.step is Step.QUEUE, what="video queue page")

    # The expert gets client_core's PrecheckReport, as the customer's page graded it.
    offer = ui.run(agent.wait(p.Offer))
    report = PrecheckReport.from_dict(offer.precheck)
    assert report == checklist.report() and report.verdict is not Verdict.FAIL
    items = {i.item: i.verdict for i in report.items}
    assert items["bandwidth_up"] is items["bandwidth_down"] is items["camera"] is Verdict.OK
    assert {"os", "microphone", "speaker", "webrtc", "rtt", "jitter", "loss"} <= set(items)
    ui.until(lambda: window.queue_page.panel.status is not None, what="queue position")

    ui.run(agent.client.request(p.OfferAccept(offer_id=offer.offer_id)))
    ui.until(lambda: window.step is Step.CALL, what="call page")
    assigned = ui.run(agent.wait(p.ConversationAssigned))
    engine = agent_engine(agent, offer.conversation_id, f"agent:{agent.client.welcome.user_id}")
    ui.run(engine.call(f"customer:{assigned.customer_id}"))
    ui.run(engine.wait_for(CallState.CONNECTED, timeout=15), timeout=20)
    # The expert's picture on the shared video widget's sink, our own in the corner.
    stage = window.call_page.stage
    ui.until(lambda: stage.frames_shown >= 5 and stage.local.pushed >= 5, timeout=10,
             what="expert's picture and own preview on screen")
    frame = stage.remote_view.videoSink().videoFrame()
    assert frame.isValid() and (frame.width(), frame.height()) == (320, 240)
    assert stage.remote_view.isVisible() and not stage.placeholder.isVisible()
    assert window.call_page.connected
    assert window.call.signals.players  # the expert's voice goes to a RemoteAudioPlayer
    assert not window.call_page.quality.isVisible()  # nothing said while the call is good

    # Our line turns too thin for a picture (the send side's estimate drops): the
    # picture pauses, the sound goes on, and the customer is told so in plain words.
    session = window.call.call.engine.peers[f"agent:{agent.client.welcome.user_id}"]
    session.sendside.estimate.kbps = session.sendside.estimate.min_kbps
    ui.until(lambda: window.call_page.quality.isVisible(), timeout=10, what="quality notice")
    assert window.call_page.quality.text.text() == (
        "Your connection is weak: the picture is paused, sound continues.")
    window.call_page.mute.click()
    assert window.call.call is not None and window.call.call.engine.controls.muted

    # The text chat beside the video uses the same conversation.
    window.call_page.chat.input.setPlainText("My number is 123")
    window.call_page.chat.send.click()
    ui.run(agent.wait(p.ChatMessage, text="My number is 123"))

    # Hanging up ends the conversation at the hub, which asks for feedback.
    window.call_page.hang_up.click()
    ui.run(agent.wait(p.ConversationStatus, conversation_id=offer.conversation_id,
                      state="ended"))
    ui.until(lambda: window.step is Step.FEEDBACK, what="feedback page after hang-up")
    assert window.visit.feedback_due and window.call.call is None
    ui.run(engine.wait_for(CallState.ENDED, timeout=10), timeout=15)
    window.feedback_page.stars.buttons[4].click()
    window.feedback_page.send.click()
    assert window.step is Step.THANKS
    assert ui.run(window.feedback_task) is True  # the hub stored it
    ui.run(engine.hang_up())
