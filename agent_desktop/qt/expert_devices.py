"""The expert's devices: one ``CallDevices`` for the device check and every call,
the check dialog (one at a time), and hot-plug notices where the expert looks.

Made when first needed (listing devices costs a little at start-up); the
choice in the check's pickers, in Settings or in a call is the same choice,
remembered in the expert's settings.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMainWindow

from agent_desktop.domain.availability import DeviceCheck
from client_core.call import CallMedia
from client_core.config import Settings
from client_core.qt.call_devices import CallDevices
from client_core.qt.device_texts import device_texts

from .device_check import DeviceCheckDialog

NOTICE_MS = 15_000


class ExpertDevices:
    def __init__(self, window: QMainWindow, settings: Settings, media: CallMedia | None,
                 show_in_calls: Callable[[str], None]) -> None:
        self.window = window
        self.settings = settings
        self.media = media  # fixed stand-ins for the devices (--synthetic-media), or None
        self.dialog: DeviceCheckDialog | None = None
        self._show_in_calls = show_in_calls
        self._devices: CallDevices | None = None

    @property
    def devices(self) -> CallDevices:
        if self._devices is None:
            self._devices = CallDevices.from_settings(self.settings, self.window, fixed=self.media)
            self._devices.notice.connect(self._notice)
        return self._devices

    def _notice(self, kind: str, what: str, name: str) -> None:
        text = device_texts().notice(kind, what, name)
        self.window.statusBar().showMessage(text, NOTICE_MS)
        self._show_in_calls(text)

    async def run_check(self) -> DeviceCheck:
        if self.dialog is not None:  # already showing
            return DeviceCheck.CANCELLED
        self.dialog = DeviceCheckDialog(self.devices, self.window)
        try:
            return await self.dialog.run()
        finally:
            self.dialog.deleteLater()
            self.dialog = None
            self.window.activateWindow()  # keyboard shortcuts (accept: Ctrl+Shift+A) work at once
