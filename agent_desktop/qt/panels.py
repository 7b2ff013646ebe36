"""Left-hand panels: live queues and the customer history search."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.domain.queues import QueueRow
from hub_protocol import frames as p

from .offer_card import plain_label
from .table_models import HistoryModel, QueueTableModel


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
    # Tab leaves the table (arrows move in it): otherwise Tab visits every cell on its
    # way to the next control.
    table.setTabKeyNavigation(False)
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
        self.summary.setText(self.tr("%Ln customer(s) waiting", "", waiting))


class HistoryPanel(QWidget):
    searchRequested = Signal(str)
    openRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setObjectName("historySearch")
        self.field.setClearButtonEnabled(True)
        self.button = QPushButton(self)
        self.button.setObjectName("historySearchButton")
        self.model = HistoryModel(self)
        self.table = _table(self, "historyTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.status = plain_label("", self, "mutedText")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("historyOpenButton")
        self.open_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.open_button)
        self.field.returnPressed.connect(self._search)
        self.button.clicked.connect(self._search)
        self.table.activated.connect(lambda idx: self.openRequested.emit(self.model.conversation_at(idx.row())))
        self.open_button.clicked.connect(self._open_selected)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.open_button.setEnabled(self.table.selectionModel().hasSelection()))
        self.retranslate()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Customer reference"))
        self.field.setAccessibleName(self.tr("Customer reference to search"))
        self.button.setText(self.tr("Search"))
        self.open_button.setText(self.tr("Open transcript"))
        self.table.setAccessibleName(self.tr("Earlier conversations"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, HistoryModel.COLUMNS - 1)

    def search_for(self, customer_ref: str) -> None:
        self.field.setText(customer_ref)
        self._search()

    def _search(self) -> None:
        ref = self.field.text().strip()
        if ref:
            self.status.setText(self.tr("Searching…"))
            self.searchRequested.emit(ref)

    def show_results(self, frame: p.HistoryResults) -> None:
        self.model.set_items(frame.conversations)
        n = len(frame.conversations)
        self.status.setText(self.tr("%Ln conversation(s) for %1", "", n)
                            .replace("%1", frame.customer_ref))
        if frame.conversations:
            self.table.selectRow(0)

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.openRequested.emit(self.model.conversation_at(rows[0].row()))
