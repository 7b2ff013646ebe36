"""What both apps say about devices, in plain words: a device that could not be
opened (with how to allow it when the system refused it), a device that went
away or came, a preset that is not plugged in.

One QObject so Qt Linguist collects the strings under one context
("DeviceTexts"); callers ask again after a language change.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtGui import QGuiApplication

from client_core.devices import Remedy

if TYPE_CHECKING:
    from client_core.devices.echo import EchoReport

SHOWN_MAX_DB = 60  # "more than 60 dB": beyond that the figure only measures silence


class DeviceTexts(QObject):
    def kind(self, kind: str) -> str:
        return {"camera": self.tr("Camera"), "microphone": self.tr("Microphone"),
                "speaker": self.tr("Speakers")}.get(kind, kind)

    def problem(self, kind: str, code: str, platform: str = sys.platform) -> str:
        """A device the call (or the check) could not open; ``code`` is the CallError's."""
        if code in ("permission_denied", Remedy.CAMERA_BLOCKED.value, Remedy.MIC_BLOCKED.value):
            return self.refused(kind, platform)
        camera = kind == "camera"
        if code == "device_busy":
            return (self.tr("Another program is using your camera. Close it and try again.")
                    if camera else
                    self.tr("Another program is using your microphone. Close it and try again."))
        if code == "device_missing":
            return (self.tr("No camera was found. Connect a camera, or choose another one.")
                    if camera else
                    self.tr("No microphone was found. Connect one, or choose another one."))
        return (self.tr("Your camera could not be opened. Choose another one, or reconnect it.")
                if camera else
                self.tr("Your microphone could not be opened. Choose another one, or reconnect it."))

    def refused(self, kind: str, platform: str = sys.platform) -> str:
        """The system (or the user, asked by it) refused this program the device."""
        app = QGuiApplication.applicationDisplayName() or QCoreApplication.applicationName()
        if kind == "camera":
            said = self.tr("Your computer does not let this program use the camera.")
            if platform == "darwin":
                how = self.tr("To allow it: open System Settings, then Privacy & Security, "
                              "then Camera, and turn on %1. Then start the program again.")
            elif platform == "win32":
                how = self.tr("To allow it: open Settings, then Privacy & security, then "
                              "Camera, and turn on camera access for desktop apps.")
            else:
                how = self.tr("To allow it: check the camera's privacy switch or key, and "
                              "ask your computer's administrator whether the camera is allowed.")
        else:
            said = self.tr("Your computer does not let this program use the microphone.")
            if platform == "darwin":
                how = self.tr("To allow it: open System Settings, then Privacy & Security, "
                              "then Microphone, and turn on %1. Then start the program again.")
            elif platform == "win32":
                how = self.tr("To allow it: open Settings, then Privacy & security, then "
                              "Microphone, and turn on microphone access for desktop apps.")
            else:
                how = self.tr("To allow it: check the microphone's mute switch or key, and "
                              "ask your computer's administrator whether the microphone is "
                              "allowed.")
        return f"{said} {how.replace('%1', app)}"

    def without(self, failed: dict[str, str]) -> str:
        """How the call goes on without the devices in ``failed`` (kind -> code)."""
        if "camera" in failed and "microphone" in failed:
            return self.tr("The call goes on without your picture and sound: you can "
                           "still write in the chat.")
        if "camera" in failed:
            return self.tr("The call goes on with sound only.")
        return self.tr("The call goes on without your sound: you can write in the chat.")

    def echo(self, report: EchoReport) -> str:
        """The speaker check's echo figure, for the speaker row."""
        if not report.echo_heard:
            return self.tr("Your microphone does not pick up your speakers: no echo.")
        if not report.cancelling:
            return self.tr("Your microphone picks up your speakers, and echo cancellation "
                           "is off.")
        if report.removed_db > SHOWN_MAX_DB:  # inf: nothing of it left to measure
            return self.tr("Your microphone picks up your speakers; the echo canceller "
                           "removes more than %1 dB of it.").replace("%1", QLocale().toString(SHOWN_MAX_DB))
        return self.tr("Your microphone picks up your speakers; the echo canceller removes "
                       "%1 dB of it.").replace("%1", QLocale().toString(round(report.removed_db)))

    def notice(self, kind: str, what: str, name: str) -> str:
        """``CallDevices.notice``: a device went away, came, or the preset is missing."""
        texts = {
            ("camera", "fallback"): self.tr("Your camera was disconnected. Now using: %1."),
            ("microphone", "fallback"): self.tr(
                "Your microphone was disconnected. Now using: %1."),
            ("speaker", "fallback"): self.tr("Your speakers were disconnected. Now using: %1."),
            ("camera", "added"): self.tr("A camera was connected: %1. You can choose it in "
                                         "the device settings."),
            ("microphone", "added"): self.tr("A microphone was connected: %1. You can choose "
                                             "it in the device settings."),
            ("speaker", "added"): self.tr("Speakers or a headset were connected: %1. You can "
                                          "choose them in the device settings."),
            ("camera", "preset_missing"): self.tr(
                "The camera chosen for this computer is not connected. Using: %1."),
            ("microphone", "preset_missing"): self.tr(
                "The microphone chosen for this computer is not connected. Using: %1."),
            ("speaker", "preset_missing"): self.tr(
                "The speakers chosen for this computer are not connected. Using: %1."),
        }
        text = texts.get((kind, what), "")
        if what == "fallback" and not name:
            return {"camera": self.tr("Your camera was disconnected."),
                    "microphone": self.tr("Your microphone was disconnected."),
                    "speaker": self.tr("Your speakers were disconnected.")}.get(kind, "")
        return text.replace("%1", name)


_texts: DeviceTexts | None = None


def device_texts() -> DeviceTexts:
    global _texts
    if _texts is None:
        _texts = DeviceTexts()
    return _texts
