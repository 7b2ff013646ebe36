"""Tray icon, alert sound and desktop notification for an incoming customer.

QtMultimedia is imported on first use: it costs start-up time, and a
workstation with sound switched off never needs it.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from client_core.config import resources_dir

log = logging.getLogger(__name__)


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "agent_desktop.svg"))


class Alerts(QObject):
    activated = Signal()

    def __init__(self, sound: bool, notifications: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sound_enabled = sound
        self.notifications_enabled = notifications
        self._effect: Any = None
        self.tray: QSystemTrayIcon | None = None
        self.alert_count = 0  # for tests and the bench: alerts raised
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(app_icon(), self)
            menu = QMenu()
            menu.addAction(self.tr("Show"), self.activated.emit)
            menu.addAction(self.tr("Quit"), QApplication.quit)
            self.tray.setContextMenu(menu)
            self._menu = menu
            self.tray.activated.connect(lambda *_: self.activated.emit())
            self.tray.setToolTip(self.tr("Service expert workstation"))
            self.tray.show()

    def configure(self, sound: bool, notifications: bool) -> None:
        self.sound_enabled, self.notifications_enabled = sound, notifications

    def set_status(self, text: str) -> None:
        if self.tray is not None:
            self.tray.setToolTip(text)

    def incoming(self, title: str, body: str) -> None:
        self.alert_count += 1
        if self.sound_enabled:
            self._play()
        if self.notifications_enabled and self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, body, app_icon(), 8000)

    def _play(self) -> None:
        try:
            if self._effect is None:
                from PySide6.QtMultimedia import QSoundEffect

                self._effect = QSoundEffect(self)
                self._effect.setSource(QUrl.fromLocalFile(str(resources_dir() / "sounds" / "offer.wav")))
                self._effect.setVolume(0.8)
            self._effect.play()
        except Exception as exc:  # no audio device: the visual alert is enough
            log.info("alert sound unavailable: %s", exc)
