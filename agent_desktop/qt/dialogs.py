"""The wrap-up dialog: a small form, validated before it closes (transfer: transfer_dialog.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from . import labels


class WrapUpDialog(QDialog):
    """"End the chat with Maija?": ending asks first, and the outcome code and the
    note for the measurement of the trial are asked in the same question."""

    def __init__(self, customer: str = "", video: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wrapUpDialog")
        question = (self.tr("End the call with %1?") if video else
                    self.tr("End the chat with %1?")).replace("%1", customer or self.tr("the customer"))
        self.setWindowTitle(question)
        self.question = QLabel(question, self)
        self.question.setObjectName("wrapUpQuestion")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.code = QComboBox(self)
        self.code.setObjectName("wrapUpCode")
        self.code.setAccessibleName(self.tr("Outcome"))
        for code in labels.WRAP_UP_CODES:
            self.code.addItem(labels.wrap_up(code), code)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("wrapUpNote")
        self.note.setAccessibleName(self.tr("Wrap-up note"))
        self.note.setPlaceholderText(self.tr("Optional: what was agreed, what follows"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(100)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("End the call") if video else self.tr("End the chat"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Keep talking") if video else self.tr("Keep chatting"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Outcome"), self.code)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 260)

    def result_values(self) -> tuple[str, str]:
        return str(self.code.currentData()), self.note.toPlainText().strip()[:4000]
