"""The Queues tab: live queues (the History tab is history_panel.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.domain.queues import QueueRow

from .offer_card import plain_label
from .queue_model import COLUMNS, QueueTreeModel


class QueuePanel(QWidget):
    """Queues grouped by channel and language (collapsible), the channels the expert takes first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QueueTreeModel(self)
        self.table = QTreeView(self)
        self.table.setObjectName("queueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        # Names are never cut off: the name column takes its text's width, and the
        # panel scrolls sideways when it is narrower than that.
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        for col in range(COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.model.modelReset.connect(self.table.expandAll)
        self._taking: list[str] | None = None
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
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        self.model.tick()
        self._update_summary()

    def set_rows(self, rows: list[QueueRow]) -> None:
        self._rows = rows
        self.model.set_rows(rows, self._taking)
        self._update_summary()

    def set_taking(self, channels: list[str] | None) -> None:
        """The channels the expert takes now (None: all): their groups come first."""
        if channels != self._taking:
            self._taking = channels
            self.model.set_rows(self._rows, channels)

    def _update_summary(self) -> None:
        waiting = sum(r.waiting for r in self._rows)
        self.summary.setText(self.tr("%Ln customer(s) waiting", "", waiting))
