"""The queue panel's tree: a group per channel and language, its queues (topics) under it.

Columns: name, waiting, longest wait (ticking), experts free, open/closed. A
group row sums its queues. Snapshots with the same queues in the same order
(the usual case) update cells in place, so what the expert folded, selected or
focused stays; a new set of queues resets the tree.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from agent_desktop.domain.queues import QueueGroup, QueueRow, group_rows
from agent_desktop.domain.timefmt import date_time, duration

from . import labels
from .table_models import KEY_ROLE, channel_icon

Index = QModelIndex | QPersistentModelIndex
GROUP = 0xFFFFFFFF  # internalId of a top-level (group) row; a queue row's is its group's number
COLUMNS = 5


class QueueTreeModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[QueueGroup] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[QueueRow], taking: list[str] | None = None) -> None:
        groups = group_rows(rows, taking)
        if [(g.key, [r.key for r in g.rows]) for g in groups] == \
                [(g.key, [r.key for r in g.rows]) for g in self._groups]:
            self._groups = groups
            self._changed_all()
            return
        self.beginResetModel()
        self._groups = groups
        self.endResetModel()

    def tick(self) -> None:
        """Once a second: longest waits grow between snapshots."""
        self._changed_all(column=2)

    def _changed_all(self, column: int | None = None) -> None:
        if not self._groups:
            return
        first, last = (0, COLUMNS - 1) if column is None else (column, column)
        roles = [Qt.ItemDataRole.DisplayRole] if column is not None else []
        self.dataChanged.emit(self.index(0, first), self.index(len(self._groups) - 1, last), roles)
        for g, group in enumerate(self._groups):
            parent = self.index(g, 0)
            self.dataChanged.emit(self.index(0, first, parent), self.index(len(group.rows) - 1, last, parent), roles)

    # ------------------------------------------------------------ tree structure

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, GROUP)
        return self.createIndex(row, column, parent.row())

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId(), 0, GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == GROUP and parent.column() == 0:
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [QCoreApplication.translate("TableModels", "Queue"), QCoreApplication.translate("TableModels", "Waiting"),
                QCoreApplication.translate("TableModels", "Longest"), QCoreApplication.translate("TableModels", "Free"),
                QCoreApplication.translate("TableModels", "Status")][section]

    # ------------------------------------------------------------ cells

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == GROUP:
            return self._group_data(self._groups[index.row()], index.column(), role)
        return self._queue_data(self._groups[index.internalId()].rows[index.row()], index.column(), role)

    def _group_data(self, group: QueueGroup, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return channel_icon(group.channel)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if col == 0:
            return f"{labels.channel(group.channel)} · {labels.language(group.language)}"
        if col == 1:
            return str(group.waiting)
        if col == 2:
            return duration(group.longest_wait_now(time.monotonic())) if group.waiting else "–"
        if col == 3:
            return str(max((r.agents_available for r in group.rows), default=0))
        if not group.taking:
            return QCoreApplication.translate("TableModels", "Not taking now")
        return ""

    def _queue_data(self, row: QueueRow, col: int, role: int) -> Any:
        if role == KEY_ROLE:
            return row.key
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and col == 1 and row.waiting:
            return self._bold
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        if col == 0:
            # The group says channel and language; the row names the topic in full.
            return labels.topic(row.topic) if role == Qt.ItemDataRole.DisplayRole else labels.queue_name(*row.key)
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

    # ------------------------------------------------------------ for the window

    def keys(self) -> list[tuple[str, str, str]]:
        """Every queue's key, in the panel's order (transfer targets)."""
        return [r.key for g in self._groups for r in g.rows]

    def group_names(self) -> list[str]:
        return [self.index(g, 0).data() for g in range(len(self._groups))]
