"""Real audio devices: a tone played to the speaker comes back on the microphone.

scripts/test.sh starts PulseAudio with a null sink (the speaker, "Null Output")
and a virtual source on its monitor (the microphone, "test_mic"), so the speaker
check and remote-audio playback are verified through QtMultimedia, not assumed.
"""

from __future__ import annotations

import time

import numpy as np
from av.audio.frame import AudioFrame
from PySide6.QtCore import QCoreApplication
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QAudioSource, QMediaDevices

from client_core.call import FrameFanout
from client_core.devices.checks import check_speaker, test_tone, tone_level_dbfs
from client_core.devices.report import Verdict
from client_core.qt.audio_output import RemoteAudioPlayer
from tests.realparts import PULSEAUDIO, require

RATE = 48_000


def _test_devices() -> tuple[QAudioDevice, QAudioDevice]:
    speakers = [d for d in QMediaDevices.audioOutputs() if "Null Output" in d.description()]
    mics = [d for d in QMediaDevices.audioInputs() if "test_mic" in d.description()]
    require(PULSEAUDIO, None if speakers and mics else
            "no null sink 'Null Output' and virtual source 'test_mic': run through scripts/test.sh, "
            "which starts PulseAudio with them")
    return speakers[0], mics[0]


def _format() -> QAudioFormat:
    fmt = QAudioFormat()
    fmt.setSampleRate(RATE)
    fmt.setChannelCount(2)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return fmt


class Recorder:
    def __init__(self, device: QAudioDevice) -> None:
        self.source = QAudioSource(device, _format())
        self.io = self.source.start()
        assert self.io is not None, "the test microphone could not be opened"
        self.data = bytearray()

    def poll(self) -> None:
        self.data += bytes(self.io.readAll().data())

    def wait_until_flowing(self, timeout: float = 5.0) -> None:
        """The first capture takes about a second to deliver; start measuring after."""
        deadline = time.monotonic() + timeout
        while not self.data and time.monotonic() < deadline:
            self.poll()
            QCoreApplication.processEvents()
            time.sleep(0.005)
        assert self.data, "the test microphone delivered nothing in 5 s"
        self.data.clear()

    def stop(self) -> np.ndarray:
        self.poll()
        self.source.stop()
        pcm = np.frombuffer(bytes(self.data[: len(self.data) // 4 * 4]), dtype=np.int16)
        return pcm.reshape(-1, 2)[:, 0]


def _run_for(seconds: float, step) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        step()
        QCoreApplication.processEvents()
        time.sleep(0.005)


def test_speaker_tone_comes_back_on_the_microphone(qapp) -> None:  # type: ignore[no-untyped-def]
    speaker, mic = _test_devices()
    recorder = Recorder(mic)
    recorder.wait_until_flowing()
    sink = QAudioSink(speaker, _format())
    out = sink.start()
    tone = test_tone(440.0, seconds=1.0, rate=RATE).tobytes()
    pos = 0

    def step() -> None:
        nonlocal pos
        free = sink.bytesFree()
        if pos < len(tone) and free > 0:
            pos += int(out.write(tone[pos: pos + free]))
        recorder.poll()

    _run_for(1.5, step)
    sink.stop()
    recorded = recorder.stop()
    assert recorded.size > RATE // 2, "the microphone delivered almost nothing"
    report = check_speaker(recorded, 440.0, RATE)
    assert report.verdict is Verdict.OK, report
    # The same check on silence fails: it tells a playing speaker from a quiet one.
    assert tone_level_dbfs(np.zeros(RATE, dtype=np.int16), 440.0, RATE) < report.tone_dbfs - 40


def test_silent_speaker_fails_the_check(qapp) -> None:  # type: ignore[no-untyped-def]
    _, mic = _test_devices()
    recorder = Recorder(mic)
    recorder.wait_until_flowing()
    _run_for(0.8, recorder.poll)
    report = check_speaker(recorder.stop(), 440.0, RATE)
    assert report.verdict is Verdict.FAIL


def _sine_frames(frequency: float, seconds: float, samples_per_frame: int = 960):  # type: ignore[no-untyped-def]
    pcm = test_tone(frequency, seconds=seconds, rate=RATE, level_dbfs=-10.0)
    for start in range(0, len(pcm) - samples_per_frame + 1, samples_per_frame):
        chunk = np.ascontiguousarray(pcm[start: start + samples_per_frame]).reshape(1, -1)
        frame = AudioFrame.from_ndarray(chunk, format="s16", layout="stereo")
        frame.sample_rate = RATE
        yield frame


def test_remote_audio_is_played_through_the_speaker(qapp) -> None:  # type: ignore[no-untyped-def]
    speaker, mic = _test_devices()
    recorder = Recorder(mic)
    recorder.wait_until_flowing()
    fanout: FrameFanout[AudioFrame] = FrameFanout("audio")
    player = RemoteAudioPlayer(speaker)
    assert player.start(fanout)
    frames = iter(list(_sine_frames(880.0, 1.2)))
    started = time.monotonic()
    sent = 0

    def step() -> None:
        nonlocal sent
        # Publish in real time (20 ms frames), as the call engine would.
        while sent * 0.02 <= time.monotonic() - started:
            frame = next(frames, None)
            if frame is None:
                break
            fanout.publish(frame)
            sent += 1
        recorder.poll()

    _run_for(1.6, step)
    player.stop()
    recorded = recorder.stop()
    assert player.written_bytes > RATE  # most of the tone reached the device
    assert tone_level_dbfs(recorded, 880.0, RATE) > -50.0
    assert tone_level_dbfs(recorded, 440.0, RATE) < tone_level_dbfs(recorded, 880.0, RATE) - 20
