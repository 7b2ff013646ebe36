"""The main window: sign-in page, then toolbar, queues, offers and chat tabs.

It wires the session's signals to views and the views' requests to the
session; it holds no conversation logic of its own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.domain.canned import CannedLibrary
from agent_desktop.domain.conversation import Conversation
from agent_desktop.domain.offer import OfferSummary
from agent_desktop.domain.timefmt import date_time
from agent_desktop.services.login import LoginError, Session, TokenKeeper, login
from client_core.call import CallMedia
from client_core.config import Settings
from client_core.qt.hub_bridge import HubBridge
from client_core.tasks import spawn

from . import labels
from .alerts import Alerts, app_icon
from .banner import ConnectionBanner
from .conversation_view import ConversationView
from .device_check import CheckOutcome, DeviceCheckDialog
from .dialogs import TransferDialog, WrapUpDialog
from .invite_dialog import InviteDialog
from .media import default_devices
from .metrics_entry import MetricsEntry
from .offer_card import OfferCard, plain_label
from .panels import HistoryPanel, QueuePanel
from .session import AgentSession
from .sign_in import SignInWidget
from .status_widget import StatusWidget

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, canned: CannedLibrary,
                 on_settings_changed: Callable[[], Settings] | None = None,
                 hub_options: dict[str, Any] | None = None, media: CallMedia | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.settings = settings
        self.canned = canned
        self._reload_settings = on_settings_changed
        self._hub_options = hub_options or {}
        self._media = media  # None: the system's default devices, looked up when first needed
        self.device_check: DeviceCheckDialog | None = None
        self.session: AgentSession | None = None
        self.views: dict[str, ConversationView] = {}
        self._close_after_ack: set[str] = set()
        # Modal dialogs go through this, so tests (and scripted demos) can fill
        # them in instead of blocking in exec().
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.alerts = Alerts(settings.alert_sound, settings.notifications, self)
        self.alerts.activated.connect(self._bring_to_front)

        self.stack = QStackedWidget(self)
        self.sign_in = SignInWidget(settings.hub_url, self)
        self.sign_in.submitted.connect(lambda u, pw: spawn(self.sign_in_with(u, pw)))
        self.sign_in.settingsRequested.connect(self.open_settings)
        self.stack.addWidget(self.sign_in)
        self.workspace = self._build_workspace()
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)
        self._build_menus()
        self.toolbar.hide()
        self.resize(1280, 800)
        self.retranslate()

    # ------------------------------------------------------------ building

    def _build_workspace(self) -> QWidget:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.agent_label = plain_label("", self, "agentName")
        self.status = StatusWidget(_placeholder_clock(), self)
        self.status.stateChosen.connect(self._choose_state)
        self.toolbar.addWidget(self.agent_label)
        spacer = QWidget(self)
        spacer.setFixedWidth(16)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.status)
        self.channels_note = plain_label("", self, "channelsNote")
        self.channels_note.hide()
        self.toolbar.addWidget(self.channels_note)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

        page = QWidget(self)
        self.banner = ConnectionBanner(page)
        self.offer_card = OfferCard(page)
        self.offer_card.accepted.connect(self._accept)
        self.offer_card.declined.connect(self._decline)
        self.left_tabs = QTabWidget(page)
        self.left_tabs.setObjectName("leftTabs")
        self.queues = QueuePanel(page)
        self.history = HistoryPanel(page)
        self.left_tabs.addTab(self.queues, "")
        self.left_tabs.addTab(self.history, "")
        left = QWidget(page)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(12, 12, 6, 12)
        ll.setSpacing(12)
        ll.addWidget(self.offer_card)
        ll.addWidget(self.left_tabs, 1)

        self.tabs = QTabWidget(page)
        self.tabs.setObjectName("conversationTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setMovable(True)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.empty = plain_label("", page, "emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget(page)
        self.right.addWidget(self.empty)
        self.right.addWidget(self.tabs)

        split = QSplitter(Qt.Orientation.Horizontal, page)
        split.setObjectName("mainSplit")
        split.addWidget(left)
        split.addWidget(self.right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([460, 900])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)

        self.history.searchRequested.connect(self._search_history)
        self.history.openRequested.connect(self._open_history)
        return page

    def _action(self, menu: Any, slot: Callable[[], Any], shortcut: str | QKeySequence | None = None,
                name: str = "") -> QAction:
        action = QAction(self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda *_: slot())
        action.setObjectName(name)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.conv_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        a = self._action
        self.act_settings = a(self.file_menu, self.open_settings, "Ctrl+,", "actSettings")
        self.act_export = a(self.file_menu, lambda: self._current_call("export_transcript"), "Ctrl+Shift+S", "actExport")
        self.file_menu.addSeparator()
        self.act_sign_out = a(self.file_menu, lambda: spawn(self.sign_out()), None, "actSignOut")
        self.act_quit = a(self.file_menu, self.close, QKeySequence.StandardKey.Quit, "actQuit")
        self.act_accept = a(self.conv_menu, self.offer_card.accept_current, "Ctrl+Shift+A", "actAccept")
        self.act_decline = a(self.conv_menu, self.offer_card.decline_current, "Ctrl+Shift+D", "actDecline")
        self.conv_menu.addSeparator()
        self.act_next = a(self.conv_menu, lambda: self._step_tab(1), "Ctrl+PgDown", "actNext")
        self.act_prev = a(self.conv_menu, lambda: self._step_tab(-1), "Ctrl+PgUp", "actPrev")
        self.act_focus = a(self.conv_menu, self._focus_composer, "Ctrl+L", "actFocus")
        self.act_canned = a(self.conv_menu, lambda: self._current_call("canned.focus_search"), "Ctrl+K", "actCanned")
        self.act_bot = a(self.conv_menu, lambda: self._current_call("transcript.toggle_bot_part"), "Ctrl+B", "actBot")
        self.act_copy = a(self.conv_menu, lambda: self._current_call("copy_transcript"), "Ctrl+Shift+C", "actCopy")
        self.act_transfer = a(self.conv_menu, lambda: self._current_call("transfer_button.click"), "Ctrl+Shift+T", "actTransfer")
        self.act_end = a(self.conv_menu, lambda: self._current_call("end_button.click"), "Ctrl+Shift+E", "actEnd")
        self.act_devices = a(self.file_menu, lambda: spawn(self.check_devices()), None, "actDevices")
        self.act_history = a(self.view_menu, self._show_history, "Ctrl+H", "actHistory")
        self.act_queues = a(self.view_menu, lambda: self.left_tabs.setCurrentIndex(0), "Ctrl+U", "actQueues")
        self.metrics_entry = MetricsEntry(self, self.view_menu)  # supervisors: trial metrics
        self.act_about = a(self.help_menu, self.open_about, "F1", "actAbout")

    def retranslate(self) -> None:
        name = self.session.display_name if self.session else ""
        title = self.tr("Service expert workstation")
        self.setWindowTitle(f"{title} — {name}" if name else title)
        self.agent_label.setText(name)
        self.file_menu.setTitle(self.tr("&File"))
        self.conv_menu.setTitle(self.tr("&Conversation"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        for action, text in (
            (self.act_settings, self.tr("Settings…")), (self.act_export, self.tr("Export transcript…")),
            (self.act_sign_out, self.tr("Sign out")), (self.act_quit, self.tr("Quit")),
            (self.act_accept, self.tr("Accept offered customer")),
            (self.act_decline, self.tr("Decline offered customer")),
            (self.act_next, self.tr("Next conversation")), (self.act_prev, self.tr("Previous conversation")),
            (self.act_focus, self.tr("Write a message")), (self.act_canned, self.tr("Search canned replies")),
            (self.act_bot, self.tr("Show or hide the assistant part")),
            (self.act_copy, self.tr("Copy transcript")), (self.act_transfer, self.tr("Transfer…")),
            (self.act_end, self.tr("End conversation…")), (self.act_history, self.tr("Customer history")),
            (self.act_queues, self.tr("Queues")), (self.act_about, self.tr("About and diagnostics…")),
            (self.act_devices, self.tr("Check camera and microphone…")),
        ):
            action.setText(text)
        self.left_tabs.setTabText(0, self.tr("Queues"))
        self.left_tabs.setTabText(1, self.tr("History"))
        self.empty.setText(self.tr("No conversations open.\n\nSet your status to Available to receive "
                                   "customers. Offers appear on the left; accept with Ctrl+Shift+A."))
        self.offer_card.setAccessibleDescription(self.tr("Incoming customer"))
        self.channels_note.setText(self.tr("Chat only"))
        self.channels_note.setToolTip(self.tr("Your camera or microphone check did not pass, so you "
                                              "receive chat customers only. File > Check camera and "
                                              "microphone… to try again."))
        for conv_id in self.views:
            self._update_tab(conv_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            for w in (self.sign_in, self.status, self.offer_card, self.queues, self.history, self.banner,
                      *self.views.values()):
                w.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ sign-in

    async def sign_in_with(self, username: str, password: str) -> bool:
        self.sign_in.set_busy(True)
        url = self.settings.hub_url
        try:
            account = await login(url, username, password)
        except LoginError as exc:
            self.sign_in.set_busy(False)
            if exc.code == "unreachable":
                self.sign_in.show_error(self.tr("The service cannot be reached at %1. Check the "
                                                "address in settings or try again.").replace("%1", url))
            else:
                self.sign_in.show_error(self.tr("Wrong user name or password."))
            return False
        ok = await self.start_session(url, account)
        self.sign_in.set_busy(False)
        return ok

    async def start_session(self, url: str, account: Session) -> bool:
        keeper = TokenKeeper(url, account)
        self.token_keeper = keeper  # for HTTP calls beside the live connection (metrics)
        bridge = HubBridge(url, keeper.token, self, **self._hub_options)
        session = AgentSession(bridge, account.display_name, self)
        try:
            await session.start()
        except Exception as exc:  # noqa: BLE001 - shown to the agent, logged for support
            log.warning("hub connection failed: %s", exc)
            await session.close()
            self.sign_in.show_error(self.tr("Signed in, but the live connection failed. Try again."))
            return False
        self.attach(session)
        return True

    def attach(self, session: AgentSession) -> None:
        self.session = session
        self.status.clock = session.clock
        session.linkStateChanged.connect(self.banner.set_link_state)
        session.linkStateChanged.connect(self._on_link)
        session.agentStatusChanged.connect(self._on_status)
        session.queuesChanged.connect(self.queues.set_rows)
        session.offerReceived.connect(self._on_offer)
        session.offerRevoked.connect(lambda offer_id, _reason: self.offer_card.clear(offer_id))
        session.conversationOpened.connect(self._on_conversation)
        session.conversationEnded.connect(self._on_ended)
        session.messageArrived.connect(self._on_message)
        session.typingChanged.connect(self._on_typing)
        session.historyResults.connect(self.history.show_results)
        session.historyOpened.connect(self._show_history_conversation)
        session.requestFailed.connect(self._on_request_failed)
        session.signInFailed.connect(self._on_sign_in_failed)
        self.banner.set_link_state(session.link)
        self.status.set_state(session.state, session.since)
        self.queues.set_rows(session.queues)
        for conv_id in session.conversations:
            self._on_conversation(conv_id)
        self.stack.setCurrentWidget(self.workspace)
        self.toolbar.show()
        self.retranslate()
        self._update_right()

    async def sign_out(self) -> None:
        if self.session is None:
            return
        session, self.session = self.session, None
        await session.close()
        for conv_id in list(self.views):
            self._close_tab(conv_id)
        self.offer_card.clear()
        self._update_channels_note()
        self.toolbar.hide()
        self.sign_in.password.clear()
        self.stack.setCurrentWidget(self.sign_in)
        self.retranslate()

    # ------------------------------------------------------------ session events

    def _on_link(self, state: str) -> None:
        self.alerts.set_status(labels.state(self.status.state) if state == "online" else self.tr("Reconnecting…"))

    def _on_status(self, state: str, since: Any) -> None:
        self.status.set_state(state, since)
        self.alerts.set_status(labels.state(state))
        self._update_channels_note()

    @property
    def media(self) -> CallMedia:
        if self._media is None:
            self._media = default_devices()
        return self._media

    def _choose_state(self, state: str) -> None:
        session = self.session
        if session is None:
            return
        if state == "available" and session.serves_video and not session.devices_checked:
            # Video customers must see and hear the expert: check first, once a session.
            spawn(self.check_devices())
            return
        session.set_state(state, session.wanted_channels if state == "available" else None)

    async def check_devices(self) -> CheckOutcome | None:
        """Run the device check; Available for video on a pass, or for chat only."""
        session = self.session
        if session is None or self.device_check is not None:
            return None
        self.device_check = DeviceCheckDialog(self.media, self)
        try:
            outcome = await self.device_check.run()
        finally:
            self.device_check.deleteLater()
            self.device_check = None
            self.activateWindow()  # keyboard shortcuts (accept: Ctrl+Shift+A) work at once
        if self.session is not session:
            return outcome  # signed out meanwhile
        if outcome is CheckOutcome.PASSED:
            session.devices_checked = True
            session.set_state("available", None)
        elif outcome is CheckOutcome.CHAT_ONLY:
            session.set_state("available", ["chat"])
        else:
            self.status.set_state(session.state, session.since)  # the combo shows the real state
        self._update_channels_note()
        return outcome

    def _update_channels_note(self) -> None:
        self.channels_note.setVisible(self.session is not None and self.session.wanted_channels == ["chat"])

    def _on_offer(self, offer: OfferSummary) -> None:
        self.offer_card.show_offer(offer)
        kind = self.tr("Incoming video call") if offer.channel == "video" else self.tr("Incoming chat")
        self.alerts.incoming(kind, f"{labels.language(offer.language)} · {labels.topic(offer.topic)}")
        QApplication.alert(self, 0)

    def _accept(self, offer_id: str) -> None:
        if self.session is not None:
            task = self.session.accept(offer_id)
            task.add_done_callback(lambda _t: self.offer_card.clear(offer_id))

    def _decline(self, offer_id: str) -> None:
        if self.session is not None:
            self.session.decline(offer_id)

    def _on_conversation(self, conv_id: str) -> None:
        assert self.session is not None
        conv = self.session.conversations[conv_id]
        view = self.views.get(conv_id)
        if view is not None:
            view.set_ended(conv.ended)
            return
        view = ConversationView(conv, self.session, self.canned, self.tabs,
                                media=self.media if conv.channel == "video" else None)
        self._wire_view(view)
        self.views[conv_id] = view
        index = self.tabs.addTab(view, "")
        self._update_tab(conv_id)
        self.tabs.setCurrentIndex(index)
        self._update_right()
        view.composer.setFocus()

    def _wire_view(self, view: ConversationView) -> None:
        view.transferRequested.connect(self._transfer)
        view.endRequested.connect(self._end)
        view.historyRequested.connect(self._history_for)
        view.closeRequested.connect(self._close_tab)
        view.inviteRequested.connect(self._invite)

    def _show_history_conversation(self, conv: Conversation) -> None:
        key = "history:" + conv.id
        if key in self.views:
            self.tabs.setCurrentWidget(self.views[key])
            return
        if not conv.customer_name:
            # History frames carry no name: show whom the agent searched for, and when.
            first = next((r.sent_at for r in conv.transcript.messages() if r.sent_at), None)
            conv.customer_name = " · ".join(x for x in (self.history.field.text().strip(),
                                                        date_time(first)) if x)
        view = ConversationView(conv, None, self.canned, self.tabs)
        self._wire_view(view)
        view.closeRequested.disconnect()
        view.closeRequested.connect(lambda _id, k=key: self._close_tab(k))
        self.views[key] = view
        self.tabs.setCurrentIndex(self.tabs.addTab(view, ""))
        self._update_tab(key)
        self._update_right()

    def _on_ended(self, conv_id: str) -> None:
        if conv_id in self._close_after_ack:
            self._close_after_ack.discard(conv_id)
            self._close_tab(conv_id)
            return
        view = self.views.get(conv_id)
        if view is not None:
            view.set_ended(True)
            self._update_tab(conv_id)

    def _on_message(self, conv_id: str, sender: str) -> None:
        view = self.views.get(conv_id)
        if view is None:
            return
        if self.tabs.currentWidget() is not view or not self.isActiveWindow():
            view.conv.unread += 1
            self._update_tab(conv_id)

    def _on_typing(self, conv_id: str, _typing: bool) -> None:
        view = self.views.get(conv_id)
        if view is not None:
            view.refresh_typing()

    def _on_request_failed(self, code: str, message: str) -> None:
        text = {
            "offer_gone": self.tr("That customer is no longer waiting for you."),
            "agent_unavailable": self.tr("That colleague is not signed in."),
            "unknown_queue": self.tr("There is no such queue."),
            "offline": self.tr("Not connected to the service right now; try again in a moment."),
            "unreachable": self.tr("Not connected to the service right now; try again in a moment."),
            "has_contacts": self.tr("Finish your open conversations first; then you can take video "
                                    "customers again."),
        }.get(code) or self.tr("The service refused the request (%1).").replace("%1", code)
        self.statusBar().showMessage(text, 8000)
        self.offer_card.clear()

    def _on_sign_in_failed(self, _code: str, _message: str) -> None:
        spawn(self.sign_out())
        self.sign_in.show_error(self.tr("Your sign-in has expired. Sign in again."))

    # ------------------------------------------------------------ tabs

    def _update_tab(self, key: str) -> None:
        view = self.views.get(key)
        if view is None:
            return
        index = self.tabs.indexOf(view)
        conv = view.conv
        name = conv.customer_name or self.tr("Customer")
        if conv.read_only:
            text = self.tr("History: %1").replace("%1", name)
        elif conv.ended:
            text = self.tr("%1 (ended)").replace("%1", name)
        elif conv.unread:
            text = f"{name}  ●{conv.unread}"
        else:
            text = name
        self.tabs.setTabText(index, text)
        accessible = text if not conv.unread else labels.plural(
            conv.unread, self.tr("%2, 1 unread message"), self.tr("%2, %1 unread messages")).replace("%2", name)
        self.tabs.tabBar().setAccessibleTabName(index, accessible)
        self.tabs.setTabToolTip(index, f"{labels.channel(conv.channel)} · {labels.language(conv.language)}")

    def _on_tab_changed(self, index: int) -> None:
        view = self.tabs.widget(index)
        if isinstance(view, ConversationView) and view.conv.unread:
            view.conv.unread = 0
            self._update_tab(self._key_of(view))

    def _key_of(self, view: ConversationView) -> str:
        return next(k for k, v in self.views.items() if v is view)

    def _close_tab(self, key: str) -> None:
        view = self.views.pop(key, None)
        if view is None:
            return
        self.tabs.removeTab(self.tabs.indexOf(view))
        view.dispose()
        view.deleteLater()
        if self.session is not None and not key.startswith("history:"):
            self.session.forget(key)
        self._update_right()

    def _update_right(self) -> None:
        self.right.setCurrentWidget(self.tabs if self.views else self.empty)

    def _step_tab(self, step: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
            self._focus_composer()

    def _focus_composer(self) -> None:
        view = self.tabs.currentWidget()
        if isinstance(view, ConversationView):
            view.composer.setFocus()

    def _current_call(self, path: str) -> None:
        target: Any = self.tabs.currentWidget()
        if not isinstance(target, ConversationView) or self.stack.currentWidget() is not self.workspace:
            return
        for part in path.split("."):
            target = getattr(target, part)
        if callable(target):
            target()

    # ------------------------------------------------------------ actions

    def _transfer(self, conv_id: str) -> None:
        view = self.views.get(conv_id)
        if view is None or self.session is None:
            return
        conv = view.conv
        keys = [k for k in self.queues.model.keys() if k[0] == conv.channel]
        dialog = TransferDialog(keys, (conv.channel, conv.language, conv.topic), self)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        queue, agent_id, note = dialog.target()
        self._close_after_ack.add(conv_id)
        self.session.transfer(conv_id, queue=queue, agent_id=agent_id, note=note)

    def _end(self, conv_id: str) -> None:
        if self.session is None or conv_id not in self.views:
            return
        dialog = WrapUpDialog(self)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        code, note = dialog.result_values()
        self._close_after_ack.add(conv_id)
        self.session.end(conv_id, code, note)

    def _invite(self, conv_id: str) -> None:
        if self.session is None or conv_id not in self.views:
            return
        dialog = InviteDialog(self.session.colleagues, self)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        self.session.invite(conv_id, dialog.chosen())  # type: ignore[arg-type]

    def _history_for(self, customer_id: str) -> None:
        self._show_history()
        self.history.search_for(customer_id)

    def _show_history(self) -> None:
        self.left_tabs.setCurrentWidget(self.history)
        self.history.field.setFocus()

    def _search_history(self, ref: str) -> None:
        if self.session is not None:
            self.session.search_history(ref)

    def _open_history(self, conv_id: str) -> None:
        if self.session is not None:
            self.session.open_history(conv_id)

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted and self._reload_settings is not None:
            self.settings = self._reload_settings()
            self.sign_in.set_hub_url(self.settings.hub_url)
            self.alerts.configure(self.settings.alert_sound, self.settings.notifications)

    def open_about(self) -> None:
        from client_core.qt.about_dialog import AboutDialog

        self.run_dialog(AboutDialog(self.settings, self))

    def _bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        open_chats = [v for v in self.views.values() if not v.conv.ended and not v.conv.read_only]
        if open_chats and not getattr(self, "force_close", False):
            answer = QMessageBox.question(
                self, self.tr("Quit"),
                labels.plural(len(open_chats),
                              self.tr("You have an open conversation. Quit anyway? The customer goes back to the queue."),
                              self.tr("You have %1 open conversations. Quit anyway? The customers go back to the queue.")))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        event.accept()


def _placeholder_clock() -> Any:
    from agent_desktop.domain.timefmt import ServerClock

    return ServerClock()


__all__ = ["MainWindow", "QLabel"]
