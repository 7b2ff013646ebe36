"""The hours page never contradicts itself: every shipped queue, weeks of times, every language.

The facts come from the real parts: the shipped queue file, the hub's router
(admission at an injected clock), the hub's ``handoff.status`` and
``services.catalog`` builders. The page is the real ``HoursPage``. For each
moment the page's own claims are checked against the weekly hours it shows:
"open now" only inside them, "opens again on <day> at <time>" only at the start
of one of them (on that weekday, within the trial's dates), never skipping a
published opening unless the page says why (a public holiday), and a closed
page inside the hours only with the reason for it. The weeks include both
daylight-saving changes, Easter, Ascension Day, Midsummer, Christmas and New
Year's Eve's early closing, and the English trial's first and last days.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from client_core.i18n import set_ui_language
from customer_client.domain.hours import HELSINKI, Availability, HoursView, hours_view
from customer_client.domain.services import DayRange, service_info
from customer_client.qt import formats
from customer_client.qt.main_window import CATALOGS
from customer_client.qt.pages.hours import HoursPage
from customer_client.qt.texts import texts
from service_hub.core.admission import handoff_status
from service_hub.routing import Channel, Language, Router, Skills, Topic, load_queues
from service_hub.routing.calendar import WEEKDAYS
from service_hub.service_catalog import services_catalog

LANGUAGES = ("fi", "sv", "en", "ru", "ckb")
MONDAYS = (
    date(2027, 2, 8),  # winter (EET)
    date(2027, 3, 15),  # the English trial starts on Friday 19th
    date(2027, 3, 22),  # daylight saving starts on Sunday 28th; Good Friday 26th
    date(2027, 3, 29),  # Easter Monday, then summer time (EEST)
    date(2027, 5, 3),  # Ascension Day on Thursday
    date(2027, 5, 17),  # the English trial ends on Thursday 20th
    date(2027, 6, 21),  # Midsummer Eve on Friday
    date(2027, 10, 25),  # daylight saving ends on Sunday 31st
    date(2027, 11, 1),
    date(2027, 12, 20),  # Christmas Eve, Christmas Day, St Stephen's Day
    date(2027, 12, 27),  # New Year's Eve closes at 13:00
)
EASTERN = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
WESTERN = re.compile("[0-9]")


def moments() -> list[datetime]:
    """Every half hour of the weeks, and the minutes around each boundary."""
    out: list[datetime] = []
    for monday in MONDAYS:
        for day in range(7):
            d = monday + timedelta(days=day)
            for minute in range(0, 24 * 60, 30):
                out.append(datetime.combine(d, time(minute // 60, minute % 60), HELSINKI))
            for hhmm in ("08:29", "08:30", "08:59", "09:00", "10:59", "11:00", "11:29", "11:30",
                         "12:59", "13:00", "14:59", "15:00", "15:59", "16:00"):
                h, m = map(int, hhmm.split(":"))
                out.append(datetime.combine(d, time(h, m), HELSINKI))
    return out


def minutes(hhmm: str) -> int:
    h, m = map(int, hhmm.split(":"))
    return h * 60 + m


def published(weekly: tuple[DayRange, ...], weekday: int) -> list[tuple[int, int]]:
    """The intervals the page shows for a weekday (0 = Monday)."""
    name = WEEKDAYS[weekday]
    for r in weekly:
        if WEEKDAYS.index(r.first) <= WEEKDAYS.index(name) <= WEEKDAYS.index(r.last):
            return [tuple(minutes(x) for x in i.split("-")) for i in r.intervals]  # type: ignore[misc]
    return []


def in_period(view: HoursView, day: date) -> bool:
    return (view.first_day is None or day >= view.first_day) and (
        view.last_day is None or day <= view.last_day)


def inside(view: HoursView, at: datetime) -> bool:
    local = at.astimezone(HELSINKI)
    m = local.hour * 60 + local.minute
    return in_period(view, local.date()) and any(
        s <= m < e for s, e in published(view.weekly, local.weekday()))


def published_openings(view: HoursView, after: datetime, until: datetime) -> list[datetime]:
    """Openings the weekly table promises in (after, until)."""
    out = []
    day = after.astimezone(HELSINKI).date()
    while day <= until.astimezone(HELSINKI).date():
        for s, _ in published(view.weekly, day.weekday()):
            at = datetime.combine(day, time(s // 60, s % 60), HELSINKI)
            if after < at < until and in_period(view, day):
                out.append(at)
        day += timedelta(days=1)
    return out


def check_claims(view: HoursView, at: datetime, exceptions: Any) -> None:
    """The page's claims against its own weekly table (and the agency's calendar)."""
    local = at.astimezone(HELSINKI)
    a = view.availability
    if a in (Availability.OPEN, Availability.NO_EXPERTS, Availability.FULL):
        assert inside(view, at), f"open at {local} outside the published hours"
        return
    if a is Availability.ENDED:
        # "This service ended on <last day>": no published opening is left.
        assert view.last_day is not None and local.date() >= view.last_day
        end = datetime.combine(view.last_day + timedelta(days=1), time(), HELSINKI)
        assert not published_openings(view, at - timedelta(minutes=1), end), local
        assert not inside(view, at), local
        return
    assert a in (Availability.CLOSED, Availability.NOT_STARTED), a
    if a is Availability.NOT_STARTED:
        assert view.first_day is not None and local.date() < view.first_day
    if inside(view, at):
        # Closed within the published hours: the page must say why.
        assert view.closed_today in ("holiday", "reduced_hours"), f"closed at {local}"
        assert exceptions.override(local.date()) is not None
    opening = view.next_opening
    assert opening is not None and opening > at, f"{local}: opens {opening}"
    m = opening.hour * 60 + opening.minute
    starts = [s for s, _ in published(view.weekly, opening.weekday())]
    assert m in starts, f"{local}: opens at {opening:%a %H:%M}, published starts {starts}"
    assert in_period(view, opening.date())
    for skipped in published_openings(view, at, opening):
        # A published opening passed over: only on a day the holiday note covers.
        assert view.closed_on_holidays, f"{local}: skips {skipped}"
        assert exceptions.override(skipped.date()) is not None, f"{local}: skips {skipped}"


def one_queue_per_table(catalog: Any) -> list[Any]:
    seen: dict[str, Any] = {}
    for q in catalog:
        seen.setdefault(q.name, q)
    return list(seen.values())


SHIPPED = load_queues()
CATALOG = services_catalog(SHIPPED)
EXPERT = Skills(dict.fromkeys(Language, 5), frozenset(Topic), frozenset(Channel))


@pytest.fixture(scope="module")
def views() -> dict[tuple[str, str, str], dict[datetime, Any]]:
    """(channel, language, topic) -> moment -> (HandoffStatus, HoursView), from the hub."""
    now = [datetime(2027, 1, 1, tzinfo=UTC)]
    router = Router(SHIPPED, clock=lambda: now[0])
    router.sign_in("expert", EXPERT)
    out: dict[tuple[str, str, str], dict[datetime, Any]] = {}
    for q in one_queue_per_table(SHIPPED):
        key = (q.key.channel.value, q.key.language.value, q.key.topic.value)
        service = service_info(CATALOG, *key)
        rows = out.setdefault(key, {})
        for at in moments():
            now[0] = at
            status = handoff_status("c1", router.admission(q.key))
            rows[at] = (status, hours_view(service, status, ui_language=key[1]))
    return out


def test_every_queue_and_moment_the_page_agrees_with_its_hours(views: Any) -> None:
    checked = 0
    for key, rows in views.items():
        exceptions = SHIPPED[next(q.key for q in SHIPPED if (
            q.key.channel.value, q.key.language.value, q.key.topic.value) == key)].calendar.exceptions
        for at, (_status, view) in rows.items():
            assert view.hours_known
            check_claims(view, at, exceptions)
            checked += 1
    states = {view.availability for rows in views.values() for _, view in rows.values()}
    assert {Availability.OPEN, Availability.CLOSED, Availability.NOT_STARTED,
            Availability.ENDED} <= states
    assert checked > 5_000


def starts_left_of_end(text: str, start: str, end: str) -> bool:
    """Laid out right to left as on the page: is the range's start left of its end?"""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(4000)
    layout.endLayout()

    def x(index: int) -> float:
        runs = layout.glyphRuns(index, 1)
        return sum(r.boundingRect().center().x() for r in runs) / max(1, len(runs))

    return x(text.index(start)) < x(text.index(end))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_in_every_language(views: Any, qtbot: Any, language: str) -> None:
    """Each distinct answer of the hub, worded: the opening it names is one of the
    weekly lines' starts in the same words and digits; one script of digits per
    page; in Sorani, no Latin comma and every range reads from its start."""
    app = QApplication.instance()
    set_ui_language(app, language, CATALOGS)  # type: ignore[arg-type]
    page = HoursPage()
    qtbot.addWidget(page)
    t = texts()
    wrong_digits = WESTERN if language == "ckb" else EASTERN
    for key, rows in views.items():
        # What the page words: the alternatives' own open-now flags do not show.
        distinct = {(view.availability, view.next_opening, view.closed_today): (status, view)
                    for status, view in rows.values()}
        page.show_service(*key, CATALOG)
        for status, view in distinct.values():
            page.set_status(status)
            shown = "\n".join(w.text() for w in (page.title, page.subtitle, page.hours,
                                                  page.period, page.state.text,
                                                  page.alternatives) if not w.isHidden())
            assert not wrong_digits.search(shown), shown
            lines = page.hours.text().splitlines()
            assert lines == [t.day_range(r) for r in view.weekly]
            if view.next_opening is not None:
                # The opening it names is written as the weekly line of that day writes
                # one of its starts.
                local = view.next_opening.astimezone(HELSINKI)
                day_line = next(t.day_range(r) for r in view.weekly
                                if WEEKDAYS.index(r.first) <= local.weekday()
                                <= WEEKDAYS.index(r.last))
                named = formats.clock(local)
                assert named in page.state.text.text(), (page.state.text.text(), named)
                assert any(day_line.count(named + x) for x in (formats.DASH, formats.LRM)), (
                    day_line, named)
            if language == "ckb":
                assert "," not in shown, shown
                for r in view.weekly:
                    for interval in r.intervals:
                        start, end = (formats.clock(x) for x in interval.split("-"))
                        assert starts_left_of_end(page.hours.text(), start, end), page.hours.text()
