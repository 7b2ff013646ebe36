"""Devices during a call (both apps): the pickers, and a test sound on the speakers.

A pick switches the running call at once (``CallDevices.choose``); the test
sound plays on the chosen speakers, so the user hears where the other side's
voice will come from.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from .call_devices import CallDevices
from .device_pickers import DevicePickers


class DeviceDialog(QDialog):
    def __init__(self, devices: CallDevices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deviceDialog")
        self.devices = devices
        self.intro = QLabel(self)
        self.intro.setObjectName("dialogIntro")
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.pickers = DevicePickers(devices, parent=self)
        from .check_sound import CheckSound  # numpy and PyAV: loaded when the dialog opens

        self.sound = CheckSound(devices, self)
        self.test = QPushButton(self)
        self.test.setObjectName("testSoundButton")
        self.test.clicked.connect(self.sound.play_soon)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.pickers)
        layout.addWidget(self.test, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        self.finished.connect(lambda _code: self.sound.close())
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Camera, microphone and speakers"))
        self.intro.setText(self.tr("The call switches to what you choose at once."))
        self.test.setText(self.tr("Play a test sound"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
