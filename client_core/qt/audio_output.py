"""Remote audio playback through QAudioSink (aiortc has no speaker output on Windows/macOS).

Frames from the engine's remote-audio fanout are written as interleaved s16 PCM into a
push-mode QAudioSink. Latency is bounded: when the device buffer is full the oldest
audio is dropped rather than queued (a call must stay live, not fall behind).
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QIODevice, QObject
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QMediaDevices, QtAudio

from client_core.call import FrameFanout

if TYPE_CHECKING:  # PyAV and numpy load with the first remote audio
    from av.audio.frame import AudioFrame
    from av.audio.resampler import AudioResampler

    from client_core.call.echo_reference import EchoReference

log = logging.getLogger(__name__)

RATE = 48_000
CHANNELS = 2
MAX_BACKLOG_MS = 120
BYTES_PER_S = RATE * CHANNELS * 2


def pcm_bytes(frame: AudioFrame, resampler: AudioResampler | None = None) -> bytes:
    """Interleaved s16 stereo 48 kHz bytes (aiortc's Opus decoder already yields this)."""
    if frame.format.name == "s16" and frame.layout.name == "stereo" and frame.sample_rate == RATE:
        return bytes(frame.planes[0])[: frame.samples * CHANNELS * 2]
    import numpy as np
    from av.audio.resampler import AudioResampler

    resampler = resampler or AudioResampler(format="s16", layout="stereo", rate=RATE)
    return b"".join(
        np.ascontiguousarray(f.to_ndarray()).tobytes() for f in resampler.resample(frame)
    )


class RemoteAudioPlayer(QObject):
    """Plays a fanout on one output device; tells ``reference`` what it played and when."""

    def __init__(self, device: QAudioDevice | None = None, parent: QObject | None = None,
                 reference: EchoReference | None = None) -> None:
        super().__init__(parent)
        self.device = device if device is not None and not device.isNull() \
            else QMediaDevices.defaultAudioOutput()
        self._reference = reference.writer() if reference is not None else None
        self.available = not self.device.isNull()
        self._sink: QAudioSink | None = None
        self._io: QIODevice | None = None
        self._backlog: deque[bytes] = deque()
        self._resampler: AudioResampler | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._fanout: FrameFanout[AudioFrame] | None = None
        self.written_bytes = 0
        self.dropped_bytes = 0

    @staticmethod
    def audio_format() -> QAudioFormat:
        fmt = QAudioFormat()
        fmt.setSampleRate(RATE)
        fmt.setChannelCount(CHANNELS)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        return fmt

    def set_device(self, device: QAudioDevice) -> bool:
        """Switch speakers mid-call (or fall back to the default when ``device`` is null)."""
        fanout = self._fanout
        self.device = device if not device.isNull() else QMediaDevices.defaultAudioOutput()
        self.available = not self.device.isNull()
        return self.start(fanout) if fanout is not None else self.available

    def start(self, fanout: FrameFanout[AudioFrame]) -> bool:
        """Play ``engine.remote(peer).audio``. Returns False (and plays nothing) without a speaker."""
        self.stop()
        self._fanout = fanout
        self._unsubscribe = fanout.subscribe(self.feed)
        if not self.available:
            log.info("no audio output device: remote audio is not played")
            return False
        self._sink = QAudioSink(self.device, self.audio_format(), self)
        self._sink.setBufferSize(RATE * CHANNELS * 2 * MAX_BACKLOG_MS // 1000)
        self._io = self._sink.start()
        return self._io is not None and self._sink.error() == QtAudio.Error.NoError

    def feed(self, frame: AudioFrame) -> None:
        if frame.format.name != "s16" or frame.layout.name != "stereo":
            from av.audio.resampler import AudioResampler

            self._resampler = self._resampler or AudioResampler(
                format="s16", layout="stereo", rate=RATE
            )
        data = pcm_bytes(frame, self._resampler)
        if self._io is None or self._sink is None:
            self.dropped_bytes += len(data)
            return
        self._backlog.append(data)
        limit = RATE * CHANNELS * 2 * MAX_BACKLOG_MS // 1000
        while sum(map(len, self._backlog)) > limit:
            self.dropped_bytes += len(self._backlog.popleft())  # stay live: drop the oldest
        while self._backlog:
            free = self._sink.bytesFree()
            chunk = self._backlog[0]
            if free <= 0:
                break
            queued = self._sink.bufferSize() - free  # what the device has yet to play
            n = int(self._io.write(chunk[:free]))
            if n <= 0:
                break
            self.written_bytes += n
            self._tell_reference(chunk[: n // 4 * 4], queued)
            if n < len(chunk):
                self._backlog[0] = chunk[n:]
                break
            self._backlog.popleft()

    def _tell_reference(self, data: bytes, queued: int) -> None:
        """The echo canceller's reference: exactly these samples, heard after the queue."""
        if self._reference is None or not data:
            return
        import numpy as np

        from client_core.call.echo_reference import mono

        play_at = time.monotonic() + max(queued, 0) / BYTES_PER_S
        self._reference.write(mono(np.frombuffer(data, dtype=np.int16), CHANNELS), play_at)

    def stop(self) -> None:
        if self._reference is not None:
            self._reference.reset()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._sink is not None:
            self._sink.stop()
            self._sink.deleteLater()
        self._sink, self._io = None, None
        self._backlog.clear()
