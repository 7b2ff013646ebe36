"""Boundary minutes of every shipped schedule (resources/queues.toml).

Each schedule is checked in a winter (EET, UTC+2) week, a summer (EEST, UTC+3)
week and the week after a DST transition, so a calendar that ignored the
offset would fail on one of them. Expected instants are Helsinki wall times.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from service_hub.routing import Channel, ClosedReason, Language, QueueKey, Topic
from service_hub.routing.calendar import WEEKDAYS

from .helpers import hel

CHAT_FI = QueueKey(Channel.CHAT, Language.FI, Topic.SOCIAL_ASSISTANCE)
VIDEO_RU = QueueKey(Channel.VIDEO, Language.RU, Topic.PENSIONS)
VIDEO_CKB = QueueKey(Channel.VIDEO, Language.CKB, Topic.HOUSING_ALLOWANCE)
VIDEO_EN = QueueKey(Channel.VIDEO, Language.EN, Topic.UNEMPLOYMENT)

# queue key, open days, opening, closing
SCHEDULES = [
    (CHAT_FI, ("mon", "tue", "wed", "thu", "fri"), "09:00", "16:00"),
    (VIDEO_RU, ("wed", "thu"), "08:30", "11:00"),
    (VIDEO_CKB, ("mon", "tue"), "09:00", "11:30"),
    (VIDEO_EN, ("mon", "tue", "wed", "thu", "fri"), "09:00", "15:00"),
]
# Mondays of weeks without public holidays on weekdays:
WEEKS = {
    "winter": date(2027, 2, 8),
    "after_spring_dst": date(2027, 4, 5),  # DST began 2027-03-28 (Easter Monday 29th is a holiday)
    "summer": date(2027, 4, 12),
    "after_autumn_dst": date(2027, 11, 1),  # DST ended 2027-10-31
}


def minus_one(hhmm: str) -> str:
    h, m = map(int, hhmm.split(":"))
    t = h * 60 + m - 1
    return f"{t // 60:02d}:{t % 60:02d}"


def cases():
    for key, open_days, start, end in SCHEDULES:
        for week_name, monday in WEEKS.items():
            if key is VIDEO_EN and week_name in ("winter", "after_autumn_dst"):
                continue  # outside its date range; tested below
            for i, day in enumerate(WEEKDAYS):
                d = (monday + timedelta(days=i)).isoformat()
                is_day = day in open_days
                yield pytest.param(
                    key,
                    f"{d} {minus_one(start)}",
                    False,
                    id=f"{key.language}-{week_name}-{day}-before",
                )
                yield pytest.param(
                    key, f"{d} {start}", is_day, id=f"{key.language}-{week_name}-{day}-open"
                )
                yield pytest.param(
                    key,
                    f"{d} {minus_one(end)}",
                    is_day,
                    id=f"{key.language}-{week_name}-{day}-last",
                )
                yield pytest.param(
                    key, f"{d} {end}", False, id=f"{key.language}-{week_name}-{day}-closed"
                )


@pytest.mark.parametrize(("key", "wall", "expected"), list(cases()))
def test_boundary_minutes(catalog, key, wall, expected):
    assert catalog[key].is_open(hel(wall)) is expected


@pytest.mark.parametrize(
    ("key", "wall", "expected"),
    [
        (VIDEO_RU, "2027-05-05 08:29", False),  # Wednesday
        (VIDEO_RU, "2027-05-05 08:30", True),
        (VIDEO_RU, "2027-05-05 10:59", True),
        (VIDEO_RU, "2027-05-05 11:00", False),
        (VIDEO_RU, "2027-05-06 09:00", False),  # Ascension Day (Thursday)
        (VIDEO_EN, "2027-05-06 10:00", False),
        (CHAT_FI, "2027-05-06 10:00", False),
        (CHAT_FI, "2026-05-01 10:00", False),  # May Day (Friday)
        (CHAT_FI, "2027-03-26 10:00", False),  # Good Friday
        (CHAT_FI, "2027-03-29 10:00", False),  # Easter Monday, day after spring DST
        (CHAT_FI, "2027-03-30 09:00", True),  # Tuesday after DST
        (CHAT_FI, "2027-03-30 08:59", False),
        (VIDEO_CKB, "2027-03-30 11:29", True),
        (VIDEO_CKB, "2027-03-30 11:30", False),
        (CHAT_FI, "2027-12-24 10:00", False),  # Christmas Eve
        (CHAT_FI, "2027-12-31 12:59", True),  # New Year's Eve closes at 13:00
        (CHAT_FI, "2027-12-31 13:00", False),
        # English trial date range 2027-03-19..2027-05-20
        (VIDEO_EN, "2027-03-18 10:00", False),  # Thursday before the trial
        (VIDEO_EN, "2027-03-19 09:00", True),  # first day (Friday)
        (VIDEO_EN, "2027-05-20 14:59", True),  # last day
        (VIDEO_EN, "2027-05-20 15:00", False),
        (VIDEO_EN, "2027-05-21 10:00", False),  # after the trial
    ],
)
def test_holidays_dst_and_ranges(catalog, key, wall, expected):
    assert catalog[key].is_open(hel(wall)) is expected


def test_same_wall_time_is_a_different_utc_instant_across_dst(catalog):
    winter, summer = hel("2027-03-25 09:00"), hel("2027-03-30 09:00")
    assert winter.utcoffset() != summer.utcoffset()
    chat = catalog[CHAT_FI]
    assert chat.is_open(winter) and chat.is_open(summer)
    # One real hour before opening is closed in both, even though UTC hours differ.
    assert not chat.is_open(winter - timedelta(minutes=1)) and not chat.is_open(
        summer - timedelta(minutes=1)
    )


def test_english_only_for_its_topics(catalog):
    assert QueueKey(Channel.VIDEO, Language.EN, Topic.SOCIAL_ASSISTANCE) not in catalog
    en_topics = {k.topic for k in catalog.queues if k[:2] == (Channel.VIDEO, Language.EN)}
    assert en_topics == set(Topic) - {Topic.SOCIAL_ASSISTANCE}


def test_closed_info_names_alternatives_and_next_opening(catalog):
    info = catalog[VIDEO_RU].closed_info(hel("2027-05-06 09:00"), Language.RU)
    assert info is not None
    assert info.reason is ClosedReason.HOLIDAY and info.label == "Ascension Day"
    assert info.next_opening == hel("2027-05-12 08:30")
    # What serves in the customer's language first: Infopankki has Russian.
    assert [a.code for a in info.alternatives] == [
        "infopankki", "phone_fi", "phone_sv", "phone_en", "office"]
    assert info.alternatives[0].open_now  # web information knows no holidays
    phone = info.alternatives[3]
    assert phone.weekly_hours["mon"] == ["09:00-16:00"]
    assert not phone.open_now  # phone service is closed on the holiday too
    assert phone.next_opening == hel("2027-05-07 09:00")
    # English customers get the English phone line first; Finnish ones the Finnish line.
    en = catalog[VIDEO_EN].closed_info(hel("2027-05-21 10:00"))
    assert en.reason is ClosedReason.NO_LONGER_VALID and en.next_opening is None
    assert en.alternatives[0].code == "phone_en"
    assert catalog[CHAT_FI].closed_info(hel("2027-04-14 10:00")) is None


def test_next_opening_over_a_weekend(catalog):
    assert catalog[VIDEO_CKB].next_opening(hel("2027-04-13 11:30")) == hel("2027-04-19 09:00")
    assert catalog[CHAT_FI].next_opening(hel("2027-04-16 16:00")) == hel("2027-04-19 09:00")
