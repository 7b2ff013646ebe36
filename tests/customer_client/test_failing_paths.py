"""Every way it can go wrong that the customer can act on, in plain words."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from client_core.call import CallMedia, camera_spec, synthetic_audio
from client_core.precheck.verdicts import PrecheckReport, Verdict
from customer_client.domain.flow import Step
from customer_client.domain.precheck import Row
from customer_client.qt.pages.precheck import PrecheckPage
from customer_client.qt.texts import texts
from tests.customer_client.conftest import (
    NO_LINK,
    SLOW_LINK,
    SYNTHETIC,
    UI,
    make_page,
    pick_language,
    runner_factory,
)
from tests.hubkit import free_port, hub_config, launch_hub_process, start_hub, stop_hub

# ------------------------------------------------------------------ pre-session check


def run_check(ui: UI, qtbot: Any, factory: Any, media: CallMedia = SYNTHETIC) -> PrecheckPage:
    page = make_page(qtbot, factory, media)
    page.show()
    page.start()
    ui.until(lambda: not page.running, timeout=10, what="check finished")
    page.yes.click()
    return page


def test_no_camera_silent_microphone_and_slow_link(ui: UI, qtbot: Any) -> None:
    broken = CallMedia(camera_spec("/dev/video-missing-42"), synthetic_audio(amplitude=0.0))
    page = run_check(ui, qtbot, runner_factory(SLOW_LINK), broken)
    checklist = page.checklist
    assert checklist is not None and not checklist.passed
    rows = page.rows
    t = texts()
    assert rows[Row.CAMERA].result.verdict is Verdict.FAIL
    assert rows[Row.CAMERA].remedy.text() == t.remedy("camera_missing")
    assert "camera" in rows[Row.CAMERA].remedy.text().lower()
    assert rows[Row.MICROPHONE].result.verdict is Verdict.FAIL
    assert "hear nothing" in rows[Row.MICROPHONE].remedy.text()
    # Both directions too slow: one row, one piece of advice (not the same text twice).
    assert rows[Row.BANDWIDTH].result.verdict is Verdict.FAIL
    assert rows[Row.BANDWIDTH].result.remedies == ("up_too_slow", "down_too_slow")
    assert rows[Row.BANDWIDTH].remedy.text().count("1.2 Mbit/s") == 1
    # client_core's thresholds: RTT >= 300 ms fails, jitter 30-49 ms and loss 2-4.99 % warn.
    assert rows[Row.RTT].result.verdict is Verdict.FAIL
    assert "slow to answer" in rows[Row.RTT].remedy.text()
    assert rows[Row.JITTER].result.verdict is Verdict.WARN
    assert rows[Row.LOSS].result.verdict is Verdict.WARN
    assert rows[Row.WEBRTC].result.verdict is Verdict.OK
    assert not page.go.isEnabled()
    assert page.retry.isEnabled()
    assert "✗" in page.status.text()
    # What would go to the hub is client_core's report, graded by client_core.
    report = checklist.report()
    assert report.verdict is Verdict.FAIL
    assert PrecheckReport.from_dict(report.to_dict()) == report
    failed = {r.item: r.remedy_code for r in report.failed()}
    assert failed == {"camera": "camera_missing", "microphone": "mic_dead",
                      "bandwidth_up": "up_too_slow", "bandwidth_down": "down_too_slow",
                      "rtt": "high_latency"}


def test_blocked_video_connection_and_unheard_tone(ui: UI, qtbot: Any) -> None:
    page = make_page(qtbot, runner_factory(NO_LINK))
    page.start()
    ui.until(lambda: not page.running, timeout=10)
    assert page.rows[Row.SPEAKERS].verdict.text() == "Waiting for your answer"
    page.no.click()
    assert page.rows[Row.WEBRTC].result.verdict is Verdict.FAIL
    assert "firewall" in page.rows[Row.WEBRTC].remedy.text()
    # Nothing else about the link could be measured: said so, not graded.
    for row in (Row.BANDWIDTH, Row.RTT, Row.JITTER, Row.LOSS):
        assert page.rows[row].result is None and page.rows[row].mark.text() == "–"
        assert page.rows[row].verdict.text() == "Not checked"
    assert page.rows[Row.SPEAKERS].result.verdict is Verdict.FAIL
    assert "volume" in page.rows[Row.SPEAKERS].remedy.text()
    assert page.rows[Row.CAMERA].result.verdict is Verdict.OK  # lavfi testsrc
    assert not page.go.isEnabled()
    items = {r.item: r.verdict for r in page.checklist.report().items}
    assert items["webrtc"] is Verdict.FAIL and "bandwidth_up" not in items
    assert items["speaker"] is Verdict.FAIL


# ------------------------------------------------------------------ closed, full: hub catalogs


ALTERNATIVES: list[dict[str, object]] = [
    {"code": "phone_en", "kind": "phone", "languages": ["en"], "open_now": True,
     "hours": {d: ["09:00-16:00"] for d in ("mon", "tue", "wed", "thu", "fri")}},
    {"code": "phone_fi", "kind": "phone", "languages": ["fi"], "open_now": True,
     "hours": {d: ["09:00-16:00"] for d in ("mon", "tue", "wed", "thu", "fri")}},
    {"code": "office", "kind": "office", "languages": ["fi", "sv"], "open_now": False,
     "hours": {}},
]
# Saturday noon and a Wednesday morning (Helsinki), as the hub's injected clock.
SATURDAY = datetime(2027, 3, 20, 10, 0, tzinfo=UTC)
WEDNESDAY = datetime(2027, 3, 24, 8, 0, tzinfo=UTC)


def catalog(max_waiting_chat: int | None = None) -> Any:
    """The real queue configuration, optionally with a tiny chat queue."""
    from service_hub.routing import DEFAULT_PATH, parse_queues

    text = Path(DEFAULT_PATH).read_text(encoding="utf-8")
    if max_waiting_chat is not None:
        text = text.replace("max_waiting = 15\ntopic_relax_after_s = \"never\"",
                            f"max_waiting = {max_waiting_chat}\ntopic_relax_after_s = \"never\"")
    return parse_queues(text, DEFAULT_PATH)


@pytest.fixture
def inproc_hub(tmp_path: Path, ui: UI) -> Any:
    """A hub in this process (same qasync loop) with a chosen catalog and clock."""
    started: list[Any] = []

    def start(cat: Any, now: datetime) -> Any:
        running = ui.run(start_hub(hub_config(tmp_path), catalog=cat, clock=lambda: now))
        started.append(running)
        return running

    yield start
    for running in started:
        for client in running.clients:
            ui.run(client.close())
        ui.run(stop_hub(running))


def test_closed_video_service_shows_next_opening_and_alternatives(
    inproc_hub: Any, make_window: Any, ui: UI
) -> None:
    hub = inproc_hub(catalog(), SATURDAY)
    window = make_window(hub.ws_url, hub.customer_token())
    pick_language(window, ui, "en")
    window.service_page.video.click()
    ui.until(lambda: "students" in window.topic_page.buttons, what="the hub's topics")
    window.topic_page.buttons["students"].click()
    hours = window.hours_page
    # The hub answers a video chat.start (state "new") with handoff.status at once.
    ui.until(lambda: hours.status is not None, timeout=3, what="service status")
    assert window.visit.state == "new"
    text = hours.state.text.text()
    assert "closed" in text and "opens again" in text, text
    # In the customer's language where there is one: no Finnish or Swedish phone line.
    alternatives = hours.alternatives.text()
    assert "Phone service in English" in alternatives and "Finnish" not in alternatives.split(
        "\n")[0] and "Infopankki.fi" in alternatives, alternatives
    assert alternatives.count("Phone service") == 1, alternatives
    assert not hours.go.isVisible() and hours.back.isVisible()
    # The hub's hours and the English trial's date range (resources/queues.toml: 2027-03-19..05-20).
    ui.until(lambda: hours.service is not None, timeout=3, what="the hub's catalog")
    assert hours.hours.text() == "Monday to Friday: 09:00–15:00"
    period = hours.period.text()
    assert hours.period.isVisible() and "2027" in period and "March" in period and "May" in period, period


def test_closed_status_page_in_plain_words(qtbot: Any) -> None:
    from customer_client.qt.pages.hours import HoursPage
    from hub_protocol import frames as p

    page = HoursPage()
    qtbot.addWidget(page)
    page.show_service("video", "ru", "pensions", p.ServicesCatalog(services=[p.ServiceInfo(
        queue=p.QueueKey(channel="video", language="ru", topic="pensions"),
        hours={"wed": ["08:30-11:00"], "thu": ["08:30-11:00"]})]))
    page.set_status(p.HandoffStatus(
        conversation_id="c1", available=False, reason="closed",
        next_opening=datetime(2027, 3, 24, 6, 30, tzinfo=UTC),
        alternatives=ALTERNATIVES))
    text = page.state.text.text()
    assert "closed right now" in text and "opens again" in text and "2027" in text
    assert page.hours.text() == "Wednesday to Thursday: 08:30–11:00"
    shown = page.alternatives.text()
    assert "Phone service in English (Monday to Friday: 09:00–16:00)" in shown
    assert "Finnish" not in shown.split("\n")[0] and "Phone service in Finnish" not in shown
    # No office serves in English: the office is offered, saying which languages it serves in.
    assert "Visit a service office: service in Finnish and in Swedish" in shown
    assert not page.can_proceed


def test_closed_chat_still_has_the_assistant(inproc_hub: Any, make_window: Any, ui: UI) -> None:
    hub = inproc_hub(catalog(), SATURDAY)
    window = make_window(hub.ws_url, hub.customer_token())
    pick_language(window, ui, "fi")
    window.service_page.chat.click()
    ui.until(lambda: window.hours_page.can_proceed)
    state = window.hours_page.state.text.text()
    assert "eivät ole nyt paikalla" in state and "maanantaina" in state, state
    window.hours_page.go.click()
    ui.until(lambda: window.chat_page.offer.isVisible())
    assert not window.chat_page.handoff.isVisible()
    reason = window.chat_page.offer_reason.text.text()
    assert "suljettu" in reason and "maanantai" in reason  # back on Monday
    assert "Puhelinpalvelu suomeksi" in reason


def test_full_queue_hides_the_offer_and_a_late_refusal_is_explained(
    inproc_hub: Any, make_window: Any, ui: UI
) -> None:
    from hub_protocol import frames as p

    hub = inproc_hub(catalog(max_waiting_chat=1), WEDNESDAY)
    ui.run(hub.add_agent())
    agent = ui.run(hub.client(ui.run(hub.agent_token())))
    # On duty but never answering: an offered customer still holds a place in the queue.
    ui.run(agent.request(p.SetAgentState(state="available")))
    other = ui.run(hub.client(hub.customer_token("cust-other", "Other")))

    async def occupy() -> str:
        conv = (await other.request(p.ChatStart(language="fi"))).conversation_id
        await other.request(p.HandoffRequest(conversation_id=conv))
        return conv

    first = ui.run(occupy())  # the one place in the queue is taken
    window = make_window(hub.ws_url, hub.customer_token())
    pick_language(window, ui, "fi")
    window.service_page.chat.click()
    ui.until(lambda: window.hours_page.can_proceed)
    window.hours_page.go.click()
    ui.until(lambda: window.chat_page.offer.isVisible())
    assert not window.chat_page.handoff.isVisible()
    assert "Jono on nyt täynnä" in window.chat_page.offer_reason.text.text()

    # The place frees up: the offer shows. Someone takes it before the click.
    ui.run(other.request(p.QueueLeave(conversation_id=first)))
    window.chat_page.chat.input.setPlainText("Haluan puhua ihmisen kanssa")
    window.chat_page.chat.send.click()
    ui.until(lambda: window.chat_page.handoff.isVisible(), what="offer with room")
    ui.run(occupy())
    window.chat_page.handoff.click()
    ui.until(lambda: window.chat_page.problem is not None, what="queue_full refusal")
    assert "Jono on nyt täynnä" in window.chat_page.offer_reason.text.text()
    assert not window.chat_page.handoff.isVisible()
    assert window.step is Step.CHAT


# ------------------------------------------------------------------ hub unreachable


def test_unreachable_hub_shows_a_retrying_banner_and_recovers(
    tmp_path: Path, make_window: Any, ui: UI
) -> None:
    port = free_port()
    data_dir = tmp_path / "hubdata"
    data_dir.mkdir()
    from service_hub.demo_idp import ensure_keypair, mint_customer_token

    private, _ = ensure_keypair(data_dir)  # the hub started later uses this key
    token = mint_customer_token(private.read_text(), "cust-9", "Test Customer")
    window = make_window(f"ws://127.0.0.1:{port}/ws", token)
    pick_language(window, ui, "en")
    window.service_page.chat.click()
    ui.until(lambda: window.link_banner.isVisible(), timeout=8, what="retrying banner")
    assert "cannot reach the service" in window.link_banner.text.text()
    assert "trying again" in window.link_banner.text.text()
    assert not window.hours_page.go.isVisible()

    hub = launch_hub_process(data_dir, port=port)
    try:
        ui.until(lambda: window.hours_page.can_proceed, timeout=15, what="recovery")
        assert not window.link_banner.isVisible()
    finally:
        hub.proc.terminate()
        hub.proc.wait(10)


def test_refused_token_says_sign_in_again(hub_process: Any, make_window: Any, ui: UI) -> None:
    window = make_window(hub_process.ws_url, "not-a-token")
    pick_language(window, ui, "en")
    window.service_page.chat.click()
    ui.until(lambda: window.link_banner.isVisible(), what="sign-in banner")
    assert "sign in again" in window.link_banner.text.text()



def test_a_hub_that_no_longer_serves_this_version_says_update_in_plain_words(
    make_window: Any, ui: UI, tmp_path: Path
) -> None:
    from tests.compat.future_hub import future_hub

    refuser = future_hub()
    url = ui.run(refuser.__aenter__())
    try:
        window = make_window(url, "any-token")
        pick_language(window, ui, "fi")
        window.service_page.chat.click()
        ui.until(lambda: window.link_banner.isVisible(), what="update banner")
        text = window.link_banner.text.text()
        assert text == "Tämä ohjelman versio on liian vanha palvelulle. Päivitä ohjelma ja avaa se sitten uudelleen."
        window.grab().save(str(tmp_path / "customer-update-required.png"))
    finally:
        ui.run(refuser.__aexit__(None, None, None))
