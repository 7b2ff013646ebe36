"""Transfer and wrap-up dialogs: small forms, validated before they close."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from . import labels


class TransferDialog(QDialog):
    """To a queue (the customer keeps their place) or to a named colleague."""

    def __init__(self, queues: list[tuple[str, str, str]], current: tuple[str, str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transferDialog")
        self.setWindowTitle(self.tr("Transfer the conversation"))
        self.to_queue = QRadioButton(self.tr("To a queue"), self)
        self.to_agent = QRadioButton(self.tr("To a colleague (expert number)"), self)
        group = QButtonGroup(self)
        group.addButton(self.to_queue)
        group.addButton(self.to_agent)
        self.to_queue.setChecked(True)
        self.queue_box = QComboBox(self)
        self.queue_box.setObjectName("transferQueue")
        self.queue_box.setAccessibleName(self.tr("Queue"))
        for key in queues or [current]:
            self.queue_box.addItem(labels.queue_name(*key), key)
        if current in queues:
            self.queue_box.setCurrentIndex(queues.index(current))
        self.agent_box = QSpinBox(self)
        self.agent_box.setObjectName("transferAgent")
        self.agent_box.setAccessibleName(self.tr("Expert number"))
        self.agent_box.setRange(1, 10**6)
        self.agent_box.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.agent_box.setEnabled(False)
        self.to_agent.toggled.connect(self.agent_box.setEnabled)
        self.to_agent.toggled.connect(lambda on: self.queue_box.setEnabled(not on))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("transferNote")
        self.note.setAccessibleName(self.tr("Note for the next expert"))
        self.note.setPlaceholderText(self.tr("What the next expert should know"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Transfer"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.to_queue, self.queue_box)
        form.addRow(self.to_agent, self.agent_box)
        form.addRow(QLabel(self.tr("Note"), self), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 260)

    def target(self) -> tuple[tuple[str, str, str] | None, int | None, str]:
        note = self.note.toPlainText().strip()[:2000]
        if self.to_agent.isChecked():
            return None, self.agent_box.value(), note
        return self.queue_box.currentData(), None, note


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
