"""Video path: the call. The expert large, yourself small, three big controls, and the
same conversation as text beside it (for spelling names, numbers, links)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from client_core.qt.announce import announce

from ..chat_panel import ChatPanel
from ..confirm import Ask, ask_in_dialog
from ..look import px, text_scale
from ..stage import CallStage
from ..visit_signals import VisitSignals
from ..widgets import Banner, Page, button, label

NOTICE_MS = 15_000


class CallPage(Page):
    muteToggled = Signal(bool)
    cameraToggled = Signal(bool)  # True: camera on
    hangUpRequested = Signal()
    devicesRequested = Signal()  # camera, microphone and speakers during the call

    def __init__(self, signals: VisitSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_width=1600)
        self.visit = signals.visit
        self.muted = False
        self.camera_on = True
        self.connected = False
        self.with_line = label("lead")
        self.problem = Banner("warn")
        # Shown only while the call's quality is down, in plain words (client_core.call.quality).
        self.quality = Banner("warn")
        self._quality = "good"
        self.notice = Banner("info")  # a device came or went
        self.notice_timer = QTimer(self)
        self.notice_timer.setSingleShot(True)
        self.notice_timer.timeout.connect(self.notice.hide)
        # The expert large, yourself small in the corner, like every video call app.
        self.stage = CallStage()
        self.stage.setMinimumSize(480, 320)  # a picture: it need not grow with the text
        # Who is speaking, in words beside the picture (not read out: it changes all the time).
        self.speaking = label("hint")
        self.speaking.setObjectName("speaking")
        self.expert_speaking = self.other_speaking = False
        self.mute = button("secondary")
        self.camera = button("secondary")
        self.hang_up = button("danger")
        self.devices = button("secondary")
        # Large text: the controls one under another and the chat under the call, so that
        # the page reflows instead of scrolling sideways.
        large = text_scale() >= 1.5
        # Otherwise two by two: four in a row made the page wider than the window.
        # No minimum widths: they would let a long label be cut.
        controls = QGridLayout()
        for i, b in enumerate((self.mute, self.camera, self.devices, self.hang_up)):
            controls.addWidget(b, *((i, 0) if large else divmod(i, 2)))
        left = QVBoxLayout()
        left.addWidget(self.stage, 1)
        left.addWidget(self.speaking)
        left.addLayout(controls)
        self.chat = ChatPanel(signals.model)
        self.chat.setMinimumWidth(px(340) if not large else 0)
        self.chat.setMaximumWidth(px(460) if not large else 16777215)
        row = QVBoxLayout() if large else QHBoxLayout()
        row.addLayout(left, 3)
        row.addWidget(self.chat, 1)
        self.body.addWidget(self.with_line)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.quality)
        self.body.addWidget(self.notice)
        self.body.addLayout(row, 1)
        self.mute.clicked.connect(self._toggle_mute)
        self.camera.clicked.connect(self._toggle_camera)
        self.ask: Ask = ask_in_dialog  # tests answer for the customer
        self.hang_up.clicked.connect(self._hang_up)
        self.devices.clicked.connect(self.devicesRequested.emit)
        self.chat.connect_visit(signals)

    def reset(self) -> None:
        self.muted, self.camera_on, self.connected = False, True, False
        self._quality = "good"
        self.expert_speaking = self.other_speaking = False
        self.stage.clear()
        self.problem.hide()
        self.quality.hide()
        self.notice.hide()
        self.chat.clear()
        self.retranslate()

    def set_remote(self, fanout: Any) -> None:
        """The expert's picture (None: nobody on the stage any more)."""
        self.stage.set_remote(fanout)
        self.set_connected(fanout is not None)

    def set_speaking(self, expert: bool, other: bool) -> None:
        self.expert_speaking, self.other_speaking = expert, other
        self.stage.setProperty("speaking", expert)
        self.stage.style().unpolish(self.stage)
        self.stage.style().polish(self.stage)
        self._speaking_text()

    def _speaking_text(self) -> None:
        name = self.visit.agent_name or self.tr("the service expert")
        lines = [self.tr("%1 is speaking").replace("%1", name) if self.expert_speaking else "",
                 self.tr("Someone else in the call is speaking (for example an interpreter)")
                 if self.other_speaking else ""]
        text = " · ".join(x for x in lines if x)
        # Kept one line high while quiet, so the controls below do not jump.
        self.speaking.setText(text or " ")

    def set_local(self, fanout: Any) -> None:
        self.stage.set_local(fanout)

    def set_connected(self, connected: bool) -> None:
        changed = connected != self.connected
        self.connected = connected
        self.retranslate()
        if changed and self.isVisible():
            announce(self, self.with_line.text() if connected else
                     self.tr("The video call has ended."), assertive=True)

    def _hang_up(self) -> None:
        if self.ask(self, self.tr("End the call?"),
                    self.tr("The call ends and cannot be continued."),
                    self.tr("End the call"), self.tr("Keep talking")):
            self.hangUpRequested.emit()

    def show_device_problem(self, text: str) -> None:
        self.problem.show_text(text, "warn")

    def show_quality(self, quality: str) -> None:
        """A client_core.call.Quality value; "good" hides the notice."""
        self._quality = quality
        self.quality.show_text(self._quality_text())

    def show_failure(self, code: str) -> None:
        """The call could not be connected (a CallError code): what to do now."""
        if code == "turn_auth":
            text = self.tr("The video connection could not be opened: the agency's connection "
                           "service did not accept it. Please try again in a moment. You can "
                           "still write to the service expert here.")
        else:
            text = self.tr("The video connection could not be opened. Your network may block "
                           "video calls: try another network, or ask your IT support. You can "
                           "still write to the service expert here.")
        self.problem.show_text(text, "error")

    def _quality_text(self) -> str:
        return {
            "ours_paused": self.tr("Your connection is weak: the picture is paused, sound continues."),
            "theirs_paused": self.tr("The service expert's connection is weak: their picture is "
                                     "paused, sound continues."),
            "poor_sound": self.tr("The connection is poor: the sound may break up."),
            "low": self.tr("The connection is slow: the picture is shown at a lower quality."),
        }.get(self._quality, "")
    def show_notice(self, text: str) -> None:
        self.notice.show_text(text, "info")
        self.notice_timer.start(NOTICE_MS)

    def _toggle_mute(self) -> None:
        self.muted = not self.muted
        self.muteToggled.emit(self.muted)
        self.retranslate()

    def _toggle_camera(self) -> None:
        self.camera_on = not self.camera_on
        self.cameraToggled.emit(self.camera_on)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Video appointment"))
        name = self.visit.agent_name or self.tr("the service expert")
        self.with_line.setText(self.tr("You are talking with %1.").replace("%1", name)
                               if self.connected else
                               self.tr("Connecting the video call with %1…").replace("%1", name))
        self.stage.set_placeholder(self.tr("The service expert's picture appears here."))
        self.stage.setAccessibleName(self.tr("Video of the service expert"))
        self.stage.local_view.setAccessibleName(self.tr("Your picture"))
        self.mute.setText(self.tr("Turn microphone on") if self.muted
                          else self.tr("Mute microphone"))
        self.camera.setText(self.tr("Turn camera on") if not self.camera_on
                            else self.tr("Turn camera off"))
        self.hang_up.setText(self.tr("End the call"))
        self.quality.show_text(self._quality_text())
        self.devices.setText(self.tr("Camera and sound"))
        self._speaking_text()
        self.chat.retranslate({"customer": self.tr("You"),
                               "bot": self.tr("Application assistant"),
                               "agent": self.tr("Service expert")})
