"""Speech-like test signals and a simulated room, shared by the audio tests and bench/audio.py.

Speech comes from Debian's espeak-ng (rendered at run time, two different voices for
the far and the near end); ``babble`` is a deterministic stand-in where espeak-ng
is not needed. The room is a delay, an attenuated direct path and a short
exponentially decaying tail, like a laptop's speakers heard by its microphone.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import wave
from pathlib import Path

import numpy as np

RATE = 48_000
FAR_TEXT = ("Your application for housing allowance has arrived. We will process it within "
            "four weeks and send the decision to you by mail. If you have any questions, "
            "please call our service number on weekdays.")
NEAR_TEXT = "Hyvää päivää, minulla on kysymys asumistuesta ja sen liitteistä, kiitos."


def espeak(text: str, voice: str, *, speed: int = 150) -> np.ndarray:
    """float64 mono at 48 kHz of ``text`` spoken by espeak-ng (resampled by sox)."""
    if shutil.which("espeak-ng") is None or shutil.which("sox") is None:
        raise RuntimeError("espeak-ng and sox are needed (Debian packages espeak-ng, sox)")
    with tempfile.TemporaryDirectory() as tmp:
        raw, out = Path(tmp) / "raw.wav", Path(tmp) / "out.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(raw), text],
                       check=True, capture_output=True)
        subprocess.run(["sox", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(out)],
                       check=True, capture_output=True)
        return read_wav(out)


def read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path)) as w:
        pcm = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)
        return pcm.reshape(-1, w.getnchannels())[:, 0].astype(np.float64) / 32768


def write_wav(path: Path, x: np.ndarray, channels: int = 1) -> None:
    pcm = to_int16(x)
    if channels > 1:
        pcm = np.repeat(pcm[:, None], channels, axis=1).reshape(-1)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm.tobytes())


def babble(seconds: float, seed: int = 1) -> np.ndarray:
    """Noise shaped like speech: low-passed, in 4 Hz syllables with pauses."""
    rng = np.random.default_rng(seed)
    n = int(seconds * RATE)
    x = np.convolve(rng.standard_normal(n), np.ones(12) / 12, mode="same")
    t = np.arange(n) / RATE
    envelope = np.clip(np.sin(2 * np.pi * 4 * t + rng.uniform(0, 6)), 0, None) ** 2
    pauses = np.repeat(rng.random(int(seconds * 2) + 1) > 0.2, RATE // 2)[:n]
    return x * envelope * pauses


def at_level(x: np.ndarray, dbfs: float) -> np.ndarray:
    """Scaled so that its active parts (above -50 dB of the peak) have RMS ``dbfs``."""
    active = np.abs(x) > np.max(np.abs(x)) * 10 ** (-50 / 20)
    rms = float(np.sqrt(np.mean(x[active] ** 2)))
    return x * (10 ** (dbfs / 20) / rms)


def room(delay_s: float = 0.06, direct: float = 0.25, tail: float = 0.005,
         tail_s: float = 0.03, seed: int = 1) -> np.ndarray:
    """An echo path's impulse response: delay, direct path, decaying reflections."""
    rng = np.random.default_rng(seed)
    d, n_tail = int(delay_s * RATE), int(4 * tail_s * RATE)
    ir = np.zeros(d + 10 + n_tail)
    ir[d] = direct
    ir[d + 10:] = rng.standard_normal(n_tail) * np.exp(-np.arange(n_tail) / (tail_s * RATE)) * tail
    return ir


def echo_of(far: np.ndarray, ir: np.ndarray) -> np.ndarray:
    return np.convolve(far, ir)[: len(far)]


def to_int16(x: np.ndarray) -> np.ndarray:
    return np.clip(np.round(x * 32767), -32768, 32767).astype(np.int16)


def level_db(x: np.ndarray) -> float:
    x = x.astype(np.float64) / (32768 if x.dtype == np.int16 else 1)
    return float(10 * np.log10(np.mean(x * x) + 1e-20))


def run_processor(processor, mic: np.ndarray, far: np.ndarray | None,  # type: ignore[no-untyped-def]
                  *, frame: int = 960, t0: float = 1000.0) -> np.ndarray:
    """Feed a CaptureProcessor in simulated time: ``far`` is played on the reference
    timeline exactly when ``mic`` (int16, already containing its echo) was captured."""
    from av.audio.frame import AudioFrame

    writer = processor.reference.writer() if processor.reference is not None else None
    out = []
    for i in range(0, len(mic) - frame + 1, frame):
        if writer is not None and far is not None:
            writer.write(far[i:i + frame], t0 + i / RATE)
        chunk = AudioFrame.from_ndarray(mic[i:i + frame].reshape(1, -1), format="s16",
                                        layout="mono")
        chunk.sample_rate = RATE
        out += [f.to_ndarray().reshape(-1) for f in processor.process(chunk, t0 + i / RATE)]
    return np.concatenate(out) if out else np.zeros(0, np.int16)


def wav_source_spec(path: Path, label: str = "speech"):  # type: ignore[no-untyped-def]
    """A call source speaking ``path`` in real time, 20 ms mono frames (lavfi's amovie)."""
    from client_core.call import SourceSpec

    graph = (f"amovie={path},aformat=sample_fmts=s16:channel_layouts=mono:sample_rates={RATE},"
             "asetnsamples=n=960")
    return SourceSpec("audio", graph, "lavfi", realtime=True, label=label)
