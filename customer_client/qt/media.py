"""Sound in and out through QtMultimedia: the test tone and the expert's voice.

aiortc plays nothing itself (and nothing at all on Windows or macOS), so remote
audio is written to a QAudioSink; the speaker check plays a WAV we generate.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl

from client_core.call import SourceSpec
from client_core.config import resources_dir

log = logging.getLogger(__name__)

RESOURCES = resources_dir() / "customer"
TONE_WAV = RESOURCES / "tone.wav"


@dataclass(frozen=True)
class MediaConfig:
    """Which devices the check and the call open (lavfi specs in tests and the demo)."""

    camera: SourceSpec | None
    microphone: SourceSpec | None


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


class RemoteAudio(QObject):
    """Plays a FrameFanout of decoded audio frames on the default output."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sink: Any = None
        self._device: Any = None
        self._unsubscribe: Any = None
        self.frames = 0

    def bind(self, fanout: Any) -> None:
        self.unbind()
        self._unsubscribe = fanout.subscribe(self._on_frame)

    def unbind(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._sink is not None:
            self._sink.stop()
            self._sink = None
            self._device = None

    def _open(self, rate: int, channels: int) -> None:
        from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices

        fmt = QAudioFormat()
        fmt.setSampleRate(rate)
        fmt.setChannelCount(channels)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self._sink = QAudioSink(QMediaDevices.defaultAudioOutput(), fmt, self)
        self._sink.setBufferSize(rate * channels * 2 // 5)  # 200 ms: low delay, no gaps
        self._device = self._sink.start()

    def _on_frame(self, frame: Any) -> None:
        self.frames += 1
        try:
            if self._sink is None:
                self._open(frame.sample_rate, frame.layout.nb_channels)
            if self._device is not None:
                self._device.write(bytes(frame.planes[0])[: frame.samples * 2
                                                          * frame.layout.nb_channels])
        except Exception:
            log.debug("remote audio frame dropped", exc_info=True)
