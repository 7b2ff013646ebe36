"""A generated trial data set written through the real store, with its answers known by construction.

Period 2024-03-29..2024-04-02 in Helsinki; daylight saving starts on
2024-03-31 (03:00 EET -> 04:00 EEST), so days are 24 h, 23 h and 24 h long.

Day A, 2024-03-29 (UTC+2): 10 chat, fi, social_assistance, starting 2024-03-28
  22:30 UTC (= 00:30 Helsinki on the 29th: the UTC day is the 28th).
  k=0..3 handed off (asked, asked, bot_failed, bot_suggested), served after
  60/120/180/240 s, handled 600 s, rated 5/4/4/3. k=4..9 stay with the bot;
  k=4 rates 5, k=5 skips feedback, the rest give none.
Day B, 2024-03-31 (the change day): 10 chat, sv, housing_allowance, from
  2024-03-30 22:10 UTC (= 00:10 EET on the 31st). k=0..4 handed off (asked);
  k=0,1 leave the queue (abandoned); k=2,3,4 served after 600/900/1200 s,
  handled 300 s, rated 1/2/none. k=5..9 stay with the bot.
Day C, 2024-04-02 (UTC+3): 6 video, en, unemployment, at 20:59 UTC (= 23:59
  EEST, the last minute of the period), all handed off (asked), served after
  30 s, handled 1200 s, rated 5.
Outside: 2024-03-28 21:59 UTC (23:59 on the 28th) and 2024-04-02 21:00 UTC
  (00:00 on the 3rd), both handed off, abandoned, rated 1: counted, they would
  show.

The expected figures below are worked out by hand from that description.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

FIRST_DAY, LAST_DAY = "2024-03-29", "2024-04-02"


@dataclass
class Spec:
    start: datetime
    channel: str
    language: str
    topic: str
    reason: str | None = None  # None: stayed with the bot
    wait_s: int | None = None  # None with a reason: left the queue
    handle_s: int = 0
    rating: int | None = None
    skipped: bool = False


def specs() -> list[Spec]:
    out: list[Spec] = []
    a = datetime(2024, 3, 28, 22, 30, tzinfo=UTC)
    reasons_a = ["asked", "asked", "bot_failed", "bot_suggested"]
    for k in range(10):
        s = Spec(a + timedelta(minutes=k), "chat", "fi", "social_assistance")
        if k < 4:
            s.reason, s.wait_s, s.handle_s, s.rating = reasons_a[k], 60 * (k + 1), 600, [5, 4, 4, 3][k]
        elif k == 4:
            s.rating = 5
        elif k == 5:
            s.skipped = True
        out.append(s)
    b = datetime(2024, 3, 30, 22, 10, tzinfo=UTC)
    for k in range(10):
        s = Spec(b + timedelta(minutes=k), "chat", "sv", "housing_allowance")
        if k < 5:
            s.reason = "asked"
        if 2 <= k <= 4:
            s.wait_s, s.handle_s, s.rating = [600, 900, 1200][k - 2], 300, [1, 2, None][k - 2]
        out.append(s)
    c = datetime(2024, 4, 2, 20, 59, tzinfo=UTC)
    for k in range(6):
        out.append(Spec(c + timedelta(seconds=k), "video", "en", "unemployment", "asked", 30, 1200, 5))
    for outside in (datetime(2024, 3, 28, 21, 59, tzinfo=UTC), datetime(2024, 4, 2, 21, 0, tzinfo=UTC)):
        out.append(Spec(outside, "chat", "fi", "social_assistance", "asked", None, 0, 1))
    return out


async def write_dataset(store: Any, prefix: str = "gen") -> int:
    """Write the data set with the store's own write paths; returns how many conversations."""
    all_specs = specs()
    await store.upsert_customer(f"{prefix}-customer", "Generated Customer")
    for i, s in enumerate(all_specs):
        conv_id = f"{prefix}-{i:03d}"
        await store.create_conversation(conv_id, f"{prefix}-customer", channel=s.channel,
                                        language=s.language, topic=s.topic, state="bot")
        values: dict[str, Any] = {"created_at": s.start, "state": "ended"}
        if s.reason is not None:
            handed = s.start + timedelta(minutes=2)
            values |= {"handed_off_at": handed, "handoff_reason": s.reason}
            if s.wait_s is None:
                values |= {"abandoned": True, "ended_at": handed + timedelta(seconds=100)}
            else:
                assigned = handed + timedelta(seconds=s.wait_s)
                values |= {"assigned_at": assigned, "ended_at": assigned + timedelta(seconds=s.handle_s)}
        else:
            values["ended_at"] = s.start + timedelta(minutes=3)
        await store.update_conversation(conv_id, **values)
        if s.rating is not None or s.skipped:
            await store.save_feedback(conv_id, None if s.skipped else s.rating,
                                      None if s.skipped else "ok", s.skipped)
    return len(all_specs)


# ---------------------------------------------------------------- the answers, by hand

EXPECTED_ALL = {
    "conversations": 26,
    "handed_off": 15,  # 4 + 5 + 6
    "handoff_rate": 15 / 26,
    "containment_rate": 11 / 26,
    "handoff_reasons": {"asked": 13, "bot_failed": 1, "bot_suggested": 1},
    # waits sorted: 30 x6, 60, 120, 180, 240, 600, 900, 1200 (13): rank 7 and rank 12
    "queue_wait_s": {"count": 13, "p50": 60.0, "p90": 900.0, "max": 1200.0},
    # handling sorted: 300 x3, 600 x4, 1200 x6: rank 7 = 600, rank 12 = 1200
    "handling_time_s": {"count": 13, "p50": 600.0, "p90": 1200.0, "max": 1200.0},
    "abandoned": 2,
    "abandonment_rate": 2 / 15,
    "feedback_count": 13,  # A: 5,4,4,3,5  B: 1,2  C: 5 x6
    "feedback_mean": 54 / 13,
    "feedback_distribution": {"1": 1, "2": 1, "3": 1, "4": 2, "5": 8},
}
# waits by bucket [0,60) [60,120) [120,300) [300,600) [600,1200) [1200,-):
# 30 x6 | 60 | 120,180,240 | - | 600,900 | 1200
EXPECTED_WAIT_HISTOGRAM = [6, 1, 3, 0, 2, 1]
EXPECTED_DAYS = {  # Helsinki days; the 30th and 1st have no conversations
    "2024-03-29": (10, 4),
    "2024-03-31": (10, 5),
    "2024-04-02": (6, 6),
}
EXPECTED_LANGUAGES = {"fi": (10, 4), "sv": (10, 5), "en": (6, 6)}
EXPECTED_CHANNELS = {"chat": (20, 9), "video": (6, 6)}
EXPECTED_TOPICS = {"social_assistance": (10, 4), "housing_allowance": (10, 5), "unemployment": (6, 6)}
# Only chat: waits 60,120,180,240,600,900,1200 -> rank 4 = 240, rank 7 = 1200
EXPECTED_CHAT_ONLY = {"conversations": 20, "handed_off": 9,
                      "queue_wait_s": {"count": 7, "p50": 240.0, "p90": 1200.0, "max": 1200.0}}


def check_document(doc: dict[str, Any]) -> None:
    """Assert a report document (HTTP or CLI JSON) against the hand-worked answers."""
    import pytest

    groups = {(g["group_by"], g["group"]): g for g in doc["groups"]}
    overall = groups[("all", "all")]
    for key, want in EXPECTED_ALL.items():
        got = overall[key]
        if isinstance(want, float):
            assert got == pytest.approx(want), key
        else:
            assert got == want, key
    for group_by, table in (("day", EXPECTED_DAYS), ("language", EXPECTED_LANGUAGES),
                            ("channel", EXPECTED_CHANNELS), ("topic", EXPECTED_TOPICS)):
        got = {name: (g["conversations"], g["handed_off"]) for (by, name), g in groups.items() if by == group_by}
        assert got == table, group_by
    assert [b["count"] for b in doc["queue_wait_histogram"]] == EXPECTED_WAIT_HISTOGRAM
    assert doc["queue_wait_histogram"][-1] == {"from_s": 1200, "to_s": None, "count": 1}
    sv = groups[("language", "sv")]
    assert sv["abandoned"] == 2 and sv["abandonment_rate"] == pytest.approx(2 / 5)
    assert sv["queue_wait_s"] == {"count": 3, "p50": 900.0, "p90": 1200.0, "max": 1200.0}
    assert groups[("language", "fi")]["feedback_mean"] == pytest.approx(21 / 5)
    assert groups[("day", "2024-03-29")]["handoff_reasons"] == {"asked": 2, "bot_failed": 1, "bot_suggested": 1}
