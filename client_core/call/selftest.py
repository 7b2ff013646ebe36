"""A loopback video call inside one process: the bundle's proof that calls work.

Two call engines joined by in-process signaling, fed by lavfi test media, connect over
127.0.0.1 (ICE, DTLS, SRTP), encode and decode VP8 and Opus, and count what arrives.
The bundle smoke test runs it (``--smoke-test --smoke-call``) so a slimmed bundle that
lost a codec, FFmpeg's lavfi or the DTLS stack fails before it ships.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import aioice.ice
from aiortc.sdp import SessionDescription

from .engine import CallEngine
from .fanout import FrameFanout
from .signaling import MemorySignalingHub
from .sources import CaptureSource, Frame, synthetic_audio, synthetic_video
from .states import CallState

CALLER, CALLEE = "selftest:caller", "selftest:callee"


@dataclass(frozen=True)
class LoopbackResult:
    video_frames: int
    audio_frames: int
    video_size: tuple[int, int] | None
    codecs: tuple[str, ...]  # negotiated MIME types, e.g. ("audio/opus", "video/VP8")

    @property
    def ok(self) -> bool:
        return self.video_frames > 0 and self.audio_frames > 0

    def summary(self) -> str:
        size = "x".join(map(str, self.video_size)) if self.video_size else "-"
        return (f"call={'ok' if self.ok else 'FAILED'} video={self.video_frames} frames {size} "
                f"audio={self.audio_frames} frames codecs={','.join(self.codecs) or '-'}")


RemoteHook = Callable[[FrameFanout[Frame], FrameFanout[Frame]], None]


async def loopback_call(seconds: float = 2.0, *, on_remote: RemoteHook | None = None,
                        connect_timeout: float = 15.0) -> LoopbackResult:
    """Call from one engine to another, receive for ``seconds``, hang up.

    ``on_remote(video, audio)`` lets a view show and play what the callee receives.
    """
    with _loopback_only():
        return await _call(seconds, on_remote, connect_timeout)


@contextlib.contextmanager
def _loopback_only() -> Iterator[None]:
    """Both peers are in this process: gather 127.0.0.1 only, so nothing leaves the machine."""
    before = aioice.ice.get_host_addresses
    aioice.ice.get_host_addresses = lambda use_ipv4, use_ipv6: ["127.0.0.1"] if use_ipv4 else []
    try:
        yield
    finally:
        aioice.ice.get_host_addresses = before


async def _call(seconds: float, on_remote: RemoteHook | None,
                connect_timeout: float) -> LoopbackResult:
    hub = MemorySignalingHub()
    engines = [
        CallEngine(peer, hub.channel(peer), audio=CaptureSource(synthetic_audio(tone)),
                   video=CaptureSource(synthetic_video(320, 240, 15)))
        for peer, tone in ((CALLER, 440.0), (CALLEE, 660.0))
    ]
    for engine in engines:
        hub.join(engine)
    caller, callee = engines
    counts = {"video": 0, "audio": 0}
    size: list[tuple[int, int]] = []
    try:
        await callee.start()
        await caller.call(CALLEE)
        await callee.wait_for(CallState.CONNECTED, timeout=connect_timeout)
        remote = callee.remote(CALLER)
        assert remote is not None

        def count(kind: str) -> Callable[[Frame], None]:
            def seen(frame: Frame) -> None:
                counts[kind] += 1
                if kind == "video":
                    size[:] = [(frame.width, frame.height)]  # type: ignore[union-attr]
            return seen

        unsubscribe = [remote.video.subscribe(count("video")), remote.audio.subscribe(count("audio"))]
        if on_remote is not None:
            on_remote(remote.video, remote.audio)
        await asyncio.sleep(seconds)
        for stop in unsubscribe:
            stop()
        codecs = await _negotiated_codecs(callee)
    finally:
        for engine in engines:
            await engine.hang_up()
    return LoopbackResult(counts["video"], counts["audio"], size[0] if size else None, codecs)


async def _negotiated_codecs(engine: CallEngine) -> tuple[str, ...]:
    """The first codec of each media section of the callee's answer: what both use."""
    session = engine.peers.get(CALLER)
    if session is None or session.pc is None or session.pc.localDescription is None:
        return ()
    answer = SessionDescription.parse(session.pc.localDescription.sdp)
    return tuple(m.rtp.codecs[0].mimeType for m in answer.media if m.rtp.codecs)
