"""Service-hour calendars: weekly wall-clock hours in Europe/Helsinki, a validity
date range, and a shared exception calendar (public holidays, closed days,
early closing).

Semantics, chosen so daylight saving cannot bite:

* Hours are wall-clock minutes of a local date. Each interval is turned into
  two instants with :func:`resolve_wall_time`; ``is_open`` compares instants.
  A wall time that occurs twice (autumn) means its first occurrence; one that
  does not exist (spring gap) means the first instant after the gap.
* Exceptions can only *reduce* hours: a closed day closes every queue using
  the calendar, an early closing (``closes_at``) cuts each queue's own hours.
  That way one national calendar serves queues with very different hours.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")

Interval = tuple[int, int]  # [start, end) in minutes after local midnight, end <= 1440
DaySpec = date | tuple[int, int]  # a specific date, or (month, day) every year

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_HHMM = re.compile(r"^([01]\d|2[0-4]):([0-5]\d)$")


class ClosedReason(StrEnum):
    OUTSIDE_HOURS = "outside_hours"
    HOLIDAY = "holiday"  # public holiday or a configured closed day
    REDUCED_HOURS = "reduced_hours"  # closed early by the exception calendar
    NOT_YET_VALID = "not_yet_valid"  # before the queue's validity range
    NO_LONGER_VALID = "no_longer_valid"  # after the validity range


# --- parsing helpers (used by config; raise ValueError with a readable message) ---


def parse_hhmm(text: str) -> int:
    m = _HHMM.match(text)
    if not m or (m.group(1) == "24" and m.group(2) != "00"):
        raise ValueError(f"time must be HH:MM between 00:00 and 24:00, got {text!r}")
    return int(m.group(1)) * 60 + int(m.group(2))


def parse_interval(text: str) -> Interval:
    """``"09:00-16:00"`` -> (540, 960). Intervals may not cross midnight."""
    parts = text.split("-")
    if len(parts) != 2:
        raise ValueError(f"interval must look like 09:00-16:00, got {text!r}")
    start, end = parse_hhmm(parts[0].strip()), parse_hhmm(parts[1].strip())
    if start >= end:
        raise ValueError(f"interval must end after it starts, got {text!r}")
    return start, end


def parse_weekdays(text: str) -> list[int]:
    """``"mon"`` -> [0]; ``"mon-fri"`` -> [0..4]."""
    parts = text.split("-")
    try:
        idx = [WEEKDAYS.index(p) for p in parts]
    except ValueError:
        raise ValueError(
            f"day must be one of {', '.join(WEEKDAYS)} or a range like mon-fri, got {text!r}"
        ) from None
    if len(idx) == 1:
        return idx
    if len(idx) != 2 or idx[0] > idx[1]:
        raise ValueError(f"day range must look like mon-fri, got {text!r}")
    return list(range(idx[0], idx[1] + 1))


def parse_weekly(spec: Mapping[str, list[str]]) -> tuple[tuple[Interval, ...], ...]:
    """``{"mon-fri": ["09:00-16:00"]}`` -> seven tuples of sorted, non-overlapping intervals."""
    days: list[list[Interval]] = [[] for _ in WEEKDAYS]
    for key, intervals in spec.items():
        for d in parse_weekdays(key):
            days[d].extend(parse_interval(i) for i in intervals)
    out = []
    for d, ivs in enumerate(days):
        ivs.sort()
        for (_, e1), (s2, _) in zip(ivs, ivs[1:], strict=False):
            if s2 < e1:
                raise ValueError(f"overlapping intervals on {WEEKDAYS[d]}")
        out.append(tuple(ivs))
    return tuple(out)


def parse_dayspec(text: str) -> DaySpec:
    """``"12-24"`` (every year) or ``"2027-12-31"`` (that date only)."""
    try:
        if re.fullmatch(r"\d{2}-\d{2}", text):
            month, day = int(text[:2]), int(text[3:])
            date(2024, month, day)  # leap year: accepts 02-29, rejects 02-30
            return (month, day)
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"day must be MM-DD or YYYY-MM-DD, got {text!r}") from None


def resolve_wall_time(day: date, minute: int, tz: ZoneInfo = HELSINKI) -> datetime:
    """The instant at which local wall clock first reads ``day`` + ``minute``.

    Ambiguous (autumn) wall times give their first occurrence (fold=0). A wall
    time inside the spring gap gives the end of the gap, the first instant at
    which the local clock has passed it.
    """
    naive = datetime.combine(day, time()) + timedelta(minutes=minute)
    aware = naive.replace(tzinfo=tz)
    if aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == naive:
        return aware
    # In the gap: fold=1 reads it with the later offset (an instant before the
    # jump), fold=0 with the earlier one (after the jump). Bisect to the jump.
    lo = int(aware.replace(fold=1).timestamp())
    hi = int(aware.timestamp())
    before = datetime.fromtimestamp(lo, tz).utcoffset()
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if datetime.fromtimestamp(mid, tz).utcoffset() == before:
            lo = mid
        else:
            hi = mid
    return datetime.fromtimestamp(hi, tz)


# --- exception calendar ---


@dataclass(frozen=True)
class DayOverride:
    """How the exception calendar changes one date."""

    reason: ClosedReason  # HOLIDAY (closed all day) or REDUCED_HOURS
    closes_at: int | None  # minutes after midnight; None = closed all day
    label: str  # holiday name or "closed"/"reduced hours", for logs and UI lookup


class ExceptionCalendar:
    """Days on which every queue using this calendar is closed or closes early.

    ``public_holidays`` is an ISO country code handed to the ``holidays``
    package (Finland's list includes Midsummer Eve and Christmas Eve).
    A closed day wins over an early closing on the same date.
    """

    def __init__(
        self,
        name: str,
        *,
        public_holidays: str | None = None,
        closed: Iterable[DaySpec] = (),
        close_early: Mapping[DaySpec, int] | None = None,
    ) -> None:
        self.name = name
        self.closed = frozenset(closed)
        self.close_early = dict(close_early or {})
        self._holidays = None
        if public_holidays:
            import holidays  # imported lazily: only calendars that need it pay for it

            self._holidays = holidays.country_holidays(public_holidays)

    @property
    def closes_days(self) -> bool:
        """Does this calendar close or shorten any day at all?"""
        return bool(self._holidays is not None or self.closed or self.close_early)

    def override(self, day: date) -> DayOverride | None:
        recurring = (day.month, day.day)
        if self._holidays is not None:
            name = self._holidays.get(day)
            if name:
                return DayOverride(ClosedReason.HOLIDAY, None, str(name))
        if day in self.closed or recurring in self.closed:
            return DayOverride(ClosedReason.HOLIDAY, None, "closed")
        closes = self.close_early.get(day, self.close_early.get(recurring))
        if closes is not None:
            return DayOverride(ClosedReason.REDUCED_HOURS, closes, "reduced hours")
        return None


# --- the calendar itself ---


@dataclass(frozen=True)
class DayPlan:
    """Opening intervals of one local date and, if shortened or closed, why."""

    intervals: tuple[Interval, ...]
    reason: ClosedReason | None  # set when the date is not a plain weekly-hours day
    label: str = ""


@dataclass(frozen=True)
class CalendarStatus:
    is_open: bool
    reason: ClosedReason | None  # why closed; None when open
    next_opening: datetime | None  # == at when open; None when it never opens again
    closes_at: datetime | None  # end of the current opening when open
    label: str = ""  # e.g. holiday name


class ServiceCalendar:
    """Weekly hours + validity range + exception calendar, in one time zone."""

    #: next_opening looks this far ahead before answering None
    HORIZON_DAYS = 400

    def __init__(
        self,
        weekly: tuple[tuple[Interval, ...], ...],
        *,
        valid_from: date | None = None,
        valid_until: date | None = None,
        exceptions: ExceptionCalendar | None = None,
        tz: ZoneInfo = HELSINKI,
    ) -> None:
        if len(weekly) != 7:
            raise ValueError("weekly hours need seven days")
        if valid_from and valid_until and valid_from > valid_until:
            raise ValueError("valid_from is after valid_until")
        self.weekly = weekly
        self.valid_from = valid_from
        self.valid_until = valid_until
        self.exceptions = exceptions
        self.tz = tz
        # Per-instance caches; a calendar is immutable once built.
        self.day_plan = lru_cache(maxsize=1024)(self._day_plan)
        self._instants = lru_cache(maxsize=1024)(self._compute_instants)
        # The local day of the last lookup as (start_ts, end_ts, instants): the
        # router asks about "now" over and over, and astimezone() is the slow part.
        self._last_day: tuple[float, float, tuple[tuple[float, float], ...]] = (0.0, 0.0, ())

    @classmethod
    def from_spec(cls, spec: Mapping[str, list[str]], **kw) -> ServiceCalendar:
        return cls(parse_weekly(spec), **kw)

    def _day_plan(self, day: date) -> DayPlan:
        if self.valid_from and day < self.valid_from:
            return DayPlan((), ClosedReason.NOT_YET_VALID)
        if self.valid_until and day > self.valid_until:
            return DayPlan((), ClosedReason.NO_LONGER_VALID)
        intervals = self.weekly[day.weekday()]
        ov = self.exceptions.override(day) if self.exceptions else None
        if ov is None:
            return DayPlan(intervals, None)
        if ov.closes_at is None:
            return DayPlan((), ov.reason, ov.label)
        cut = tuple((s, min(e, ov.closes_at)) for s, e in intervals if s < ov.closes_at)
        return DayPlan(cut, ov.reason, ov.label)

    def _compute_instants(self, day: date) -> tuple[tuple[float, float], ...]:
        return tuple(
            (
                resolve_wall_time(day, s, self.tz).timestamp(),
                resolve_wall_time(day, e, self.tz).timestamp(),
            )
            for s, e in self.day_plan(day).intervals
        )

    def _local_day(self, at: datetime) -> date:
        if at.tzinfo is None:
            raise ValueError("calendar needs an aware datetime")
        return at.astimezone(self.tz).date()

    def is_open(self, at: datetime) -> bool:
        ts = at.timestamp()
        lo, hi, instants = self._last_day
        if not lo <= ts < hi:
            day = self._local_day(at)
            instants = self._instants(day)
            start = resolve_wall_time(day, 0, self.tz).timestamp()
            end = resolve_wall_time(day + timedelta(days=1), 0, self.tz).timestamp()
            self._last_day = (start, end, instants)
        for s, e in instants:
            if s <= ts < e:
                return True
        return False

    def closes_at(self, at: datetime) -> datetime | None:
        """End of the opening that contains ``at``; None when closed."""
        ts = at.timestamp()
        for s, e in self._instants(self._local_day(at)):
            if s <= ts < e:
                return datetime.fromtimestamp(e, self.tz)
        return None

    def next_opening(self, at: datetime) -> datetime | None:
        """Earliest instant >= ``at`` at which the calendar is open (``at`` itself when
        open now); None when no opening falls within ``HORIZON_DAYS``."""
        ts = at.timestamp()
        day = self._local_day(at)
        if self.valid_from and day < self.valid_from:
            day = self.valid_from  # the horizon counts from when the queue exists
        for _ in range(self.HORIZON_DAYS):
            if self.valid_until and day > self.valid_until:
                return None
            for s, e in self._instants(day):
                if ts < e:
                    return at if s <= ts else datetime.fromtimestamp(s, self.tz)
            day += timedelta(days=1)
        return None

    def status(self, at: datetime) -> CalendarStatus:
        """Open or closed at ``at``, why, and when it next opens or closes."""
        end = self.closes_at(at)
        if end is not None:
            return CalendarStatus(True, None, at, end)
        plan = self.day_plan(self._local_day(at))
        reason = plan.reason or ClosedReason.OUTSIDE_HOURS
        if reason is ClosedReason.REDUCED_HOURS and not plan.intervals:
            reason = ClosedReason.OUTSIDE_HOURS  # this queue had no hours that day anyway
        if reason is ClosedReason.REDUCED_HOURS:
            # Closed because of the early closing only if we are past the cut-off.
            local_min = at.astimezone(self.tz)
            minute = local_min.hour * 60 + local_min.minute
            full = self.weekly[local_min.weekday()]
            if not any(s <= minute < e for s, e in full):
                reason = ClosedReason.OUTSIDE_HOURS
        label = plan.label if reason is plan.reason else ""
        return CalendarStatus(False, reason, self.next_opening(at), None, label)
