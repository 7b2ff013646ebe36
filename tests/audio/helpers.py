"""Finding the rig's devices in Qt's lists and recording a fanout."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtMultimedia import QAudioDevice, QMediaDevices

from tests.audio.rig import AudioRig, unavailable


async def qt_device(kind: str, description: str, timeout: float = 5.0) -> QAudioDevice:
    """The QAudioDevice with this description (Qt learns of new PulseAudio devices late)."""
    for _ in range(int(timeout / 0.05)):
        devices = QMediaDevices.audioInputs() if kind == "input" else QMediaDevices.audioOutputs()
        for device in devices:
            if device.description() == description:
                return device
        await asyncio.sleep(0.05)
    names = [d.description() for d in QMediaDevices.audioInputs() + QMediaDevices.audioOutputs()]
    unavailable(f"Qt does not list {description!r} (it lists {names})")
    raise AssertionError  # unreachable


class Recorder:
    """Mono int16 of every frame a fanout publishes from now on (first channel)."""

    def __init__(self, fanout) -> None:  # type: ignore[no-untyped-def]
        self.chunks: list[np.ndarray] = []
        self._unsubscribe = fanout.subscribe(self._on_frame)
        self.recording = True

    def _on_frame(self, frame) -> None:  # type: ignore[no-untyped-def]
        if self.recording:
            pcm = frame.to_ndarray().reshape(-1, len(frame.layout.channels))[:, 0]
            self.chunks.append(pcm.copy())

    def take(self) -> np.ndarray:
        self.recording = False
        self._unsubscribe()
        return np.concatenate(self.chunks) if self.chunks else np.zeros(0, np.int16)


@contextmanager
def talking(rig: AudioRig, room: Any, wav: Path) -> Iterator[None]:
    """Someone in ``room`` says ``wav`` (the check asks for a few words) while inside."""
    player = rig.talk(room, str(wav))
    try:
        yield
    finally:
        player.terminate()
        player.wait(timeout=5)
