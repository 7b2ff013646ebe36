"""After every chat and call: a copy of the conversation as a PDF, 1-5 stars, an optional comment, or skip."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QWidget

from ..look import px
from ..widgets import Page, StarRating, button, label

MAX_COMMENT = 2000


class FeedbackPage(Page):
    submitted = Signal(object, str)  # rating (int | None for skipped), comment
    transcriptRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save_copy = button("secondary")
        self.saved_note = label("hint")
        self.saved_note.setWordWrap(True)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.save_copy)
        copy_row.addWidget(self.saved_note, 1)
        self.lead = label("lead")
        self.stars = StarRating()
        self.scale = label("hint")
        self.comment_label = label("body")
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("messageBox")
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(px(120))
        self.comment_label.setBuddy(self.comment)
        self.send = button("primary")
        self.skip = button("secondary")
        actions = QHBoxLayout()
        actions.addWidget(self.skip)
        actions.addStretch(1)
        actions.addWidget(self.send)
        self.body.addWidget(self.lead)
        self.body.addWidget(self.stars)
        self.body.addWidget(self.scale)
        self.body.addWidget(self.comment_label)
        self.body.addWidget(self.comment)
        # The copy is for later: the rating, the page's task, comes first and has the focus.
        self.body.addLayout(copy_row)
        self.body.addStretch(1)
        self.body.addLayout(actions)
        self.stars.ratingChanged.connect(lambda _v: self.send.setEnabled(True))
        self.send.clicked.connect(self._send)
        self.skip.clicked.connect(lambda: self.submitted.emit(None, ""))
        self.comment.textChanged.connect(self._limit)
        self.save_copy.clicked.connect(self.transcriptRequested.emit)

    def reset(self) -> None:
        self.stars.clear()
        self.comment.clear()
        self.send.setEnabled(False)
        self.saved_note.clear()

    def show_saved(self, path: str) -> None:
        self.saved_note.setText(self.tr("Saved: %1").replace("%1", path))

    def _limit(self) -> None:
        text = self.comment.toPlainText()
        if len(text) > MAX_COMMENT:
            self.comment.setPlainText(text[:MAX_COMMENT])

    def _send(self) -> None:
        if self.stars.rating is not None:
            self.submitted.emit(self.stars.rating, self.comment.toPlainText().strip())

    def retranslate(self) -> None:
        self.title.setText(self.tr("How did we do?"))
        self.lead.setText(self.tr("Choose from 1 to 5 stars. 5 is the best."))
        self.scale.setText(self.tr("1 = poor, 5 = excellent"))
        self.comment_label.setText(self.tr("Would you like to tell us more? (optional)"))
        self.comment.setPlaceholderText(self.tr("Write here if you want"))
        self.comment.setAccessibleName(self.tr("Comment"))
        for i, star in enumerate(self.stars.buttons, start=1):
            star.setAccessibleName(self.tr("%n star(s)", "", i))
        self.save_copy.setText(self.tr("Save the conversation as PDF…"))
        self.save_copy.setToolTip(self.tr("A copy of the messages for yourself, in the language you chose"))
        self.send.setText(self.tr("Send feedback"))
        self.skip.setText(self.tr("Skip"))
