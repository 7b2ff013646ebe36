"""Echo check (pure, no Qt): does the speaker's sound come back, and how much is removed?

The speaker check plays ``test_sound()`` while the microphone records it twice:
as captured (``raw``) and after the call's audio processing (``processed``). The
sound is a short melody over a soft rush: a pure tone is too narrow for an echo
canceller to learn the room from in a second, broadband sound converges in 0.3 s.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .checks import dbfs, to_float
from .report import Remedy, Verdict

RATE = 48_000
SOUND_S = 1.2
SETTLE_S = 0.4  # the canceller's convergence: measured after this much of the sound
ECHO_HEARD_DBFS = -50.0  # below this at the microphone the speaker does not reach it
REMOVED_OK_DB = 20.0  # a canceller removing this much leaves no echo the other side notices
RESIDUAL_OK_DBFS = -60.0  # ... or whatever is left is this quiet
NOTES_HZ = (523.3, 659.3, 784.0, 1046.5, 784.0, 659.3)


@dataclass(frozen=True)
class EchoReport:
    verdict: Verdict
    remedy: Remedy
    echo_dbfs: float  # the test sound as the microphone heard it
    residual_dbfs: float  # what the processing left of it
    cancelling: bool  # echo cancellation was on

    @property
    def removed_db(self) -> float:
        if not (math.isfinite(self.echo_dbfs) and math.isfinite(self.residual_dbfs)):
            return 0.0
        return self.echo_dbfs - self.residual_dbfs

    @property
    def echo_heard(self) -> bool:
        return self.echo_dbfs >= ECHO_HEARD_DBFS


def test_sound(seconds: float = SOUND_S, level_dbfs: float = -12.0, seed: int = 7) -> np.ndarray:
    """Mono int16: bell-like notes with harmonics over a soft noise bed, 10 ms fades."""
    n = int(seconds * RATE)
    note = max(n // len(NOTES_HZ), 1)
    t = np.arange(note) / RATE
    decay = np.exp(-t / 0.15)
    notes = []
    for f in NOTES_HZ:
        wave = sum(np.sin(2 * np.pi * f * h * t) / h for h in range(1, 8) if f * h < 10_000)
        notes.append(wave * decay)
    tonal = np.concatenate(notes)[:n]
    tonal = np.pad(tonal, (0, n - len(tonal)))
    rng = np.random.default_rng(seed)
    rush = np.convolve(rng.standard_normal(n), np.ones(6) / 6, mode="same")
    x = tonal / np.max(np.abs(tonal)) + rush / np.max(np.abs(rush))
    fade = int(0.01 * RATE)
    ramp = np.linspace(0.0, 1.0, fade)
    x[:fade] *= ramp
    x[-fade:] *= ramp[::-1]
    rms = float(np.sqrt(np.mean(x * x)))
    x *= 10 ** (level_dbfs / 20) / rms
    return np.round(np.clip(x, -1, 1) * 32767).astype(np.int16)


test_sound.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def power_dbfs(samples: np.ndarray) -> float:
    x = to_float(samples).reshape(-1)
    return dbfs(float(np.sqrt(np.mean(x * x)))) if x.size else -math.inf


def erle_db(raw: np.ndarray, processed: np.ndarray) -> float:
    """Echo return loss enhancement: how much quieter the processed signal is, in dB."""
    return power_dbfs(raw) - power_dbfs(processed)


def check_echo(raw: np.ndarray, processed: np.ndarray, *, cancelling: bool) -> EchoReport:
    """Grade the echo from the microphone's recording of the test sound (after settling)."""
    echo, residual = power_dbfs(raw), power_dbfs(processed)
    report = EchoReport(Verdict.OK, Remedy.NONE, echo, residual, cancelling)
    if not report.echo_heard:
        return report  # a headset, or speakers the microphone does not hear
    if cancelling and (report.removed_db >= REMOVED_OK_DB or residual <= RESIDUAL_OK_DBFS):
        return report
    return EchoReport(Verdict.WARN, Remedy.USE_HEADSET, echo, residual, cancelling)
