"""The speaker check's test sound, played on the chosen speaker like a call's voice.

It goes through a ``RemoteAudioPlayer`` from the app's ``CallDevices``, so it
plays on the speaker the user picked and is written into the echo
canceller's reference: the check then measures how much of it the
microphone hears and how much the canceller removes (``probe_speaker_echo``).
Frames are handed over in real time, a little ahead, as a call's would be.

The speaker is opened with silence first (``prepare``) and the sound starts
once the device takes data: Qt's PulseAudio output was measured to hold back
the first stream on a device for up to 1.9 s, which would swallow most of a
1.6 s sound (later streams start within 50 ms); the check waits at most 1 s for it.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from fractions import Fraction

import numpy as np
from av.audio.frame import AudioFrame
from PySide6.QtCore import QObject

from client_core.call import FrameFanout
from client_core.devices.echo import RATE, test_sound
from client_core.tasks import spawn

from .audio_output import MAX_BACKLOG_MS, RemoteAudioPlayer
from .call_devices import CallDevices

FRAME = 960  # 20 ms
LEAD_S = 0.06  # how far ahead of the speaker frames are handed over
TAIL_S = 0.3  # the sink plays out what it holds before the player is released
PRIME_MAX_S = 1.0  # the sound starts then even if the device has not taken data yet
SINK_BYTES = RATE * 4 * MAX_BACKLOG_MS // 1000  # what the player's sink holds


def sound_frames(sound: np.ndarray) -> list[np.ndarray]:
    return [np.pad(sound[i:i + FRAME], (0, max(0, i + FRAME - len(sound))))
            for i in range(0, len(sound), FRAME)]


def _frame(samples: np.ndarray, pts: int) -> AudioFrame:
    frame = AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
    frame.sample_rate = RATE
    frame.pts, frame.time_base = pts, Fraction(1, RATE)
    return frame


class CheckSound(QObject):
    def __init__(self, devices: CallDevices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.devices = devices
        self.played = 0  # sounds handed to a speaker that was taking data
        self._sound = sound_frames(test_sound())
        self._queue: deque[np.ndarray] = deque()
        self._player: RemoteAudioPlayer | None = None
        self._feeder: asyncio.Task[None] | None = None
        self._playing: asyncio.Future[bool] | None = None

    @property
    def playing(self) -> bool:
        return self._playing is not None and not self._playing.done()

    @property
    def taking_data(self) -> bool:
        """The speaker consumes what it is given (its first buffer has been played)."""
        return self._player is not None and self._player.written_bytes > SINK_BYTES + FRAME * 4

    async def prepare(self, timeout: float = PRIME_MAX_S) -> bool:
        """Open the chosen speaker with silence until it takes data (at most ``timeout``)."""
        if self._player is None:
            player = self.devices.player(self)
            fanout: FrameFanout[AudioFrame] = FrameFanout("audio", 8)
            if not player.start(fanout):
                self.devices.release(player)
                return False
            self._player = player
            self._feeder = spawn(self._feed(fanout))
        deadline = time.monotonic() + timeout
        while not self.taking_data and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        return self.taking_data

    async def play(self) -> bool:
        """Play the sound to its end on the chosen speaker. False: no speaker took it."""
        if self.playing:
            assert self._playing is not None
            return await self._playing
        self._playing = asyncio.get_running_loop().create_future()
        try:
            # Primed already (the check prepares while the microphone starts): no second wait.
            ready = await self.prepare(0.0 if self._player is not None else PRIME_MAX_S)
            self._queue.extend(self._sound)
            while self._queue:
                await asyncio.sleep(0.02)
            await asyncio.sleep(LEAD_S + TAIL_S)
            self.played += ready
            self._playing.set_result(ready)
            return ready
        finally:
            if not self._playing.done():
                self._playing.set_result(False)
            self.close()

    def play_soon(self) -> None:
        """"Play again": the same sound, started from a click."""
        spawn(self.play())

    async def _feed(self, fanout: FrameFanout[AudioFrame]) -> None:
        loop = asyncio.get_running_loop()
        start, n = loop.time(), 0
        silence = np.zeros(FRAME, np.int16)
        while True:
            delay = start + n * FRAME / RATE - LEAD_S - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            samples = self._queue.popleft() if self._queue else silence
            fanout.publish(_frame(samples, n * FRAME))
            n += 1

    def close(self) -> None:
        """Release the speaker (the check is over, or the page was left)."""
        feeder, self._feeder = self._feeder, None
        if feeder is not None:
            feeder.cancel()
        player, self._player = self._player, None
        if player is not None:
            self.devices.release(player)
        self._queue.clear()
