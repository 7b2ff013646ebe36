"""Asking before what cannot be undone (ending a chat or a call, leaving the queue).

A customer may have waited long for the expert; one stray click or key must not
throw that away. The safe answer is the default, so Enter or Space on an
unexpected question keeps the conversation.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

#: (parent, question, detail, do it, keep) -> True when the customer chose "do it"
Ask = Callable[[QWidget, str, str, str, str], bool]


def ask_in_dialog(parent: QWidget, question: str, detail: str, yes: str, no: str) -> bool:
    box = QMessageBox(parent)
    box.setObjectName("confirm")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(question)
    box.setText(question)
    box.setInformativeText(detail)
    do = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is do
