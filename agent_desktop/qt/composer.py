"""The message box: plain text only, Enter sends, Shift+Enter breaks the line."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class Composer(QPlainTextEdit):
    submitted = Signal(str)
    typed = Signal()
    expandRequested = Signal(str)  # whole text, when it may be a /shortcut

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.setTabChangesFocus(True)
        self.setFixedHeight(84)
        self.textChanged.connect(self._on_changed)

    def _on_changed(self) -> None:
        if self.toPlainText():
            self.typed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not (event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            text = self.toPlainText()
            if text.strip().startswith("/") and "\n" not in text.strip():
                self.expandRequested.emit(text)  # the view replaces it if it is a shortcut
                if self.toPlainText() != text:
                    return
            self.submit()
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        text = self.toPlainText().strip()
        if text:
            self.submitted.emit(text)

    def insertFromMimeData(self, source) -> None:  # type: ignore[no-untyped-def]
        # Pasting from a web page must not smuggle formatting in: plain text only.
        if source.hasText():
            self.insertPlainText(source.text())
