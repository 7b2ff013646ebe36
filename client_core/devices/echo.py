"""Echo check (pure, no Qt): does the speaker's sound come back, and how much is removed?

The speaker check plays ``test_sound()`` while the microphone records it twice:
as captured (``raw``) and after the call's audio processing (``processed``). The
sound is a short melody over a soft rush: a pure tone is too narrow for an echo
canceller to learn the room from in a second, broadband sound converges in 0.3 s.

The customer is asked to say a few words during the check, so the microphone
hears their voice as well as the sound. Only the part of each recording that
follows what was played (``played``, the canceller's reference) counts as echo:
its coherent power (Welch's cross-spectrum, bias-corrected for the number of
segments), at the lag the echo arrives with. A voice is not coherent with the
sound, so talking neither makes a headset user "hear" an echo nor hides one
the canceller removes (measured: plain power figures fell from 96 to 8 dB
"removed" while the customer talked in rig room A).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .checks import dbfs, to_float
from .report import Remedy, Verdict

RATE = 48_000
SOUND_S = 1.6
SETTLE_S = 0.6  # the canceller's start: measured after this much of the sound
ECHO_HEARD_DBFS = -50.0  # below this at the microphone the speaker does not reach it
# The check asks whether the canceller takes hold of this speaker's echo, not how well a
# call will sound (bench/audio.py measures that: 30-50 dB on speech). On the test rig's
# drifting echo path (tests/audio/rig.py) a working canceller removed 12-110 dB of the
# continuous test sound over the measured window (its suppressor first, its filter
# later), in 17 runs; with the canceller off, 0-4 dB.
REMOVED_OK_DB = 10.0
RESIDUAL_OK_DBFS = -60.0  # ... or whatever is left is this quiet
NOTES_HZ = (523.3, 659.3, 784.0, 1046.5, 784.0, 659.3)
SEGMENT = 4096  # Welch segment (85 ms): ~17 segments in the measured 0.8 s
BAND_HZ = (150.0, 8000.0)  # where the sound has energy and speakers play
MAX_LAG_S = 0.5  # the echo may arrive up to this long after the reference says it played
MIN_LEAD_S = 0.05  # ... or this much before it (capture stamps are estimates)
# Under this share of the microphone's power (-22 dB), what follows the sound is chance,
# not an echo; an echo 15 dB under the customer's voice is found. Known limit: a voice
# puts its power in few bins, where a chance coherence (about 1/segments) weighs much;
# espeak speech alone at 30 places in a sentence showed 10.6-30 dB (median 19) below itself after the
# lag search (the check's 1 s window), so a customer who talks loudly through the sound with
# a headset on can be told there is an echo (tests/audio/test_processing.py, xfail).
MIN_SHARE = 0.006


@dataclass(frozen=True)
class EchoReport:
    verdict: Verdict
    remedy: Remedy
    echo_dbfs: float  # the test sound as the microphone heard it
    residual_dbfs: float  # what the processing left of it
    cancelling: bool  # echo cancellation was on

    @property
    def removed_db(self) -> float:
        if not math.isfinite(self.echo_dbfs):
            return 0.0
        if not math.isfinite(self.residual_dbfs):
            return math.inf  # nothing of it is left to measure
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


def echo_lag(played: np.ndarray, mic: np.ndarray) -> int:
    """Samples by which ``mic`` trails ``played`` (the strongest cross-correlation)."""
    n = len(played) + len(mic)
    size = 1 << (n - 1).bit_length()
    xcorr = np.fft.irfft(np.fft.rfft(mic, size) * np.conj(np.fft.rfft(played, size)), size)
    lags = np.r_[0:int(MAX_LAG_S * RATE), -int(MIN_LEAD_S * RATE):0]
    return int(lags[np.argmax(np.abs(xcorr[lags]))])


def coherent_share(x: np.ndarray, y: np.ndarray) -> float:
    """The share of ``y``'s power that ``x`` explains linearly (0..1), in the sound's band."""
    hop = SEGMENT // 2
    count = (min(len(x), len(y)) - SEGMENT) // hop + 1
    if count < 3:
        return 0.0
    window = np.hanning(SEGMENT)
    starts = np.arange(count) * hop
    frames_x = np.stack([x[s:s + SEGMENT] for s in starts]) * window
    frames_y = np.stack([y[s:s + SEGMENT] for s in starts]) * window
    fx, fy = np.fft.rfft(frames_x, axis=1), np.fft.rfft(frames_y, axis=1)
    sxx = np.mean(np.abs(fx) ** 2, axis=0)
    syy = np.mean(np.abs(fy) ** 2, axis=0)
    sxy = np.mean(np.conj(fx) * fy, axis=0)
    freqs = np.fft.rfftfreq(SEGMENT, 1 / RATE)
    band = (freqs >= BAND_HZ[0]) & (freqs <= BAND_HZ[1]) & (sxx > 0) & (syy > 0)
    if not band.any():
        return 0.0
    coherence = np.abs(sxy[band]) ** 2 / (sxx[band] * syy[band])
    # Unrelated signals show a coherence of about 1/count by chance: take that away, and
    # clip only the sum (clipping each bin would keep the chance part's positive half).
    unbiased = (count * coherence - 1) / (count - 1)
    total = float(np.sum(syy[1:]))
    share = float(np.sum(unbiased * syy[band]) / total) if total > 0 else 0.0
    return min(max(share, 0.0), 1.0)


def echo_power_dbfs(played: np.ndarray, recorded: np.ndarray, lag: int,
                    min_share: float = 0.0) -> float:
    """The level of what ``recorded`` holds of ``played`` (arriving ``lag`` samples later);
    -inf when that is under ``min_share`` of ``recorded``'s power."""
    x, y = to_float(played).reshape(-1), to_float(recorded).reshape(-1)
    if lag >= 0:
        x, y = x[:len(x) - lag] if lag else x, y[lag:]
    else:
        x, y = x[-lag:], y[:len(y) + lag]
    n = min(len(x), len(y))
    share = coherent_share(x[:n], y[:n])
    power = float(np.mean(y[:n] ** 2)) if n else 0.0
    if share <= min_share or power <= 0:
        return -math.inf
    return dbfs(math.sqrt(share * power))


def check_echo(raw: np.ndarray, processed: np.ndarray, played: np.ndarray, *,
               cancelling: bool) -> EchoReport:
    """Grade the echo of the test sound (after settling): heard, and how much was removed.

    ``raw`` and ``processed``: the microphone before and after the call's
    processing; ``played``: what the speaker played, aligned on their timeline.
    """
    lag = echo_lag(to_float(played).reshape(-1), to_float(raw).reshape(-1))
    echo = echo_power_dbfs(played, raw, lag, MIN_SHARE)
    residual = echo_power_dbfs(played, processed, lag)
    report = EchoReport(Verdict.OK, Remedy.NONE, echo, residual, cancelling)
    if not report.echo_heard:
        return report  # a headset, or speakers the microphone does not hear
    if cancelling and (report.removed_db >= REMOVED_OK_DB or residual <= RESIDUAL_OK_DBFS):
        return report
    return EchoReport(Verdict.WARN, Remedy.USE_HEADSET, echo, residual, cancelling)
