"""The Queues tab: live queues (the History tab is history_panel.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.domain.queues import QueueRow

from . import labels
from .offer_card import plain_label
from .table_models import QueueTableModel


def _table(parent: QWidget, name: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setHighlightSections(False)
    return table


class QueuePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QueueTableModel(self)
        self.table = _table(self, "queueTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, QueueTableModel.COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = plain_label("", self, "queueSummary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.model.tick)
        self._timer.start()
        self._rows: list[QueueRow] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Queues"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, QueueTableModel.COLUMNS - 1)
        self.model.tick()
        self._update_summary()

    def set_rows(self, rows: list[QueueRow]) -> None:
        self._rows = rows
        self.model.set_rows(rows)
        self._update_summary()

    def _update_summary(self) -> None:
        waiting = sum(r.waiting for r in self._rows)
        self.summary.setText(labels.plural(waiting, self.tr("1 customer waiting"),
                                           self.tr("%1 customers waiting")))
