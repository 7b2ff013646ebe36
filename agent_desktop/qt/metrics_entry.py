"""View > Trial metrics…: offered to supervisors, disabled with the reason for everyone else.

Whether the signed-in agent is a supervisor is read from the token's claim
(the hub decides again on every request). The entry follows sign-in and
sign-out by watching which page the main window shows, and retranslates on
the window's LanguageChange.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from agent_desktop.domain.metrics import is_supervisor

SHORTCUT = "Ctrl+Shift+M"


class MetricsEntry(QObject):
    def __init__(self, window: Any, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: Any = None
        menu.addSeparator()
        self.action = QAction(window)
        self.action.setObjectName("actMetrics")
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(lambda *_: self.open())
        menu.addAction(self.action)
        menu.setToolTipsVisible(True)
        window.addAction(self.action)
        window.installEventFilter(self)
        window.stack.currentChanged.connect(lambda *_: self.update())
        self.update()

    def _token_keeper(self) -> Any:
        if self.window.desk is None:
            return None
        return getattr(self.window, "token_keeper", None)

    @property
    def allowed(self) -> bool:
        keeper = self._token_keeper()
        return keeper is not None and is_supervisor(keeper.grant.token)

    def update(self) -> None:
        signed_in = self._token_keeper() is not None
        allowed = self.allowed
        self.action.setEnabled(allowed)
        if allowed:
            self.action.setText(self.tr("Trial metrics…"))
            self.action.setToolTip(self.tr("Handoff, queue and feedback figures of the chat trial"))
        else:
            self.action.setText(self.tr("Trial metrics (supervisors only)"))
            self.action.setToolTip(
                self.tr("Sign in as a supervisor to see the trial metrics.") if not signed_in
                else self.tr("The trial metrics are for supervisors. Ask your team leader for access."))
        self.action.setStatusTip(self.action.toolTip())
        if not allowed and self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def open(self) -> QWidget | None:
        keeper = self._token_keeper()
        if keeper is None or not self.allowed:
            return None
        if self.dialog is None:
            from client_core.tasks import spawn

            from .metrics_window import MetricsWindow

            self.dialog = MetricsWindow(keeper.hub_url, keeper.token, self.window)
            self.dialog.show()
            spawn(self.dialog.refresh())
        else:
            self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.update()
        return False
