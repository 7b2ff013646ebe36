"""The pre-session check's device side: your own picture with the microphone level,
and the camera, microphone and speaker pickers.

The picture and the level come from the check itself while it runs (the same
sources it grades, ``PageProbes``), and from a live preview once it is over,
so the customer can look at themselves and pick another device; a pick is
checked again by the page. During the network measurement the camera rests
(decoding video then starved the measurement on a busy machine; see
``services.precheck_runner``), and the picture says so.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from client_core.call import MediaSource
from client_core.call.probe import LevelListener, SoundReport
from client_core.devices import CameraReport, level_dbfs
from client_core.qt.call_devices import CallDevices
from client_core.qt.device_checks import DeviceChecks
from client_core.qt.device_pickers import DevicePickers
from client_core.qt.self_view import SelfView
from client_core.tasks import spawn

from .widgets import label

PREVIEW_WARMUP_S = 1.0  # the check's probes settle for this long; the preview needs none


class DevicePanel(QWidget):
    picked = Signal(str, str)  # a device was chosen: the page checks again

    def __init__(self, devices: CallDevices, beside: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        """``beside``: shown to the right of the picture (the page's check list), with the
        pickers in one row under both: the check then fits a 1024x700 window with a picture
        big enough to see oneself in (the pickers stacked under it left it a thumbnail)."""
        super().__init__(parent)
        self.setObjectName("devicePanel")
        self.devices = devices
        self.checks = DeviceChecks(devices)
        self.self_view = SelfView(self)
        self.self_view.setMinimumSize(200, 150)
        self.hint = label("hint")
        self.pickers = DevicePickers(devices, parent=self, side_by_side=True)
        self.pickers.picked.connect(self.picked)
        self.preview: list[MediaSource] = []
        self._unsubscribe: list[Any] = []
        self._state = "idle"  # what the picture's caption says: see retranslate
        self._notice = ""
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(self.self_view, 2)
        if beside is not None:
            top.addWidget(beside, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(top, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.pickers)
        self.retranslate()

    def probes(self, warmup_s: float, sample_s: float) -> PageProbes:
        self.checks.warmup_s, self.checks.sample_s = warmup_s, sample_s
        return PageProbes(self)

    # ------------------------------------------------------------ picture states

    def checking(self) -> None:
        self.stop_preview()
        self._state = "checking"
        self.retranslate()

    def camera_open(self, source: MediaSource) -> None:
        self.self_view.show_picture(source.fanout)

    def camera_rests(self) -> None:
        """The camera is closed while the connection is measured."""
        self.self_view.show_picture(None)
        self._state = "resting"
        self.retranslate()

    async def start_preview(self) -> None:
        """Live picture and level after the check, until the page is left or checks again."""
        self.stop_preview()
        if not self.isVisible():
            return  # left (or never shown): nothing to look at
        self._state = "no_camera"
        for kind in ("video", "audio"):
            source = self.devices.open(kind)  # type: ignore[arg-type]
            if source is None:
                continue
            try:
                await source.start()
            except Exception:  # the check already said what is wrong with it
                continue
            if self._state == "stopped" or not self.isVisible():  # left meanwhile
                await source.stop()
                return
            self.preview.append(source)
            if kind == "video":
                self.self_view.show_picture(source.fanout)
            else:
                self._unsubscribe.append(source.fanout.subscribe(self._level))
        self.retranslate()

    def _level(self, frame: Any) -> None:
        self.self_view.set_level(level_dbfs(frame.to_ndarray().reshape(-1)))

    def stop_preview(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()
        sources, self.preview = self.preview, []
        for source in sources:
            spawn(source.stop())
        self.self_view.clear()
        self._state = "stopped"
        self.checks.close_sound()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self.stop_preview()  # another page, or the window closed: the devices are released
        super().hideEvent(event)

    def show_notice(self, text: str) -> None:
        """A device came or went (``CallDevices.notice``): said under the picture."""
        self._notice = text
        self.retranslate()

    # ------------------------------------------------------------ text

    def retranslate(self) -> None:
        self.self_view.set_names(self.tr("Your own picture"), self.tr("Microphone level"))
        self.self_view.set_caption({
            "checking": self.tr("Your picture appears here."),
            "resting": self.tr("Your camera rests while we measure the connection."),
            "no_camera": self.tr("No picture from the camera."),
        }.get(self._state, self.tr("Your picture appears here.")))
        self.hint.setText(self._notice or self.tr(
            "You can choose another camera, microphone or speakers here. We then check again."))
        self.pickers.retranslate()


class PageProbes:
    """``DeviceProbes`` for the runner: the panel's checks, shown on the panel."""

    def __init__(self, panel: DevicePanel) -> None:
        self.panel = panel
        self.sound: SoundReport | None = None

    async def camera(self) -> CameraReport:
        try:
            return await self.panel.checks.camera(self.panel.camera_open)
        finally:
            self.panel.camera_rests()

    async def speaker(self, on_level: LevelListener | None = None) -> SoundReport:
        def level(dbfs: float) -> None:
            self.panel.self_view.set_level(dbfs)
            if on_level is not None:
                on_level(dbfs)

        self.sound = await self.panel.checks.speaker(level)
        self.panel.self_view.set_level(-math.inf)
        return self.sound
