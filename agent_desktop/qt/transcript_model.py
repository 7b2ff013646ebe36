"""Qt list model over a conversation's display rows, showing a window of their tail.

A QListView lays out every row again after each insert (QListView::rowsInserted
re-does the whole layout), so a 10,000-row model would make each new message
cost tens of milliseconds. The model therefore exposes only the newest
``window`` rows and grows upwards when the reader scrolls to the top
(``fetch_earlier``), the way chat apps page history in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from agent_desktop.domain.timefmt import clock_time
from agent_desktop.domain.transcript_rows import BotHeader, Row, TranscriptRows

from . import labels

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
COLLAPSED_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class TranscriptModel(QAbstractListModel):
    def __init__(self, rows: TranscriptRows, window: int = 30, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.window = window
        self._span = window  # rows to show after a reset; grows with fetch_earlier
        self._first = max(0, len(rows) - window)
        rows.subscribe(self)

    def detach(self) -> None:
        self.rows.unsubscribe(self)

    # ------------------------------------------------------------ Qt API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        # Qt asks this a few hundred times per layout (every index() checks it).
        return 0 if parent.isValid() else len(self.rows) - self._first

    def row_at(self, index: Index) -> Row | None:
        """The display row of ``index``, without a QVariant round trip (the delegate's hot path)."""
        at = self._first + index.row()
        rows = self.rows
        return rows[at] if 0 <= at < len(rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[self._first + index.row()]
        if role == ROW_ROLE:
            return row
        if role == COLLAPSED_ROLE:
            return self.rows.bot_collapsed
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(row)
        if role == Qt.ItemDataRole.ToolTipRole and not isinstance(row, BotHeader) and row.sent_at:
            return clock_time(row.sent_at)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags

    @staticmethod
    def describe(row: Row) -> str:
        """Plain text for screen readers and copy: who, when, what."""
        if isinstance(row, BotHeader):
            return labels.sender("bot")
        if row.event is not None:
            return labels.system_event(row.event)
        who = row.sender_name or labels.sender(row.sender)
        text = row.text if row.attachment is None else labels.attachment(row.attachment).replace("\n", ", ")
        return f"{who}, {clock_time(row.sent_at)}: {text}"

    # ------------------------------------------------------------ window

    @property
    def hidden_above(self) -> int:
        return self._first

    def fetch_earlier(self, count: int = 200) -> int:
        """Reveal up to ``count`` older rows at the top; returns how many."""
        n = min(count, self._first)
        if n:
            self.beginInsertRows(QModelIndex(), 0, n - 1)
            self._first -= n
            self._span += n
            self.endInsertRows()
        return n

    def trim_top(self, keep: int) -> int:
        """Hide all but the newest ``keep`` rows (the reader is at the bottom).

        Keeps layout work per new message bounded in a long conversation;
        scrolling up pages the rows back in.
        """
        n = self.rowCount() - keep
        if n <= 0:
            return 0
        self.beginRemoveRows(QModelIndex(), 0, n - 1)
        self._first += n
        self._span = keep
        self.endRemoveRows()
        return n

    def row_index(self, row: Row) -> QModelIndex:
        try:
            i = self.rows.index(row, self._first)
        except ValueError:
            return QModelIndex()
        return self.index(i - self._first, 0)

    # ------------------------------------------------------------ domain observer
    # The domain has already changed when these arrive; begin/end pairs are
    # emitted back to back so views re-read consistent data.

    def rows_inserted(self, first: int, count: int) -> None:
        at = first - self._first
        if at < 0:  # above the window: keep the visible rows where they are
            self._first += count
            return
        self.beginInsertRows(QModelIndex(), at, at + count - 1)
        self.endInsertRows()

    def rows_removed(self, first: int, count: int) -> None:
        at = first - self._first
        if at < 0:
            self._first = max(0, self._first - count)
            return
        self.beginRemoveRows(QModelIndex(), at, at + count - 1)
        self.endRemoveRows()

    def row_changed(self, row: int) -> None:
        at = row - self._first
        if at >= 0:
            idx = self.index(at, 0)
            self.dataChanged.emit(idx, idx)

    def rows_reset(self) -> None:
        self.beginResetModel()
        self._first = max(0, len(self.rows) - self._span)
        self.endResetModel()
