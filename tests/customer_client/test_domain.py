"""Pure logic, no Qt: flow, transcript, grading, kiosk rules, wording helpers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from client_core.devices import Verdict
from client_core.precheck.measurement import NetworkMeasurement
from customer_client.domain.flow import Flow, Step
from customer_client.domain.kiosk import Idle, InactivityClock, KeySequence, verify_admin_key
from customer_client.domain.notices import NoticeKind, parse_system
from customer_client.domain.precheck import ITEMS, Item, PrecheckReport, grade_network, grade_os
from customer_client.domain.problems import Problem, problem_for_code, problem_for_reason
from customer_client.domain.services import DayRange, group_days, topics_for
from customer_client.domain.transcript import Transcript
from customer_client.domain.waiting import WaitKind, describe_wait


def test_flow_chat_skips_topic_and_video_goes_through_the_check() -> None:
    f = Flow()
    assert f.choose_language("fi") is Step.SERVICE
    assert f.choose_chat() is Step.HOURS and f.topic == "social_assistance"
    assert f.proceed_from_hours() is Step.CHAT
    assert f.conversation_over() is Step.FEEDBACK
    assert f.feedback_done() is Step.THANKS

    v = Flow()
    v.choose_language("ru")
    with pytest.raises(ValueError):
        v.choose_chat()  # the assistant speaks fi/sv/en only
    assert v.choose_video() is Step.TOPIC
    assert v.choose_topic("pensions") is Step.HOURS
    assert v.proceed_from_hours() is Step.PRECHECK
    assert v.conversation_state("queued") is Step.QUEUE
    assert v.conversation_state("active") is Step.CALL
    assert v.conversation_over() is Step.FEEDBACK


def test_english_video_has_seven_topics_and_back_navigation() -> None:
    assert "social_assistance" not in topics_for("video", "en")
    assert len(topics_for("video", "en")) == 7 and len(topics_for("video", "ckb")) == 8
    f = Flow()
    f.choose_language("en")
    f.choose_video()
    f.choose_topic("students")
    assert f.back() is Step.TOPIC and f.back() is Step.SERVICE and f.back() is Step.LANGUAGE


def test_transcript_confirms_own_message_in_place_and_ignores_replays() -> None:
    t = Transcript()
    events: list[tuple[str, int]] = []
    t.on_inserted = lambda i: events.append(("ins", i))
    t.on_changed = lambda i: events.append(("chg", i))
    t.add_server(seq=1, sender="bot", sender_name="Kelpo", text="Hei!")
    t.add_pending("c1", "kysymys")
    t.add_server(seq=3, sender="bot", sender_name="Kelpo", text="vastaus")  # before ack: above
    t.add_server(seq=2, sender="customer", sender_name="Maija", text="kysymys", client_msg_id="c1")
    t.add_server(seq=2, sender="customer", sender_name="Maija", text="kysymys", client_msg_id="c1")
    assert [e.text for e in t.entries] == ["Hei!", "vastaus", "kysymys"]
    assert not any(e.pending for e in t.entries)
    t.add_server(seq=4, sender="system", sender_name="", text="joined:Anna")
    assert t.entries[-1].notice is not None and t.entries[-1].notice.arg == "Anna"
    t.clear()
    assert len(t) == 0


def test_system_codes() -> None:
    assert parse_system("transfer:needs housing").kind is NoticeKind.TRANSFER
    assert parse_system("ended").kind is NoticeKind.ENDED
    assert parse_system("something new").kind is NoticeKind.UNKNOWN


def test_network_grading_and_report_round_trip() -> None:
    good = NetworkMeasurement(connected=True, up_kbit=1300, down_kbit=5000, rtt_ms=40,
                              jitter_ms=5, loss_pct=0.5)
    graded = {r.item: r for r in grade_network(good)}
    assert all(r.verdict is Verdict.OK for r in graded.values())
    slow = NetworkMeasurement(connected=True, up_kbit=1100, down_kbit=5000, rtt_ms=1200,
                              jitter_ms=5, loss_pct=12)
    graded = {r.item: r for r in grade_network(slow)}
    assert graded[Item.BANDWIDTH].verdict is Verdict.FAIL and graded[Item.BANDWIDTH].value == 1100
    assert graded[Item.RTT].verdict is Verdict.FAIL and graded[Item.LOSS].verdict is Verdict.FAIL
    blocked = {r.item: r for r in grade_network(NetworkMeasurement(connected=False))}
    assert all(r.verdict is Verdict.FAIL for r in blocked.values())

    report = PrecheckReport(measurement=good)
    for r in grade_network(good):
        report.put(r)
    report.put(grade_os("Windows", "10"))
    assert not report.complete and report.verdict is Verdict.FAIL
    back = PrecheckReport.from_dict(report.to_dict())
    assert back.to_dict() == report.to_dict()
    assert len(ITEMS) == 9


def test_os_versions() -> None:
    assert grade_os("Windows", "11").verdict is Verdict.OK
    assert grade_os("Windows", "XP").verdict is Verdict.FAIL
    assert grade_os("Darwin", "19.6.0").verdict is Verdict.FAIL  # macOS 10.15
    assert grade_os("Darwin", "23.1.0").verdict is Verdict.OK
    assert grade_os("Haiku", "1").verdict is Verdict.WARN


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
