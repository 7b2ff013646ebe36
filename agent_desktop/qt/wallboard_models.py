"""Models for the supervisor's console: queue tiles, experts, live conversations.

Thin adapters over the hub's ``wallboard`` frame; levels (ok/amber/red) come
from ``agent_desktop.domain.wallboard``. Times in state tick between boards.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from agent_desktop.domain.timefmt import duration
from agent_desktop.domain.wallboard import Level, expert_level, queue_level, service_level
from hub_protocol import frames as p

from . import labels

Index = QModelIndex | QPersistentModelIndex
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
FILL = {Level.OK: None, Level.AMBER: QColor("#fff1c9"), Level.RED: QColor("#fbd5d0")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Wallboard", text)


class _BoardModel(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.board: p.Wallboard | None = None
        self.now = lambda: datetime.now(UTC)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.HEADERS[section])
        return None

    def _rows(self) -> list[Any]:
        raise NotImplementedError

    def set_board(self, board: p.Wallboard) -> None:
        old = [self._key(r) for r in self._rows()]
        self.board = board
        if old == [self._key(r) for r in self._rows()]:
            if old:  # same rows: cells change in place (selection stays)
                self.dataChanged.emit(self.index(0, 0), self.index(len(old) - 1, len(self.HEADERS) - 1))
            return
        self.beginResetModel()
        self.endResetModel()

    def tick(self) -> None:
        if self._rows():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self.HEADERS) - 1))

    @staticmethod
    def _key(row: Any) -> Any:
        return row


class QueueTilesModel(_BoardModel):
    HEADERS = (QT_TRANSLATE_NOOP("Wallboard", "Queue"), QT_TRANSLATE_NOOP("Wallboard", "Waiting"), QT_TRANSLATE_NOOP("Wallboard", "Longest wait"), QT_TRANSLATE_NOOP("Wallboard", "Answered in time"), QT_TRANSLATE_NOOP("Wallboard", "Abandoned"), QT_TRANSLATE_NOOP("Wallboard", "Free experts"))

    def _rows(self) -> list[p.QueueTile]:
        return list(self.board.queues) if self.board else []

    @staticmethod
    def _key(row: p.QueueTile) -> Any:
        return (row.queue.channel, row.queue.language, row.queue.topic)

    def level(self, tile: p.QueueTile) -> Level:
        assert self.board is not None
        return queue_level(tile, self.board.thresholds)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        tile = self._rows()[index.row()]
        level = self.level(tile)
        if role == LEVEL_ROLE:
            return level.value
        if role == Qt.ItemDataRole.BackgroundRole:
            fill = FILL[level]
            return QBrush(fill) if fill is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and level is not Level.OK:
            return _tr("Needs attention") if level is Level.AMBER else _tr("Over the limit")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        col = index.column()
        q = tile.queue
        if col == 0:
            return labels.queue_name(q.channel, q.language, q.topic)
        if col == 1:
            return str(tile.waiting)
        if col == 2:
            return duration(tile.longest_wait_s) if tile.waiting else "–"
        if col == 3:
            share = service_level(tile.answered, tile.answered_in_level)
            return "–" if share is None else f"{round(share * 100)} % ({tile.answered_in_level}/{tile.answered})"
        if col == 4:
            return str(tile.abandoned)
        return str(tile.agents_available)


class ExpertsModel(_BoardModel):
    HEADERS = (QT_TRANSLATE_NOOP("Wallboard", "Expert"), QT_TRANSLATE_NOOP("Wallboard", "State"), QT_TRANSLATE_NOOP("Wallboard", "Time in state"), QT_TRANSLATE_NOOP("Wallboard", "Customers"))

    def _rows(self) -> list[p.ExpertTile]:
        return list(self.board.experts) if self.board else []

    @staticmethod
    def _key(row: p.ExpertTile) -> Any:
        return row.agent_id

    def expert_at(self, row: int) -> p.ExpertTile:
        return self._rows()[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.board is None:
            return None
        tile = self._rows()[index.row()]
        level = expert_level(tile, self.board.thresholds, self.now())
        if role == ID_ROLE:
            return tile.agent_id
        if role == LEVEL_ROLE:
            return level.value
        if role == Qt.ItemDataRole.BackgroundRole:
            fill = FILL[level]
            return QBrush(fill) if fill is not None else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        col = index.column()
        if col == 0:
            return tile.display_name
        if col == 1:
            return labels.state(tile.state)
        if col == 2:
            return duration(max(0, int((self.now() - tile.since).total_seconds())))
        return ", ".join(c.customer_name for c in tile.contacts) or "–"


class LiveConversationsModel(_BoardModel):
    """Every conversation being served, with its expert: what a supervisor can act on."""

    HEADERS = (QT_TRANSLATE_NOOP("Wallboard", "Customer"), QT_TRANSLATE_NOOP("Wallboard", "Expert"), QT_TRANSLATE_NOOP("Wallboard", "Service"), QT_TRANSLATE_NOOP("Wallboard", "Served for"))

    def _rows(self) -> list[tuple[p.ExpertTile, p.ContactTile]]:
        if self.board is None:
            return []
        return [(e, c) for e in self.board.experts for c in e.contacts]

    @staticmethod
    def _key(row: tuple[p.ExpertTile, p.ContactTile]) -> Any:
        return row[1].conversation_id

    def conversation_at(self, row: int) -> tuple[p.ExpertTile, p.ContactTile]:
        return self._rows()[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        expert, contact = self._rows()[index.row()]
        if role == ID_ROLE:
            return contact.conversation_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        col = index.column()
        if col == 0:
            return contact.customer_name
        if col == 1:
            return expert.display_name
        if col == 2:
            return labels.queue_name(contact.channel, contact.language, contact.topic)
        return duration(max(0, int((self.now() - contact.since).total_seconds())))
