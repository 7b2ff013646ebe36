"""Qt list model over the shared Transcript: it only adapts change events."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from client_core.conversation.transcript import Message, Transcript

from .texts import texts

SenderRole = Qt.ItemDataRole.UserRole + 1
NameRole = Qt.ItemDataRole.UserRole + 2
PendingRole = Qt.ItemDataRole.UserRole + 3
MessageRole = Qt.ItemDataRole.UserRole + 4

AnyIndex = QModelIndex | QPersistentModelIndex


class TranscriptModel(QAbstractListModel):
    def __init__(self, transcript: Transcript, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.transcript = transcript
        self.names: dict[str, str] = {}  # sender -> translated label ("You", "Application assistant")
        transcript.subscribe(self)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.transcript)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.transcript):
            return None
        message = self.transcript[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(message)
        if role == SenderRole:
            return message.sender
        if role == NameRole:
            return message.sender_name
        if role == PendingRole:
            return message.pending
        if role == MessageRole:
            return message
        if role == Qt.ItemDataRole.ToolTipRole and message.attachment is not None:
            return texts().save_hint()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.spoken(message)
        return None

    def sender_label(self, message: Message) -> str:
        if message.sender == "agent":
            return message.sender_name or self.names.get("agent", "")
        return self.names.get(message.sender, "")

    def spoken(self, message: Message) -> str:
        """One message as a screen reader reads it: who, then what, as one line.

        Blank lines inside a message are dropped: readers that move line by line
        stop at an empty line as if the message had ended."""
        text = " ".join(line.strip() for line in display_text(message).splitlines() if line.strip())
        who = self.sender_label(message)
        return f"{who}: {text}" if who and message.sender != "system" else text

    def retranslate(self) -> None:
        # System notices are translated at display time: repaint them all.
        if len(self.transcript):
            self.dataChanged.emit(self.index(0), self.index(len(self.transcript) - 1))

    # ------------------------------------------------------------ transcript observer

    def message_inserted(self, index: int) -> None:
        self.beginInsertRows(QModelIndex(), index, index)
        self.endInsertRows()

    def message_removed(self, index: int) -> None:
        self.beginRemoveRows(QModelIndex(), index, index)
        self.endRemoveRows()

    def message_changed(self, index: int) -> None:
        self.dataChanged.emit(self.index(index), self.index(index))

    def messages_reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()


def display_text(message: Message) -> str:
    if message.event is not None:
        return texts().notice(message.event)
    if message.attachment is not None:
        return texts().attachment(message.attachment)
    return message.text
