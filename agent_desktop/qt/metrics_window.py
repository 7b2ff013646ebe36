"""The supervisor's trial-metrics window: a period, key figures, four charts, a table, CSV export.

Every number comes from the hub (GET /api/metrics); this window only lays
them out. It is a plain non-modal window so it can stay open beside the
workspace; "Show" fetches again for the chosen period.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Awaitable, Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.domain.metrics import MetricsData, csv_file_name, parse_document, to_csv
from agent_desktop.services.metrics_client import MetricsError, fetch_metrics
from client_core.tasks import spawn

from . import labels
from .metrics_layout import FigureTile, chart_grid, sorted_table
from .metrics_model import MetricsTableModel, mean_text, percent, seconds_text

log = logging.getLogger(__name__)
HELSINKI = ZoneInfo("Europe/Helsinki")
DEFAULT_DAYS = 30
ACCENT = QColor("#2f6fa5")
PALETTE = {"reasons": QColor("#7a5cb0"), "waits": QColor("#2f6fa5"), "feedback": QColor("#2e8b6e"),
           "days": QColor("#c0762b")}


def helsinki_today() -> date:
    return datetime.now(HELSINKI).date()


class MetricsWindow(QDialog):
    def __init__(self, hub_url: str, token: Callable[[], Awaitable[str]], parent: QWidget | None = None,
                 today: Callable[[], date] = helsinki_today) -> None:
        super().__init__(parent)
        self.setObjectName("metricsWindow")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.hub_url = hub_url
        self.token = token
        self.data: MetricsData | None = None
        self.loading = False
        # Tests and scripted demos answer the save dialog instead of blocking.
        self.choose_file: Callable[[str], str] = self._ask_file

        bar = self._build_period_bar(today())

        # --- key figures
        self.tiles = {name: FigureTile(name, self) for name in (
            "conversations", "handoff", "containment", "abandonment", "feedback", "wait_p50", "wait_p90",
            "handling")}
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        for tile in self.tiles.values():
            tiles.addWidget(tile)

        # --- charts and the table
        grid = QGridLayout()
        grid.setSpacing(10)
        self.charts, self.chart_views = chart_grid(grid, self)
        self.model = MetricsTableModel(self)
        self.proxy, self.table = sorted_table(self.model, self)
        self.table_frame = QFrame(self)
        self.table_frame.setObjectName("metricsTableFrame")
        self.table_title = QLabel(self.table_frame)
        self.table_title.setObjectName("metricsSection")
        tl = QVBoxLayout(self.table_frame)
        tl.setContentsMargins(12, 8, 12, 8)
        tl.addWidget(self.table_title)
        tl.addWidget(self.table, 1)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(10)
        top_layout.addLayout(tiles)
        top_layout.addLayout(grid, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("metricsSplit")
        split.addWidget(top)
        split.addWidget(self.table_frame)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([560, 300])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(10)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        self.resize(1360, 900)
        self.show_button.setFocus()
        self.retranslate()
        self._show(None)

    def _build_period_bar(self, last: date) -> QHBoxLayout:
        """The title, the period and channel to show, Show and Export."""
        self.from_edit = self._date_edit("metricsFrom", last - timedelta(days=DEFAULT_DAYS - 1))
        self.to_edit = self._date_edit("metricsTo", last)
        self.channel_box = QComboBox(self)
        self.channel_box.setObjectName("metricsChannel")
        for code in ("", "chat", "video"):
            self.channel_box.addItem("", code)
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("metricsShow")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(lambda: spawn(self.refresh()))
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("metricsExport")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_csv)
        self.title = QLabel(self)
        self.title.setObjectName("metricsTitle")
        self.from_label, self.to_label, self.channel_label = QLabel(self), QLabel(self), QLabel(self)
        for label, buddy in ((self.from_label, self.from_edit), (self.to_label, self.to_edit),
                             (self.channel_label, self.channel_box)):
            label.setBuddy(buddy)
        self.status = QLabel(self)
        self.status.setObjectName("metricsStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.title)
        bar.addStretch(1)
        for w in (self.from_label, self.from_edit, self.to_label, self.to_edit, self.channel_label,
                  self.channel_box, self.show_button):
            bar.addWidget(w)
        bar.addSpacing(12)
        bar.addWidget(self.export_button)
        return bar

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(QDate(day.year, day.month, day.day))
        return edit

    # ------------------------------------------------------------ texts

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Trial metrics"))
        self.title.setText(self.tr("Chat with handoff: trial metrics"))
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("&To"))
        self.channel_label.setText(self.tr("&Channel"))
        for i, text in enumerate((self.tr("All channels"), labels.channel("chat"), labels.channel("video"))):
            self.channel_box.setItemText(i, text)
        self.show_button.setText(self.tr("&Show"))
        self.export_button.setText(self.tr("&Export CSV…"))
        self.export_button.setToolTip(self.tr("Save the whole report (every grouping) as a CSV file"))
        self.from_edit.setAccessibleName(self.tr("First day of the period"))
        self.to_edit.setAccessibleName(self.tr("Last day of the period"))
        captions = {
            "conversations": self.tr("Conversations"),
            "handoff": self.tr("Handoff rate"),
            "containment": self.tr("Bot containment"),
            "abandonment": self.tr("Abandonment"),
            "feedback": self.tr("Mean feedback"),
            "wait_p50": self.tr("Queue wait, median"),
            "wait_p90": self.tr("Queue wait, 90 %"),
            "handling": self.tr("Handling time, median"),
        }
        for name, tile in self.tiles.items():
            tile.caption.setText(captions[name])
        self.table_title.setText(self.tr("By language, channel and topic"))
        self.table.setAccessibleName(self.table_title.text())  # a screen reader said only "table"
        self._show(self.data)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._even_tiles)  # once the layout has given the tiles their widths

    def _even_tiles(self) -> None:
        """Captions and notes that wrap in one tile get the same height in all, so the
        big values line up across the row."""
        for part in ("caption", "note"):
            labels_ = [getattr(tile, part) for tile in self.tiles.values()]
            height = max((lbl.heightForWidth(max(40, lbl.width())) for lbl in labels_), default=0)
            for lbl in labels_:
                lbl.setMinimumHeight(max(0, height))

    # ------------------------------------------------------------ loading

    def period(self) -> tuple[date, date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()  # type: ignore[return-value]

    def set_period(self, first: date, last: date) -> None:
        self.from_edit.setDate(QDate(first.year, first.month, first.day))
        self.to_edit.setDate(QDate(last.year, last.month, last.day))

    async def refresh(self) -> bool:
        first, last = self.period()
        if last < first:
            self._set_status(self.tr("The period ends before it starts. Choose the days again."), error=True)
            return False
        self.loading = True
        self.show_button.setEnabled(False)
        self._set_status(self.tr("Loading…"))
        try:
            doc = await fetch_metrics(self.hub_url, self.token, first, last,
                                      str(self.channel_box.currentData() or ""))
            data = parse_document(doc)
        except MetricsError as exc:
            log.info("metrics refused: %s %s", exc.code, exc.message)
            self._set_status(self._error_text(exc), error=True)
            return False
        except (KeyError, ValueError, TypeError) as exc:
            log.warning("malformed metrics document: %r", exc)
            self._set_status(self.tr("The service sent figures this program cannot read. "
                                     "Update the workstation or contact support."), error=True)
            return False
        finally:
            self.loading = False
            self.show_button.setEnabled(True)
        self.data = data
        self._show(data)
        return True

    def _error_text(self, exc: MetricsError) -> str:
        return {
            "forbidden": self.tr("Only supervisors can see the trial metrics."),
            "unreachable": self.tr("The service cannot be reached. Try again in a moment."),
            "token_expired": self.tr("Your sign-in has expired. Sign in again."),
            "bad_range": self.tr("The period ends before it starts. Choose the days again."),
            "range_too_long": self.tr("The period is too long: choose at most 366 days."),
        }.get(exc.code) or self.tr("The service refused the request (%1).").replace("%1", exc.code)

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("error", error)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    # ------------------------------------------------------------ showing

    def _show(self, data: MetricsData | None) -> None:
        self.export_button.setEnabled(data is not None)
        if data is None:
            for tile in self.tiles.values():
                tile.set("–")
            self.model.set_rows([])
            for name in self.charts:
                self._reset_chart(name)
            self._set_status(self.tr("Choose a period (days in Finnish time, both included) and press Show."))
            return
        f = data.figures
        t = self.tiles
        t["conversations"].set(str(f.conversations), self.tr("%1 handed off to an expert").replace(
            "%1", str(f.handed_off)))
        t["handoff"].set(percent(f.handoff_rate), self.tr("of conversations went to an expert"))
        t["containment"].set(percent(f.containment_rate), self.tr("stayed with the assistant"))
        t["abandonment"].set(percent(f.abandonment_rate),
                             self.tr("%1 left the queue before an expert").replace("%1", str(f.abandoned)))
        t["feedback"].set(mean_text(f.feedback_mean) + (" / 5" if f.feedback_mean is not None else ""),
                          self.tr("%Ln rating(s)", "", f.feedback_count))
        t["wait_p50"].set(seconds_text(f.wait_p50_s), self.tr("half waited at most this"))
        t["wait_p90"].set(seconds_text(f.wait_p90_s), self.tr("9 in 10 waited at most this"))
        t["handling"].set(seconds_text(f.handling_p50_s),
                          self.tr("90 %: %1").replace("%1", seconds_text(f.handling_p90_s)))
        self.model.set_rows(data.rows)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self._chart_reasons(data)
        self._chart_waits(data)
        self._chart_feedback(data)
        self._chart_days(data)
        period = self.tr("%1 – %2, Finnish time").replace("%1", data.first_day).replace("%2", data.last_day)
        period += " · " + (", ".join(labels.channel(c) for c in data.channels) if data.channels
                           else self.tr("All channels"))
        QTimer.singleShot(0, self, self._even_tiles)
        if data.empty:
            self._set_status(period + " · " + self.tr("No conversations in this period."))
        else:
            self._set_status(period)

    def _reset_chart(self, name: str, title: str = "") -> QChart:
        chart = self.charts[name]
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        font = QFont(QApplication.font())
        font.setBold(True)
        chart.setTitleFont(font)
        high_contrast = QApplication.instance().property("agentTheme") == "high-contrast"  # type: ignore[union-attr]
        chart.setTheme(QChart.ChartTheme.ChartThemeHighContrast if high_contrast
                       else QChart.ChartTheme.ChartThemeLight)
        chart.setBackgroundBrush(QBrush(QColor("#000000" if high_contrast else "#ffffff")))
        chart.setBackgroundPen(QPen(QColor("#ffffff" if high_contrast else "#dde3e9")))
        chart.setTitleBrush(QBrush(QColor("#ffffff" if high_contrast else "#10283c")))
        chart.setTitleFont(font)
        return chart

    def _axis_font(self) -> QFont:
        font = QFont(QApplication.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        return font

    def _count_axis(self, top: float) -> QValueAxis:
        """0 to a round number above ``top``, in 1/2/5 x 10^n steps (four or five of them)."""
        axis = QValueAxis()
        raw = max(1.0, top) / 4
        magnitude = 10 ** math.floor(math.log10(raw))
        step = next(s * magnitude for s in (1, 2, 5, 10) if s * magnitude >= raw)
        step = max(1, int(step))
        ticks = max(1, math.ceil(max(1.0, top) / step))
        axis.setRange(0, ticks * step)
        axis.setTickCount(ticks + 1)
        axis.setLabelFormat("%d")
        axis.setLabelsFont(self._axis_font())
        return axis

    def _bars(self, name: str, title: str, categories: list[str], values: list[float],
              color: QColor, *, horizontal: bool = False, label: str = "") -> None:
        chart = self._reset_chart(name, title)
        bar_set = QBarSet(label or title)
        bar_set.append(values)
        bar_set.setColor(color)
        bar_set.setBorderColor(color)
        bar_set.setLabelColor(QColor("#10283c"))
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.append(bar_set)
        series.setBarWidth(0.6)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        cats = QBarCategoryAxis()
        cats.append(categories)
        cats.setLabelsFont(self._axis_font())
        cats.setGridLineVisible(False)
        counts = self._count_axis(max(values, default=0) * 1.15)
        if horizontal:
            chart.addAxis(cats, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(cats, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(cats)
        series.attachAxis(counts)
        self.chart_views[name].setAccessibleName(title)
        self.chart_views[name].setAccessibleDescription(
            ", ".join(f"{c}: {int(v)}" for c, v in zip(categories, values, strict=True)))

    def _chart_reasons(self, data: MetricsData) -> None:
        codes = [c for c in ("asked", "bot_suggested", "bot_failed") if c in data.reasons]
        codes += sorted(c for c in data.reasons if c not in codes)
        codes.reverse()  # horizontal bars are drawn bottom-up: the first reason on top
        self._bars("reasons", self.tr("Handoff reasons"), [labels.reason(c) for c in codes],
                   [float(data.reasons[c]) for c in codes], PALETTE["reasons"], horizontal=True,
                   label=self.tr("Handed-off conversations"))

    def _bucket_name(self, lower: int, upper: int | None) -> str:
        def minutes(s: int) -> str:
            return str(s // 60) if s % 60 == 0 else QLocale().toString(s / 60, "f", 1)

        if upper is None:
            return self.tr("over %1 min").replace("%1", minutes(lower))
        if lower == 0:
            return self.tr("under %1 min").replace("%1", minutes(upper))
        return self.tr("%1–%2 min").replace("%1", minutes(lower)).replace("%2", minutes(upper))

    def _chart_waits(self, data: MetricsData) -> None:
        buckets = data.wait_histogram
        self._bars("waits", self.tr("Queue wait before an expert took the chat"),
                   [self._bucket_name(b.from_s, b.to_s) for b in buckets],
                   [float(b.count) for b in buckets], PALETTE["waits"],
                   label=self.tr("Conversations"))

    def _chart_feedback(self, data: MetricsData) -> None:
        ratings = data.feedback_distribution
        self._bars("feedback", self.tr("Feedback scores (1 = poor, 5 = excellent)"),
                   [f"{n} ★" for n in ratings], [float(v) for v in ratings.values()],
                   PALETTE["feedback"], label=self.tr("Ratings"))

    def _chart_days(self, data: MetricsData) -> None:
        chart = self._reset_chart("days", self.tr("Handoff rate by day"))
        series = QLineSeries()
        series.setName(self.tr("Handoff rate"))
        pen = QPen(PALETTE["days"])
        pen.setWidthF(2.5)
        series.setPen(pen)
        series.setPointsVisible(True)
        series.setMarkerSize(7.0)
        zone = QTimeZone(b"Europe/Helsinki")
        for day, rate, _count in data.by_day:
            d = date.fromisoformat(day)
            stamp = QDateTime(QDate(d.year, d.month, d.day), QTime(12, 0), zone)
            series.append(float(stamp.toMSecsSinceEpoch()), rate * 100)
        chart.addSeries(series)
        x = QDateTimeAxis()
        x.setFormat("d.M.")
        x.setLabelsFont(self._axis_font())
        first = date.fromisoformat(data.first_day) if data.first_day else helsinki_today()
        last = date.fromisoformat(data.last_day) if data.last_day else first
        x.setRange(QDateTime(QDate(first.year, first.month, first.day), QTime(0, 0), zone),
                   QDateTime(QDate(last.year, last.month, last.day), QTime(23, 59), zone))
        x.setTickCount(min(8, max(2, (last - first).days + 2)))
        x.setGridLineVisible(False)
        y = QValueAxis()
        y.setRange(0, 100)
        y.setTickCount(5)
        y.setLabelFormat("%d %%")
        y.setLabelsFont(self._axis_font())
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        self.chart_views["days"].setAccessibleName(chart.title())
        self.chart_views["days"].setAccessibleDescription(
            ", ".join(f"{day}: {percent(rate)}" for day, rate, _ in data.by_day))

    # ------------------------------------------------------------ export

    def _ask_file(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the trial metrics"),
                                              str(Path.home() / suggested), self.tr("CSV files (*.csv)"))
        return path

    def export_csv(self) -> str:
        if self.data is None:
            return ""
        path = self.choose_file(csv_file_name(self.data))
        if not path:
            return ""
        try:
            Path(path).write_text(to_csv(self.data), encoding="utf-8")
        except OSError as exc:
            self._set_status(self.tr("Could not save %1: %2").replace("%1", path).replace(
                "%2", exc.strerror or str(exc)), error=True)
            return ""
        self._set_status(self.tr("Saved %1").replace("%1", path))
        return path
