"""The end of a visit: thanks, and the way back to the start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from ..widgets import Page, button, label


class ThanksPage(Page):
    restart = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lead = label("lead")
        self.lead.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.again = button("primary")
        self.body.addStretch(1)
        self.body.addWidget(self.lead)
        self.body.addWidget(self.again)
        self.body.addStretch(2)
        self.again.clicked.connect(self.restart.emit)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Thank you!"))
        self.lead.setText(self.tr("Your visit has ended. You can close this window, or "
                                  "start again."))
        self.again.setText(self.tr("Back to the start"))
