"""The chat: assistant first, the offer of a service expert, the queue, the expert."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from client_core.i18n import current_language
from client_core.qt.announce import announce
from hub_protocol import frames as p
from hub_protocol.events import EventCode, SystemEvent

from ...domain.hours import Availability, hours_view
from ...domain.problems import Problem
from ...domain.services import CHAT_TOPIC, served_languages
from ...domain.waiting import describe_wait
from ..chat_panel import ChatPanel
from ..confirm import Ask, ask_in_dialog
from ..texts import texts
from ..visit_signals import VisitSignals
from ..widgets import Banner, Page, button, label, tab_order

PROBLEMS = {Availability.CLOSED: Problem.QUEUE_CLOSED, Availability.ENDED: Problem.QUEUE_CLOSED,
            Availability.FULL: Problem.QUEUE_FULL, Availability.NO_EXPERTS: Problem.NO_AGENTS,
            Availability.UNREACHABLE: Problem.HUB_UNREACHABLE}


class QueuePanel(QWidget):
    """Place in the queue and the estimated wait, with a way out."""

    leaveRequested = Signal()

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        """``compact``: one strip with the button beside the text (under a chat)."""
        super().__init__(parent)
        self.setObjectName("queuePanel")
        self.status: p.QueueStatus | None = None
        self.heading = label("heading")
        self.position = label("lead")
        self.wait = label("body")
        self.leave = button("secondary")
        text = QVBoxLayout()
        text.setSpacing(2 if compact else 6)
        for w in (self.heading, self.position, self.wait):
            text.addWidget(w)
        layout = QHBoxLayout(self) if compact else QVBoxLayout(self)
        layout.setContentsMargins(20, 10 if compact else 16, 20, 10 if compact else 16)
        layout.addLayout(text, 1)
        if compact:
            layout.addWidget(self.leave, 0, Qt.AlignmentFlag.AlignVCenter)
        else:
            layout.addWidget(self.leave)
        self.leave.clicked.connect(self.leaveRequested.emit)

    def set_status(self, status: p.QueueStatus | None) -> None:
        moved = status is not None and (self.status is None or self.status.position
                                        != status.position)
        self.status = status
        self.retranslate()
        if moved and self.isVisible():
            # Heard without moving focus: the customer may be reading or writing.
            announce(self, " ".join(x for x in (self.position.text(), self.wait.text()) if x))

    def retranslate(self) -> None:
        t = texts()
        self.heading.setText(self.tr("You are in the queue for a service expert"))
        if self.status is None:
            self.position.setText(self.tr("Finding your place in the queue…"))
            self.wait.setText("")
        else:
            self.position.setText(t.position(self.status.position))
            self.wait.setText(t.wait(describe_wait(self.status.estimated_wait_s)))
        self.wait.setVisible(bool(self.wait.text()))
        self.leave.setText(self.tr("Leave the queue"))


class ChatPage(Page):
    handoffRequested = Signal()
    leaveQueueRequested = Signal()
    endRequested = Signal()

    def __init__(self, signals: VisitSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_width=1100)
        self.signals = signals
        self.visit = signals.visit
        self.problem: Problem | None = None
        # The conversation is the page: who you talk with and "end" on one line above
        # it, the offer of a human and the queue as slim strips below it.
        self.title.hide()
        self.body.setSpacing(10)
        self.with_line = label("lead")
        self.end = button("secondary")
        top = QHBoxLayout()
        top.addWidget(self.with_line, 1)
        top.addWidget(self.end, 0, Qt.AlignmentFlag.AlignVCenter)
        self.chat = ChatPanel(signals.model)
        # The offer of a human: a button while experts can take the chat, otherwise why not.
        self.offer = QWidget()
        self.offer.setObjectName("offerPanel")
        offer_layout = QVBoxLayout(self.offer)
        offer_layout.setContentsMargins(20, 10, 20, 10)
        self.offer_hint = label("body")
        self.handoff = button("secondary")
        self.offer_reason = Banner("info")
        offer_row = QHBoxLayout()
        offer_row.addWidget(self.offer_hint, 1)
        offer_row.addWidget(self.handoff, 0, Qt.AlignmentFlag.AlignVCenter)
        offer_layout.addLayout(offer_row)
        offer_layout.addWidget(self.offer_reason)
        self.queue = QueuePanel(compact=True)
        self.body.addLayout(top)
        self.body.addWidget(self.chat, 1)
        self.body.addWidget(self.offer)
        self.body.addWidget(self.queue)
        # Reading order, set once the page is assembled: Qt's chain, built while the
        # panel had no parent, led Shift+Tab round the message box and Send only.
        tab_order(self.end, self.chat.view, self.chat.input, self.chat.attach, self.chat.send, self.handoff,
                  self.queue.leave)

        self.ask: Ask = ask_in_dialog  # tests answer for the customer
        self._state = ""
        self.typing_timer = QTimer(self)  # hides "writing…" when it goes stale
        self.typing_timer.setSingleShot(True)
        self.typing_timer.timeout.connect(self._agent_typing)
        self.chat.connect_visit(signals)
        self.chat.typed.connect(self._typed)
        self.handoff.clicked.connect(self.handoffRequested.emit)
        self.queue.leaveRequested.connect(self._leave_queue)
        self.end.clicked.connect(self._end)
        signals.handoffChanged.connect(lambda _s: self.refresh())
        signals.queueChanged.connect(self.queue.set_status)
        signals.stateChanged.connect(self._state_changed)
        signals.agentTyping.connect(self._agent_typing)

    def set_problem(self, problem: Problem | None) -> None:
        self.problem = problem
        self.refresh()

    def _typed(self) -> None:
        if self.visit.state == "active" and self.chat.input.toPlainText():
            self.visit.spawn(self.visit.typing())  # the visit sends one every few seconds

    def focus_target(self) -> QWidget | None:
        return self.chat.input  # the customer came to write

    def _agent_typing(self) -> None:
        """Show "writing…" while the expert's notices keep coming, not after."""
        typing = self.visit.expert_typing
        self.chat.typing.setText(self.tr("The service expert is writing…") if typing else "")
        self.chat.typing.setVisible(typing)
        if typing:
            self.typing_timer.start(int(self.visit.typing_in.remaining("in") * 1000) + 50)

    def _state_changed(self, state: str) -> None:
        joined = state == "active" and self._state != "active"
        self._state = state
        self.refresh()
        if joined and self.isVisible():
            # The customer may start typing at once: never into a button that ends the chat.
            self.chat.input.setFocus()
            announce(self.chat.input, self.with_line.text(), assertive=True)
        elif state == "ended" and self.isVisible():
            announce(self, texts().notice(SystemEvent(EventCode.ENDED)), assertive=True)

    def _end(self) -> None:
        if self.ask(self, self.tr("End the chat?"),
                    self.tr("The conversation ends and cannot be continued.")
                    if self.visit.state == "active" else
                    self.tr("You leave the chat with the application assistant."),
                    self.tr("End the chat"), self.tr("Keep chatting")):
            self.endRequested.emit()

    def _leave_queue(self) -> None:
        if self.ask(self, self.tr("Leave the queue?"),
                    self.tr("You lose your place in the queue."),
                    self.tr("Leave the queue"), self.tr("Stay in the queue")):
            self.leaveQueueRequested.emit()

    def reset(self) -> None:
        self.problem = None
        self._state = ""
        self.typing_timer.stop()
        self.chat.clear()
        self.queue.set_status(None)
        self.refresh()

    def refresh(self) -> None:
        t = texts()
        state = self.visit.state or "bot"
        status = self.visit.handoff
        in_bot = state in ("bot", "new")
        queued = state in ("queued", "offered")
        if state == "active":
            name = self.visit.agent_name or ""
            self.with_line.setText(self.tr("You are chatting with %1, a service expert.")
                                   .replace("%1", name))
        elif queued:
            self.with_line.setText(self.tr("The assistant can still answer while you wait."))
        elif state == "ended":
            self.with_line.setText(t.notice(SystemEvent(EventCode.ENDED)))
        else:
            self.with_line.setText(self.tr("You are chatting with the application assistant. "
                                           "It is a computer program."))
        self.offer.setVisible(in_bot and (status is not None or self.problem is not None))
        available = bool(status and status.available) and self.problem is None
        self.handoff.setVisible(available)
        suggested = bool(status and status.suggested)
        self.handoff.setObjectName("primary" if suggested else "secondary")
        self.handoff.style().unpolish(self.handoff)
        self.handoff.style().polish(self.handoff)
        self.handoff.setText(self.tr("Talk to a service expert"))
        self.offer_hint.setText(
            self.tr("The assistant thinks a service expert could help you better with this.")
            if suggested and available else
            self.tr("Need more help? A service expert can join this chat.") if available
            else "")
        self.offer_hint.setVisible(bool(self.offer_hint.text()))
        self.offer_reason.hide()
        if in_bot and not available and (status is not None or self.problem is not None):
            self.offer_reason.show_text(self._why_no_expert(status), "warn")
        self.queue.setVisible(queued)
        self.chat.set_enabled(state != "ended")
        self.end.setVisible(in_bot or state == "active")
        self.end.setText(self.tr("End the chat"))

    def _why_no_expert(self, status: p.HandoffStatus | None) -> str:
        """Why no service expert can join now, when they can, and where else to go."""
        t = texts()
        view = hours_view(None, status, problem=self.problem, ui_language=current_language())
        a = view.availability
        if a is Availability.CLOSED and view.next_opening:
            lines = [t.problem(Problem.QUEUE_CLOSED), self.tr(
                "Service experts are back on %1.").replace("%1", t.when(view.next_opening))]
        elif a is Availability.NO_SERVICE:
            experts = served_languages(self.visit.catalog, "chat", CHAT_TOPIC)
            lines = [self.tr("Service experts chat only %1.").replace(
                "%1", t.in_languages(experts)) if experts else t.problem(Problem.NO_SERVICE)]
        else:
            lines = [t.problem(PROBLEMS.get(a, Problem.GENERIC))]
        alternatives = [t.alternative(x) for x in view.alternatives]
        if alternatives:
            lines.append(self.tr("Other ways to get service:"))
            lines += [f"• {x}" for x in alternatives]
        return "\n".join(lines)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Chat"))
        self.chat.retranslate({"customer": self.tr("You"),
                               "bot": self.tr("Application assistant"),
                               "agent": self.tr("Service expert")})
        self.queue.retranslate()
        self.signals.model.retranslate()
        self.refresh()
