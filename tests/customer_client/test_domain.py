"""Pure logic, no Qt: flow, transcript, grading, kiosk rules, wording helpers."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import pytest

from client_core.devices import (
    CameraReport,
    MicrophoneReport,
    Remedy,
)
from client_core.devices import Verdict as DeviceVerdict
from client_core.devices.echo import EchoReport
from client_core.precheck.measurement import NetworkMeasurement
from client_core.precheck.verdicts import (
    PlatformInfo,
    PrecheckReport,
    Verdict,
    check_os,
    network_reports,
)
from customer_client.domain.flow import Flow, Step
from customer_client.domain.kiosk import Idle, InactivityClock, KeySequence, verify_admin_key
from customer_client.domain.precheck import (
    ROW_ITEMS,
    ROWS,
    Checklist,
    Row,
    RowState,
    camera_item,
    echo_item,
    microphone_item,
    speaker_item,
)
from customer_client.domain.problems import Problem, problem_for_code, problem_for_reason
from customer_client.domain.services import DayRange, group_days, service_info, topics_for
from customer_client.domain.waiting import WaitKind, describe_wait
from hub_protocol import frames as p
from hub_protocol.events import EventCode, SystemEvent


def test_flow_signs_in_after_the_language_once() -> None:
    f = Flow()
    assert f.choose_language("fi") is Step.SIGN_IN
    assert f.back() is Step.LANGUAGE
    f.choose_language("fi")
    assert f.sign_in_done() is Step.SERVICE and f.signed_in
    f.reset()
    assert f.step is Step.LANGUAGE and f.choose_language("en") is Step.SERVICE  # still signed in


def test_flow_chat_skips_topic_and_video_goes_through_the_check() -> None:
    f = Flow(signed_in=True)
    assert f.choose_language("fi") is Step.SERVICE
    assert f.choose_chat() is Step.HOURS and f.topic == "social_assistance"
    assert f.proceed_from_hours() is Step.CHAT
    assert f.conversation_over() is Step.FEEDBACK
    assert f.feedback_done() is Step.THANKS

    v = Flow(signed_in=True)
    v.catalog = hub_catalog()
    v.choose_language("ru")
    with pytest.raises(ValueError):
        v.choose_chat()  # the assistant speaks fi/sv/en only
    assert v.choose_video() is Step.TOPIC
    assert v.choose_topic("pensions") is Step.HOURS
    assert v.proceed_from_hours() is Step.PRECHECK
    assert v.conversation_state("queued") is Step.QUEUE
    assert v.conversation_state("active") is Step.CALL
    assert v.conversation_over() is Step.FEEDBACK


def hub_catalog() -> p.ServicesCatalog:
    """What a hub on the shipped queue configuration answers to services.query."""
    from service_hub.routing import load_queues
    from service_hub.service_catalog import services_catalog

    return services_catalog(load_queues())


def test_topics_come_from_the_hub_and_back_navigation() -> None:
    catalog = hub_catalog()
    assert topics_for(None, "video", "en") == ()  # nothing until the hub has answered
    assert "social_assistance" not in topics_for(catalog, "video", "en")
    assert len(topics_for(catalog, "video", "en")) == 7
    assert len(topics_for(catalog, "video", "ckb")) == 8
    assert topics_for(catalog, "chat", "fi") == ("social_assistance",)
    english = service_info(catalog, "video", "en", "pensions")
    assert english is not None and english.valid_from is not None and english.valid_until is not None
    assert service_info(catalog, "video", "en", "social_assistance") is None
    f = Flow(catalog=catalog)
    f.choose_language("en")
    f.choose_video()
    with pytest.raises(ValueError):
        f.choose_topic("social_assistance")
    f.choose_topic("students")
    assert f.back() is Step.TOPIC and f.back() is Step.SERVICE and f.back() is Step.LANGUAGE


def test_system_codes() -> None:
    assert SystemEvent.parse("transfer:needs housing").code is EventCode.TRANSFER
    assert SystemEvent.parse("ended").code is EventCode.ENDED
    assert SystemEvent.parse("something new").code is EventCode.UNKNOWN


def test_checklist_rows_group_the_shared_report_items() -> None:
    good = NetworkMeasurement(connected=True, up_kbit=1300, down_kbit=5000, rtt_ms=40,
                              jitter_ms=5, loss_pct=0.5)
    c = Checklist()
    c.put(check_os(PlatformInfo("Windows", "10.0.19045")))
    c.put(camera_item(CameraReport(DeviceVerdict.OK, Remedy.NONE, 45, 30.0, 0.0, 0.0)))
    c.put(microphone_item(MicrophoneReport(DeviceVerdict.FAIL, Remedy.MIC_DEAD, -math.inf,
                                           -math.inf, 0.0)))
    assert c.put_network(good) == network_reports(good)  # graded by client_core only
    assert not c.complete and not c.passed  # the speaker question is open
    assert c.row(Row.SPEAKERS) == RowState(None, ())
    c.put(echo_item(EchoReport(DeviceVerdict.WARN, Remedy.USE_HEADSET, -30.0, -34.0, True)))
    assert c.row(Row.SPEAKERS) == RowState(None, ())  # the measured echo waits for the answer
    c.put(speaker_item(True))
    assert c.complete
    # 1300 kbit/s up is above 1200 but under 1500: the row warns, with the up remedy.
    assert c.row(Row.BANDWIDTH) == RowState(Verdict.WARN, ("up_marginal",))
    assert c.row(Row.SPEAKERS) == RowState(Verdict.WARN, ("use_headset",))
    assert c.row(Row.MICROPHONE) == RowState(Verdict.FAIL, ("mic_dead",))
    assert not c.passed
    c.put(microphone_item(MicrophoneReport(DeviceVerdict.OK, Remedy.NONE, -24.0, -9.0, 0.0)))
    assert c.passed

    report = c.report()
    wire = report.to_dict()
    assert wire["schema"] == 1 and wire["verdict"] == "warn"
    assert PrecheckReport.from_dict(wire) == report
    items = {i["item"]: i for i in wire["items"]}
    assert set(items) == {"os", "camera", "microphone", "speaker", "echo", "webrtc",
                          "bandwidth_up", "bandwidth_down", "rtt", "jitter", "loss"}
    assert items["camera"]["figures"]["fps"] == 30.0
    assert items["microphone"]["figures"]["rms_dbfs"] == -24.0
    assert items["echo"]["remedy_code"] == "use_headset"
    assert items["echo"]["figures"] == {"echo_dbfs": -30.0, "residual_dbfs": -34.0,
                                        "removed_db": 4.0, "cancelling": True}
    assert wire["network"]["up_kbit"] == 1300


def test_speaker_answer_and_dead_microphone_figures() -> None:
    assert speaker_item(None).remedy_code == "not_answered"
    assert speaker_item(False).verdict is Verdict.FAIL
    assert speaker_item(False).remedy_code == "speaker_silent"
    dead = microphone_item(MicrophoneReport(DeviceVerdict.FAIL, Remedy.MIC_DEAD, -math.inf,
                                            -math.inf, 0.0))
    assert dead.figures["rms_dbfs"] is None  # JSON has no -inf
    blocked = Checklist()
    blocked.put_network(NetworkMeasurement(connected=False, error="blocked"))
    assert blocked.row(Row.WEBRTC) == RowState(Verdict.FAIL, ("webrtc_blocked",))
    assert blocked.row(Row.BANDWIDTH) == RowState(None, ())
    assert set(ROW_ITEMS) == set(ROWS) and len(ROWS) == 10
    assert blocked.row(Row.RELAY) == RowState(None, ())  # checked only when the hub names a relay


def test_kiosk_rules() -> None:
    from argon2 import PasswordHasher

    key_hash = PasswordHasher().hash("staff-key-123")
    assert verify_admin_key("staff-key-123", key_hash)
    assert not verify_admin_key("wrong", key_hash)
    assert not verify_admin_key("staff-key-123", "")  # nothing configured: no exit
    seq = KeySequence(("A", "B"), window_s=2)
    assert not seq.feed("A", 0) and seq.feed("B", 1)
    assert not seq.feed("A", 10) and not seq.feed("B", 13)  # too slow
    clock = InactivityClock(timeout_s=120, warning_s=30, last_activity=0)
    assert clock.state(80) is Idle.ACTIVE
    assert clock.state(95) is Idle.WARNING and clock.remaining(95) == 25
    assert clock.state(121) is Idle.EXPIRED
    clock.touch(121)
    assert clock.state(130) is Idle.ACTIVE


def test_wording_helpers() -> None:
    assert group_days({d: ["09:00-16:00"] for d in ("mon", "tue", "wed", "thu", "fri")}) == [
        DayRange("mon", "fri", ("09:00-16:00",))]
    assert [r.first for r in group_days({"mon": ["9-11"], "wed": ["9-11"]})] == ["mon", "wed"]
    assert describe_wait(None).kind is WaitKind.UNKNOWN
    assert describe_wait(30).kind is WaitKind.UNDER_MINUTE
    assert describe_wait(150).minutes == 2 and describe_wait(23 * 60).minutes == 25
    assert problem_for_code("queue_full") is Problem.QUEUE_FULL
    assert problem_for_code("token_expired") is Problem.SIGN_IN_FAILED
    assert problem_for_reason("open") is None
    assert datetime(2027, 1, 1, tzinfo=UTC)
