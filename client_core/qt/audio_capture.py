"""Microphone capture through QtMultimedia into the call's tracks.

The device the user picks from ``QMediaDevices.audioInputs()`` is the device
captured (one truth: FFmpeg's ALSA/dshow/avfoundation inputs name devices
differently from Qt's list), and on macOS Qt's microphone permission is asked
before it opens. Blocks are read on the Qt thread (qasync: the asyncio loop's
thread), run through the call's audio processing, stamped on the engine's clock
and published like any other source's frames.
"""

from __future__ import annotations

import logging
import time
from fractions import Fraction

import numpy as np
from av.audio.frame import AudioFrame
from PySide6.QtCore import QIODevice, QObject, Qt, QTimer
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSource, QMediaDevices, QtAudio

from client_core.call.audio_processing import CaptureProcessor
from client_core.call.errors import DeviceError, DeviceMissingError, PermissionDeniedError
from client_core.call.fanout import FrameFanout
from client_core.call.sources import AUDIO_BUFFER_FRAMES, AUDIO_RATE, EPOCH, Frame

from .permissions import Permission, microphone_permission

log = logging.getLogger(__name__)

FRAME_SAMPLES = 960  # 20 ms, what Opus sends per packet
BUFFER_MS = 40  # Qt's capture buffer: small, so blocks reach the canceller promptly
POLL_MS = 10  # Qt's PulseAudio backend does not emit readyRead for every block: poll
GAP_S = 0.2  # a reading this much later than the sample clock: the device stalled, restart
DRIFT_FOLLOW = 0.02  # per read: follows the device's clock drift, not a late poll
STALL_S = 0.1  # the device silent this long (unplugged, being moved): send silence meanwhile


def capture_format() -> QAudioFormat:
    fmt = QAudioFormat()
    fmt.setSampleRate(AUDIO_RATE)
    fmt.setChannelCount(1)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return fmt


class QtAudioSource(QObject):
    """A ``MediaSource`` reading a QAudioDevice. ``error`` is set when the device goes away."""

    kind = "audio"

    def __init__(self, device: QAudioDevice | None = None, *,
                 processor: CaptureProcessor | None = None, parent: QObject | None = None,
                 permission: Permission | None = None) -> None:
        super().__init__(parent)
        self.device = device if device is not None else QMediaDevices.defaultAudioInput()
        self.label = self.device.description()
        self.processor = processor
        self.fanout: FrameFanout[Frame] = FrameFanout("audio", AUDIO_BUFFER_FRAMES)
        self.error: DeviceError | None = None
        self._permission = permission or microphone_permission()
        self._source: QAudioSource | None = None
        self._io: QIODevice | None = None
        self._pending = np.zeros(0, dtype=np.int16)
        self._pts = 0
        self._anchor, self._consumed = 0.0, 0  # the capture clock: start, samples since
        self._offset: float | None = None
        self._covered = 0.0  # monotonic time up to which the call has had sound from us
        self._filled = 0  # silent samples sent while the device gave nothing
        self._poll = QTimer(self)
        self._poll.setTimerType(Qt.TimerType.PreciseTimer)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._read)

    @property
    def running(self) -> bool:
        return self._source is not None

    async def start(self) -> None:
        if self._source is not None:
            return
        if not await self._permission.request():
            raise PermissionDeniedError("microphone permission refused", device=self.label)
        if self.device.isNull():
            raise DeviceMissingError("no microphone", device=self.label)
        self.error = None
        self.fanout.reopen()
        source = QAudioSource(self.device, capture_format(), self)
        source.setBufferSize(AUDIO_RATE * 2 * BUFFER_MS // 1000)
        io = source.start()
        if io is None or source.error() != QtAudio.Error.NoError:
            source.deleteLater()
            raise DeviceMissingError(f"cannot open microphone ({source.error()})",
                                     device=self.label)
        self._source, self._io = source, io
        self._pts = int((time.monotonic() - EPOCH) * AUDIO_RATE)
        self._anchor, self._consumed, self._offset = time.monotonic(), 0, None
        self._covered, self._filled = time.monotonic(), 0
        self._poll.start()

    async def stop(self) -> None:
        self._poll.stop()
        source, self._source, self._io = self._source, None, None
        if source is not None:
            source.stop()
            source.deleteLater()
        self._pending = np.zeros(0, dtype=np.int16)
        self.fanout.close()

    def _check(self) -> None:
        # Polled, not stateChanged: PySide6 cannot convert that signal's QAudio::State.
        source = self._source
        if self.error is None and source is not None and source.error() not in (
                QtAudio.Error.NoError, QtAudio.Error.UnderrunError):
            # Unplugged or taken away: the device service falls back to another one.
            self.error = DeviceMissingError(f"microphone stopped ({source.error()})",
                                            device=self.label)
            log.warning("capture %s stopped: %s", self.label, source.error())

    def _stamp(self, read_at: float) -> float:
        """When ``_pending[0]`` reached the microphone, on the device's own sample clock.

        Each read says "at the latest now" (Qt reports no input latency); a late poll
        says it late. The device's sample count is steady, so the earliest reading,
        relative to that count, is the best estimate: kept, following slow drift, and
        restarted after a gap (the device stalled). A jittery stamp would make the echo
        canceller's reference jump (CaptureProcessor resyncs beyond 50 ms).
        """
        expected = self._anchor + self._consumed / AUDIO_RATE
        offset = read_at - expected
        if self._offset is None or offset < self._offset or offset - self._offset > GAP_S:
            self._offset = offset
        else:
            self._offset += (offset - self._offset) * DRIFT_FOLLOW
        return expected + self._offset

    def _read(self) -> None:
        if self._io is None:
            return
        data = bytes(self._io.readAll().data())
        now = time.monotonic()
        if not data:
            self._check()
            self._fill(now)
            return
        samples = np.frombuffer(data[: len(data) // 2 * 2], dtype=np.int16)
        self._pending = np.concatenate([self._pending, samples])
        if self._filled:
            self._drop_backlog()
        self._covered = now
        captured_at = self._stamp(time.monotonic() - len(self._pending) / AUDIO_RATE)
        frames: list[AudioFrame] = []
        while len(self._pending) >= FRAME_SAMPLES:
            chunk, self._pending = self._pending[:FRAME_SAMPLES], self._pending[FRAME_SAMPLES:]
            frame = AudioFrame.from_ndarray(chunk.reshape(1, -1), format="s16", layout="mono")
            frame.sample_rate = AUDIO_RATE
            if self.processor is None:
                frames.append(frame)
            else:
                frames += self.processor.process(frame, captured_at)
            captured_at += FRAME_SAMPLES / AUDIO_RATE
            self._consumed += FRAME_SAMPLES
        self._publish(frames)

    def _publish(self, frames: list[AudioFrame]) -> None:
        for frame in frames:
            frame.pts = self._pts
            frame.time_base = Fraction(1, AUDIO_RATE)
            self._pts += frame.samples
            self.fanout.publish(frame)

    def _fill(self, now: float) -> None:
        """Silence for the time the device gave nothing, once that passes ``STALL_S``.

        An unplugged microphone, or one PulseAudio is moving to another device,
        delivers nothing for a while. Without this the far side's sound would
        stop (its jitter buffer runs dry and restarts) instead of going quiet.
        """
        if now - self._covered < STALL_S:
            return
        count = int((now - self._covered) * AUDIO_RATE) // FRAME_SAMPLES
        silent = np.zeros((1, FRAME_SAMPLES), dtype=np.int16)
        frames = []
        for _ in range(count):
            frame = AudioFrame.from_ndarray(silent, format="s16", layout="mono")
            frame.sample_rate = AUDIO_RATE
            frames.append(frame)
        self._publish(frames)
        self._covered += count * FRAME_SAMPLES / AUDIO_RATE
        self._filled += count * FRAME_SAMPLES

    def _drop_backlog(self) -> None:
        """The device is back: what it kept from the stall was already sent as silence.

        Sending it too would put the call that much behind for good, so at most
        what a normal read holds is kept (the newest sound).
        """
        keep = AUDIO_RATE * BUFFER_MS // 1000
        drop = min(self._filled, max(0, len(self._pending) - keep))
        self._pending = self._pending[drop:]
        self._consumed += drop  # still the device's samples: its clock counts them
        self._filled = 0
