"""Trial metrics against a generated data set whose answers are known by construction.

The data set (40 conversations):
- fi: 20 conversations starting 2023-02-06 23:30 UTC = 2023-02-07 01:30 in Helsinki
  (so they belong to Helsinki day 2023-02-07, not the UTC day 2023-02-06).
  Conversations 0-9 are handed off on channel "web", topic "income";
  reasons: 5 asked, 3 bot_failed, 2 bot_suggested; the last 2 (8, 9) abandon
  the queue. The 8 served ones wait 60, 120, ..., 480 s, are handled in 300 s and
  rate 5,5,5,4,4,3,2,1. Conversations 10-19 stay with the bot, channel "mobile",
  topic "housing", no feedback.
- sv: 10 conversations at 2023-02-07 10:00 UTC, none handed off, "web", "housing".
- en: 10 conversations at 2023-02-08 08:00 UTC, "mobile", "housing"; 5 handed off
  (asked), each waits 30 s, handled 600 s, rates 4.
The expected numbers below are worked out by hand from that description.
"""

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hub_protocol.report import report_to_csv, report_to_json
from service_hub.metrics import ConversationRecord, build_report, nearest_rank

FI_REASONS = ["asked"] * 5 + ["bot_failed"] * 3 + ["bot_suggested"] * 2
FI_RATINGS = [5, 5, 5, 4, 4, 3, 2, 1]


def served(start, wait_s, handle_s, **kw):
    enq = start + timedelta(minutes=2)
    assigned = enq + timedelta(seconds=wait_s)
    return ConversationRecord(
        started_at=start,
        handed_off=True,
        enqueued_at=enq,
        assigned_at=assigned,
        ended_at=assigned + timedelta(seconds=handle_s),
        **kw,
    )


def dataset():
    records = []
    fi_start = datetime(2023, 2, 6, 23, 30, tzinfo=UTC)
    for i in range(10):
        common = dict(language="fi", channel="web", topic="income", handoff_reason=FI_REASONS[i])
        if i < 8:
            records.append(served(fi_start, 60 * (i + 1), 300, feedback=FI_RATINGS[i], **common))
        else:
            records.append(
                ConversationRecord(
                    started_at=fi_start,
                    handed_off=True,
                    enqueued_at=fi_start + timedelta(minutes=1),
                    ended_at=fi_start + timedelta(minutes=20),
                    abandoned=True,
                    **common,
                )
            )
    for _ in range(10):
        records.append(ConversationRecord(fi_start, "fi", "mobile", "housing"))
    for _ in range(10):
        records.append(
            ConversationRecord(datetime(2023, 2, 7, 10, tzinfo=UTC), "sv", "web", "housing")
        )
    en_start = datetime(2023, 2, 8, 8, tzinfo=UTC)
    for i in range(10):
        if i < 5:
            records.append(
                served(
                    en_start,
                    30,
                    600,
                    language="en",
                    channel="mobile",
                    topic="housing",
                    handoff_reason="asked",
                    feedback=4,
                )
            )
        else:
            records.append(ConversationRecord(en_start, "en", "mobile", "housing"))
    return records


REPORT = build_report(dataset())


def test_overall():
    g = REPORT.get("all", "all")
    assert g.conversations == 40
    assert g.handed_off == 15
    assert g.handoff_rate == pytest.approx(15 / 40)
    assert g.containment_rate == pytest.approx(25 / 40)
    assert g.handoff_reasons == {"asked": 10, "bot_failed": 3, "bot_suggested": 2}
    # waits: 30 x5, 60..480 step 60 -> 13 values; rank ceil(6.5)=7 -> 120, ceil(11.7)=12 -> 420
    assert (g.queue_wait_s.count, g.queue_wait_s.p50, g.queue_wait_s.p90, g.queue_wait_s.max) == (
        13,
        120,
        420,
        480,
    )
    # handling: 300 x8, 600 x5 -> p50 rank 7 -> 300, p90 rank 12 -> 600
    assert (g.handling_time_s.p50, g.handling_time_s.p90, g.handling_time_s.max) == (300, 600, 600)
    assert g.abandoned == 2 and g.abandonment_rate == pytest.approx(2 / 15)
    assert g.feedback_count == 13
    assert g.feedback_mean == pytest.approx((29 + 20) / 13)
    assert g.feedback_distribution == {1: 1, 2: 1, 3: 1, 4: 7, 5: 3}


def test_by_language():
    fi, sv, en = (REPORT.get("language", lang) for lang in ("fi", "sv", "en"))
    assert (fi.conversations, fi.handed_off, fi.handoff_rate) == (20, 10, 0.5)
    assert (fi.queue_wait_s.p50, fi.queue_wait_s.p90, fi.queue_wait_s.max) == (240, 480, 480)
    assert fi.abandonment_rate == pytest.approx(0.2)
    assert fi.feedback_mean == pytest.approx(3.625)
    assert fi.feedback_distribution == {1: 1, 2: 1, 3: 1, 4: 2, 5: 3}
    assert (sv.handoff_rate, sv.containment_rate) == (0.0, 1.0)
    assert sv.queue_wait_s.count == 0 and sv.queue_wait_s.p50 is None
    assert sv.abandonment_rate is None and sv.feedback_mean is None and sv.feedback_count == 0
    assert sv.handoff_reasons == {"asked": 0, "bot_failed": 0, "bot_suggested": 0}
    assert (en.handed_off, en.queue_wait_s.p90, en.handling_time_s.p50, en.feedback_mean) == (
        5,
        30,
        600,
        4.0,
    )


def test_by_helsinki_day_not_utc_day():
    days = sorted(g.group for g in REPORT.groups if g.group_by == "day")
    assert days == ["2023-02-07", "2023-02-08"]
    d7 = REPORT.get("day", "2023-02-07")
    assert (d7.conversations, d7.handed_off) == (30, 10)
    d8 = REPORT.get("day", "2023-02-08")
    assert (d8.conversations, d8.handed_off) == (10, 5)


def test_by_channel_and_topic():
    web, mobile = REPORT.get("channel", "web"), REPORT.get("channel", "mobile")
    assert (web.conversations, web.handed_off) == (20, 10)
    assert (mobile.conversations, mobile.handed_off) == (20, 5)
    income, housing = REPORT.get("topic", "income"), REPORT.get("topic", "housing")
    assert (income.conversations, income.handoff_rate, income.abandoned) == (10, 1.0, 2)
    assert (housing.conversations, housing.handed_off) == (30, 5)


def test_csv_rows():
    rows = list(csv.DictReader(io.StringIO(report_to_csv(REPORT))))
    assert len(rows) == 1 + 2 + 3 + 2 + 2  # all, days, languages, channels, topics
    fi = next(r for r in rows if r["group_by"] == "language" and r["group"] == "fi")
    assert fi["queue_wait_s_p50"] == "240.0" and fi["reason_bot_failed"] == "3"
    assert fi["feedback_5"] == "3" and float(fi["feedback_mean"]) == 3.625
    sv = next(r for r in rows if r["group"] == "sv")
    assert sv["queue_wait_s_p50"] == "" and sv["abandonment_rate"] == ""


def test_json():
    data = json.loads(report_to_json(REPORT))
    overall = next(g for g in data["groups"] if g["group_by"] == "all")
    assert overall["handed_off"] == 15
    assert overall["queue_wait_s"] == {"count": 13, "p50": 120.0, "p90": 420.0, "max": 480.0}
    assert overall["feedback_distribution"]["4"] == 7


def test_unknown_reason_is_kept_not_dropped():
    rec = ConversationRecord(datetime(2023, 2, 7, 10, tzinfo=UTC), "fi", "web", "x", True, None)
    assert build_report([rec]).get("all", "all").handoff_reasons["unknown"] == 1


@given(st.lists(st.integers(0, 10_000), min_size=1, max_size=60), st.sampled_from([50, 90, 100]))
def test_nearest_rank_definition(values, p):
    v = nearest_rank(values, p)
    n = len(values)
    # smallest value such that at least p % of the values are <= it
    assert sum(x <= v for x in values) * 100 >= p * n
    assert sum(x < v for x in values) * 100 < p * n
