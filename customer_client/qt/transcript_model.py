"""Qt list model over the plain Transcript: it only adapts change events."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ..domain.transcript import Entry, Transcript
from .texts import texts

SenderRole = Qt.ItemDataRole.UserRole + 1
NameRole = Qt.ItemDataRole.UserRole + 2
PendingRole = Qt.ItemDataRole.UserRole + 3
EntryRole = Qt.ItemDataRole.UserRole + 4

AnyIndex = QModelIndex | QPersistentModelIndex


class TranscriptModel(QAbstractListModel):
    def __init__(self, transcript: Transcript, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.transcript = transcript
        transcript.on_inserted = self._on_inserted
        transcript.on_changed = self._on_changed
        transcript.on_reset = self._on_reset

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.transcript)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.transcript):
            return None
        entry = self.transcript.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(entry)
        if role == SenderRole:
            return entry.sender
        if role == NameRole:
            return entry.sender_name
        if role == PendingRole:
            return entry.pending
        if role == EntryRole:
            return entry
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{entry.sender_name}: {display_text(entry)}" if entry.sender_name else \
                display_text(entry)
        return None

    def retranslate(self) -> None:
        # System notices are translated at display time: repaint them all.
        if self.transcript.entries:
            self.dataChanged.emit(self.index(0), self.index(len(self.transcript) - 1))

    def _on_inserted(self, row: int) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.endInsertRows()

    def _on_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row), self.index(row))

    def _on_reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()


def display_text(entry: Entry) -> str:
    if entry.notice is not None:
        return texts().notice(entry.notice)
    return entry.text
