"""Canned replies for the conversation's language: search, pick, insert."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

from agent_desktop.domain.canned import CannedLibrary, CannedResponse

Index = QModelIndex | QPersistentModelIndex


class CannedModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[CannedResponse] = []

    def set_items(self, items: list[CannedResponse]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.title}   {item.shortcut}" if item.shortcut else item.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return item.text
        if role == Qt.ItemDataRole.UserRole:
            return item.text
        return None


class _SearchField(QLineEdit):
    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class CannedPanel(QWidget):
    chosen = Signal(str)  # the text to insert into the composer

    def __init__(self, library: CannedLibrary, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.language = language
        self.search = _SearchField(self)
        self.search.setObjectName("cannedSearch")
        self.search.setClearButtonEnabled(True)
        self.model = CannedModel(self)
        self.list = QListView(self)
        self.list.setObjectName("cannedList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._pick_first)
        self.search.down.connect(self._focus_list)
        self.list.activated.connect(lambda idx: self.chosen.emit(idx.data(Qt.ItemDataRole.UserRole)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.retranslate()
        self._filter("")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search replies (Ctrl+K)"))
        self.search.setAccessibleName(self.tr("Search canned replies"))
        self.list.setAccessibleName(self.tr("Canned replies"))

    def _filter(self, text: str) -> None:
        self.model.set_items(self.library.search(self.language, text))

    def _pick_first(self) -> None:
        if self.model.items:
            self.chosen.emit(self.model.items[0].text)

    def _focus_list(self) -> None:
        self.list.setFocus()
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
