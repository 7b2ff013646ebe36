"""Table models for the queue panel and history search results (thin adapters)."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from agent_desktop.domain.queues import QueueRow
from agent_desktop.domain.timefmt import date_time, duration
from hub_protocol import frames as p

from . import labels

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def _channel_icon(channel: str) -> Any:
    from PySide6.QtGui import QIcon

    from client_core.config import resources_dir

    return QIcon(str(resources_dir() / "icons" / f"{channel}.svg"))


class QueueTableModel(QAbstractTableModel):
    """Queues: name, waiting, longest wait (ticking), experts available, open/closed."""

    COLUMNS = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[QueueRow] = []

    def set_rows(self, rows: list[QueueRow]) -> None:
        # Same queues in the same order (the usual snapshot): update cells in
        # place so selection and focus stay; otherwise a reset.
        if [r.key for r in rows] == [r.key for r in self._rows]:
            self._rows = list(rows)
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.COLUMNS - 1))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def tick(self) -> None:
        """Once a second: longest waits grow between snapshots."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self._rows) - 1, 2),
                                  [Qt.ItemDataRole.DisplayRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [QCoreApplication.translate("TableModels", "Queue"), QCoreApplication.translate("TableModels", "Waiting"), QCoreApplication.translate("TableModels", "Longest"), QCoreApplication.translate("TableModels", "Free"), QCoreApplication.translate("TableModels", "Status")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == KEY_ROLE:
            return row.key
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return _channel_icon(row.channel)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and col == 1 and row.waiting:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        if col == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                # Compact in the cell; the full name is in the tooltip and for screen readers.
                return f"{labels.language(row.language)} · {labels.topic(row.topic)}"
            return labels.queue_name(*row.key)
        if col == 1:
            return str(row.waiting)
        if col == 2:
            return duration(row.longest_wait_now(time.monotonic())) if row.waiting else "–"
        if col == 3:
            return str(row.agents_available)
        if row.open:
            return QCoreApplication.translate("TableModels", "Open")
        if row.next_opening is not None:
            return QCoreApplication.translate("TableModels", "Closed · opens %1").replace("%1", date_time(row.next_opening))
        return QCoreApplication.translate("TableModels", "Closed")

    def key_at(self, row: int) -> tuple[str, str, str]:
        return self._rows[row].key

    def keys(self) -> list[tuple[str, str, str]]:
        return [r.key for r in self._rows]


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
