"""View > Supervisor console…: offered to supervisors (the role from sign-in; the hub
checks it again on every request), disabled with the reason for everyone else."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from agent_desktop.domain.metrics import is_supervisor
from agent_desktop.services.supervision import Supervision

SHORTCUT = "Ctrl+Shift+W"


class SupervisorEntry(QObject):
    def __init__(self, window: Any, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.console: Any = None
        self.action = QAction(window)
        self.action.setObjectName("actSupervisor")
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(lambda *_: self.open())
        menu.addAction(self.action)
        window.addAction(self.action)
        window.installEventFilter(self)
        window.stack.currentChanged.connect(lambda *_: self.update())
        self.update()

    @property
    def allowed(self) -> bool:
        keeper = getattr(self.window, "token_keeper", None)
        return self.window.desk is not None and keeper is not None and is_supervisor(keeper.grant.token)

    def update(self) -> None:
        allowed = self.allowed
        self.action.setEnabled(allowed)
        self.action.setText(self.tr("Supervisor console…") if allowed else self.tr("Supervisor console (supervisors only)"))
        self.action.setToolTip(self.tr("Queues and experts live; monitor, whisper, take over, reassign"))
        if not allowed and self.console is not None:
            self.console.close()
            self.console.deleteLater()
            self.console = None

    def open(self) -> Any:
        if not self.allowed:
            return None
        if self.console is None:
            from .supervisor_console import SupervisorConsole

            self.console = SupervisorConsole(Supervision(self.window.desk.client), self.window.alerts, self.window)
        self.console.show()
        self.console.raise_()
        self.console.activateWindow()
        return self.console

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.update()
            if self.console is not None:
                self.console.retranslate()
        return False
