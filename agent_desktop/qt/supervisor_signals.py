"""The Qt face of the supervisor's console service: its events as signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from agent_desktop.services.supervision import Supervision


class SupervisionSignals(QObject):
    wallboardChanged = Signal(object)  # p.Wallboard
    monitorOpened = Signal(str)
    monitorEnded = Signal(str)
    whisperAdded = Signal(str)
    requestFailed = Signal(str, str)

    def __init__(self, service: Supervision, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        e = service.events
        for event, signal in ((e.wallboard_changed, self.wallboardChanged), (e.monitor_opened, self.monitorOpened),
                              (e.monitor_ended, self.monitorEnded), (e.whisper_added, self.whisperAdded),
                              (e.request_failed, self.requestFailed)):
            event.connect(signal.emit)
