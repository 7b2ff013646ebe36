"""The chosen service's hours; when closed, the next opening and the alternatives.

The weekly table and the date range (a trial's, like the English video
service's) are the hub's ``services.catalog``; whether the service is open
*now* is the hub's answer to ``chat.start`` (``handoff.status``) and wins over
the table.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from client_core.i18n import NATIVE_NAMES
from hub_protocol import frames as p

from ...domain.problems import Problem, problem_for_reason
from ...domain.services import group_days
from ..texts import texts
from ..widgets import Banner, Page, button, label


class HoursPage(Page):
    proceed = Signal()
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel = "chat"
        self.language = "fi"
        self.topic = ""
        self.service: p.ServiceInfo | None = None
        self.status: p.HandoffStatus | None = None
        self.problem: Problem | None = None
        self.subtitle = label("lead")
        self.hours_title = label("heading")
        self.hours = label("body")
        self.period = label("body")
        self.state = Banner("info")
        self.alternatives_title = label("heading")
        self.alternatives = label("body")
        self.go = button("primary")
        self.back = button("secondary")
        for w in (self.subtitle, self.hours_title, self.hours, self.period, self.state,
                  self.alternatives_title, self.alternatives):
            self.body.addWidget(w)
        self.body.addStretch(1)
        self.body.addWidget(self.go)
        self.body.addWidget(self.back)
        self.go.clicked.connect(self.proceed.emit)
        self.back.clicked.connect(self.backRequested.emit)

    def show_service(self, channel: str, language: str, topic: str,
                     service: p.ServiceInfo | None) -> None:
        self.channel, self.language, self.topic, self.service = channel, language, topic, service
        self.status = None
        self.problem = None
        self.retranslate()

    def set_service(self, service: p.ServiceInfo | None) -> None:
        """The hub's catalog arrived (it may come after the page is shown)."""
        self.service = service
        self.retranslate()

    def set_status(self, status: p.HandoffStatus) -> None:
        self.status = status
        self.retranslate()

    def set_problem(self, problem: Problem | None) -> None:
        self.problem = problem
        self.retranslate()

    @property
    def can_proceed(self) -> bool:
        if self.problem is not None:
            return False
        if self.status is None:
            return False  # the hub answers chat.start with handoff.status
        if self.channel == "chat":
            return True  # the assistant answers at any hour
        # Video queues while open, also before an expert has signed in.
        return self.status.reason in ("open", "no_agents")

    def retranslate(self) -> None:
        t = texts()
        if self.channel == "chat":
            self.title.setText(self.tr("Chat with the application assistant"))
        else:
            self.title.setText(self.tr("Video appointment: %1").replace(
                "%1", t.topic(self.topic)))
        self.subtitle.setText(self.tr("Service language: %1").replace(
            "%1", NATIVE_NAMES.get(self.language, self.language)))
        if self.channel == "chat":
            self.hours_title.setText(self.tr("Service experts are on duty"))
        else:
            self.hours_title.setText(self.tr("Opening hours"))
        weekly = self.service.hours if self.service is not None else None
        if weekly:
            self.hours.setText("\n".join(t.day_range(r) for r in group_days(weekly)))
        else:
            self.hours.setText(self.tr("The opening hours are shown when we reach the "
                                       "service."))
        first, last = ((self.service.valid_from, self.service.valid_until)
                       if self.service is not None else (None, None))
        self.period.setText(t.period(first, last))
        self.period.setVisible(bool(self.period.text()))
        self._render_state()
        self.go.setText(self.tr("Start the chat") if self.channel == "chat"
                        else self.tr("Continue"))
        self.go.setVisible(self.can_proceed)
        self.back.setText(self.tr("Back"))

    def _render_state(self) -> None:
        t = texts()
        alternatives: list[str] = []
        if self.problem is not None:
            self.state.show_text(t.problem(self.problem), "warn")
        elif self.status is None:
            self.state.show_text(self.tr("Checking whether the service is open…"), "info")
        else:
            reason = problem_for_reason(self.status.reason)
            if reason is None:
                self.state.show_text(self.tr("The service is open now."), "ok")
            elif self.channel == "chat":
                lines = [self.tr("You can chat with the application assistant now."),
                         self._closed_line(reason)]
                self.state.show_text("\n".join(x for x in lines if x), "info")
            elif reason is Problem.NO_AGENTS:
                self.state.show_text(self.tr(
                    "The service is open. All service experts are busy, but you can join "
                    "the queue."), "info")
            else:
                self.state.show_text(self._closed_line(reason), "warn")
            if reason is not None:
                alternatives = [t.alternative(a) for a in self.status.alternatives]
        self.alternatives_title.setText(self.tr("Other ways to get service"))
        self.alternatives.setText("\n".join(f"• {a}" for a in alternatives))
        self.alternatives_title.setVisible(bool(alternatives))
        self.alternatives.setVisible(bool(alternatives))

    def _closed_line(self, reason: Problem) -> str:
        t = texts()
        line = t.problem(reason)
        if reason is Problem.QUEUE_CLOSED and self.status and self.status.next_opening:
            line += " " + self.tr("It opens again on %1.").replace(
                "%1", t.when(self.status.next_opening))
        return line
