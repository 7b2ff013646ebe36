"""Toolbar status: the agent's state with time in state, and a chooser."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from agent_desktop.domain.timefmt import ServerClock, duration

from . import labels

STATE_COLORS = {"available": "#2e8b57", "busy": "#c0392b", "away": "#d68910",
                "wrap_up": "#7d5ba6", "offline": "#7f8c8d"}
CHOOSABLE = ("available", "away", "offline")
ALL_STATES = ("available", "busy", "away", "wrap_up", "offline")


def dot_icon(color: str, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(color))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(1, 1, size - 2, size - 2)
    p.end()
    return QIcon(pix)


class StatusWidget(QWidget):
    stateChosen = Signal(str)

    def __init__(self, clock: ServerClock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.state = "offline"
        self.since: datetime | None = None
        self.combo = QComboBox(self)
        self.combo.setObjectName("statusCombo")
        self.combo.setMinimumContentsLength(10)
        for state in ALL_STATES:
            self.combo.addItem(dot_icon(STATE_COLORS[state]), "", state)
        # Qt names a combo box by its current item; the label says what it is for
        # (a screen reader hears "Status, Away, combo box").
        self.caption = QLabel(self)
        self.caption.setObjectName("stateCaption")
        self.caption.setTextFormat(Qt.TextFormat.PlainText)  # the mnemonic still works
        self.caption.setBuddy(self.combo)
        self.elapsed = QLabel(self)
        self.elapsed.setObjectName("stateElapsed")
        self.elapsed.setTextFormat(Qt.TextFormat.PlainText)
        self.elapsed.setMinimumWidth(self.elapsed.fontMetrics().horizontalAdvance("0:00:00 "))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.caption)
        layout.addWidget(self.combo)
        layout.addWidget(self.elapsed)
        self.combo.activated.connect(self._chosen)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self.retranslate()

    def retranslate(self) -> None:
        for i, state in enumerate(ALL_STATES):
            self.combo.setItemText(i, labels.state(state))
            # Busy and wrap-up are set by the hub, never chosen.
            item = self.combo.model().item(i)  # type: ignore[attr-defined]
            item.setEnabled(state in CHOOSABLE)
        self.caption.setText(self.tr("&Status"))
        self.combo.setAccessibleName(self.tr("Your status"))
        self.combo.setToolTip(self.tr("Your status: Available receives customers"))
        self.elapsed.setAccessibleName(self.tr("Time in this status"))
        self._tick()

    def set_state(self, state: str, since: datetime | None) -> None:
        self.state, self.since = state, since
        i = self.combo.findData(state)
        if i >= 0:
            self.combo.setCurrentIndex(i)
        self._tick()

    def _chosen(self, index: int) -> None:
        state = self.combo.itemData(index)
        if state in CHOOSABLE and state != self.state:
            self.stateChosen.emit(state)

    def _tick(self) -> None:
        self.elapsed.setText(duration(self.clock.since(self.since)) if self.since else "")
