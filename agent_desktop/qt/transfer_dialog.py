"""Transfer: to a queue (the customer keeps their place) or to a colleague by name.

Colleagues are the signed-in experts the hub lists (live: the list follows the
queue news while the dialog is open), searchable as one types, with their
state, languages, channels and how many customers they serve now. The note is
a consult note: the colleague reads it, with the conversation, before accepting;
the customer never sees it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hub_protocol import frames as p

from . import labels

Index = QModelIndex | QPersistentModelIndex
AGENT_ROLE = Qt.ItemDataRole.UserRole + 1
_ORDER = {"available": 0, "wrap_up": 1, "busy": 2, "away": 3, "offline": 4}


def describe_colleague(a: p.AgentSummary) -> str:
    """One line: name, state, what they serve, how busy (plain, translated)."""
    parts = [a.display_name, labels.state(a.state)]
    if a.languages:
        parts.append(", ".join(labels.language(x) for x in a.languages))
    if a.channels:
        parts.append(", ".join(labels.channel(x) for x in a.channels))
    parts.append(QCoreApplication.translate("TransferDialog", "Customers now: %1").replace("%1", str(a.contacts)))
    return " · ".join(parts)


class ColleagueModel(QAbstractListModel):
    def __init__(self, colleagues: list[p.AgentSummary], parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[p.AgentSummary] = []
        self.set_colleagues(colleagues)

    def set_colleagues(self, colleagues: list[p.AgentSummary]) -> None:
        self.beginResetModel()
        self._items = sorted(colleagues, key=lambda a: (_ORDER.get(a.state, 9), a.display_name.lower()))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe_colleague(a)
        if role == AGENT_ROLE:
            return a.agent_id
        if role == Qt.ItemDataRole.UserRole + 2:  # what the search matches: the name
            return a.display_name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # Only someone available can be offered the customer now.
        usable = self._items[index.row()].state in ("available", "busy", "wrap_up")
        flags = Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEnabled if usable else flags


class TransferDialog(QDialog):
    def __init__(self, queues: list[tuple[str, str, str]], current: tuple[str, str, str],
                 colleagues: list[p.AgentSummary] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transferDialog")
        self.setWindowTitle(self.tr("Transfer the conversation"))
        self.to_queue = QRadioButton(self.tr("To a queue"), self)
        self.to_agent = QRadioButton(self.tr("To a colleague"), self)
        group = QButtonGroup(self)
        group.addButton(self.to_queue)
        group.addButton(self.to_agent)
        self.to_queue.setChecked(True)
        self.queue_box = QComboBox(self)
        self.queue_box.setObjectName("transferQueue")
        self.queue_box.setAccessibleName(self.tr("Queue"))
        for key in queues or [current]:
            self.queue_box.addItem(labels.queue_name(*key), key)
        if current in queues:
            self.queue_box.setCurrentIndex(queues.index(current))
        self.search = QLineEdit(self)
        self.search.setObjectName("transferSearch")
        self.search.setPlaceholderText(self.tr("Type a colleague's name"))
        self.search.setAccessibleName(self.tr("Search colleagues by name"))
        self.search.setClearButtonEnabled(True)
        self.model = ColleagueModel(colleagues or [], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(Qt.ItemDataRole.UserRole + 2)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView(self)
        self.list.setObjectName("transferColleagues")
        self.list.setAccessibleName(self.tr("Colleagues"))
        self.list.setModel(self.proxy)
        self.list.setMinimumHeight(150)
        self.search.textChanged.connect(self._filter)
        self.search.textEdited.connect(lambda _t: self.to_agent.setChecked(True))
        self.list.clicked.connect(lambda _i: self.to_agent.setChecked(True))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("transferNote")
        self.note.setAccessibleName(self.tr("Consult note for the next expert"))
        self.note.setPlaceholderText(self.tr("What the next expert should know (the customer does not see this)"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Transfer"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.to_agent.toggled.connect(self._update)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._update())
        form = QFormLayout()
        form.addRow(self.to_queue, self.queue_box)
        form.addRow(self.to_agent, self.search)
        # Own translated words as row labels (QFormLayout makes the label): nothing a person typed.
        form.addRow("", self.list)
        form.addRow(self.tr("Consult note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, 440)
        self._update()

    def set_colleagues(self, colleagues: list[p.AgentSummary]) -> None:
        """Live presence: the list follows the hub while the dialog is open."""
        chosen = self.chosen_agent()
        self.model.set_colleagues(colleagues)
        if chosen is not None:
            self.choose(chosen)
        self._update()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount() and not self.list.selectionModel().hasSelection():
            first = self.proxy.index(0, 0)
            if first.flags() & Qt.ItemFlag.ItemIsEnabled:
                self.list.setCurrentIndex(first)
        self._update()

    def choose(self, agent_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(AGENT_ROLE) == agent_id:
                self.list.setCurrentIndex(index)
                self.to_agent.setChecked(True)
                return True
        return False

    def chosen_agent(self) -> int | None:
        index = self.list.currentIndex()
        if not index.isValid() or not self.list.selectionModel().isSelected(index):
            return None
        value = index.data(AGENT_ROLE)
        return int(value) if value is not None else None

    def _update(self) -> None:
        self.ok.setEnabled(not self.to_agent.isChecked() or self.chosen_agent() is not None)

    def target(self) -> tuple[tuple[str, str, str] | None, int | None, str]:
        note = self.note.toPlainText().strip()[:2000]
        if self.to_agent.isChecked():
            return None, self.chosen_agent(), note
        return self.queue_box.currentData(), None, note
