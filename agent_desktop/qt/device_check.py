"""Camera and microphone check before the expert takes video customers.

Runs on its own when opened (both devices at once, a few seconds). When both
pass it closes by itself; when one fails it says what to do and offers to try
again or to go Available for chat only, so a broken webcam never keeps an
expert from serving chat customers.
"""

from __future__ import annotations

import asyncio
import math

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.domain.availability import DeviceCheck
from client_core.call import CallMedia
from client_core.call.probe import probe_camera, probe_microphone
from client_core.devices import CameraReport, MicrophoneReport, Remedy, Verdict
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
    }
    return texts.get(remedy) or QCoreApplication.translate("DeviceCheck", "Not usable.")


class DeviceCheckDialog(QDialog):
    def __init__(self, media: CallMedia, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deviceCheckDialog")
        self.setWindowTitle(self.tr("Check camera and microphone"))
        self.media = media
        self.outcome = DeviceCheck.CANCELLED
        self.camera_report: CameraReport | None = None
        self.mic_report: MicrophoneReport | None = None
        self.running = False
        self._done: asyncio.Future[DeviceCheck] | None = None

        intro = plain_label(self.tr("Video customers see and hear you. This check opens your camera "
                                    "and microphone for a few seconds."), self, "dialogIntro")
        intro.setWordWrap(True)
        self.camera_name = plain_label(self.tr("Camera"), self, "checkName")
        self.camera_result = plain_label("", self, "checkResult")
        self.mic_name = plain_label(self.tr("Microphone"), self, "checkName")
        self.mic_result = plain_label("", self, "checkResult")
        for label in (self.camera_result, self.mic_result):
            label.setWordWrap(True)
            label.setMinimumWidth(320)
        self.level = QProgressBar(self)
        self.level.setRange(0, 60)  # -60..0 dBFS
        self.level.setTextVisible(False)
        self.level.setAccessibleName(self.tr("Microphone level"))
        grid = QGridLayout()
        grid.addWidget(self.camera_name, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.camera_result, 0, 1)
        grid.addWidget(self.mic_name, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.mic_result, 1, 1)
        grid.addWidget(self.level, 2, 1)
        grid.setColumnStretch(1, 1)
        self.summary = plain_label("", self, "checkSummary")
        self.summary.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.retry = QPushButton(self.tr("Try again"), self)
        self.chat_only = QPushButton(self.tr("Available for chat only"), self)
        self.chat_only.setObjectName("chatOnlyButton")
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.buttons.addButton(self.retry, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.chat_only, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.retry.clicked.connect(self.start)
        self.chat_only.clicked.connect(lambda: self._finish(DeviceCheck.CHAT_ONLY))
        self.cancel.clicked.connect(lambda: self._finish(DeviceCheck.CANCELLED))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.finished.connect(self._on_finished)

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
        self.retry.setVisible(False)
        self.chat_only.setVisible(False)
        self.summary.setText(self.tr("Checking…"))
        for label in (self.camera_result, self.mic_result):
            label.setText(self.tr("Checking…"))
        self.level.setValue(0)
        camera, mic = await asyncio.gather(
            probe_camera(self.media.camera, warmup_s=WARMUP_S, sample_s=SAMPLE_S),
            probe_microphone(self.media.microphone, warmup_s=WARMUP_S, sample_s=SAMPLE_S,
                             on_level=self._on_level),
        )
        self.running = False
        self.camera_report, self.mic_report = camera, mic
        if not self.isVisible():
            return  # closed while checking
        self.camera_result.setText(remedy_text(camera.remedy))
        self.mic_result.setText(remedy_text(mic.remedy))
        if self.passed:
            self.summary.setText(self.tr("Ready for video customers."))
            QTimer.singleShot(PASS_PAUSE_MS, lambda: self._finish(DeviceCheck.PASSED))
        else:
            self.summary.setText(self.tr("You can try again, or take chat customers only for now."))
            self.retry.setVisible(True)
            self.chat_only.setVisible(True)
            self.chat_only.setDefault(True)

    @property
    def passed(self) -> bool:
        return (self.camera_report is not None and self.mic_report is not None
                and Verdict.FAIL not in (self.camera_report.verdict, self.mic_report.verdict))

    def _on_level(self, dbfs: float) -> None:
        self.level.setValue(0 if math.isinf(dbfs) else max(0, min(60, int(60 + dbfs))))

    def _finish(self, outcome: DeviceCheck) -> None:
        if not self.isVisible():
            return
        self.outcome = outcome
        self.done(QDialog.DialogCode.Accepted if outcome is not DeviceCheck.CANCELLED
                  else QDialog.DialogCode.Rejected)

    def _on_finished(self, _code: int) -> None:
        if self._done is not None and not self._done.done():
            self._done.set_result(self.outcome)


__all__ = ["DeviceCheckDialog"]
