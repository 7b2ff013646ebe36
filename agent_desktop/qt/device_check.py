"""Camera, microphone and speaker check before the expert takes video customers.

Runs on its own when opened, on the devices picked at the top (client_core's
``DeviceChecks`` on the app's ``CallDevices``, as a call opens them): the
camera (your picture beside the results), the microphone (its level), and the
speakers: a short sound plays on them, the microphone's echo of it is
measured through the call's echo canceller, and the expert says whether they
heard it. When everything passes it closes by itself; when something fails it
says what to do and offers to try again or to go Available for chat only, so
a broken webcam never keeps an expert from serving chat customers.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.domain.availability import DeviceCheck
from client_core.call import MediaSource
from client_core.call.probe import SoundReport
from client_core.devices import CameraReport, MicrophoneReport, Remedy, Verdict
from client_core.qt.call_devices import CallDevices
from client_core.qt.device_checks import DeviceChecks
from client_core.qt.device_pickers import DevicePickers
from client_core.qt.device_texts import device_texts
from client_core.qt.self_view import SelfView
from client_core.tasks import spawn

from .offer_card import plain_label

WARMUP_S = 0.5  # office webcams settle fast; keep the expert's wait short
SAMPLE_S = 1.0
PASS_PAUSE_MS = 700  # long enough to read "ready" before the dialog closes


def remedy_text(remedy: Remedy) -> str:
    # Spelled out per call: lupdate finds only literal QCoreApplication.translate(...) calls.
    texts = {
        Remedy.NONE: QCoreApplication.translate("DeviceCheck", "Works."),
        Remedy.CAMERA_MISSING: QCoreApplication.translate("DeviceCheck", "No camera found, or another program is using it. Connect the camera or close the other program."),
        Remedy.CAMERA_BLACK: QCoreApplication.translate("DeviceCheck", "The picture is dark. Open the lens cover and add light."),
        Remedy.CAMERA_FROZEN: QCoreApplication.translate("DeviceCheck", "The picture does not move. Close other programs that use the camera, or reconnect it."),
        Remedy.CAMERA_LOW_FPS: QCoreApplication.translate("DeviceCheck", "Works, but the picture is jerky. Add light or close other programs."),
        Remedy.MIC_DEAD: QCoreApplication.translate("DeviceCheck", "No sound from the microphone. Check that it is connected and not muted."),
        Remedy.MIC_CLIPPING: QCoreApplication.translate("DeviceCheck", "Works, but the sound distorts. Lower the input volume."),
        Remedy.SPEAKER_SILENT: QCoreApplication.translate("DeviceCheck", "You did not hear the sound. Turn up the volume, or choose other speakers or a headset above, and check again."),
        Remedy.USE_HEADSET: QCoreApplication.translate("DeviceCheck", "The customer would hear an echo of themselves: please use a headset."),
    }
    if remedy is Remedy.CAMERA_BLOCKED:
        return device_texts().refused("camera")
    if remedy is Remedy.MIC_BLOCKED:
        return device_texts().refused("microphone")
    return texts.get(remedy) or QCoreApplication.translate("DeviceCheck", "Not usable.")


class DeviceCheckDialog(QDialog):
    def __init__(self, devices: CallDevices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deviceCheckDialog")
        self.devices = devices
        self.checks = DeviceChecks(devices, warmup_s=WARMUP_S, sample_s=SAMPLE_S)
        self.outcome = DeviceCheck.CANCELLED
        self.camera_report: CameraReport | None = None
        self.mic_report: MicrophoneReport | None = None
        self.sound_report: SoundReport | None = None
        self.heard: bool | None = None
        self.running = False
        self._done: asyncio.Future[DeviceCheck] | None = None

        self.intro = plain_label("", self, "dialogIntro")
        self.intro.setWordWrap(True)
        self.pickers = DevicePickers(devices, parent=self)
        self.self_view = SelfView(self)
        self.self_view.setFixedSize(240, 200)
        self.names = {k: plain_label("", self, "checkName") for k in ("camera", "mic", "speaker")}
        self.results = {k: plain_label("", self, "checkResult") for k in self.names}
        for label in self.results.values():
            label.setWordWrap(True)
            label.setMinimumWidth(320)
        self.echo = plain_label("", self, "checkResult")
        self.echo.setWordWrap(True)
        self.question = QWidget(self)
        self.ask = plain_label("", self.question, "checkQuestion")
        self.yes, self.no, self.again = (QPushButton(self.question) for _ in range(3))
        q = QHBoxLayout(self.question)
        q.setContentsMargins(0, 0, 0, 0)
        q.addWidget(self.ask, 1)
        for b in (self.yes, self.no, self.again):
            q.addWidget(b)
        grid = QGridLayout()
        for row, key in enumerate(("camera", "mic", "speaker")):
            grid.addWidget(self.names[key], row * 2, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.results[key], row * 2, 1)
        grid.addWidget(self.echo, 5, 1)
        grid.addWidget(self.question, 6, 1)
        grid.setColumnStretch(1, 1)
        self.summary = plain_label("", self, "checkSummary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.retry, self.chat_only, self.cancel, self.proceed = (QPushButton(self) for _ in range(4))
        self.chat_only.setObjectName("chatOnlyButton")
        self.buttons.addButton(self.proceed, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.retry, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.chat_only, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.retry.clicked.connect(self.start)
        self.chat_only.clicked.connect(lambda: self._finish(DeviceCheck.CHAT_ONLY))
        self.cancel.clicked.connect(lambda: self._finish(DeviceCheck.CANCELLED))
        self.proceed.clicked.connect(lambda: self._finish(DeviceCheck.PASSED))
        self.proceed.hide()
        self.yes.clicked.connect(lambda: self._answer(True))
        self.no.clicked.connect(lambda: self._answer(False))
        self.again.clicked.connect(self.checks.check_sound.play_soon)
        top = QHBoxLayout()
        top.addWidget(self.pickers, 1)
        top.addWidget(self.self_view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.finished.connect(self._on_finished)
        self.retranslate()

    async def run(self) -> DeviceCheck:
        """Show the dialog (window-modal, not blocking the loop) until the expert is done."""
        self._done = asyncio.get_running_loop().create_future()
        self.open()
        self.start()
        return await self._done

    def start(self) -> None:
        if not self.running:
            spawn(self._check())

    async def _check(self) -> None:
        self.running = True
        self.camera_report = self.mic_report = self.sound_report = None
        self.heard = None
        self.self_view.clear()
        self.retranslate()
        camera, sound = await asyncio.gather(self.checks.camera(self._show_picture),
                                             self.checks.speaker(self.self_view.set_level))
        self.running = False
        self.self_view.show_picture(None)
        self.camera_report, self.sound_report, self.mic_report = camera, sound, sound.microphone
        if self.isVisible():
            self.retranslate()
            self._settle()

    def _show_picture(self, source: MediaSource) -> None:
        self.self_view.show_picture(source.fanout)

    def _answer(self, heard: bool) -> None:
        self.heard = heard
        self.retranslate()
        self._settle()

    @property
    def speaker_remedy(self) -> Remedy | None:
        """None: not known yet (running, or the expert has not answered)."""
        sound = self.sound_report
        if self.running or sound is None:
            return None
        if self.heard is False:  # first: an echo that stays is moot when nothing is heard
            return Remedy.SPEAKER_SILENT
        if sound.echo is not None and sound.echo.remedy is Remedy.USE_HEADSET:
            return Remedy.USE_HEADSET  # a warning: it passes, the expert is told
        if self.heard is None:
            return None
        return Remedy.NONE if self.heard else Remedy.SPEAKER_SILENT

    @property
    def passed(self) -> bool:
        reports = (self.camera_report, self.mic_report)
        return (None not in reports and self.heard is True
                and Verdict.FAIL not in (r.verdict for r in reports if r is not None))

    def _settle(self) -> None:
        """After the check and after each answer: close on a pass, offer the ways on."""
        if self.running or self.camera_report is None:
            return
        if self.passed and self.speaker_remedy is Remedy.USE_HEADSET:
            self.proceed.setVisible(True)  # a warning to read: the expert goes on themselves
            self.proceed.setDefault(True)
        elif self.passed:
            QTimer.singleShot(PASS_PAUSE_MS, lambda: self._finish(DeviceCheck.PASSED))
        elif self.heard is not None or Verdict.FAIL in (
                self.camera_report.verdict, self.mic_report.verdict if self.mic_report else None):
            self.retry.setVisible(True)
            self.chat_only.setVisible(True)
            self.chat_only.setDefault(True)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check camera, microphone and speakers"))
        self.intro.setText(self.tr("Video customers see and hear you, and you hear them. This "
                                   "check opens your camera, microphone and speakers for a few "
                                   "seconds and plays a short sound."))
        self.names["camera"].setText(self.tr("Camera"))
        self.names["mic"].setText(self.tr("Microphone"))
        self.names["speaker"].setText(self.tr("Speakers"))
        self.self_view.set_names(self.tr("Your picture"), self.tr("Microphone level"))
        checking = self.tr("Checking…")
        self.self_view.set_caption(checking if self.running else self.tr("Camera closed"))
        self.results["camera"].setText(remedy_text(self.camera_report.remedy)
                                       if self.camera_report else checking)
        self.results["mic"].setText(remedy_text(self.mic_report.remedy)
                                    if self.mic_report else checking)
        speaker = self.speaker_remedy
        self.results["speaker"].setText(checking if self.running else
                                        remedy_text(speaker) if speaker is not None else "")
        echo = self.sound_report.echo if self.sound_report else None
        self.echo.setText(device_texts().echo(echo) if echo is not None else "")
        self.echo.setVisible(echo is not None)
        self.ask.setText(self.tr("We played a short sound. Did you hear it?"))
        self.yes.setText(self.tr("Yes, I heard it"))
        self.no.setText(self.tr("No"))
        self.again.setText(self.tr("Play again"))
        self.question.setVisible(not self.running and self.sound_report is not None
                                 and self.heard is None)
        self.retry.setText(self.tr("Check again"))
        self.chat_only.setText(self.tr("Available for chat only"))
        self.cancel.setText(self.tr("Cancel"))
        self.proceed.setText(self.tr("Continue"))
        if self.running:
            for b in (self.retry, self.chat_only, self.proceed):
                b.setVisible(False)
        self.summary.setText(self._summary())

    def _summary(self) -> str:
        if self.running:
            return self.tr("Checking…")
        if self.passed and self.speaker_remedy is Remedy.USE_HEADSET:
            return self.tr("Ready for video customers, but please use a headset.")
        if self.passed:
            return self.tr("Ready for video customers.")
        if self.camera_report is not None and self.heard is None:
            return self.tr("Please answer the question about the sound.")
        return self.tr("You can try again, or take chat customers only for now.")

    def _finish(self, outcome: DeviceCheck) -> None:
        if not self.isVisible():
            return
        self.checks.close_sound()
        self.outcome = outcome
        self.done(QDialog.DialogCode.Accepted if outcome is not DeviceCheck.CANCELLED
                  else QDialog.DialogCode.Rejected)

    def _on_finished(self, _code: int) -> None:
        if self._done is not None and not self._done.done():
            self._done.set_result(self.outcome)


__all__ = ["DeviceCheckDialog"]
