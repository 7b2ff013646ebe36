"""Camera, microphone and speaker checks as pure functions returning typed reports.

Thresholds follow test.webrtc.org: a camera is bad when over a third of its frames are
black (mean luma < 20) or frozen (identical to the previous one); a microphone is dead
below -60 dBFS RMS. Shared by the expert desktop and the customer pre-session check.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy loads with the first check, not with the first screen
    import numpy as np

from .report import Remedy, Verdict

MIN_FPS = 15.0
BLACK_LUMA = 20.0
BAD_FRAME_SHARE = 1 / 3
DEAD_DBFS = -60.0
CLIP_LEVEL = 0.999  # of full scale
CLIP_SHARE = 0.001  # more than 0.1 % of samples at full scale is audible distortion
TONE_DETECT_DBFS = -50.0


@dataclass(frozen=True)
class CameraReport:
    verdict: Verdict
    remedy: Remedy
    frames: int
    fps: float
    black_share: float
    frozen_share: float


@dataclass(frozen=True)
class MicrophoneReport:
    verdict: Verdict
    remedy: Remedy
    rms_dbfs: float
    peak_dbfs: float
    clipped_share: float


@dataclass(frozen=True)
class SpeakerReport:
    verdict: Verdict
    remedy: Remedy
    tone_dbfs: float  # level of the test tone found in the loopback recording


def check_camera(lumas: Sequence[np.ndarray], timestamps: Sequence[float]) -> CameraReport:
    """Grade a camera from its luma planes (uint8 Y) and their capture times in seconds.

    Callers drop the first second (auto-exposure warm-up) before calling.
    """
    import numpy as np

    n = len(lumas)
    if n == 0:
        return CameraReport(Verdict.FAIL, Remedy.CAMERA_MISSING, 0, 0.0, 0.0, 0.0)
    span = timestamps[-1] - timestamps[0] if n > 1 else 0.0
    fps = (n - 1) / span if span > 0 else 0.0
    black = sum(1 for y in lumas if float(np.mean(y)) < BLACK_LUMA)
    frozen = sum(
        1 for prev, cur in zip(lumas, lumas[1:], strict=False) if np.array_equal(prev, cur)
    )
    black_share, frozen_share = black / n, frozen / max(n - 1, 1)
    if black_share > BAD_FRAME_SHARE:
        verdict, remedy = Verdict.FAIL, Remedy.CAMERA_BLACK
    elif frozen_share > BAD_FRAME_SHARE:
        verdict, remedy = Verdict.FAIL, Remedy.CAMERA_FROZEN
    elif fps < MIN_FPS:
        # Choppy but still a picture: the appointment can go ahead.
        verdict, remedy = Verdict.WARN, Remedy.CAMERA_LOW_FPS
    else:
        verdict, remedy = Verdict.OK, Remedy.NONE
    return CameraReport(verdict, remedy, n, fps, black_share, frozen_share)


def to_float(samples: np.ndarray) -> np.ndarray:
    """int16 or float PCM to float64 in [-1, 1]."""
    import numpy as np

    if samples.dtype == np.int16:
        return samples.astype(np.float64) / 32768.0
    return samples.astype(np.float64)


def dbfs(value: float) -> float:
    return 20 * math.log10(value) if value > 0 else -math.inf


def level_dbfs(samples: np.ndarray) -> float:
    """RMS level in dBFS of one block; the level meter's figure (a full-scale sine is -3)."""
    import numpy as np

    x = to_float(samples)
    return dbfs(float(np.sqrt(np.mean(x * x)))) if x.size else -math.inf


def check_microphone(samples: np.ndarray) -> MicrophoneReport:
    import numpy as np

    x = to_float(samples)
    if x.size == 0:
        return MicrophoneReport(Verdict.FAIL, Remedy.MIC_DEAD, -math.inf, -math.inf, 0.0)
    rms = level_dbfs(x)
    peak = dbfs(float(np.max(np.abs(x))))
    clipped = float(np.mean(np.abs(x) >= CLIP_LEVEL))
    if rms < DEAD_DBFS:
        return MicrophoneReport(Verdict.FAIL, Remedy.MIC_DEAD, rms, peak, clipped)
    if clipped > CLIP_SHARE:
        return MicrophoneReport(Verdict.WARN, Remedy.MIC_CLIPPING, rms, peak, clipped)
    return MicrophoneReport(Verdict.OK, Remedy.NONE, rms, peak, clipped)


def test_tone(
    frequency: float = 440.0,
    seconds: float = 1.0,
    rate: int = 48_000,
    level_dbfs: float = -12.0,
    channels: int = 2,
) -> np.ndarray:
    """Interleaved int16 sine with 10 ms fades (no clicks), shape (samples, channels)."""
    import numpy as np

    n = int(seconds * rate)
    t = np.arange(n) / rate
    wave = np.sin(2 * np.pi * frequency * t) * 10 ** (level_dbfs / 20)
    fade = min(n // 2, int(0.01 * rate))
    if fade:
        ramp = np.linspace(0.0, 1.0, fade)
        wave[:fade] *= ramp
        wave[-fade:] *= ramp[::-1]
    pcm = np.round(wave * 32767).astype(np.int16)
    return np.repeat(pcm[:, None], channels, axis=1)


test_tone.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def tone_level_dbfs(samples: np.ndarray, frequency: float, rate: int) -> float:
    """RMS level of one frequency in a mono recording, in dBFS.

    Measured per 20 ms block (Hann-windowed single DFT bin) and power-averaged, so gaps
    and phase jumps between received frames do not cancel the tone out.
    """
    import numpy as np

    x = to_float(samples).reshape(-1)
    block = max(rate // 50, 1)
    blocks = x.size // block
    if blocks == 0:
        return -math.inf
    frames = x[: blocks * block].reshape(blocks, block)
    window = np.hanning(block)
    t = np.arange(block) / rate
    bins = (frames * window) @ np.exp(-2j * np.pi * frequency * t)
    amplitude = 2 * np.abs(bins) / window.sum()
    return dbfs(float(np.sqrt(np.mean(amplitude**2))) / math.sqrt(2))


def check_speaker(recorded: np.ndarray, frequency: float, rate: int) -> SpeakerReport:
    """Did the test tone played on the speaker come back on the microphone (loopback)?"""
    level = tone_level_dbfs(recorded, frequency, rate)
    if level < TONE_DETECT_DBFS:
        return SpeakerReport(Verdict.FAIL, Remedy.SPEAKER_SILENT, level)
    return SpeakerReport(Verdict.OK, Remedy.NONE, level)
