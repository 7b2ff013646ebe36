"""Sound through QtMultimedia for the pre-session check: the test tone and device names.

The expert's voice in the call plays on client_core's ``RemoteAudioPlayer``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl

from client_core.config import resources_dir

log = logging.getLogger(__name__)

RESOURCES = resources_dir() / "customer"
TONE_WAV = RESOURCES / "tone.wav"


class TonePlayer(QObject):
    def __init__(self, parent: QObject | None = None, path: Path = TONE_WAV) -> None:
        super().__init__(parent)
        self._effect: Any = None
        self._path = path
        self.played = 0

    def play(self) -> None:
        self.played += 1
        try:
            if self._effect is None:
                from PySide6.QtMultimedia import QSoundEffect

                self._effect = QSoundEffect(self)
                self._effect.setSource(QUrl.fromLocalFile(str(self._path)))
                self._effect.setVolume(0.8)
            self._effect.play()
        except Exception:  # no audio stack: the customer answers "No" and gets the remedy
            log.warning("could not play the test tone", exc_info=True)


def default_device_names() -> tuple[str, str]:
    """Descriptions of the default output and input, for the headset hint."""
    try:
        from PySide6.QtMultimedia import QMediaDevices

        return (QMediaDevices.defaultAudioOutput().description(),
                QMediaDevices.defaultAudioInput().description())
    except Exception:
        return ("", "")
