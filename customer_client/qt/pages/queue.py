"""Video path: waiting for a service expert, with place, estimate and a way out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QProgressBar, QWidget

from hub_protocol import frames as p

from ..confirm import Ask, ask_in_dialog
from ..pages.chat import QueuePanel
from ..widgets import Page, label


class QueuePage(Page):
    leaveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lead = label("lead")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # moving bar: we are waiting, nothing is stuck
        self.busy.setTextVisible(False)
        self.busy.setFixedHeight(10)
        self.panel = QueuePanel()
        self.tip = label("hint")
        self.body.addWidget(self.lead)
        self.body.addWidget(self.busy)
        self.body.addWidget(self.panel)
        self.body.addWidget(self.tip)
        self.body.addStretch(1)
        self.lead.setAlignment(Qt.AlignmentFlag.AlignLeading)
        self.ask: Ask = ask_in_dialog  # tests answer for the customer
        self.panel.leaveRequested.connect(self._leave)

    def _leave(self) -> None:
        if self.ask(self, self.tr("Leave the queue?"), self.tr("You lose your place in the queue."),
                    self.tr("Leave the queue"), self.tr("Stay in the queue")):
            self.leaveRequested.emit()

    def set_status(self, status: p.QueueStatus | None) -> None:
        self.panel.set_status(status)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Waiting for a service expert"))
        self.lead.setText(self.tr("Your computer is ready. The call starts by itself when "
                                  "a service expert is free. Please keep this window open."))
        self.tip.setText(self.tr("Tip: have your documents and your personal identity code "
                                 "at hand."))
        self.panel.retranslate()
