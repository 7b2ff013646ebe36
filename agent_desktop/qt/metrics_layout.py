"""The metrics window's building blocks: key-figure tiles, the chart grid, the sortable table.

Plain construction (no texts, no data): ``metrics_window.MetricsWindow`` fills them.
"""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QMargins, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .metrics_model import SORT_ROLE, MetricsTableModel

CHARTS = ("reasons", "waits", "feedback", "days")


class FigureTile(QFrame):
    """One key figure: a caption, a big value and a small note under it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metricTile")
        self.caption = QLabel(self)
        self.caption.setObjectName("metricCaption")
        self.caption.setWordWrap(True)
        self.value = QLabel("–", self)
        self.value.setObjectName("metricValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(self)
        self.note.setObjectName("metricNote")
        self.note.setWordWrap(True)
        for label in (self.caption, self.value, self.note):
            label.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.caption, self.note):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.name = name
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.setAccessibleName(f"{self.caption.text()}: {value}. {note}".strip())


def chart_grid(grid: QGridLayout, parent: QWidget) -> tuple[dict[str, QChart], dict[str, QChartView]]:
    """The four charts, two by two, drawn on the window's background."""
    charts: dict[str, QChart] = {}
    views: dict[str, QChartView] = {}
    for i, name in enumerate(CHARTS):
        chart = QChart()
        chart.setObjectName(f"chart_{name}")
        chart.legend().hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(6, 4, 10, 4))
        chart.setBackgroundRoundness(8)
        view = QChartView(chart, parent)
        view.setObjectName(f"chartView_{name}")
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(180)
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.setBackgroundBrush(QBrush(Qt.GlobalColor.transparent))
        view.setStyleSheet("QGraphicsView { background: transparent; border: none; }")
        charts[name], views[name] = chart, view
        grid.addWidget(view, i // 2, i % 2)
    return charts, views


def sorted_table(model: MetricsTableModel, parent: QWidget) -> tuple[QSortFilterProxyModel, QTableView]:
    """The per-queue table, sortable by the numbers (not their texts)."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = QTableView(parent)
    table.setObjectName("metricsTable")
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.verticalHeader().hide()
    table.setShowGrid(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    header.setMinimumSectionSize(90)
    header.setSortIndicatorShown(True)
    return proxy, table
