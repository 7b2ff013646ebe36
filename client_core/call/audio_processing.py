"""WebRTC's audio processing on the microphone: echo cancellation, noise suppression,
high-pass filter and automatic gain control.

The module is the ``livekit`` package's ``rtc.AudioProcessingModule`` (WebRTC's APM
with AEC3; wheels for Windows, macOS and Linux). Chosen over ``pywebrtc-audio`` and
Speex by measurement, see docs/benchmarks.md ("Audio processing"): it alone kept
ERLE over 30 dB *and* double-talk loss within 3 dB with every part on.

``CaptureProcessor`` sits in a capture source: it re-blocks whatever the device
delivers into the APM's 10 ms frames, feeds the reverse stream with what the
speaker played at the time each block was captured (``EchoReference``), and hands
back 20 ms frames for Opus. It runs on the source's capture thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from av.audio.frame import AudioFrame
from av.audio.resampler import AudioResampler

from .echo_reference import RATE, EchoReference, mono
from .processing_config import ProcessingConfig

log = logging.getLogger(__name__)

BLOCK = RATE // 100  # the APM's 10 ms frame
OUT_FRAME = 960  # 20 ms, what Opus sends per packet
RESYNC_S = 0.05  # a capture stamp this far from the running position restarts it

#: Sees every 10 ms block: (timeline index, microphone, reference, processed).
BlockTap = Callable[[int, np.ndarray, np.ndarray, np.ndarray], None]


class Apm:
    """One WebRTC APM instance working on mono 48 kHz int16 10 ms blocks."""

    def __init__(self, config: ProcessingConfig) -> None:
        from livekit import rtc  # 30 MB of native code: loaded only when audio is processed

        self._rtc = rtc
        self.config = config
        self._apm = rtc.AudioProcessingModule(
            echo_cancellation=config.echo_cancellation,
            noise_suppression=config.noise_suppression,
            high_pass_filter=config.high_pass_filter,
            auto_gain_control=config.auto_gain_control,
        )

    def reverse(self, block: np.ndarray) -> None:
        """What the speaker played during the capture block that comes next."""
        self._apm.process_reverse_stream(self._frame(block))

    def capture(self, block: np.ndarray, delay_ms: int) -> np.ndarray:
        if self.config.echo_cancellation:
            self._apm.set_stream_delay_ms(delay_ms)  # the API wants it before every block
        frame = self._frame(block)
        self._apm.process_stream(frame)
        return np.frombuffer(frame.data, dtype=np.int16).copy()

    def _frame(self, block: np.ndarray) -> Any:
        return self._rtc.AudioFrame(bytearray(block.tobytes()), RATE, 1, BLOCK)


@dataclass
class ProcessingStats:
    """Figures for logs, the check and the bench."""

    blocks: int = 0
    resyncs: int = 0
    seconds: float = 0.0  # thread CPU time spent in the APM


class CaptureProcessor:
    """Microphone frames in (any size, format, rate), processed 20 ms frames out."""

    def __init__(self, config: ProcessingConfig, reference: EchoReference | None) -> None:
        self.config = config
        self.reference = reference
        self.apm = Apm(config)
        self.tap: BlockTap | None = None  # the speaker check records through it
        self.stats = ProcessingStats()
        self._resampler: AudioResampler | None = None
        self._pending = np.zeros(0, dtype=np.int16)
        self._pending_at = 0  # absolute sample index (EchoReference.index) of _pending[0]
        self._out = np.zeros(0, dtype=np.int16)

    def process(self, frame: AudioFrame, captured_at: float) -> list[AudioFrame]:
        """``captured_at``: monotonic time the frame's first sample reached the microphone."""
        samples = self._mono48(frame)
        at = EchoReference.index(captured_at)
        expected = self._pending_at + len(self._pending)
        if len(self._pending) == 0 or abs(at - expected) > RESYNC_S * RATE:
            if len(self._pending):
                self.stats.resyncs += 1
            # Keep the running position otherwise: device clocks are steadier than stamps.
            self._pending_at = at - len(self._pending)
        self._pending = np.concatenate([self._pending, samples])
        t0 = time.thread_time()
        while len(self._pending) >= BLOCK:
            block, self._pending = self._pending[:BLOCK], self._pending[BLOCK:]
            self._out = np.concatenate([self._out, self._block(block, self._pending_at)])
            self._pending_at += BLOCK
        self.stats.seconds += time.thread_time() - t0
        frames = []
        while len(self._out) >= OUT_FRAME:
            chunk, self._out = self._out[:OUT_FRAME], self._out[OUT_FRAME:]
            out = AudioFrame.from_ndarray(chunk.reshape(1, -1), format="s16", layout="mono")
            out.sample_rate = RATE
            frames.append(out)
        return frames

    def _block(self, block: np.ndarray, at: int) -> np.ndarray:
        self.stats.blocks += 1
        played = self.reference.read(at, BLOCK) if self.reference is not None else None
        if played is not None and self.config.echo_cancellation:
            # Reference and capture are aligned on the timeline, so the delay left
            # over is only what no API reports; AEC3 estimates that itself.
            self.apm.reverse(played)
        out = self.apm.capture(block, 0)
        if self.tap is not None:
            self.tap(at, block, played if played is not None else np.zeros(BLOCK, np.int16), out)
        return out

    def _mono48(self, frame: AudioFrame) -> np.ndarray:
        if frame.format.name == "s16" and frame.sample_rate == RATE and frame.layout.name in (
            "mono", "stereo"
        ):
            pcm = frame.to_ndarray().reshape(-1)
            return mono(pcm, len(frame.layout.channels))
        self._resampler = self._resampler or AudioResampler(format="s16", layout="mono", rate=RATE)
        parts = [f.to_ndarray().reshape(-1) for f in self._resampler.resample(frame)]
        return np.concatenate(parts) if parts else np.zeros(0, np.int16)


def make_processor(config: ProcessingConfig, reference: EchoReference | None
                   ) -> CaptureProcessor | None:
    """A processor, or None when policy turned every part off or the module is missing."""
    if not config.any:
        return None
    try:
        return CaptureProcessor(config, reference)
    except Exception:  # a broken native module must not cost the call its microphone
        log.exception("audio processing unavailable; the microphone is sent unprocessed")
        return None
