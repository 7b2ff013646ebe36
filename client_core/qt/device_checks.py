"""The device part of both apps' checks, on the app's ``CallDevices``.

The camera, the microphone and the speaker the user chose are opened exactly
as a call opens them (``CallDevices.open``), so a check that passes means the
call can open them too. The speaker item plays the test sound on the chosen
speaker while the chosen microphone, through the call's own audio processing,
records it: the report says whether the microphone hears the speaker and how
much of that echo the canceller removes (a headset is advised only when the
echo stays). Whether the user heard the sound is still theirs to say.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from client_core.call.probe import (
    LevelListener,
    SoundReport,
    SourceListener,
    microphone_failed,
    probe_camera,
    probe_microphone,
    probe_speaker_echo,
)
from client_core.devices import CameraReport, MicrophoneReport

from .call_devices import CallDevices

if TYPE_CHECKING:  # numpy and PyAV: loaded when a check runs, not on the first screen
    from .check_sound import CheckSound

log = logging.getLogger(__name__)


class DeviceChecks:
    def __init__(self, devices: CallDevices, sound: CheckSound | None = None, *,
                 warmup_s: float = 1.0, sample_s: float = 1.5) -> None:
        self.devices = devices
        self._sound = sound
        self.warmup_s = warmup_s
        self.sample_s = sample_s

    @property
    def check_sound(self) -> CheckSound:
        """The speaker item's sound, made when first needed (it loads numpy and PyAV)."""
        if self._sound is None:
            from .check_sound import CheckSound

            self._sound = CheckSound(self.devices, self.devices)
        return self._sound

    def close_sound(self) -> None:
        if self._sound is not None:
            self._sound.close()

    async def camera(self, on_source: SourceListener | None = None) -> CameraReport:
        """``on_source``: the camera is open (a self-view subscribes to its frames)."""
        return await probe_camera(self.devices.open("video"), warmup_s=self.warmup_s,
                                  sample_s=self.sample_s, on_source=on_source)

    async def microphone(self, on_level: LevelListener | None = None) -> MicrophoneReport:
        """The microphone alone (no sound played)."""
        return await probe_microphone(self.devices.open("audio"), warmup_s=self.warmup_s,
                                      sample_s=self.sample_s, on_level=on_level)

    async def speaker(self, on_level: LevelListener | None = None) -> SoundReport:
        """The test sound on the speaker, heard by the microphone; then the microphone."""
        source = self.devices.open("audio")
        if source is None:
            return SoundReport(microphone_failed(), None)
        try:
            # Always a processor, even when IT turned every part off: it records the
            # blocks the echo figure is measured on (and then reports no cancelling).
            from client_core.call.audio_processing import CaptureProcessor

            processor = CaptureProcessor(self.devices.processing, self.devices.reference)
        except Exception:  # no audio processing module: grade the microphone alone
            log.exception("audio processing unavailable; no echo figure")
            mic = await probe_microphone(source, warmup_s=self.warmup_s,
                                         sample_s=self.sample_s, on_level=on_level)
            await self.check_sound.play()
            return SoundReport(mic, None)
        mic, echo = await probe_speaker_echo(source, processor, self.check_sound,
                                             sample_s=self.sample_s, on_level=on_level)
        return SoundReport(mic, echo)
