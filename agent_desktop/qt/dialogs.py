"""The wrap-up dialog: a small form, validated before it closes (transfer: transfer_dialog.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from . import labels


class WrapUpDialog(QDialog):
    """Ending needs an outcome code; the note is for the measurement of the trial."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wrapUpDialog")
        self.setWindowTitle(self.tr("End the conversation"))
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
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("End conversation"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Outcome"), self.code)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 240)

    def result_values(self) -> tuple[str, str]:
        return str(self.code.currentData()), self.note.toPlainText().strip()[:4000]
