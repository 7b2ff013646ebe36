"""The main window: sign-in page, then toolbar, queues, offers and chat tabs.

It wires the desk's signals (``DeskSignals``) to views and the views' requests
to the desk (``AgentDesk``); it holds no conversation logic of its own.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.domain.availability import DeviceCheck
from agent_desktop.domain.canned import CannedLibrary
from agent_desktop.domain.conversation import Conversation
from agent_desktop.domain.offer import OfferSummary
from agent_desktop.domain.timefmt import ServerClock
from agent_desktop.services.agent_desk import AgentDesk, DeskUnavailable, open_desk
from agent_desktop.services.login import HubTokens, LoginError, password_login
from agent_desktop.services.org_login import OrganisationSignIn, organisation_login
from client_core.call import CallMedia, RelayPolicy
from client_core.config import Settings
from client_core.qt.announce import announce
from client_core.qt.call_devices import CallDevices
from client_core.tasks import spawn
from hub_protocol.frames import UPDATE_REQUIRED

from . import labels
from .alerts import Alerts, app_icon
from .banner import ConnectionBanner
from .conversation_tabs import ConversationTabs
from .conversation_view import ConversationView
from .desk_signals import DeskSignals
from .device_check import DeviceCheckDialog
from .dialogs import WrapUpDialog
from .expert_devices import ExpertDevices
from .history_panel import HistoryPanel
from .invite_dialog import InviteDialog
from .main_menus import MainMenus
from .offer_card import OfferCard, plain_label
from .panels import QueuePanel
from .sign_in import SignInWidget
from .status_widget import StatusWidget
from .transfer_dialog import TransferDialog

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
        self.expert_devices = ExpertDevices(self, settings, media, self._notice_in_calls)
        self.desk: AgentDesk | None = None
        self.desk_signals: DeskSignals | None = None
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
        self.organisation = OrganisationSignIn.from_settings(settings)
        self.sign_in.org_button.setVisible(self.organisation is not None)
        self.sign_in.organisationRequested.connect(lambda: spawn(self.sign_in_with_organisation()))
        self.stack.addWidget(self.sign_in)
        self.workspace = self._build_workspace()
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)
        self.menus = MainMenus(self)
        self.metrics_entry = self.menus.metrics_entry  # supervisors: trial metrics
        self.toolbar.hide()
        self.resize(1280, 800)
        self.retranslate()

    # ------------------------------------------------------------ building

    def _build_workspace(self) -> QWidget:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.agent_label = plain_label("", self, "agentName")
        self.status = StatusWidget(ServerClock(), self)
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

        self.tabs = ConversationTabs(page)
        self.views = self.tabs.views
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

    def retranslate(self) -> None:
        name = self.desk.display_name if self.desk else ""
        title = self.tr("Service expert workstation")
        self.setWindowTitle(f"{title} — {name}" if name else title)
        self.agent_label.setText(name)
        self.menus.retranslate()
        self.left_tabs.setTabText(0, self.tr("Queues"))
        self.left_tabs.setTabText(1, self.tr("History"))
        self._update_empty()
        self.offer_card.setAccessibleDescription(self.tr("Incoming customer"))
        self.channels_note.setText(self.tr("Chat only"))
        self.channels_note.setToolTip(self.tr("Your camera or microphone check did not pass, so you "
                                              "receive chat customers only. File > Check camera and "
                                              "microphone… to try again."))
        for conv_id in self.views:
            self.tabs.update_tab(conv_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            for w in (self.sign_in, self.status, self.offer_card, self.queues, self.history, self.banner,
                      *self.views.values()):
                w.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ sign-in

    async def sign_in_with(self, username: str, password: str) -> bool:
        return await self._sign_in(lambda url: password_login(url, username, password))

    async def sign_in_with_organisation(self, open_url: Any = None) -> bool:
        """The organisation's provider in the system browser; roles from the hub's mapping."""
        org = self.organisation
        assert org is not None
        opener = open_url or (lambda u: QDesktopServices.openUrl(QUrl(u)))
        return await self._sign_in(lambda url: organisation_login(url, org, opener))

    async def _sign_in(self, attempt: Callable[[str], Awaitable[HubTokens]]) -> bool:
        self.sign_in.set_busy(True)
        url = self.settings.hub_url
        try:
            keeper = await attempt(url)
            self.token_keeper = keeper  # for HTTP calls beside the live connection (metrics)
            st = self.settings
            relay = RelayPolicy(st.turn_url, st.turn_username, st.turn_credential)
            self.attach(await open_desk(url, keeper, self._hub_options, relay))
            ok = True
        except LoginError as exc:
            self.sign_in.show_login_problem(exc.code)
            ok = False
        except DeskUnavailable:
            self.sign_in.show_error(self.tr("Signed in, but the live connection failed. Try again."))
            ok = False
        self.sign_in.set_busy(False)
        return ok

    def attach(self, desk: AgentDesk) -> None:
        self.desk = desk
        self.desk_signals = signals = DeskSignals(desk, self)
        self.status.clock = desk.clock
        signals.linkStateChanged.connect(self.banner.set_link_state)
        signals.linkStateChanged.connect(self._on_link)
        signals.agentStatusChanged.connect(self._on_status)
        signals.queuesChanged.connect(self.queues.set_rows)
        signals.offerReceived.connect(self._on_offer)
        signals.offerRevoked.connect(lambda offer_id, _reason: self.offer_card.clear(offer_id))
        signals.conversationOpened.connect(self._on_conversation)
        signals.conversationEnded.connect(self._on_ended)
        signals.messageArrived.connect(self._on_message)
        signals.typingChanged.connect(self._on_typing)
        signals.historyResults.connect(self.history.show_results)
        signals.historyOpened.connect(self._show_history_conversation)
        signals.requestFailed.connect(self._on_request_failed)
        signals.signInFailed.connect(self._on_sign_in_failed)
        signals.supervisionChanged.connect(
            lambda conv_id: conv_id in self.views and self.views[conv_id].refresh_supervision())
        self.banner.set_link_state(desk.link)
        self.status.set_state(desk.state, desk.since)
        self._update_empty()
        self.queues.set_rows(desk.queues)
        for conv_id in desk.conversations:
            self._on_conversation(conv_id)
        self.stack.setCurrentWidget(self.workspace)
        self.toolbar.show()
        self.retranslate()
        self._update_right()
        # The sign-in's field had the focus; hidden, it would leave it on an unnamed
        # container. The expert's first step is the status: start there.
        if not self.views:
            self.status.combo.setFocus()

    async def sign_out(self) -> None:
        if self.desk is None:
            return
        desk, self.desk = self.desk, None
        await desk.close()
        await self.token_keeper.end()  # organisation sign-in: revoked at the provider
        if self.desk_signals is not None:
            self.desk_signals.deleteLater()
            self.desk_signals = None
        for conv_id in list(self.views):
            self._close_tab(conv_id)
        self.offer_card.clear()
        self._update_channels_note()
        self.toolbar.hide()
        self.sign_in.password.clear()
        self.stack.setCurrentWidget(self.sign_in)
        self.retranslate()

    # ------------------------------------------------------------ desk events

    def _on_link(self, state: str) -> None:
        self.alerts.set_status(labels.state(self.status.state) if state == "online" else self.tr("Reconnecting…"))

    def _on_status(self, state: str, since: Any) -> None:
        self.status.set_state(state, since)
        self.alerts.set_status(labels.state(state))
        self._update_channels_note()
        self._update_empty()

    def _update_empty(self) -> None:
        """With nothing open: "set your status to Available" only while the expert is not."""
        if self.status.state == "available":
            self.empty.setText(self.tr("No conversations open.\n\nOffers appear on the left; "
                                       "accept with Ctrl+Shift+A."))
        else:
            self.empty.setText(self.tr("No conversations open.\n\nSet your status to Available to "
                                       "receive customers. Offers appear on the left; accept with "
                                       "Ctrl+Shift+A."))

    @property
    def devices(self) -> CallDevices:
        """The devices the check and the calls use."""
        return self.expert_devices.devices

    @property
    def device_check(self) -> DeviceCheckDialog | None:
        return self.expert_devices.dialog

    def _notice_in_calls(self, text: str) -> None:
        for view in self.views.values():
            if isinstance(view, ConversationView) and view.video is not None:
                view.video.show_notice(text)

    def _choose_state(self, state: str) -> None:
        spawn(self.choose_state(state))

    async def choose_state(self, state: str) -> DeviceCheck | None:
        """The status menu's choice; the desk decides whether the device check runs first."""
        desk = self.desk
        if desk is None:
            return None
        outcome = await desk.choose_state(state, self.expert_devices.run_check)
        self._after_check(desk, outcome)
        return outcome

    async def check_devices(self) -> DeviceCheck | None:
        """File > Check camera and microphone: Available for video on a pass, or chat only."""
        desk = self.desk
        if desk is None:
            return None
        outcome = await desk.check_devices(self.expert_devices.run_check)
        self._after_check(desk, outcome)
        return outcome

    def _after_check(self, desk: AgentDesk, outcome: DeviceCheck | None) -> None:
        if self.desk is not desk:
            return  # signed out meanwhile
        if outcome is DeviceCheck.CANCELLED:
            self.status.set_state(desk.state, desk.since)  # the combo shows the real state
        self._update_channels_note()

    def _update_channels_note(self) -> None:
        self.channels_note.setVisible(self.desk is not None and self.desk.wanted_channels == ["chat"])
        self.queues.set_taking(self.desk.wanted_channels if self.desk is not None else None)

    def _on_offer(self, offer: OfferSummary) -> None:
        self.offer_card.show_offer(offer)
        kind = self.tr("Incoming video call") if offer.channel == "video" else self.tr("Incoming chat")
        announce(self.offer_card, self.tr("%1: %2, %3. Accept with Ctrl+Shift+A, decline with "
                                          "Ctrl+Shift+D.").replace("%1", kind)
                 .replace("%2", labels.language(offer.language)).replace("%3", labels.topic(offer.topic)),
                 assertive=True)
        self.alerts.incoming(kind, f"{labels.language(offer.language)} · {labels.topic(offer.topic)}")
        QApplication.alert(self, 0)

    def _accept(self, offer_id: str) -> None:
        if self.desk is not None:
            task = self.desk.accept(offer_id)
            task.add_done_callback(lambda _t: self.offer_card.clear(offer_id))

    def _decline(self, offer_id: str) -> None:
        if self.desk is not None:
            self.desk.decline(offer_id)

    def _on_conversation(self, conv_id: str) -> None:
        assert self.desk is not None
        conv = self.desk.conversations[conv_id]
        view = self.views.get(conv_id)
        if view is not None:
            view.set_ended(conv.ended)
            return
        view = ConversationView(conv, self.desk, self.canned, self.tabs,
                                media=self.devices if conv.channel == "video" else None)
        self._wire_view(view)
        self.tabs.add(conv_id, view)
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
        view = ConversationView(conv, None, self.canned, self.tabs)
        self._wire_view(view)
        view.closeRequested.disconnect()
        view.closeRequested.connect(lambda _id, k=key: self._close_tab(k))
        self.tabs.add(key, view)
        self._update_right()

    def _on_ended(self, conv_id: str) -> None:
        if conv_id in self._close_after_ack:
            self._close_after_ack.discard(conv_id)
            self._close_tab(conv_id)
            return
        view = self.views.get(conv_id)
        if view is not None:
            view.set_ended(True)
            self.tabs.update_tab(conv_id)

    def _on_message(self, conv_id: str, sender: str) -> None:
        self.tabs.note_message(conv_id, self.isActiveWindow())
        view = self.views.get(conv_id)
        if view is not None and sender == "customer" and len(view.conv.transcript):
            # Heard wherever the focus is (writing in another conversation, say).
            message = view.conv.transcript[len(view.conv.transcript) - 1]
            who = view.conv.customer_name or self.tr("Customer")
            announce(view.transcript, f"{who}: {message.text}")

    def _on_typing(self, conv_id: str, _typing: bool) -> None:
        view = self.views.get(conv_id)
        if view is not None:
            view.refresh_typing()

    def _on_request_failed(self, code: str, message: str) -> None:
        self.statusBar().showMessage(labels.request_failure(code), 8000)
        self.offer_card.clear()

    def _on_sign_in_failed(self, code: str, _message: str) -> None:
        spawn(self.sign_out())
        if code == UPDATE_REQUIRED:
            self.sign_in.show_error(self.tr("This version of the workstation is too old for the service. "
                                            "Ask IT to update it."))
            return
        self.sign_in.show_error(self.tr("Your sign-in has expired. Sign in again."))

    # ------------------------------------------------------------ tabs

    def _close_tab(self, key: str) -> None:
        if self.tabs.remove(key) is None:
            return
        if self.desk is not None and not key.startswith("history:"):
            self.desk.forget(key)
        self._update_right()

    def _update_right(self) -> None:
        self.right.setCurrentWidget(self.tabs if self.views else self.empty)

    def step_tab(self, step: int) -> None:
        self.tabs.step(step)
        self.focus_composer()

    def focus_composer(self) -> None:
        view = self.tabs.currentWidget()
        if isinstance(view, ConversationView):
            view.composer.setFocus()

    def current_view_call(self, path: str) -> None:
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
        if view is None or self.desk is None:
            return
        conv = view.conv
        keys = [k for k in self.queues.model.keys() if k[0] == conv.channel]
        dialog = TransferDialog(keys, (conv.channel, conv.language, conv.topic), self.desk.colleagues, self)
        def live(_rows: object) -> None:  # presence changes while the dialog is open
            if self.desk is not None:
                dialog.set_colleagues(self.desk.colleagues)

        if self.desk_signals is not None:
            self.desk_signals.queuesChanged.connect(live)
        try:
            answer = self.run_dialog(dialog)
        finally:
            if self.desk_signals is not None:
                self.desk_signals.queuesChanged.disconnect(live)
        if answer != QDialog.DialogCode.Accepted:
            return
        queue, agent_id, note = dialog.target()
        self._close_after_ack.add(conv_id)
        self.desk.transfer(conv_id, queue=queue, agent_id=agent_id, note=note)

    def _end(self, conv_id: str) -> None:
        if self.desk is None or conv_id not in self.views:
            return
        view = self.views[conv_id]
        dialog = WrapUpDialog(view.conv.customer_name, view.conv.channel == "video", self)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        code, note = dialog.result_values()
        self._close_after_ack.add(conv_id)
        self.desk.end(conv_id, code, note)

    def _invite(self, conv_id: str) -> None:
        if self.desk is None or conv_id not in self.views:
            return
        dialog = InviteDialog(self.desk.colleagues, self)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        self.desk.invite(conv_id, dialog.chosen())  # type: ignore[arg-type]

    def _history_for(self, customer_id: str) -> None:
        self.show_history()
        self.history.search_for(customer_id)

    def show_history(self) -> None:
        self.left_tabs.setCurrentWidget(self.history)
        self.history.field.setFocus()

    def _search_history(self, criteria: dict[str, Any]) -> None:
        if self.desk is not None:
            self.desk.search_history(criteria)

    def _open_history(self, conv_id: str) -> None:
        if self.desk is not None:
            self.desk.open_history(conv_id)

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self, self.devices)
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
                self.tr("You have %Ln open conversation(s). Quit anyway? The customers go back to "
                        "the queue.", "", len(open_chats)))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        event.accept()

