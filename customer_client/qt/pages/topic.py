"""Video path: what the appointment is about (the topics the hub serves in this language)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from ..look import px, text_scale
from ..texts import texts
from ..widgets import Page, button, label


class TopicPage(Page):
    chosen = Signal(str)
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lead = label("lead")
        self.grid = QGridLayout()
        self.grid.setSpacing(14)
        self.buttons: dict[str, QPushButton] = {}
        self.video_languages: tuple[str, ...] | None = None
        self.back = button("secondary")
        self.back.clicked.connect(self.backRequested.emit)
        self.body.addWidget(self.lead)
        self.body.addLayout(self.grid)
        self.body.addStretch(1)
        self.body.addWidget(self.back)

    def set_topics(self, topics: tuple[str, ...],
                   video_languages: tuple[str, ...] | None = None) -> None:
        """``video_languages``: the hub's answer (None while it has not come), so that a page
        without topics can say where video appointments are served instead."""
        self.video_languages = video_languages
        if tuple(topics) == tuple(self.buttons):  # the same buttons: keep them and the focus
            self.retranslate()
            return
        for b in self.buttons.values():
            self.grid.removeWidget(b)
            b.hide()  # out of the focus chain now, not only when deleted
            b.deleteLater()
        self.buttons = {}
        columns = 1 if text_scale() >= 1.5 else 2  # one column when the text is large
        for i, code in enumerate(topics):
            b = button("choice")
            b.setMinimumHeight(px(72))
            b.clicked.connect(lambda _=False, c=code: self.chosen.emit(c))
            self.buttons[code] = b
            self.grid.addWidget(b, i // columns, i % columns)
        # New buttons join the focus chain at its end, after Back (QWidget.setTabOrder does
        # not move Back there): Back is added again so that Tab goes as the page reads.
        had_focus = self.back.hasFocus()
        self.body.removeWidget(self.back)
        self.back.setParent(None)
        self.body.addWidget(self.back)
        self.back.show()
        if had_focus:
            self.back.setFocus()
        self.retranslate()

    def focus_target(self) -> QWidget | None:
        # The first topic: buttons made after the page sit at the window's focus chain's end.
        first = next((b for b in self.buttons.values() if b.isVisible()), None)
        return first or super().focus_target()

    def retranslate(self) -> None:
        self.title.setText(self.tr("What is your matter about?"))
        # The topics are the hub's (its catalog): until it answers there are none to show.
        if self.buttons:
            lead = self.tr("Choose the topic that fits best. The service expert can help with "
                           "other matters too.")
        elif self.video_languages:
            lead = self.tr("There are no video appointments in your language yet. Service "
                           "experts take video appointments %1.").replace(
                "%1", texts().in_languages(self.video_languages))
        elif self.video_languages is None:
            lead = self.tr("Finding the services that are available…")
        else:
            lead = self.tr("There are no video appointments right now.")
        self.lead.setText(lead)
        for code, b in self.buttons.items():
            b.setText(texts().topic(code))
        self.back.setText(self.tr("Back"))
