"""Service-hour calendars: DST, validity ranges, holidays (property-based and fixed cases)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import holidays
from hypothesis import given, settings
from hypothesis import strategies as st

from service_hub.routing import HELSINKI, ClosedReason, ExceptionCalendar, ServiceCalendar
from service_hub.routing.calendar import parse_weekly, resolve_wall_time

from .helpers import hel

FI_HOLIDAYS = holidays.country_holidays("FI")
NATIONAL = ExceptionCalendar("fi", public_holidays="FI", close_early={(12, 31): 13 * 60})
OFFICE = ServiceCalendar(parse_weekly({"mon-fri": ["09:00-16:00"]}), exceptions=NATIONAL)

instants = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.just(UTC)
)
days = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))
FAST = settings(max_examples=150, deadline=None)


def reference_office_open(at: datetime) -> bool:
    """Independent wall-clock reference for OFFICE (valid because 09-16 never touches a DST gap)."""
    local = at.astimezone(HELSINKI)
    d = local.date()
    if local.weekday() >= 5 or d in FI_HOLIDAYS:
        return False
    minute = local.hour * 60 + local.minute
    close = 13 * 60 if (d.month, d.day) == (12, 31) else 16 * 60
    return 9 * 60 <= minute < close


@FAST
@given(instants)
def test_is_open_matches_wall_clock_reference(at):
    assert OFFICE.is_open(at) == reference_office_open(at)


@FAST
@given(instants, st.floats(min_value=0.0, max_value=1.0))
def test_next_opening_is_the_first_open_instant(at, frac):
    nxt = OFFICE.next_opening(at)
    assert nxt is not None and nxt >= at
    assert OFFICE.is_open(nxt)
    if nxt != at:
        assert not OFFICE.is_open(at)
        assert not OFFICE.is_open(nxt - timedelta(seconds=1))
        between = at + (nxt - at) * frac
        if between < nxt:
            assert not OFFICE.is_open(between)


@FAST
@given(days)
def test_a_wall_clock_day_is_seven_real_hours_whatever_the_offset(day):
    # 09:00-16:00 is always 7 real hours: DST shifts the UTC instants, not the length.
    start, end = resolve_wall_time(day, 9 * 60), resolve_wall_time(day, 16 * 60)
    assert end - start == timedelta(hours=7)
    assert start.astimezone(HELSINKI).hour == 9


def last_sunday(year: int, month: int) -> date:
    d = date(year, month, 31)
    return d - timedelta(days=(d.weekday() + 1) % 7)


@FAST
@given(st.integers(min_value=2020, max_value=2035))
def test_night_hours_across_both_dst_transitions(year):
    # Open 02:00-05:00 every day: 3 real hours, except 2 h in spring (03:00 jumps to 04:00)
    # and 4 h in autumn (04:00 falls back to 03:00), and never a hole or double count.
    cal = ServiceCalendar(parse_weekly({"mon-sun": ["02:00-05:00"]}))
    for day, hours in (
        (last_sunday(year, 3), 2),
        (last_sunday(year, 10), 4),
        (last_sunday(year, 3) - timedelta(days=7), 3),
    ):
        midnight = datetime.combine(day, datetime.min.time(), tzinfo=HELSINKI).astimezone(UTC)
        open_minutes = sum(cal.is_open(midnight + timedelta(minutes=m)) for m in range(0, 8 * 60))
        assert open_minutes == hours * 60, (day, open_minutes)


def test_spring_gap_opening_starts_when_the_clock_jumps():
    # 2027-03-28 03:30 does not exist in Helsinki; an opening at 03:30 starts at 04:00 EEST.
    t = resolve_wall_time(date(2027, 3, 28), 3 * 60 + 30)
    assert t.astimezone(UTC) == datetime(2027, 3, 28, 1, 0, tzinfo=UTC)
    cal = ServiceCalendar(parse_weekly({"sun": ["03:30-05:00"]}))
    assert cal.next_opening(datetime(2027, 3, 28, 0, 0, tzinfo=UTC)) == t
    assert not cal.is_open(datetime(2027, 3, 28, 0, 59, tzinfo=UTC))
    assert cal.is_open(datetime(2027, 3, 28, 1, 0, tzinfo=UTC))


def test_autumn_ambiguous_time_means_first_occurrence():
    # 03:30 happens twice on 2027-10-31: 00:30 UTC (EEST) and 01:30 UTC (EET).
    t = resolve_wall_time(date(2027, 10, 31), 3 * 60 + 30)
    assert t.astimezone(UTC) == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)


@FAST
@given(
    instants,
    st.dates(min_value=date(2025, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(min_value=0, max_value=120),
)
def test_never_open_outside_validity_range(at, start, length):
    end = start + timedelta(days=length)
    cal = ServiceCalendar(
        parse_weekly({"mon-sun": ["00:00-24:00"]}), valid_from=start, valid_until=end
    )
    local_day = at.astimezone(HELSINKI).date()
    assert cal.is_open(at) == (start <= local_day <= end)
    st_ = cal.status(at)
    if local_day < start:
        assert st_.reason is ClosedReason.NOT_YET_VALID
        assert st_.next_opening == resolve_wall_time(start, 0)
    elif local_day > end:
        assert st_.reason is ClosedReason.NO_LONGER_VALID
        assert st_.next_opening is None


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=2024, max_value=2032))
def test_closed_on_every_finnish_public_holiday(year):
    for day, name in holidays.country_holidays("FI", years=year).items():
        noon = datetime.combine(day, datetime.min.time(), tzinfo=HELSINKI).replace(hour=12)
        assert not OFFICE.is_open(noon), (day, name)
        assert OFFICE.status(noon).reason is ClosedReason.HOLIDAY


def test_known_holidays_and_early_closing():
    assert not OFFICE.is_open(hel("2027-05-06 10:00"))  # Ascension Day, a Thursday
    assert OFFICE.status(hel("2027-05-06 10:00")).label == "Ascension Day"
    assert not OFFICE.is_open(hel("2026-05-01 10:00"))  # May Day, a Friday
    assert not OFFICE.is_open(hel("2027-12-24 10:00"))  # Christmas Eve, a Friday
    assert OFFICE.is_open(hel("2027-05-07 10:00"))  # the Friday after Ascension is normal
    # New Year's Eve 2027 is a Friday: closes at 13:00 instead of 16:00.
    assert OFFICE.is_open(hel("2027-12-31 12:59"))
    assert not OFFICE.is_open(hel("2027-12-31 13:00"))
    assert OFFICE.status(hel("2027-12-31 13:00")).reason is ClosedReason.REDUCED_HOURS
    assert OFFICE.status(hel("2027-12-31 08:00")).reason is ClosedReason.OUTSIDE_HOURS


def test_configured_closed_days_and_dated_exceptions():
    cal = ServiceCalendar(
        parse_weekly({"mon-fri": ["09:00-16:00"]}),
        exceptions=ExceptionCalendar(
            "x", closed=[date(2027, 4, 14), (4, 16)], close_early={date(2027, 4, 15): 600}
        ),
    )
    assert not cal.is_open(hel("2027-04-14 10:00"))  # closed on that date only
    assert cal.is_open(hel("2027-04-15 09:59")) and not cal.is_open(hel("2027-04-15 10:00"))
    assert not cal.is_open(hel("2027-04-16 10:00")) and not cal.is_open(
        hel("2028-04-16 10:00")
    )  # every year
    assert cal.is_open(hel("2028-04-14 10:00"))


def test_naive_datetime_is_refused():
    import pytest

    with pytest.raises(ValueError):
        OFFICE.is_open(datetime(2027, 4, 14, 10, 0))
