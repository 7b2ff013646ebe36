"""The connection banner: says plainly when the hub is unreachable."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from .offer_card import plain_label


class ConnectionBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.label = plain_label("", self, "bannerText")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.label, 1)
        self.state = "connecting"
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.hide)
        self.hide()

    def set_link_state(self, state: str) -> None:
        previous, self.state = self.state, state
        if state in ("reconnecting", "connecting") and previous == "online":
            self.setProperty("level", "warning")
            self._hide_timer.stop()
            self.show()
        elif state == "online" and self.isVisible():
            self.setProperty("level", "ok")
            self._hide_timer.start(3000)
        elif state == "closed":
            self.setProperty("level", "error")
            self.show()
        else:
            return
        self._restyle()
        self.retranslate()

    def retranslate(self) -> None:
        level = self.property("level")
        if level == "warning":
            text = self.tr("Connection to the service was lost. Reconnecting… "
                           "Your conversations are kept and continue where they left off.")
        elif level == "ok":
            text = self.tr("Connected again.")
        elif level == "error":
            text = self.tr("Disconnected from the service.")
        else:
            text = ""
        self.label.setText(text)
        self.setAccessibleName(text)

    def _restyle(self) -> None:
        self.style().unpolish(self)
        self.style().polish(self)
