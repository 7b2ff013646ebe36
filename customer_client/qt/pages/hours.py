"""The chosen service's hours; when closed, the next opening and the alternatives.

What the page says is decided by ``domain.hours.hours_view`` from the hub's
catalog (weekly hours, a trial's date range) and its answer to ``chat.start``
(``handoff.status``: open now or not, why, when it opens); this only words it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from client_core.i18n import NATIVE_NAMES, current_language
from client_core.qt.announce import announce
from hub_protocol import frames as p

from ...domain.hours import Availability, HoursView, hours_view
from ...domain.problems import Problem
from ...domain.services import served_languages, service_info
from ..texts import texts
from ..widgets import Banner, Page, button, label

# What each availability looks like on the state banner.
KINDS = {Availability.OPEN: "ok", Availability.CHECKING: "info", Availability.NO_EXPERTS: "info"}


class HoursPage(Page):
    proceed = Signal()
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel = "chat"
        self.language = "fi"
        self.topic = ""
        self.service: p.ServiceInfo | None = None
        self.experts: tuple[str, ...] = ()  # the languages service experts serve this in
        self.status: p.HandoffStatus | None = None
        self.problem: Problem | None = None
        self.link_down = False
        self.subtitle = label("lead")
        self.hours_title = label("heading")
        self.hours = label("body")
        self.period = label("body")
        self.state = Banner("info", spoken=False)  # announced with the page's own words
        self.alternatives_title = label("heading")
        self.alternatives = label("body")
        self.go = button("primary")
        self.back = button("secondary")
        for w in (self.subtitle, self.state, self.hours_title, self.hours, self.period,
                  self.alternatives_title, self.alternatives):
            self.body.addWidget(w)
        self.body.addStretch(1)
        self.body.addWidget(self.go)
        self.body.addWidget(self.back)
        self.go.clicked.connect(self.proceed.emit)
        self.back.clicked.connect(self.backRequested.emit)

    def show_service(self, channel: str, language: str, topic: str,
                     catalog: p.ServicesCatalog | None = None) -> None:
        self.channel, self.language, self.topic = channel, language, topic
        self.status = None
        self.problem = None
        self.set_catalog(catalog)

    def set_catalog(self, catalog: p.ServicesCatalog | None) -> None:
        """The hub's catalog arrived (it may come after the page is shown)."""
        self.service = service_info(catalog, self.channel, self.language, self.topic)
        self.experts = served_languages(catalog, self.channel, self.topic)
        self.retranslate()

    def set_status(self, status: p.HandoffStatus) -> None:
        could = self.can_proceed
        self.status = status
        self.retranslate()
        if self.isVisible():
            announce(self.state, self.state.text.text())
            focus = QApplication.focusWidget()
            if self.can_proceed and not could and (focus is self.back or focus is None
                                                   or not self.isAncestorOf(focus)):
                self.go.setFocus(Qt.FocusReason.OtherFocusReason)  # the way on, now there is one

    def focus_target(self) -> QWidget | None:
        return self.go if self.can_proceed else self.back

    def set_problem(self, problem: Problem | None) -> None:
        self.problem = problem
        self.retranslate()

    def set_link_down(self, down: bool) -> None:
        """The hub cannot be reached: what the page does not know yet, it cannot say."""
        self.link_down = down
        self.retranslate()

    @property
    def view(self) -> HoursView:
        return hours_view(self.service, self.status, problem=self.problem,
                          link_down=self.link_down, ui_language=current_language())

    @property
    def can_proceed(self) -> bool:
        if self.problem is not None or self.status is None:
            return False  # the hub answers chat.start with handoff.status
        if self.channel == "chat":
            return True  # the assistant answers at any hour
        # Video queues while open, also before an expert has signed in.
        return self.view.availability in (Availability.OPEN, Availability.NO_EXPERTS)

    def retranslate(self) -> None:
        t = texts()
        view = self.view
        if self.channel == "chat":
            self.title.setText(self.tr("Chat with the application assistant"))
            self.subtitle.setText(self.tr("Chat language: %1").replace(
                "%1", NATIVE_NAMES.get(self.language, self.language)))
            self.hours_title.setText(self.tr("When service experts chat"))
        else:
            self.title.setText(self.tr("Video appointment: %1").replace(
                "%1", t.topic(self.topic)))
            self.subtitle.setText(self.tr("Service language: %1").replace(
                "%1", NATIVE_NAMES.get(self.language, self.language)))
            self.hours_title.setText(self.tr("Opening hours"))
        self.hours.setText("\n".join(t.day_range(r) for r in view.weekly))
        for w in (self.hours_title, self.hours):
            w.setVisible(view.hours_known)
        notes = [t.period(view.first_day, view.last_day),
                 self.tr("Closed on public holidays.") if view.closed_on_holidays else ""]
        self.period.setText(" ".join(x for x in notes if x))
        self.period.setVisible(view.hours_known and bool(self.period.text()))
        self.state.show_text(self._state_text(view), KINDS.get(view.availability, "warn"))
        alternatives = [t.alternative(a) for a in view.alternatives]
        self.alternatives_title.setText(self.tr("Other ways to get service"))
        self.alternatives.setText("\n".join(f"• {a}" for a in alternatives))
        self.alternatives_title.setVisible(bool(alternatives))
        self.alternatives.setVisible(bool(alternatives))
        self.go.setText(self.tr("Start the chat") if self.channel == "chat"
                        else self.tr("Continue"))
        self.go.setVisible(self.can_proceed)
        self.back.setText(self.tr("Back"))

    def _state_text(self, view: HoursView) -> str:
        a = view.availability
        if a is Availability.CHECKING:
            return self.tr("Checking whether the service is open…")
        if a is Availability.UNREACHABLE:
            return self.tr("We cannot reach the service right now, so we cannot tell whether "
                           "it is open. We keep trying.")
        if self.channel == "chat":
            lines = [self.tr("You can chat with the application assistant now."),
                     self._experts_line(view)]
            return "\n".join(x for x in lines if x)
        if a is Availability.OPEN:
            return self.tr("The service is open now.")
        if a is Availability.NO_EXPERTS:
            return self.tr("The service is open. All service experts are busy, but you can "
                           "join the queue.")
        return self._closed_line(view)

    def _experts_line(self, view: HoursView) -> str:
        """Chat: whether a service expert can join, and if not, when or in what language."""
        t = texts()
        a = view.availability
        if a is Availability.OPEN:
            return self.tr("A service expert can join the chat if you need one.")
        if a is Availability.NO_SERVICE:
            if self.experts:
                return self.tr("Service experts chat only %1.").replace(
                    "%1", t.in_languages(self.experts))
            return self.tr("No service expert chats in this language.")
        if a is Availability.CLOSED and view.next_opening:
            return " ".join(x for x in (self._today(view), self.tr(
                "Service experts are not on duty now. They are back on %1.").replace(
                "%1", t.when(view.next_opening))) if x)
        return self._closed_line(view)

    def _today(self, view: HoursView) -> str:
        """Why closed although the weekly hours say open (a holiday, an early closing)."""
        if view.closed_today == "holiday":
            return self.tr("Today is a public holiday.")
        if view.closed_today == "reduced_hours":
            return self.tr("Today the service closed early.")
        return ""

    def _closed_line(self, view: HoursView) -> str:
        t = texts()
        a = view.availability
        if a is Availability.CLOSED and view.next_opening:
            return " ".join(x for x in (t.problem(Problem.QUEUE_CLOSED), self._today(view), self.tr(
                "It opens again on %1.").replace("%1", t.when(view.next_opening))) if x)
        if a is Availability.NOT_STARTED and view.next_opening:
            return self.tr("This service starts on %1.").replace("%1", t.when(view.next_opening))
        if a is Availability.ENDED:
            if view.last_day:
                return self.tr("This service ended on %1.").replace(
                    "%1", t.long_date(view.last_day))
            return self.tr("This service is no longer available.")
        problem = {Availability.FULL: Problem.QUEUE_FULL, Availability.NO_EXPERTS:
                   Problem.NO_AGENTS, Availability.NO_SERVICE: Problem.NO_SERVICE,
                   Availability.CLOSED: Problem.QUEUE_CLOSED}.get(a, Problem.GENERIC)
        return t.problem(problem)
