"""A microphone that stops delivering: the call gets silence meanwhile, never a gap.

The device is a QBuffer here (a real QIODevice we can starve and refill at will);
the unplug through PulseAudio is in test_customer_devices.py.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice

from client_core.call.sources import AUDIO_RATE
from client_core.qt.audio_capture import BUFFER_MS, FRAME_SAMPLES, QtAudioSource


def starved_source() -> tuple[QtAudioSource, QBuffer, list]:
    source = QtAudioSource()
    device = QBuffer()
    device.setData(QByteArray())
    device.open(QIODevice.OpenModeFlag.ReadOnly)
    source._io = device  # what QAudioSource.start() returns, minus the sound card
    sent: list = []
    source.fanout.subscribe(sent.append)
    return source, device, sent


def refill(device: QBuffer, samples: np.ndarray) -> None:
    device.close()
    device.setData(QByteArray(samples.astype(np.int16).tobytes()))
    device.open(QIODevice.OpenModeFlag.ReadOnly)


def test_a_silent_device_is_covered_with_silence_and_its_backlog_dropped() -> None:
    source, device, sent = starved_source()
    source._covered = time.monotonic() - 0.05
    source._read()
    assert sent == []  # a short pause in delivery is normal: nothing added

    source._covered = time.monotonic() - 0.5  # half a second without a sample
    source._read()
    covered = sum(f.samples for f in sent)
    assert 0.48 * AUDIO_RATE <= covered <= 0.5 * AUDIO_RATE
    assert all(not f.to_ndarray().any() for f in sent)

    # The device comes back with the half second it kept: only the newest is sent.
    refill(device, np.full(AUDIO_RATE // 2, 1000))
    before = len(sent)
    source._read()
    back = sent[before:]
    assert sum(f.samples for f in back) <= AUDIO_RATE * BUFFER_MS // 1000
    assert back and all(f.to_ndarray().min() == 1000 for f in back)
    pts = [f.pts for f in sent]
    assert pts == list(range(pts[0], pts[0] + FRAME_SAMPLES * len(sent), FRAME_SAMPLES))


def test_a_device_that_keeps_delivering_is_passed_on_whole() -> None:
    source, device, sent = starved_source()
    source._covered = time.monotonic() - 0.5  # a late first read, with data: no filler
    refill(device, np.full(AUDIO_RATE // 2, 700))
    source._read()
    assert sum(f.samples for f in sent) == AUDIO_RATE // 2 // FRAME_SAMPLES * FRAME_SAMPLES
    assert all(f.to_ndarray().min() == 700 for f in sent)
