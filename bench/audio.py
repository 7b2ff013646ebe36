"""Audio processing benchmark: echo cancellation quality and cost, offline and in a real call.

Offline (simulated time, the call's CaptureProcessor with its default parts):
the far end's espeak-ng speech (English) through a simulated room (60 ms delay,
direct path -12 dB, 30 ms reflections) mixed with low noise; from 7 s the near
end talks too (Finnish voice, -26 dBFS).

* ``erle_db``: echo return loss enhancement during far-end single talk, from 2 s
  (convergence) until the near end starts: microphone level / processed level.
* ``double_talk_loss_db``: how much quieter the near end's speech comes out while
  the far end talks than the same chain makes it alone (positive = lost).
* ``apm_cpu_cores``: CPU of the processing per call end as a fraction of one core
  (thread CPU time / audio time), and ``apm_cpu_ratio``: that over the CPU of the
  call's own audio path for the same audio in the same run (Opus encode at
  aiortc's settings plus decode: what one end spends on audio without processing).

Real call (the PulseAudio rig of tests/audio/rig.py: two rooms, each a speaker
echoing into a microphone): two call engines over loopback, each capturing its
room's microphone through QtMultimedia and playing the other on its room's
speaker. Side A talks (speech played into room A), then side B. For each side:
how far below its own voice the echo it receives back is, with the processing
on and off (``call_echo_*_db``; higher is better).

Usage: python bench/audio.py [--quick]. Human-readable lines, then one JSON line.
PulseAudio is started (under var/pulse-runtime) when none runs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from av.audio.frame import AudioFrame  # noqa: E402

from client_core.call.audio_processing import (  # noqa: E402
    CaptureProcessor,
    ProcessingConfig,
)
from client_core.call.echo_reference import RATE, EchoReference  # noqa: E402
from tests.audio.signals import (  # noqa: E402
    FAR_TEXT,
    NEAR_TEXT,
    at_level,
    echo_of,
    espeak,
    level_db,
    room,
    run_processor,
    to_int16,
    write_wav,
)

NEAR_START_S = 7.0


def offline(far: np.ndarray, near: np.ndarray) -> dict[str, float]:
    n = len(far)
    rng = np.random.default_rng(1)
    echo = echo_of(far, room())
    noise = rng.standard_normal(n) * 10 ** (-65 / 20)
    talk = np.zeros(n)
    s = int(NEAR_START_S * RATE)
    e = min(n, s + len(near))
    talk[s:e] = near[: e - s]
    mic, alone = to_int16(echo + noise + talk), to_int16(noise + talk)
    far16 = to_int16(far)
    config = ProcessingConfig()
    processor = CaptureProcessor(config, EchoReference())
    out = run_processor(processor, mic, far16)
    solo = run_processor(CaptureProcessor(config, EchoReference()), alone, far16 * 0)
    single = slice(2 * RATE, s)
    double = slice(s, min(e, len(out)))
    audio_s = len(out) / RATE
    apm_cores = processor.stats.seconds / audio_s
    path_cores = opus_path_cpu(mic[: len(out)]) / audio_s
    return {
        "erle_db": round(level_db(mic[single]) - level_db(out[single]), 1),
        "double_talk_loss_db": round(level_db(solo[double]) - level_db(out[double]), 1),
        "apm_cpu_cores": round(apm_cores, 4),
        "audio_path_cpu_cores": round(path_cores, 4),
        "apm_cpu_ratio": round(apm_cores / path_cores, 2),
    }


def opus_path_cpu(pcm: np.ndarray) -> float:
    """Thread CPU seconds to Opus-encode (aiortc's encoder) and decode ``pcm``."""
    from aiortc.codecs.opus import OpusDecoder, OpusEncoder
    from aiortc.jitterbuffer import JitterFrame

    encoder, decoder = OpusEncoder(), OpusDecoder()
    t0 = time.thread_time()
    for i in range(0, len(pcm) - 959, 960):
        frame = AudioFrame.from_ndarray(pcm[i:i + 960].reshape(1, -1), format="s16",
                                        layout="mono")
        frame.sample_rate = RATE
        frame.pts = i
        payloads, timestamp = encoder.encode(frame)
        for payload in payloads:
            decoder.decode(JitterFrame(data=payload, timestamp=timestamp))
    return time.thread_time() - t0


# ------------------------------------------------------------------ the real call


def ensure_pulseaudio() -> None:
    runtime = Path(os.environ.setdefault("XDG_RUNTIME_DIR", str(ROOT / "var/pulse-runtime")))
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    if subprocess.run(["pactl", "info"], capture_output=True).returncode == 0:
        return
    subprocess.run(["pulseaudio", "--daemonize=yes", "--exit-idle-time=-1", "-n",
                    f"--log-target=file:{ROOT / 'var/pulse.log'}",
                    "--load=module-native-protocol-unix",
                    "--load=module-null-sink sink_name=test_speaker",
                    "--load=module-virtual-source source_name=test_mic master=test_speaker.monitor"],
                   check=True)


async def call_echo(rig, voices: dict[str, Path], config: ProcessingConfig,  # type: ignore[no-untyped-def]
                    talk_s: float) -> dict[str, float]:
    from client_core.call import CallEngine, CallState, MemorySignalingHub
    from client_core.call.audio_processing import make_processor
    from client_core.qt.audio_capture import QtAudioSource
    from client_core.qt.audio_output import RemoteAudioPlayer
    from tests.audio.helpers import Recorder, qt_device

    hub = MemorySignalingHub()
    ends = {}
    for side in ("a", "b"):
        r = rig.rooms[side]
        reference = EchoReference()
        mic = await qt_device("input", r.mic_description)
        speaker = await qt_device("output", r.speaker_description)
        engine = CallEngine(side, hub.channel(side), audio=QtAudioSource(
            mic, processor=make_processor(config, reference)))
        hub.join(engine)
        ends[side] = (engine, RemoteAudioPlayer(speaker, reference=reference))
    (ea, pa), (eb, pb) = ends["a"], ends["b"]
    figures: dict[str, float] = {}
    try:
        await ea.start()
        await eb.start()
        await ea.call("b")
        await ea.wait_for(CallState.CONNECTED, timeout=10)
        pa.start(ea.remote("b").audio)
        pb.start(eb.remote("a").audio)
        await asyncio.sleep(1.0)  # devices deliver their first blocks late
        for side, other in (("a", "b"), ("b", "a")):
            talker = rig.talk(rig.rooms[side], str(voices[side]))
            me = ends[side][0]
            await asyncio.sleep(2.0)  # the far side's canceller converges on this voice
            sent = Recorder(me._sources["audio"].fanout)
            back = Recorder(me.remote(other).audio)
            await asyncio.sleep(talk_s - 2.0)
            figures[side] = level_db(sent.take()) - level_db(back.take())
            talker.wait(timeout=30)
    finally:
        pa.stop()
        pb.stop()
        await ea.hang_up()
        await eb.hang_up()
    return figures


def real_call(voices: dict[str, Path], talk_s: float) -> dict[str, float]:
    import qasync
    from PySide6.QtWidgets import QApplication

    from tests.audio.rig import AudioRig

    ensure_pulseaudio()
    rig = AudioRig()
    rig.load()
    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        off = loop.run_until_complete(call_echo(rig, voices, ProcessingConfig.off(), talk_s))
        on = loop.run_until_complete(call_echo(rig, voices, ProcessingConfig(), talk_s))
    finally:
        rig.unload_all()
    return {f"call_echo_{side}_{label}_db": round(got[side], 1)
            for label, got in (("off", off), ("on", on)) for side in ("a", "b")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="shorter call phases (< 60 s)")
    args = parser.parse_args()
    started = time.monotonic()
    far = at_level(espeak(FAR_TEXT, "en"), -20)
    near = at_level(espeak(NEAR_TEXT, "fi"), -26)
    result: dict[str, float | str] = offline(far, near)
    print(f"offline: ERLE {result['erle_db']} dB, double-talk loss "
          f"{result['double_talk_loss_db']} dB, APM {result['apm_cpu_cores']} cores "
          f"({result['apm_cpu_ratio']}x the Opus audio path's {result['audio_path_cpu_cores']})")
    talk_s = 5.0 if args.quick else 9.0
    with tempfile.TemporaryDirectory() as tmp:
        voices = {"a": Path(tmp) / "a.wav", "b": Path(tmp) / "b.wav"}
        write_wav(voices["a"], far[: int(talk_s * RATE)], channels=2)
        write_wav(voices["b"], at_level(espeak(FAR_TEXT, "fi"), -20)[: int(talk_s * RATE)],
                  channels=2)
        call = real_call(voices, talk_s)
    for side in ("a", "b"):
        print(f"real call, side {side.upper()} hears its own voice back "
              f"{call[f'call_echo_{side}_off_db']} dB down unprocessed, "
              f"{call[f'call_echo_{side}_on_db']} dB down processed")
    result.update(call)
    result["seconds"] = round(time.monotonic() - started, 1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
