"""Per-language, per-channel and per-topic rows of the trial report (a thin table model)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from hub_protocol.report import GroupMetrics

from . import labels

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def percent(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return "–"
    return translate("MetricsModel", "%1 %").replace("%1", QLocale().toString(value * 100, "f", decimals))


def seconds_text(value: float | None) -> str:
    """45 s, 4 min 05 s, 1 h 02 min: waits and handling times for people."""
    if value is None:
        return "–"
    s = max(0, round(value))
    if s < 60:
        return translate("MetricsModel", "%1 s").replace("%1", str(s))
    if s < 3600:
        return translate("MetricsModel", "%1 min %2 s").replace("%1", str(s // 60)).replace("%2", f"{s % 60:02d}")
    return translate("MetricsModel", "%1 h %2 min").replace("%1", str(s // 3600)).replace("%2", f"{s % 3600 // 60:02d}")


def mean_text(value: float | None) -> str:
    return "–" if value is None else QLocale().toString(value, "f", 2)


def group_name(g: GroupMetrics) -> str:
    if g.group_by == "language":
        return labels.language(g.group)
    if g.group_by == "channel":
        return labels.channel(g.group)
    if g.group_by == "topic":
        return labels.topic(g.group)
    return g.group


def grouping_name(group_by: str) -> str:
    return {"language": translate("MetricsModel", "Language"), "channel": translate("MetricsModel", "Channel"), "topic": translate("MetricsModel", "Topic")}.get(group_by, group_by)


class MetricsTableModel(QAbstractTableModel):
    HEADERS = (
        "By", "Group", "Conversations", "Handoff rate", "Abandonment", "Wait, median", "Wait, 90 %",
        "Handling, median", "Feedback",
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[GroupMetrics] = []

    def set_rows(self, rows: list[GroupMetrics]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> GroupMetrics:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignLeft if section < 2 else Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [translate("MetricsModel", "By"), translate("MetricsModel", "Group"), translate("MetricsModel", "Conversations"), translate("MetricsModel", "Handoff rate"), translate("MetricsModel", "Abandonment"),
                translate("MetricsModel", "Wait, median"), translate("MetricsModel", "Wait, 90 %"), translate("MetricsModel", "Handling, median"), translate("MetricsModel", "Feedback")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        g = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col >= 2:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            return [g.group_by, group_name(g), g.conversations, g.handoff_rate,
                    -1 if g.abandonment_rate is None else g.abandonment_rate,
                    -1 if g.queue_wait_s.p50 is None else g.queue_wait_s.p50,
                    -1 if g.queue_wait_s.p90 is None else g.queue_wait_s.p90,
                    -1 if g.handling_time_s.p50 is None else g.handling_time_s.p50,
                    -1 if g.feedback_mean is None else g.feedback_mean][col]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        if col == 0:
            return grouping_name(g.group_by)
        if col == 1:
            return group_name(g)
        if col == 2:
            return translate("MetricsModel", "%1 (%2 handed off)").replace("%1", str(g.conversations)).replace("%2", str(g.handed_off)) \
                if role == Qt.ItemDataRole.ToolTipRole else str(g.conversations)
        if col == 3:
            return percent(g.handoff_rate)
        if col == 4:
            return percent(g.abandonment_rate)
        if col == 5:
            return seconds_text(g.queue_wait_s.p50)
        if col == 6:
            return seconds_text(g.queue_wait_s.p90)
        if col == 7:
            return seconds_text(g.handling_time_s.p50)
        if g.feedback_mean is None:
            return "–"
        return translate("MetricsModel", "%1 (%2)").replace("%1", mean_text(g.feedback_mean)).replace("%2", str(g.feedback_count))
