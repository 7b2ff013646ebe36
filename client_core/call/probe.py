"""Device probes on the call's own sources, graded by client_core.devices.

The probes take the source a call would open (the apps' ``CallDevices.open``,
or a ``SourceSpec`` for the headless check and tests), so a probe that passes
means the call can open that device too. A refused permission is graded apart
from a missing device: the user is told how to allow it, not to plug it in.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from client_core.devices import (
    CameraReport,
    MicrophoneReport,
    Remedy,
    Verdict,
    check_camera,
    check_microphone,
    level_dbfs,
)

from .errors import DeviceError, PermissionDeniedError
from .sources import CaptureSource, MediaSource, SourceSpec

if TYPE_CHECKING:  # numpy, PyAV and the APM load with the first check, not the first screen
    import numpy as np

    from client_core.devices.echo import EchoReport

    from .audio_processing import CaptureProcessor

LevelListener = Callable[[float], None]
SourceListener = Callable[[MediaSource], None]  # the probe's source is open: preview it
Probed = MediaSource | SourceSpec | None
FLOWING_S = 0.3
TAIL_S = 0.3  # the room's echo of the sound's end
SKIP_BLOCKS = 10  # the microphone's first 100 ms: devices start with silence or a click


def camera_failed(exc: DeviceError | None = None) -> CameraReport:
    blocked = isinstance(exc, PermissionDeniedError)
    return CameraReport(Verdict.FAIL, Remedy.CAMERA_BLOCKED if blocked else Remedy.CAMERA_MISSING,
                        0, 0.0, 0.0, 0.0)


def microphone_failed(exc: DeviceError | None = None) -> MicrophoneReport:
    blocked = isinstance(exc, PermissionDeniedError)
    return MicrophoneReport(Verdict.FAIL, Remedy.MIC_BLOCKED if blocked else Remedy.MIC_DEAD,
                            -math.inf, -math.inf, 0.0)


def _source(probed: MediaSource | SourceSpec) -> MediaSource:
    return CaptureSource(probed) if isinstance(probed, SourceSpec) else probed


def _luma(frame: Any) -> np.ndarray:
    import numpy as np

    plane = frame.planes[0]
    rows = np.frombuffer(plane, np.uint8).reshape(-1, plane.line_size)
    return rows[: frame.height, : frame.width]


async def _collect(source: MediaSource, warmup_s: float, sample_s: float,
                   on_frame: Callable[[Any, float], None],
                   on_source: SourceListener | None = None) -> None:
    await source.start()  # raises DeviceError: missing, busy, no permission
    if on_source is not None:
        on_source(source)
    start = time.monotonic()

    def listener(frame: Any) -> None:
        now = time.monotonic()
        if now - start >= warmup_s:  # auto-exposure and gain settle first
            on_frame(frame, now)

    unsubscribe = source.fanout.subscribe(listener)
    try:
        await asyncio.sleep(warmup_s + sample_s)
    finally:
        unsubscribe()
        await source.stop()


async def probe_camera(probed: Probed, *, warmup_s: float = 1.0, sample_s: float = 1.5,
                       on_source: SourceListener | None = None) -> CameraReport:
    if probed is None:
        return camera_failed()
    lumas: list[np.ndarray] = []
    stamps: list[float] = []

    def keep(frame: Any, now: float) -> None:
        lumas.append(_luma(frame).copy())
        stamps.append(now)

    try:
        await _collect(_source(probed), warmup_s, sample_s, keep, on_source)
    except DeviceError as exc:
        return camera_failed(exc)
    return check_camera(lumas, stamps)


async def probe_microphone(probed: Probed, *, warmup_s: float = 1.0, sample_s: float = 1.5,
                           on_level: LevelListener | None = None) -> MicrophoneReport:
    if probed is None:
        return microphone_failed()
    blocks: list[np.ndarray] = []

    def keep(frame: Any, _now: float) -> None:
        samples = frame.to_ndarray().reshape(-1)
        blocks.append(samples)
        if on_level is not None:
            on_level(level_dbfs(samples))

    try:
        await _collect(_source(probed), warmup_s, sample_s, keep)
    except DeviceError as exc:
        return microphone_failed(exc)
    import numpy as np

    return check_microphone(np.concatenate(blocks) if blocks else np.zeros(0, np.int16))


@dataclass(frozen=True)
class SoundReport:
    """The speaker item: the microphone's own report, and the echo of the test sound."""

    microphone: MicrophoneReport
    echo: EchoReport | None  # None: the sound reached no speaker (nothing to measure)


class SpeakerSound(Protocol):
    """The speaker check's sound on the chosen speaker (client_core.qt.check_sound)."""

    async def prepare(self) -> bool: ...

    async def play(self) -> bool: ...


class EchoRecorder:
    """Records a processor's 10 ms blocks (on the capture thread) for the echo check."""

    def __init__(self) -> None:
        self.blocks: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []

    def __call__(self, _at: int, mic: np.ndarray, played: np.ndarray, out: np.ndarray) -> None:
        self.blocks.append((mic.copy(), played, out))  # list.append is atomic

    def _playing(self) -> list[int]:
        import numpy as np

        return [i for i, (_, played, _) in enumerate(self.blocks)
                if np.abs(played).max(initial=0) > 0]

    def sound_window(self, settle_blocks: int
                     ) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """Microphone, processed and played samples while the sound played, after settling."""
        playing = self._playing()
        if len(playing) <= settle_blocks:
            return None  # the sound never reached the speaker's reference
        # From the first settled block to the echo's end: contiguous, as the lag search needs.
        first, last = playing[settle_blocks], min(playing[-1] + int(TAIL_S * 100),
                                                  len(self.blocks) - 1)
        chosen = self.blocks[first:last + 1]
        import numpy as np

        return tuple(np.concatenate([b[k] for b in chosen]) for k in (0, 2, 1))  # type: ignore[return-value]

    def voice(self) -> np.ndarray:
        """What the microphone heard of the user: raw before the sound and after its echo,
        processed (the echo taken out) while it played."""
        playing = self._playing()
        first, last = (playing[0], playing[-1] + int(TAIL_S * 100)) if playing \
            else (len(self.blocks), -1)
        keep = [b[2] if first <= i <= last else b[0]
                for i, b in enumerate(self.blocks) if i >= SKIP_BLOCKS]
        import numpy as np

        return np.concatenate(keep) if keep else np.zeros(0, np.int16)


async def probe_speaker_echo(
    source: MediaSource, processor: CaptureProcessor, sound: SpeakerSound, *,
    sample_s: float = 1.5, on_level: LevelListener | None = None,
) -> tuple[MicrophoneReport, EchoReport | None]:
    """Play the test sound, hear it on the microphone; grade the microphone around it.

    ``source`` captures through ``processor`` (its ``processor`` attribute is set to
    it), whose reference the sound's player feeds. The microphone itself is graded
    on at least ``sample_s`` of what it heard of the user (the echo taken out).
    Returns the microphone's report and the echo report, or None for the echo when
    the sound never played (no speaker).
    """
    recorder = EchoRecorder()
    processor.tap = recorder
    source.processor = processor  # type: ignore[attr-defined]  # both capture sources have one
    prepared = asyncio.ensure_future(sound.prepare())
    try:
        await source.start()
    except DeviceError as exc:
        processor.tap = None
        await prepared
        return microphone_failed(exc), None
    unsubscribe = source.fanout.subscribe(
        lambda frame: on_level(level_dbfs(frame.to_ndarray().reshape(-1))) if on_level else None)
    try:
        await asyncio.sleep(FLOWING_S)  # devices deliver their first blocks late
        await prepared
        await sound.play()
        await asyncio.sleep(TAIL_S)
        heard = max(0, len(recorder.blocks) - SKIP_BLOCKS) / 100
        await asyncio.sleep(max(0.0, sample_s - heard))
    finally:
        unsubscribe()
        await source.stop()
        processor.tap = None
    from client_core.devices.echo import SETTLE_S, check_echo

    window = recorder.sound_window(int(SETTLE_S * 100))
    echo = None if window is None else check_echo(
        *window, cancelling=processor.config.echo_cancellation)  # raw, processed, played
    return check_microphone(recorder.voice()), echo
