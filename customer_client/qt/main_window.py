"""The window: header, link banner, the page stack, and the glue between the flow
(pure), the customer's visit (a plain service) and the pages. Pages only emit intents; this decides."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from client_core.call import CallMedia, RelayPolicy
from client_core.i18n import set_ui_language
from client_core.precheck.relay import RelayResult, check_relays
from client_core.qt.call_devices import CallDevices
from client_core.qt.device_dialog import DeviceDialog
from client_core.qt.device_texts import device_texts
from client_core.tasks import spawn

from ..domain.flow import Flow, Step
from ..domain.problems import Problem
from ..domain.services import served_languages
from ..services.customer_identity import CustomerIdentity
from ..services.customer_visit import CustomerVisit, TokenProvider
from ..services.devices import DeviceProbes
from ..services.precheck_runner import PrecheckRunner
from ..services.sign_in import CustomerSignIn
from . import formats
from .call import CallController
from .identity_signals import IdentitySignals
from .kiosk import KioskGuard
from .pages.call import CallPage
from .pages.chat import ChatPage
from .pages.feedback import FeedbackPage
from .pages.hours import HoursPage
from .pages.language import LanguagePage
from .pages.precheck import PrecheckPage
from .pages.queue import QueuePage
from .pages.service import ServicePage
from .pages.sign_in import SignInPage
from .pages.thanks import ThanksPage
from .pages.topic import TopicPage
from .texts import texts
from .transcript_pdf import save_for_customer
from .visit_signals import VisitSignals
from .widgets import Banner, Page, button, label

log = logging.getLogger(__name__)
CATALOGS = ("customer_client",)


@dataclass
class KioskOptions:
    enabled: bool = False
    admin_key_hash: str = ""
    idle_timeout_s: float = 120.0
    idle_warning_s: float = 30.0
    thanks_return_s: float = 15.0


@dataclass
class ClientOptions:
    hub_url: str
    token: TokenProvider
    media: CallMedia  # stand-ins for devices (lavfi), per kind; CallMedia(None, None): none
    runner_factory: Callable[[str, DeviceProbes], PrecheckRunner]
    default_language: str = "fi"
    kiosk: KioskOptions = field(default_factory=KioskOptions)
    hub_client_options: dict[str, Any] = field(default_factory=dict)
    # Sign-in at the identity provider; a static token (--token) skips it.
    sign_in: CustomerSignIn = field(default_factory=lambda: CustomerSignIn(None))
    open_url: Callable[[str], object] = field(
        default=lambda url: QDesktopServices.openUrl(QUrl(url)))
    relay: RelayPolicy = field(default_factory=RelayPolicy)  # IT policy's (settings.turn_*)
    devices: CallDevices | None = None  # from settings (app.py); else made from ``media``
    device_timing: tuple[float, float] = (1.0, 1.5)  # the check's settle and sample seconds


class MainWindow(QMainWindow):
    def __init__(self, options: ClientOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options = options
        self.setObjectName("customerWindow")
        self.identity = CustomerIdentity(options.sign_in, options.hub_url, kiosk=options.kiosk.enabled,
                                         fixed_token=options.token)
        self.identity_signals = IdentitySignals(self.identity, self)
        self.flow = Flow(ui_language=options.default_language, signed_in=self.identity.signed_in)
        self.visit = CustomerVisit(options.hub_url, self.identity.credentials, options.relay,
                                   **options.hub_client_options)
        self.visit_signals = VisitSignals(self.visit, self)
        self.devices = options.devices or CallDevices(fixed=options.media, parent=self)
        self.call = CallController(self.visit, self.devices, self)
        self.device_dialog: DeviceDialog | None = None
        self._allow_close = False
        self.feedback_task: asyncio.Task[bool] | None = None

        header = self._build_header()
        self.link_banner = Banner("warn")
        self.idle_banner = Banner("warn")
        self.still_here = button("primary")
        self.idle_banner.layout().addWidget(self.still_here)

        # ---- pages
        self.language_page = LanguagePage()
        self.sign_in_page = SignInPage(kiosk=options.kiosk.enabled)
        self.service_page = ServicePage()
        self.topic_page = TopicPage()
        self.hours_page = HoursPage()
        self.chat_page = ChatPage(self.visit_signals)
        warmup_s, sample_s = options.device_timing
        self.precheck_page = PrecheckPage(
            self._new_runner, self.devices,
            warmup_s=warmup_s, sample_s=sample_s)
        self.queue_page = QueuePage()
        self.call_page = CallPage(self.visit_signals)
        self.feedback_page = FeedbackPage()
        self.thanks_page = ThanksPage()
        self.pages = {
            Step.LANGUAGE: self.language_page, Step.SIGN_IN: self.sign_in_page,
            Step.SERVICE: self.service_page,
            Step.TOPIC: self.topic_page, Step.HOURS: self.hours_page, Step.CHAT: self.chat_page,
            Step.PRECHECK: self.precheck_page, Step.QUEUE: self.queue_page,
            Step.CALL: self.call_page, Step.FEEDBACK: self.feedback_page,
            Step.THANKS: self.thanks_page,
        }
        self.stack = QStackedWidget()
        for page in self.pages.values():
            self.stack.addWidget(page)
        central = QWidget()
        v = QVBoxLayout(central)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(0)
        v.addWidget(header)
        v.addWidget(self.link_banner)
        v.addWidget(self.idle_banner)
        v.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.timeout.connect(self.restart)

        self._wire()
        self.kiosk: KioskGuard | None = None
        if options.kiosk.enabled:
            self._enter_kiosk()
        self.retranslate()
        self._show(Step.LANGUAGE)

    def _build_header(self) -> QWidget:
        """The brand, the signed-in person's name with Sign out, and Start over."""
        self.brand = label("brand")
        self.who = label("headerName")
        self.who.hide()
        self.sign_out_button = button("secondary")
        self.sign_out_button.hide()
        self.start_over = button("secondary")
        header = QWidget()
        header.setObjectName("header")
        hl = QHBoxLayout(header)
        hl.setContentsMargins(24, 10, 24, 10)
        hl.addWidget(self.brand, 1)
        hl.addWidget(self.who)
        hl.addWidget(self.sign_out_button)
        hl.addWidget(self.start_over)
        return header

    # ------------------------------------------------------------ wiring

    def _wire(self) -> None:
        s, signals = self.visit, self.visit_signals
        self.language_page.chosen.connect(self.choose_language)
        self.sign_in_page.signInRequested.connect(self.start_sign_in)
        self.sign_in_page.cancelRequested.connect(self.identity.cancel)
        self.sign_in_page.backRequested.connect(self._back_from_sign_in)
        self.sign_out_button.clicked.connect(self.sign_out)
        ids = self.identity_signals
        ids.waitingForBrowser.connect(self.sign_in_page.show_waiting_for_browser)
        ids.codeShown.connect(self.sign_in_page.show_code)
        ids.failed.connect(lambda problem: self.sign_in_page.show_error(texts().sign_in_problem(problem)))
        ids.cancelled.connect(self.sign_in_page.show_ready)
        ids.signedIn.connect(self._signed_in)
        self.service_page.chatChosen.connect(self._choose_chat)
        self.service_page.videoChosen.connect(self._choose_video)
        self.service_page.backRequested.connect(self._back)
        self.topic_page.chosen.connect(self._choose_topic)
        self.topic_page.backRequested.connect(self._back_to_service)
        self.hours_page.proceed.connect(self._proceed_from_hours)
        self.hours_page.backRequested.connect(self._back_to_service)
        self.chat_page.handoffRequested.connect(self._request_chat_handoff)
        self.chat_page.leaveQueueRequested.connect(lambda: s.spawn(s.leave_queue()))
        self.chat_page.endRequested.connect(self._end_conversation)
        self.precheck_page.passed.connect(self._precheck_passed)
        self.precheck_page.backRequested.connect(self._back_from_precheck)
        self.queue_page.leaveRequested.connect(lambda: s.spawn(s.leave_queue()))
        self.call_page.muteToggled.connect(self.call.set_muted)
        self.call_page.cameraToggled.connect(lambda on: s.spawn(self.call.set_camera(on)))
        self.call_page.hangUpRequested.connect(self._hang_up)
        self.call_page.devicesRequested.connect(self.open_devices)
        self.call.remoteVideo.connect(self.call_page.set_remote)
        self.call.localVideo.connect(self.call_page.set_local)
        self.call.speakingChanged.connect(self.call_page.set_speaking)
        self.call.deviceProblem.connect(self._device_problem)
        self.devices.notice.connect(self._device_notice)
        self.call.qualityChanged.connect(self.call_page.show_quality)
        self.call.failed.connect(self.call_page.show_failure)
        self.feedback_page.submitted.connect(self._feedback)
        self.feedback_page.transcriptRequested.connect(self._save_transcript)
        # A kiosk's customer neither takes a file home nor picks one from the office computer's disk.
        kiosk = self.options.kiosk.enabled
        self.feedback_page.save_copy.setVisible(not kiosk)
        for panel in (self.chat_page.chat, self.call_page.chat):
            panel.attach.setVisible(not kiosk)
        self.thanks_page.restart.connect(self.restart)
        self.start_over.clicked.connect(self.restart)
        self.still_here.clicked.connect(self._still_here)
        signals.problemRaised.connect(self._problem)
        signals.problemCleared.connect(self._problem_cleared)
        signals.handoffChanged.connect(self.hours_page.set_status)
        signals.queueChanged.connect(self.queue_page.set_status)
        signals.stateChanged.connect(self._conversation_state)
        signals.feedbackRequested.connect(self._conversation_over)

    def _new_runner(self, probes: DeviceProbes) -> PrecheckRunner:
        """The pre-session check; with the relay check when the hub names a relay."""
        runner = self.options.runner_factory(self.options.hub_url, probes)
        network = self.visit.call_network
        if network is not None and isinstance(runner, PrecheckRunner):
            async def relay() -> tuple[RelayResult, ...]:
                return await check_relays(await network.ice_servers(None))

            runner.relay = relay
        return runner

    # ------------------------------------------------------------ navigation

    def _show(self, step: Step) -> None:
        page = self.pages[step]
        self.stack.setCurrentWidget(page)
        self.start_over.setVisible(step is not Step.LANGUAGE)
        if self.kiosk is not None:
            self.kiosk.armed = step is not Step.LANGUAGE
        if step is Step.THANKS and self.options.kiosk.enabled:
            self.thanks_timer.start(int(self.options.kiosk.thanks_return_s * 1000))
        # Keyboard users start on the page's first control.
        QTimer.singleShot(0, lambda: self._focus_first(page))

    @staticmethod
    def _focus_first(page: Page) -> None:
        # Not focusNextChild(): from a control of the page just hidden, Qt's chain
        # leads back to the header ("Start over"), one Enter away from losing everything.
        target = page.focus_target()
        if target is not None and target.isVisible() and target.isEnabled():
            target.setFocus(Qt.FocusReason.TabFocusReason)

    @property
    def step(self) -> Step:
        return self.flow.step

    def choose_language(self, language: str) -> None:
        set_ui_language(QApplication.instance(), language, CATALOGS)  # type: ignore[arg-type]
        self.service_page.set_ui_language(language)
        self.retranslate()
        step = self.flow.choose_language(language)
        self._show(step)
        if step is Step.SIGN_IN:
            self.sign_in_page.show_ready()
            if self.options.kiosk.enabled:
                self.start_sign_in()  # the QR code at once: nothing to press first

    # ------------------------------------------------------------ sign-in

    def start_sign_in(self) -> None:
        self.identity.start(self.options.open_url, ui_locales=self.flow.ui_language,
                            done_title=self.tr("You are signed in"),
                            done_text=self.tr("You can close this browser window and go back to the "
                                              "Kela remote service."))

    def _signed_in(self, _name: str) -> None:
        self._show_who()
        if self.step is Step.SIGN_IN:
            self._show(self.flow.sign_in_done())

    def _back_from_sign_in(self) -> None:
        self.identity.cancel()
        self._show(self.flow.back())

    def _show_who(self) -> None:
        self.who.setText(self.identity.name)
        self.who.setVisible(bool(self.identity.name))
        self.sign_out_button.setVisible(self.identity.person is not None)

    def sign_out(self) -> None:
        """End the sign-in at the hub and the provider, forget it, and start over."""
        self.identity.sign_out(self.options.open_url)
        self.restart()

    def _choose_chat(self, chat_language: str) -> None:
        self._show(self.flow.choose_chat(chat_language))
        self._open_hours()

    def _choose_video(self) -> None:
        step = self.flow.choose_video()
        self.topic_page.set_topics(self.flow.topics())  # none until the hub's catalog is here
        self._show(step)
        self.visit.spawn(self._load_topics())

    async def _load_topics(self) -> None:
        catalog = await self.visit.services()
        if catalog is not None and self.step is Step.TOPIC:
            self.flow.catalog = catalog
            page = self.topic_page
            focus = QApplication.focusWidget()
            page.set_topics(self.flow.topics(), served_languages(catalog, "video"))
            if focus in (page.back, None):  # Back was all there was while the topics came
                # Once Qt has shown the new buttons (it does so from the event queue).
                QTimer.singleShot(0, lambda: self._focus_first(page))

    def _choose_topic(self, topic: str) -> None:
        self._show(self.flow.choose_topic(topic))
        self._open_hours()

    def _open_hours(self) -> None:
        f = self.flow
        assert f.channel and f.language and f.topic
        self.hours_page.show_service(f.channel, f.language, f.topic, f.catalog)
        self.visit.spawn(self._start_service(f.channel, f.language, f.topic))

    async def _start_service(self, channel: str, language: str, topic: str) -> None:
        """The hub's hours for the page, then the conversation (its handoff.status says
        whether the service is open now: state "bot", or "new" for video)."""
        catalog = await self.visit.services()
        if catalog is not None:
            self.flow.catalog = catalog
            self.hours_page.set_catalog(catalog)
        await self.visit.start(channel, language, topic)

    def _back(self) -> None:
        self._show(self.flow.back())

    def _back_to_service(self) -> None:
        # The conversation opened for the hours check is not needed any more.
        self.visit.shutdown()
        self._show(self.flow.back())

    def _back_from_precheck(self) -> None:
        self.precheck_page.stop()
        self._show(self.flow.back())

    def _proceed_from_hours(self) -> None:
        step = self.flow.proceed_from_hours()
        if step is Step.CHAT:
            self.chat_page.reset()
        self._show(step)
        if step is Step.PRECHECK:
            self.precheck_page.start()

    # ------------------------------------------------------------ conversation

    def _request_chat_handoff(self) -> None:
        self.chat_page.set_problem(None)
        self.visit.spawn(self.visit.request_handoff())

    def _precheck_passed(self, report: dict[str, Any]) -> None:
        async def go() -> None:
            if await self.visit.request_handoff(report):
                self.queue_page.set_status(self.visit.queue)
        self.visit.spawn(go())

    def _conversation_state(self, state: str) -> None:
        before = self.step
        step = self.flow.conversation_state(state)
        if step is not before:
            self._show(step)
            if step is Step.CALL:
                self.call_page.reset()
                self.visit.spawn(self.call.start())
        if state == "active":
            self.call_page.retranslate()
        if state == "ended" and self.call.call is not None:
            self.visit.spawn(self.call.hang_up())

    def _hang_up(self) -> None:
        self.visit.spawn(self.call.hang_up())
        self._end_conversation()

    def _end_conversation(self) -> None:
        """End chat / hang up: the hub ends the conversation and asks for feedback."""
        visit = self.visit

        async def end() -> None:
            if not await visit.end() and not visit.feedback_due:
                # Refused or unreachable (the banner says which): nothing left to rate.
                self._finish_without_feedback()
        visit.spawn(end())

    def _conversation_over(self) -> None:
        before = self.step
        step = self.flow.conversation_over()
        if step is not before:
            self.feedback_page.reset()
            self._show(step)

    def _finish_without_feedback(self) -> None:
        if self.step in (Step.CHAT, Step.CALL):
            self.visit.shutdown()
            self.flow.step = Step.THANKS
            self._show(Step.THANKS)

    def _save_transcript(self) -> None:
        path = save_for_customer(self, self.visit, self.flow.ui_language)
        if path is not None:
            self.feedback_page.show_saved(str(path))

    def _feedback(self, rating: int | None, comment: str) -> None:
        # The thanks page shows at once; the task (True: stored) is kept for tests.
        self.feedback_task = self.visit.spawn(self.visit.submit_feedback(rating, comment))
        self._show(self.flow.feedback_done())

    # ------------------------------------------------------------ devices

    def _device_problem(self, kind: str, code: str) -> None:
        """A device the call could not open: what, how to allow it, how the call goes on."""
        t = device_texts()
        call = self.call.call
        failed = dict(call.failed) if call is not None else {kind: code}
        self.call_page.show_device_problem(
            "\n".join([*(t.problem(k, c) for k, c in failed.items()), t.without(failed)]))

    def open_devices(self) -> DeviceDialog:
        """Camera, microphone and speakers during the call; a pick switches the call."""
        if self.device_dialog is None:
            self.device_dialog = DeviceDialog(self.devices, self)
            self.device_dialog.finished.connect(lambda _c: self._devices_closed())
        self.device_dialog.open()
        return self.device_dialog

    def _devices_closed(self) -> None:
        if self.device_dialog is not None:
            self.device_dialog.deleteLater()
            self.device_dialog = None

    def _device_notice(self, kind: str, what: str, name: str) -> None:
        text = device_texts().notice(kind, what, name)
        if self.step is Step.CALL:
            self.call_page.show_notice(text)
        elif self.step is Step.PRECHECK:
            self.precheck_page.panel.show_notice(text)

    # ------------------------------------------------------------ problems

    def _problem(self, code: str) -> None:
        problem = Problem(code)
        if problem in (Problem.HUB_UNREACHABLE, Problem.SIGN_IN_FAILED, Problem.UPDATE_REQUIRED):
            self.hours_page.set_link_down(True)
            self.link_banner.show_text(texts().problem(problem),
                                       "warn" if problem is Problem.HUB_UNREACHABLE else "error")
            return
        if self.step is Step.HOURS:
            self.hours_page.set_problem(problem)
        elif self.step is Step.CHAT:
            self.chat_page.set_problem(problem)
        elif self.step is Step.PRECHECK:
            self.flow.step = Step.HOURS  # show why and where else to go
            self.hours_page.set_problem(problem)
            self._show(Step.HOURS)
        else:
            self.link_banner.show_text(texts().problem(problem), "warn")

    def _problem_cleared(self) -> None:
        self.hours_page.set_link_down(False)
        self.link_banner.hide()

    # ------------------------------------------------------------ start over, privacy

    def restart(self) -> None:
        """Back to the first page with nothing of the previous customer left."""
        self.identity.end_visit()  # a kiosk's visitor is signed out, at the provider too
        self.thanks_timer.stop()
        self.precheck_page.stop()
        if self.options.kiosk.enabled:
            self.devices.reset()  # the next customer starts from IT's presets
        spawn(self.call.hang_up())  # outlives the visit's tasks, cancelled next
        self.visit.shutdown()
        self.chat_page.reset()
        self.call_page.reset()
        self.feedback_page.reset()
        self.hours_page.show_service("chat", "fi", "social_assistance")
        self.queue_page.set_status(None)
        self.link_banner.hide()
        self.idle_banner.hide()
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()
        self.flow = Flow(ui_language=self.options.default_language, signed_in=self.identity.signed_in)
        self._show_who()
        if self.options.kiosk.enabled:
            set_ui_language(QApplication.instance(), self.options.default_language,  # type: ignore[arg-type]
                            CATALOGS)
            self.service_page.set_ui_language(self.options.default_language)
        self.retranslate()
        self._show(Step.LANGUAGE)

    # ------------------------------------------------------------ kiosk

    def _enter_kiosk(self) -> None:
        k = self.options.kiosk
        self.setWindowFlags(Qt.WindowType.FramelessWindowHint
                            | Qt.WindowType.WindowStaysOnTopHint)
        self.kiosk = KioskGuard(self, k.admin_key_hash, timeout_s=k.idle_timeout_s,
                                warning_s=k.idle_warning_s)
        QApplication.instance().installEventFilter(self.kiosk)  # type: ignore[union-attr]
        self.kiosk.idleWarning.connect(self._idle_warning)
        self.kiosk.idleExpired.connect(self.restart)
        self.kiosk.activity.connect(self.idle_banner.hide)
        self.kiosk.exitAllowed.connect(self._staff_exit)

    def _idle_warning(self, seconds: int) -> None:
        self.idle_banner.show_text(self.tr(
            "Are you still there? This screen goes back to the start in %n second(s), and "
            "your information is cleared.", "", seconds), "warn")
        self.still_here.setText(self.tr("I am still here"))

    def _still_here(self) -> None:
        if self.kiosk is not None:
            self.kiosk.touch()
        self.idle_banner.hide()

    def _staff_exit(self) -> None:
        self._allow_close = True
        self.restart()
        self.close()
        QApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.options.kiosk.enabled and not self._allow_close:
            event.ignore()  # customers cannot close the terminal's app
            return
        super().closeEvent(event)

    # ------------------------------------------------------------ language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kela remote service"))
        # The paragraph in the UI's direction: the Sorani brand begins with "Kela", which
        # made Qt lay it out left to right, against the Start over button, not at the start.
        mark = "\u200f" if formats.rtl() else ""
        self.brand.setText(mark + self.tr("Kela · Remote service"))
        self.start_over.setText(self.tr("Start over"))
        self.sign_out_button.setText(self.tr("Sign out"))
        for page in self.pages.values():
            page.retranslate()
