"""Numbers, dates and times as the customer's language writes them (Qt's locale).

``client_core.i18n.set_ui_language`` sets the default ``QLocale``; everything
here reads it, so one page never mixes Eastern Arabic and Western digits.
Service hours are always on the 24-hour clock. In right-to-left text a time
range is isolated (U+2068 ... U+2069) with left-to-right marks around the dash,
so "09:00–11:30" is not turned into "11:30–09:00" by the bidi algorithm (with
Eastern Arabic digits the isolate alone is not enough: numbers pull the dash
to the right-to-left side).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, Qt, QTime

FSI, PDI, LRM = "\u2068", "\u2069", "\u200e"
DASH = "–"


def rtl() -> bool:
    return QLocale().textDirection() == Qt.LayoutDirection.RightToLeft


def number(value: int) -> str:
    return QLocale().toString(int(value))


def clock(hhmm: str | datetime) -> str:
    """"09:00" or a datetime's wall-clock time, in the locale's 24-hour form."""
    if isinstance(hhmm, datetime):
        hours, minutes = hhmm.hour, hhmm.minute
    else:
        hours, minutes = (int(x) for x in hhmm.split(":"))
    locale = QLocale()
    fmt = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if "a" in fmt.lower() or "h" not in fmt.lower():
        fmt = "HH:mm"  # a 12-hour locale (Sorani, US English): service hours are 24-hour
    if hours == 24:  # the end of the day, as in 00:00-24:00
        midnight = locale.toString(QTime(0, minutes), fmt)
        zero = locale.toString(QTime(0, 0), "HH" if "HH" in fmt else "H")
        return midnight.replace(zero, locale.toString(24), 1)
    return locale.toString(QTime(hours, minutes), fmt)


def time_range(interval: str) -> str:
    """"09:00-11:30" -> "9.00–11.30" (fi), isolated left-to-right in right-to-left text."""
    start, _, end = interval.partition("-")
    if rtl():
        return f"{FSI}{clock(start)}{LRM}{DASH}{LRM}{clock(end)}{PDI}"
    return f"{clock(start)}{DASH}{clock(end)}"


def long_date(day: date) -> str:
    locale = QLocale()
    fmt = locale.dateFormat(QLocale.FormatType.LongFormat)
    if rtl():
        fmt = fmt.replace(",", "،")  # Qt's Sorani pattern has a Latin comma
    return locale.toString(QDate(day.year, day.month, day.day), fmt)


def separated(items: Iterable[str]) -> str:
    """A list in running text: ", " (or the Arabic comma) between the items."""
    return ("، " if rtl() else ", ").join(items)


def listed(items: Iterable[str]) -> str:
    """"a, b and c" in the locale's words."""
    text = QLocale().createSeparatedList(list(items))
    return text.replace(", ", "، ") if rtl() else text


def semicolons(items: Iterable[str]) -> str:
    return ("؛ " if rtl() else "; ").join(items)
