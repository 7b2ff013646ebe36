"""Table models for history search results (thin adapters); the queue tree is queue_model.py."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from agent_desktop.domain.timefmt import date_time
from hub_protocol import frames as p

from . import labels

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def channel_icon(channel: str) -> Any:
    from PySide6.QtGui import QIcon

    from client_core.config import resources_dir

    return QIcon(str(resources_dir() / "icons" / f"{channel}.svg"))


class HistoryModel(QAbstractTableModel):
    """Earlier conversations found, newest first: who, when, where, about what, how it ended."""

    COLUMNS = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[p.HistoryItem] = []

    def set_items(self, items: list[p.HistoryItem]) -> None:
        self.beginResetModel()
        self._items = sorted(items, key=lambda i: i.started_at, reverse=True)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [QCoreApplication.translate("TableModels", "Started"),
                QCoreApplication.translate("TableModels", "Customer"),
                QCoreApplication.translate("TableModels", "Channel"), QCoreApplication.translate("TableModels", "Topic"),
                QCoreApplication.translate("TableModels", "Expert"),
                QCoreApplication.translate("TableModels", "Outcome")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == KEY_ROLE:
            return item.conversation_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.snippet  # the matching message of a text search (plain text)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        col = index.column()
        if col == 0:
            return date_time(item.started_at)
        if col == 1:
            return item.customer_name or item.customer_id
        if col == 2:
            return f"{labels.channel(item.channel)} · {labels.language(item.language)}"
        if col == 3:
            return labels.topic(item.topic)
        if col == 4:
            return item.agent_name or "–"
        if item.ended_at is None:
            return QCoreApplication.translate("TableModels", "Open")
        return labels.wrap_up(item.wrap_up_code) if item.wrap_up_code else QCoreApplication.translate("TableModels", "Ended")

    def conversation_at(self, row: int) -> str:
        return self._items[row].conversation_id

    def item_at(self, row: int) -> p.HistoryItem:
        return self._items[row]
