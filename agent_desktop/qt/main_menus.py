"""The main window's menus and keyboard shortcuts.

Texts keep the ``MainWindow`` translation context they had before this split
(literal ``QCoreApplication.translate`` calls, so lupdate still finds them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from client_core.tasks import spawn

from .metrics_entry import MetricsEntry
from .supervisor_entry import SupervisorEntry

if TYPE_CHECKING:
    from .main_window import MainWindow


class MainMenus:
    def __init__(self, window: MainWindow) -> None:
        self.window = w = window
        bar = w.menuBar()
        self.file_menu = bar.addMenu("")
        self.conv_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        a = self._action
        self.act_settings = a(self.file_menu, w.open_settings, "Ctrl+,", "actSettings")
        self.act_export = a(self.file_menu, lambda: w.current_view_call("export_transcript"), "Ctrl+Shift+S", "actExport")
        self.file_menu.addSeparator()
        self.act_sign_out = a(self.file_menu, lambda: spawn(w.sign_out()), None, "actSignOut")
        self.act_quit = a(self.file_menu, w.close, QKeySequence.StandardKey.Quit, "actQuit")
        self.act_accept = a(self.conv_menu, w.offer_card.accept_current, "Ctrl+Shift+A", "actAccept")
        self.act_decline = a(self.conv_menu, w.offer_card.decline_current, "Ctrl+Shift+D", "actDecline")
        self.conv_menu.addSeparator()
        self.act_next = a(self.conv_menu, lambda: w.step_tab(1), "Ctrl+PgDown", "actNext")
        self.act_prev = a(self.conv_menu, lambda: w.step_tab(-1), "Ctrl+PgUp", "actPrev")
        self.act_focus = a(self.conv_menu, w.focus_composer, "Ctrl+L", "actFocus")
        self.act_canned = a(self.conv_menu, lambda: w.current_view_call("canned.focus_search"), "Ctrl+K", "actCanned")
        self.act_bot = a(self.conv_menu, lambda: w.current_view_call("transcript.toggle_bot_part"), "Ctrl+B", "actBot")
        self.act_copy = a(self.conv_menu, lambda: w.current_view_call("copy_transcript"), "Ctrl+Shift+C", "actCopy")
        self.act_transfer = a(self.conv_menu, lambda: w.current_view_call("transfer_button.click"), "Ctrl+Shift+T", "actTransfer")
        self.act_end = a(self.conv_menu, lambda: w.current_view_call("end_button.click"), "Ctrl+Shift+E", "actEnd")
        self.act_devices = a(self.file_menu, lambda: spawn(w.check_devices()), None, "actDevices")
        self.act_history = a(self.view_menu, w.show_history, "Ctrl+H", "actHistory")
        self.act_queues = a(self.view_menu, lambda: w.left_tabs.setCurrentIndex(0), "Ctrl+U", "actQueues")
        self.metrics_entry = MetricsEntry(w, self.view_menu)  # supervisors: trial metrics
        self.supervisor_entry = SupervisorEntry(w, self.view_menu)  # supervisors: the console
        self.act_about = a(self.help_menu, w.open_about, "F1", "actAbout")

    def _action(self, menu: Any, slot: Callable[[], Any], shortcut: str | QKeySequence | None = None,
                name: str = "") -> QAction:
        action = QAction(self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda *_: slot())
        action.setObjectName(name)
        menu.addAction(action)
        self.window.addAction(action)
        return action

    def retranslate(self) -> None:
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.conv_menu.setTitle(QCoreApplication.translate("MainWindow", "&Conversation"))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        for action, text in (
            (self.act_settings, QCoreApplication.translate("MainWindow", "Settings…")),
            (self.act_export, QCoreApplication.translate("MainWindow", "Export transcript…")),
            (self.act_sign_out, QCoreApplication.translate("MainWindow", "Sign out")), (self.act_quit, QCoreApplication.translate("MainWindow", "Quit")),
            (self.act_accept, QCoreApplication.translate("MainWindow", "Accept offered customer")),
            (self.act_decline, QCoreApplication.translate("MainWindow", "Decline offered customer")),
            (self.act_next, QCoreApplication.translate("MainWindow", "Next conversation")),
            (self.act_prev, QCoreApplication.translate("MainWindow", "Previous conversation")),
            (self.act_focus, QCoreApplication.translate("MainWindow", "Write a message")),
            (self.act_canned, QCoreApplication.translate("MainWindow", "Search canned replies")),
            (self.act_bot, QCoreApplication.translate("MainWindow", "Show or hide the assistant part")),
            (self.act_copy, QCoreApplication.translate("MainWindow", "Copy transcript")),
            (self.act_transfer, QCoreApplication.translate("MainWindow", "Transfer…")),
            (self.act_end, QCoreApplication.translate("MainWindow", "End conversation…")),
            (self.act_history, QCoreApplication.translate("MainWindow", "Customer history")),
            (self.act_queues, QCoreApplication.translate("MainWindow", "Queues")),
            (self.act_about, QCoreApplication.translate("MainWindow", "About and diagnostics…")),
            (self.act_devices, QCoreApplication.translate("MainWindow", "Check camera and microphone…")),
        ):
            action.setText(text)
