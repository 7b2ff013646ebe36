"""The History tab: search earlier conversations by words, customer, dates, topic,
channel and expert; open one read-only. Every search and opening is audited at the hub."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hub_protocol import frames as p

from . import labels
from .offer_card import plain_label
from .table_models import HistoryModel

NO_DATE = QDate(2000, 1, 1)  # the date fields' "any day" (shown as the special text)


def _date_field(parent: QWidget, name: str) -> QDateEdit:
    field = QDateEdit(parent)
    field.setObjectName(name)
    field.setCalendarPopup(True)
    field.setMinimumDate(NO_DATE)
    field.setDate(NO_DATE)
    field.setDisplayFormat("d.M.yyyy")
    return field


def _day(field: QDateEdit) -> date | None:
    value = field.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


class HistoryPanel(QWidget):
    searchRequested = Signal(dict)  # criteria for HistorySearch
    openRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)  # words in the messages
        self.field.setObjectName("historySearch")
        self.field.setClearButtonEnabled(True)
        self.button = QPushButton(self)
        self.button.setObjectName("historySearchButton")
        self.more = QToolButton(self)
        self.more.setObjectName("historyMore")
        self.more.setCheckable(True)
        self._build_criteria()
        self.model = HistoryModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.status = plain_label("", self, "mutedText")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("historyOpenButton")
        self.open_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.more)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.criteria)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.open_button)
        for line in (self.field, self.name, self.customer_ref, self.expert):
            line.returnPressed.connect(self._search)
        self.button.clicked.connect(self._search)
        self.more.toggled.connect(self.criteria.setVisible)
        self.table.activated.connect(lambda idx: self.openRequested.emit(self.model.conversation_at(idx.row())))
        self.open_button.clicked.connect(self._open_selected)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.open_button.setEnabled(self.table.selectionModel().hasSelection()))
        self.retranslate()

    def _build_criteria(self) -> None:
        self.criteria = QWidget(self)
        self.criteria.setObjectName("historyCriteria")
        self.name = QLineEdit(self.criteria)
        self.name.setObjectName("historyName")
        self.customer_ref = QLineEdit(self.criteria)
        self.customer_ref.setObjectName("historyCustomerRef")
        self.expert = QLineEdit(self.criteria)
        self.expert.setObjectName("historyExpert")
        self.topic = QComboBox(self.criteria)
        self.topic.setObjectName("historyTopic")
        self.channel = QComboBox(self.criteria)
        self.channel.setObjectName("historyChannel")
        self.date_from = _date_field(self.criteria, "historyFrom")
        self.date_to = _date_field(self.criteria, "historyTo")
        dates = QHBoxLayout()
        dates.addWidget(self.date_from, 1)
        self.dash = plain_label("–", self.criteria)
        dates.addWidget(self.dash)
        dates.addWidget(self.date_to, 1)
        self.form = QFormLayout(self.criteria)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow("", self.name)
        self.form.addRow("", self.customer_ref)
        self.form.addRow("", dates)
        self.form.addRow("", self.topic)
        self.form.addRow("", self.channel)
        self.form.addRow("", self.expert)
        self.criteria.hide()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Words in the messages"))
        self.field.setAccessibleName(self.tr("Words to search for in the messages"))
        self.button.setText(self.tr("Search"))
        self.more.setText(self.tr("More criteria"))
        self.open_button.setText(self.tr("Open transcript"))
        self.table.setAccessibleName(self.tr("Earlier conversations"))
        names = (self.tr("Customer's name"), self.tr("Customer reference"), self.tr("Dates"),
                 self.tr("Topic"), self.tr("Channel"), self.tr("Expert"))
        for i, text in enumerate(names):
            label = self.form.itemAt(i, QFormLayout.ItemRole.LabelRole)
            if label is not None and label.widget() is not None:
                label.widget().setText(text)  # type: ignore[attr-defined]
        self.name.setAccessibleName(names[0])
        self.customer_ref.setAccessibleName(names[1])
        self.expert.setAccessibleName(self.tr("Part of the expert's name"))
        for field, text in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            field.setSpecialValueText(self.tr("Any day"))
            field.setAccessibleName(text)
        self._fill_combo(self.topic, labels.TOPICS, labels.topic, self.tr("Any topic"))
        self._fill_combo(self.channel, labels.CHANNELS, labels.channel, self.tr("Any channel"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, HistoryModel.COLUMNS - 1)

    @staticmethod
    def _fill_combo(combo: QComboBox, codes: dict[str, str], name: Any, anything: str) -> None:
        current = combo.currentData()
        combo.clear()
        combo.addItem(anything, None)
        for code in codes:
            combo.addItem(name(code), code)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def criteria_values(self) -> dict[str, Any]:
        """What the agent asked for, as HistorySearch fields (empty ones left out)."""
        values: dict[str, Any] = {
            "text": self.field.text().strip(), "name": self.name.text().strip(),
            "customer_ref": self.customer_ref.text().strip(), "expert": self.expert.text().strip(),
            "topic": self.topic.currentData(), "channel": self.channel.currentData(),
            "date_from": _day(self.date_from), "date_to": _day(self.date_to),
        }
        return {k: v for k, v in values.items() if v}

    def search_for(self, customer_ref: str) -> None:
        """Every conversation of one customer (the conversation tab's button)."""
        self.field.clear()
        for line in (self.name, self.expert):
            line.clear()
        self.customer_ref.setText(customer_ref)
        self.more.setChecked(True)
        self._search()

    def _search(self) -> None:
        criteria = self.criteria_values()
        if criteria:
            self.status.setText(self.tr("Searching…"))
            self.searchRequested.emit(criteria)
        else:
            self.status.setText(self.tr("Write words to search for, or choose more criteria."))

    def show_results(self, frame: p.HistoryResults) -> None:
        self.model.set_items(frame.conversations)
        n = len(frame.conversations)
        text = self.tr("%Ln conversation(s) found", "", n)
        if frame.truncated:
            text += " " + self.tr("(only the newest are shown: narrow the search)")
        self.status.setText(text)
        if frame.conversations:
            self.table.selectRow(0)

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.openRequested.emit(self.model.conversation_at(rows[0].row()))
