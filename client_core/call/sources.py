"""Local media sources: a capture thread per device, publishing into a FrameFanout.

One source feeds every peer (mesh) and the local preview, so the device is opened once.
Synthetic sources use PyAV's ``lavfi`` (``testsrc``, ``sine``); real devices use the
platform's FFmpeg input (v4l2/avfoundation/dshow for cameras, pulse/alsa/avfoundation/
dshow for microphones) through the same class.

Frames are stamped at capture on one process-wide clock, so RTP timestamps stay
monotonic when the user switches devices mid-call. The same frame object is shared
between peers; PyAV's encoder rebases a frame's ``pts`` and ``time_base`` together in
place while encoding it, so readers use the time they stand for, never ``pts`` alone.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeAlias

if TYPE_CHECKING:  # PyAV loads when a source opens, not when a spec is made
    from av.audio.frame import AudioFrame
    from av.video.frame import VideoFrame

    from .audio_processing import CaptureProcessor
from .errors import DeviceBusyError, DeviceError, DeviceMissingError, PermissionDeniedError
from .fanout import FrameFanout

log = logging.getLogger(__name__)

Kind = Literal["audio", "video"]
Frame: TypeAlias = "AudioFrame | VideoFrame"  # PyAV loads with the first source that opens

EPOCH = time.monotonic()
VIDEO_CLOCK = 90_000
VIDEO_TIME_BASE = Fraction(1, VIDEO_CLOCK)
AUDIO_RATE = 48_000
AUDIO_FRAME_SAMPLES = 960  # 20 ms, what Opus sends per packet
AUDIO_BUFFER_FRAMES = 5  # 100 ms: enough to ride out a hiccup, small enough not to lag


class MediaSource(Protocol):
    """What the engine needs from a local source."""

    kind: Kind
    label: str
    fanout: FrameFanout[Any]

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


@dataclass(frozen=True)
class SourceSpec:
    """Where frames come from: an FFmpeg input URL, its demuxer and options."""

    kind: Kind
    url: str
    format: str | None = None
    options: dict[str, str] = field(default_factory=dict)
    # lavfi and files produce frames as fast as they can; devices pace themselves.
    realtime: bool = False
    label: str = ""


def synthetic_video(
    width: int = 640, height: int = 480, fps: int = 30, pattern: str = "testsrc"
) -> SourceSpec:
    # ``pattern`` is a lavfi video source, optionally with its own options ("color=c=white").
    sep = ":" if "=" in pattern else "="
    graph = f"{pattern}{sep}size={width}x{height}:rate={fps},format=yuv420p"
    return SourceSpec(
        "video", graph, "lavfi", realtime=True, label=f"{pattern} {width}x{height}@{fps}"
    )


def synthetic_audio(frequency: float = 440.0, amplitude: float = 0.25) -> SourceSpec:
    """A sine of peak ``amplitude`` (of full scale); 0.25 is about -15 dBFS RMS, speech-like."""
    # lavfi's sine has a fixed peak of 1/8 full scale, hence the factor 8.
    graph = (
        f"sine=frequency={frequency}:sample_rate={AUDIO_RATE}:samples_per_frame={AUDIO_FRAME_SAMPLES},"
        f"volume={8 * amplitude:g},aformat=sample_fmts=s16:channel_layouts=mono"
    )
    return SourceSpec("audio", graph, "lavfi", realtime=True, label=f"sine {frequency:g} Hz")


def camera_spec(
    device: str, *, width: int = 640, height: int = 480, fps: int = 30, platform: str = sys.platform
) -> SourceSpec:
    """A real camera. ``device``: /dev/videoN (Linux), index or name (macOS), name (Windows)."""
    options = {"video_size": f"{width}x{height}", "framerate": str(fps)}
    if platform.startswith("linux"):
        return SourceSpec("video", device, "v4l2", options, label=device)
    if platform == "darwin":
        return SourceSpec("video", f"{device}:none", "avfoundation", options, label=device)
    if platform == "win32":
        return SourceSpec("video", f"video={device}", "dshow", options, label=device)
    raise DeviceMissingError(f"no camera input for platform {platform}", device=device)


def microphone_spec(
    device: str = "default", *, platform: str = sys.platform, linux_backend: str = "alsa"
) -> SourceSpec:
    if platform.startswith("linux"):
        # PyAV's wheels ship ALSA but not the pulse demuxer; ALSA's "default" reaches
        # PulseAudio/PipeWire through their ALSA plugins on desktop systems.
        return SourceSpec("audio", device, linux_backend, label=device)
    if platform == "darwin":
        return SourceSpec("audio", f"none:{device}", "avfoundation", label=device)
    if platform == "win32":
        return SourceSpec("audio", f"audio={device}", "dshow", label=device)
    raise DeviceMissingError(f"no microphone input for platform {platform}", device=device)


def map_device_error(exc: BaseException, device: str) -> DeviceError:
    """Translate FFmpeg/OS errors into the engine's typed device errors."""
    code = getattr(exc, "errno", None)
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        return PermissionDeniedError(str(exc), device=device)
    if code == errno.EBUSY:
        return DeviceBusyError(str(exc), device=device)
    if isinstance(exc, FileNotFoundError) or code in (errno.ENOENT, errno.ENODEV, errno.ENXIO):
        return DeviceMissingError(str(exc), device=device)
    if isinstance(exc, ValueError) and "no container format" in str(exc):
        # This FFmpeg build lacks the input backend: for the user the device is unavailable.
        return DeviceMissingError(str(exc), device=device)
    return DeviceError(str(exc), device=device)


class ThreadedSource:
    """Runs ``_frames()`` in a thread, stamps each frame and publishes it on the loop.

    Subclasses implement ``_open`` (may raise; reported from :meth:`start`), ``_frames``
    and ``_close``. The thread only ever hands the newest frame to the loop; nothing
    queues up if the loop is busy because the fanout is bounded.
    """

    kind: Kind
    label: str

    def __init__(self, kind: Kind, label: str, *, realtime: bool,
                 processor: CaptureProcessor | None = None) -> None:
        self.kind = kind
        self.processor = processor  # echo cancellation etc. on the capture thread
        self.label = label
        self.realtime = realtime
        self.fanout: FrameFanout[Frame] = FrameFanout(
            kind, 1 if kind == "video" else AUDIO_BUFFER_FRAMES
        )
        self.error: DeviceError | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._audio_pts = 0

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    async def start(self) -> None:
        if self.running:
            return
        self._loop = asyncio.get_running_loop()
        self._stopping.clear()
        self.error = None
        self.fanout.reopen()  # restarted after stop (camera switched back on)
        opened: asyncio.Future[BaseException | None] = self._loop.create_future()
        self._thread = threading.Thread(
            target=self._run, args=(opened,), name=f"capture-{self.kind}", daemon=True
        )
        self._thread.start()
        exc = await opened
        if exc is not None:
            await self._join()
            raise map_device_error(exc, self.label)

    async def stop(self) -> None:
        self._stopping.set()
        await self._join()
        self.fanout.close()

    async def _join(self) -> None:
        # Poll instead of to_thread(join): no helper thread, and the loop stays responsive.
        thread = self._thread
        while thread is not None and thread.is_alive():
            await asyncio.sleep(0.005)
        self._thread = None

    # -- thread side -------------------------------------------------------------------

    def _post(self, callback: Any, *args: Any) -> None:
        assert self._loop is not None
        try:
            self._loop.call_soon_threadsafe(callback, *args)
        except RuntimeError:  # loop closed while we were capturing
            self._stopping.set()

    def _run(self, opened: asyncio.Future[BaseException | None]) -> None:
        try:
            self._open()
        except Exception as exc:
            self._post(_resolve, opened, exc)
            return
        self._post(_resolve, opened, None)
        self._audio_pts = int((time.monotonic() - EPOCH) * AUDIO_RATE)
        t0: float | None = None
        first: float = 0.0
        try:
            for frame in self._frames():
                if self._stopping.is_set():
                    break
                if self.realtime and frame.time is not None:
                    # Generated sources would run flat out; pace them to the wall clock.
                    if t0 is None:
                        t0, first = time.monotonic(), frame.time
                    delay = t0 + (frame.time - first) - time.monotonic()
                    if delay > 0 and self._stopping.wait(delay):
                        break
                for out in self._processed(frame):
                    self._post(self.fanout.publish, self._stamp(out))
        except Exception as exc:  # device unplugged mid-call, etc.
            self.error = map_device_error(exc, self.label)
            log.warning("capture %s stopped: %s", self.label, exc)
        finally:
            self._close()

    def _processed(self, frame: Frame) -> Iterable[Frame]:
        from av.video.frame import VideoFrame  # loaded by now: the source opened PyAV

        if self.processor is None or isinstance(frame, VideoFrame):
            return (frame,)
        return self.processor.process(frame, self._captured_at(frame))

    def _captured_at(self, frame: AudioFrame) -> float:
        """When the frame's first sample reached the microphone (monotonic clock).

        At the latest one frame before it was read; sources that know their device's
        latency say so by overriding this.
        """
        return time.monotonic() - frame.samples / frame.sample_rate

    def _stamp(self, frame: Frame) -> Frame:
        from av.video.frame import VideoFrame  # loaded by now: the source opened PyAV

        if isinstance(frame, VideoFrame):
            frame.pts = int((time.monotonic() - EPOCH) * VIDEO_CLOCK)
            frame.time_base = VIDEO_TIME_BASE
        else:
            frame.pts = self._audio_pts
            frame.time_base = Fraction(1, frame.sample_rate)
            self._audio_pts += frame.samples
        return frame

    def _open(self) -> None:
        raise NotImplementedError

    def _frames(self) -> Iterator[Frame]:
        raise NotImplementedError

    def _close(self) -> None:
        pass


def _resolve(fut: asyncio.Future[BaseException | None], value: BaseException | None) -> None:
    if not fut.done():
        fut.set_result(value)


class CaptureSource(ThreadedSource):
    """A source read through PyAV: a lavfi graph, a file or a capture device."""

    def __init__(self, spec: SourceSpec, *, processor: CaptureProcessor | None = None) -> None:
        super().__init__(spec.kind, spec.label or spec.url, realtime=spec.realtime,
                         processor=processor)
        self.spec = spec
        self._container: Any = None

    def _captured_at(self, frame: AudioFrame) -> float:
        # FFmpeg's ALSA and PulseAudio inputs stamp packets with the wall clock less the
        # device's reported delay: use that latency when the stamp looks like one.
        now_wall, now = time.time(), time.monotonic()
        if frame.time is not None and 0 <= now_wall - frame.time < 2.0:
            return now - (now_wall - frame.time)
        return super()._captured_at(frame)

    def _open(self) -> None:
        import av

        self._container = av.open(
            self.spec.url, format=self.spec.format, options=dict(self.spec.options)
        )

    def _frames(self) -> Iterator[Frame]:
        if self.kind == "video":
            for frame in self._container.decode(video=0):
                # Convert once here, not once per peer in each encoder.
                yield frame if frame.format.name == "yuv420p" else frame.reformat(format="yuv420p")
        else:
            # aiortc's Opus encoder accepts only s16 mono/stereo; devices deliver anything.
            from av.audio.resampler import AudioResampler

            resampler = AudioResampler(format="s16", layout="mono", rate=AUDIO_RATE)
            for frame in self._container.decode(audio=0):
                if frame.format.name == "s16" and frame.layout.name in ("mono", "stereo"):
                    yield frame
                else:
                    yield from resampler.resample(frame)

    def _close(self) -> None:
        if self._container is not None:
            self._container.close()
            self._container = None


def open_source(spec: SourceSpec) -> CaptureSource:
    return CaptureSource(spec)
