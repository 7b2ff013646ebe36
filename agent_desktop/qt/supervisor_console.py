"""The supervisor's console: the wallboard (queues and experts, amber and red
against the hub's thresholds, a notification when something turns red), the
conversations being served, and what a supervisor does with them: monitor
(read-only, the expert sees it), whisper to the expert, take over, reassign,
set an expert's state."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.domain.wallboard import Level
from agent_desktop.services.supervision import Supervision

from . import labels
from .offer_card import plain_label
from .supervisor_signals import SupervisionSignals
from .transcript_model import TranscriptModel
from .transcript_view import TranscriptView
from .transfer_dialog import TransferDialog
from .wallboard_models import LEVEL_ROLE, ExpertsModel, LiveConversationsModel, QueueTilesModel


def _table(parent: QWidget, name: str, model: Any) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it (no keyboard trap)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class SupervisorConsole(QMainWindow):
    """A main window, not a plain QWidget with the Window flag: Qt exposes the latter
    to screen readers as a "filler", so the console was not announced as a window."""

    def __init__(self, service: Supervision, alerts: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("supervisorConsole")
        self.service = service
        self.alerts = alerts
        self.signals = SupervisionSignals(service, self)
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.queues = QueueTilesModel(self)
        self.experts = ExpertsModel(self)
        self.live = LiveConversationsModel(self)
        self.queue_table = _table(self, "wallboardQueues", self.queues)
        self.expert_table = _table(self, "wallboardExperts", self.experts)
        self.live_table = _table(self, "liveConversations", self.live)
        self.queues_title = plain_label("", self, "sectionTitle")
        self.experts_title = plain_label("", self, "sectionTitle")
        self.live_title = plain_label("", self, "sectionTitle")
        self.status = plain_label("", self, "mutedText")
        self._red: set[tuple[str, Any]] = set()  # tiles already notified as red
        self.monitored_id: str | None = None
        self._build_actions()
        self._build_monitor()
        self._lay_out()
        self.signals.wallboardChanged.connect(self._on_board)
        self.signals.monitorOpened.connect(self._on_monitor)
        self.signals.monitorEnded.connect(self._on_monitor_ended)
        self.signals.whisperAdded.connect(lambda conv: conv == self.monitored_id and self._show_whispers())
        self.signals.requestFailed.connect(lambda code, _m: self.status.setText(labels.request_failure(code)))
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(lambda: (self.experts.tick(), self.live.tick()))
        self._ticker.start()
        self.resize(1280, 820)
        self.retranslate()
        if service.board is not None:  # reopened: the last board at once, the next on change
            self._on_board(service.board)
        service.watch(True)

    def _build_actions(self) -> None:
        self.monitor_button = QPushButton(self)
        self.monitor_button.setObjectName("monitorButton")
        self.take_over_button = QPushButton(self)
        self.take_over_button.setObjectName("takeOverButton")
        self.reassign_button = QPushButton(self)
        self.reassign_button.setObjectName("reassignButton")
        self.state_button = QPushButton(self)
        self.state_button.setObjectName("expertStateButton")
        self.state_menu = QMenu(self)
        for state in ("available", "away", "offline"):
            action = self.state_menu.addAction("")
            action.setData(state)
            action.triggered.connect(lambda _c=False, s=state: self.set_expert_state(s))
        self.state_button.setMenu(self.state_menu)
        self.monitor_button.clicked.connect(self.monitor_selected)
        self.take_over_button.clicked.connect(self.take_over_selected)
        self.reassign_button.clicked.connect(self.reassign_selected)

    def _build_monitor(self) -> None:
        self.monitor_pane = QWidget(self)
        self.monitor_pane.setObjectName("monitorPane")
        self.monitor_title = plain_label("", self.monitor_pane, "sectionTitle")
        self.monitor_view = TranscriptView(self.monitor_pane)
        self.whispers = plain_label("", self.monitor_pane, "whisperList")
        self.whisper_field = QLineEdit(self.monitor_pane)
        self.whisper_field.setObjectName("whisperField")
        self.whisper_button = QPushButton(self.monitor_pane)
        self.whisper_button.setObjectName("whisperButton")
        self.stop_button = QPushButton(self.monitor_pane)
        self.stop_button.setObjectName("stopMonitorButton")
        self.whisper_field.returnPressed.connect(self.send_whisper)
        self.whisper_button.clicked.connect(self.send_whisper)
        self.stop_button.clicked.connect(self.stop_monitoring)
        row = QHBoxLayout()
        row.addWidget(self.whisper_field, 1)
        row.addWidget(self.whisper_button)
        layout = QVBoxLayout(self.monitor_pane)
        head = QHBoxLayout()
        head.addWidget(self.monitor_title, 1)
        head.addWidget(self.stop_button)
        layout.addLayout(head)
        layout.addWidget(self.monitor_view, 1)
        layout.addWidget(self.whispers)
        layout.addLayout(row)
        self.monitor_pane.hide()

    def _lay_out(self) -> None:
        board = QWidget(self)
        bl = QVBoxLayout(board)
        bl.addWidget(self.queues_title)
        bl.addWidget(self.queue_table, 3)
        bl.addWidget(self.experts_title)
        bl.addWidget(self.expert_table, 2)
        bl.addWidget(self.state_button, 0, Qt.AlignmentFlag.AlignLeft)
        work = QWidget(self)
        wl = QVBoxLayout(work)
        wl.addWidget(self.live_title)
        wl.addWidget(self.live_table, 1)
        buttons = QHBoxLayout()
        for b in (self.monitor_button, self.take_over_button, self.reassign_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        wl.addLayout(buttons)
        wl.addWidget(self.monitor_pane, 2)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(board)
        split.addWidget(work)
        split.setSizes([640, 640])
        central = QWidget(self)
        self.setCentralWidget(central)
        layout = QVBoxLayout(central)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        # Tab as the eye reads: the state button acts on the expert chosen above it.
        QWidget.setTabOrder(self.expert_table, self.state_button)
        QWidget.setTabOrder(self.state_button, self.live_table)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Supervisor console"))
        self.queues_title.setText(self.tr("Queues today"))
        self.experts_title.setText(self.tr("Experts"))
        self.live_title.setText(self.tr("Conversations being served"))
        self.monitor_button.setText(self.tr("Monitor"))
        self.monitor_button.setToolTip(self.tr("Follow the conversation read-only; the expert sees that you are viewing"))
        self.take_over_button.setText(self.tr("Take over"))
        self.reassign_button.setText(self.tr("Reassign…"))
        self.state_button.setText(self.tr("Set the expert's state"))
        for action in self.state_menu.actions():
            action.setText(labels.state(str(action.data())))
        self.whisper_field.setPlaceholderText(self.tr("Whisper to the expert (the customer never sees it)"))
        self.whisper_field.setAccessibleName(self.tr("Whisper to the expert"))
        self.whisper_button.setText(self.tr("Whisper"))
        self.stop_button.setText(self.tr("Stop monitoring"))
        for table, name in ((self.queue_table, self.tr("Queues")), (self.expert_table, self.tr("Experts")),
                            (self.live_table, self.tr("Conversations being served"))):
            table.setAccessibleName(name)

    # ------------------------------------------------------------ the board

    def _on_board(self, board: Any) -> None:
        for model in (self.queues, self.experts, self.live):
            model.set_board(board)
        self._notify_red()

    def _notify_red(self) -> None:
        """A notification when a tile turns red (once, until it recovers)."""
        red = set()
        for row in range(self.queues.rowCount()):
            if self.queues.index(row, 0).data(LEVEL_ROLE) == Level.RED.value:
                red.add(("queue", self.queues.index(row, 0).data()))
        for row in range(self.experts.rowCount()):
            if self.experts.index(row, 0).data(LEVEL_ROLE) == Level.RED.value:
                red.add(("expert", self.experts.index(row, 0).data()))
        for kind, name in sorted(red - self._red):
            if self.alerts is not None:
                title = self.tr("Queue over the limit") if kind == "queue" else self.tr("Expert needs attention")
                self.alerts.incoming(title, str(name))
        self._red = red

    def _selected_conversation(self) -> tuple[Any, Any] | None:
        rows = self.live_table.selectionModel().selectedRows()
        return self.live.conversation_at(rows[0].row()) if rows else None

    def select_conversation(self, conversation_id: str) -> bool:
        for row in range(self.live.rowCount()):
            if self.live.conversation_at(row)[1].conversation_id == conversation_id:
                self.live_table.selectRow(row)
                return True
        return False

    def select_expert(self, agent_id: int) -> bool:
        for row in range(self.experts.rowCount()):
            if self.experts.expert_at(row).agent_id == agent_id:
                self.expert_table.selectRow(row)
                return True
        return False

    # ------------------------------------------------------------ actions

    def monitor_selected(self) -> None:
        chosen = self._selected_conversation()
        if chosen is not None:
            if self.monitored_id and self.monitored_id != chosen[1].conversation_id:
                self.service.stop_monitoring(self.monitored_id)
            self.service.monitor(chosen[1].conversation_id)

    def take_over_selected(self) -> None:
        chosen = self._selected_conversation()
        if chosen is not None:
            self.service.take_over(chosen[1].conversation_id)

    def reassign_selected(self) -> None:
        chosen = self._selected_conversation()
        if chosen is None or self.service.board is None:
            return
        expert, contact = chosen
        colleagues = [_summary(e) for e in self.service.board.experts if e.agent_id != expert.agent_id]
        dialog = TransferDialog([], (contact.channel, contact.language, contact.topic), colleagues, self)
        dialog.to_agent.setChecked(True)
        dialog.to_queue.setEnabled(False)
        dialog.queue_box.setEnabled(False)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        _queue, agent_id, note = dialog.target()
        if agent_id is not None:
            self.service.reassign(contact.conversation_id, agent_id, note)

    def set_expert_state(self, state: str) -> None:
        rows = self.expert_table.selectionModel().selectedRows()
        if rows:
            self.service.set_state(self.experts.expert_at(rows[0].row()).agent_id, state)

    def send_whisper(self) -> None:
        if self.monitored_id and self.service.whisper(self.monitored_id, self.whisper_field.text()):
            self.whisper_field.clear()

    def stop_monitoring(self) -> None:
        if self.monitored_id:
            self.service.stop_monitoring(self.monitored_id)

    # ------------------------------------------------------------ the monitored conversation

    def _on_monitor(self, conversation_id: str) -> None:
        conv = self.service.monitored.get(conversation_id)
        if conv is None:
            return
        self.monitored_id = conversation_id
        old = self.monitor_view.model()
        self.monitor_view.setModel(TranscriptModel(conv.rows, parent=self.monitor_view))
        if isinstance(old, TranscriptModel):
            old.detach()
        expert = str(conv.context.get("serving_expert", ""))
        self.monitor_title.setText(self.tr("Monitoring: %1 with %2 (read-only)")
                                   .replace("%1", conv.customer_name).replace("%2", expert))
        self._show_whispers()
        self.monitor_pane.show()

    def _show_whispers(self) -> None:
        notes = self.service.whispers.get(self.monitored_id or "", [])
        lines = [self.tr("Whisper from %1: %2").replace("%1", n.from_name).replace("%2", n.text) for n in notes]
        self.whispers.setText("\n".join(lines[-4:]))
        self.whispers.setVisible(bool(lines))

    def _on_monitor_ended(self, conversation_id: str) -> None:
        if conversation_id != self.monitored_id:
            return
        conv = self.service.monitored.get(conversation_id)
        if conv is not None and conv.ended:
            self.monitor_title.setText(self.monitor_title.text() + " — " + self.tr("ended"))
            return
        self.monitored_id = None
        self.monitor_pane.hide()

    def closeEvent(self, event: Any) -> None:
        if self.monitored_id:
            self.service.stop_monitoring(self.monitored_id)
        self.service.watch(False)
        super().closeEvent(event)


def _summary(tile: Any) -> Any:
    from hub_protocol import frames as p

    return p.AgentSummary(agent_id=tile.agent_id, display_name=tile.display_name, state=tile.state,
                          contacts=len(tile.contacts))
