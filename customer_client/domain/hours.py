"""What the hours page says, decided without Qt: one ``HoursView`` from the hub's facts.

The weekly table and the date range are the hub's catalog (``ServiceInfo``);
whether the service is open now, why not and when it opens are its answer to
``chat.start`` (``handoff.status``). Both come from the one calendar the hub
routes by, so the page can only contradict itself by how it reads them; the
rules for that live here, where a test runs them over every queue and a week
of times (tests/customer_client/test_hours_consistency.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from hub_protocol import frames as p

from .problems import Problem
from .services import DayRange, group_days

HELSINKI = ZoneInfo("Europe/Helsinki")  # service hours are this wall clock


class Availability(StrEnum):
    CHECKING = "checking"  # the hub has not answered yet
    UNREACHABLE = "unreachable"  # the hub cannot be reached: nothing is known
    OPEN = "open"
    NO_EXPERTS = "no_experts"  # open hours, but no service expert is signed in
    FULL = "full"
    CLOSED = "closed"  # outside its hours (or a holiday): opens at next_opening
    NOT_STARTED = "not_started"  # a trial that has not begun: opens at next_opening
    ENDED = "ended"  # a trial that is over: does not open again
    NO_SERVICE = "no_service"  # no service expert serves this language
    ERROR = "error"  # something else went wrong


@dataclass(frozen=True)
class AlternativeView:
    """Another way to get service, as the page lists it."""

    code: str
    kind: str  # phone, office, web
    languages: tuple[str, ...]  # what it serves in (empty: not language specific)
    weekly: tuple[DayRange, ...]  # empty: no fixed hours to show (always open)
    open_now: bool | None = None


@dataclass(frozen=True)
class HoursView:
    weekly: tuple[DayRange, ...]  # the published hours; empty while unknown
    first_day: date | None  # a trial's date range
    last_day: date | None
    availability: Availability
    next_opening: datetime | None  # Helsinki time; only with CLOSED / NOT_STARTED
    alternatives: tuple[AlternativeView, ...]
    closed_on_holidays: bool = False  # the weekly hours do not apply on public holidays
    closed_today: str | None = None  # "holiday", "reduced_hours": why closed within hours

    @property
    def hours_known(self) -> bool:
        return bool(self.weekly)


_BY_REASON = {"open": Availability.OPEN, "full": Availability.FULL,
              "no_agents": Availability.NO_EXPERTS, "no_service": Availability.NO_SERVICE}
_BY_PROBLEM = {Problem.QUEUE_CLOSED: Availability.CLOSED, Problem.QUEUE_FULL: Availability.FULL,
               Problem.NO_AGENTS: Availability.NO_EXPERTS,
               Problem.NO_SERVICE: Availability.NO_SERVICE,
               Problem.HUB_UNREACHABLE: Availability.UNREACHABLE}
ALWAYS = {day: ["00:00-24:00"] for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}


def hours_view(service: p.ServiceInfo | None, status: p.HandoffStatus | None, *,
               problem: Problem | None = None, link_down: bool = False,
               ui_language: str = "fi") -> HoursView:
    weekly = tuple(group_days(service.hours)) if service is not None else ()
    first, last = (service.valid_from, service.valid_until) if service else (None, None)
    availability, opening = _availability(status, problem, link_down)
    alternatives = alternatives_for(status.alternatives if status else (), ui_language) \
        if availability not in (Availability.OPEN, Availability.CHECKING,
                                Availability.UNREACHABLE) else ()
    exception = status.closed_reason if status is not None and availability is \
        Availability.CLOSED and status.closed_reason in ("holiday", "reduced_hours") else None
    return HoursView(weekly, first, last, availability, opening, alternatives,
                     bool(service and service.closed_on_holidays), exception)


def _availability(status: p.HandoffStatus | None, problem: Problem | None,
                  link_down: bool) -> tuple[Availability, datetime | None]:
    if problem is not None and problem is not Problem.QUEUE_CLOSED:
        return _BY_PROBLEM.get(problem, Availability.ERROR), None
    if status is None:
        if problem is Problem.QUEUE_CLOSED:
            return Availability.CLOSED, None
        return (Availability.UNREACHABLE if link_down else Availability.CHECKING), None
    if status.reason != "closed" and problem is None:
        return _BY_REASON[status.reason], None
    opening = status.next_opening.astimezone(HELSINKI) if status.next_opening else None
    if status.closed_reason == "no_longer_valid" or (opening is None and status.closed_reason):
        return Availability.ENDED, None
    if status.closed_reason == "not_yet_valid":
        return Availability.NOT_STARTED, opening
    return Availability.CLOSED, opening


def alternatives_for(alternatives: Any, ui_language: str) -> tuple[AlternativeView, ...]:
    """The alternatives a customer is offered: of each kind, the ones that serve in
    the customer's language when there are any (a Finnish customer is not sent to the
    English phone line), otherwise all of that kind, each saying its languages."""
    views = [_alternative(a) for a in alternatives]
    kinds = dict.fromkeys(v.kind for v in views)
    out: list[AlternativeView] = []
    for kind in kinds:
        of_kind = [v for v in views if v.kind == kind]
        own = [v for v in of_kind if ui_language in v.languages]
        out += own or of_kind
    # What speaks the customer's language first, then in the hub's order.
    return tuple(sorted(out, key=lambda v: ui_language not in v.languages))


def _alternative(raw: Any) -> AlternativeView:
    if isinstance(raw, p.AlternativeService):
        raw = raw.model_dump()
    hours = raw.get("hours") or {}
    weekly = () if hours == ALWAYS else tuple(group_days(hours))
    return AlternativeView(str(raw.get("code", "")), str(raw.get("kind", "")),
                           tuple(raw.get("languages") or ()), weekly, raw.get("open_now"))
