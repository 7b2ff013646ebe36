"""What ``--smoke-test`` prints, and its loopback call (``--smoke-call``), for both programs.

The marker line tells packaging/smoke_test.py that the first window was shown, whether
server code came along into the bundle (it must not), whether QtMultimedia found its
backend, and with ``--smoke-call`` what a loopback video call through this program's
own call stack and video view delivered.
"""

from __future__ import annotations

import asyncio
import importlib.util
import logging
from collections.abc import Callable

log = logging.getLogger(__name__)
MARKER = "SMOKE-TEST OK"
FAILED = "SMOKE-TEST FAILED"


def smoke_line(program: str, detail: str = "") -> str:
    server = "present" if importlib.util.find_spec("service_hub") else "absent"
    media = "ok" if multimedia_backend() else "missing"
    return " ".join(filter(None, (MARKER, program, f"service_hub={server}",
                                  f"multimedia={media}", detail)))


def multimedia_backend() -> bool:
    """Whether QtMultimedia loaded its backend plugin (FFmpeg, or Windows Media).

    Without it Qt still plays audio, but the video views stay black and the camera
    list is empty; a bundle whose plugin cannot load must not pass."""
    from PySide6.QtMultimedia import QMediaPlayer

    return QMediaPlayer().isAvailable()


async def smoke_call(seconds: float = 2.0) -> tuple[bool, str]:
    """A loopback call shown in the call video view and played on the speaker."""
    from client_core.call.selftest import loopback_call  # the call stack loads here only

    from .audio_output import RemoteAudioPlayer
    from .video_widget import CallVideoView

    view = CallVideoView()
    view.resize(320, 240)
    view.show()
    player = RemoteAudioPlayer()

    def show(video, audio) -> None:  # noqa: ANN001 - FrameFanouts
        view.attach(video)
        player.start(audio)

    try:
        result = await loopback_call(seconds, on_remote=show)
    finally:
        view.detach()
        player.stop()
        view.close()
    shown = view.remote.pushed
    detail = f"{result.summary()} shown={shown} played={player.written_bytes}B"
    return result.ok and shown > 0, detail


def run_smoke(program: str, call: bool, done: Callable[[str], None]) -> None:
    """Call ``done(line)`` with the marker line, after the loopback call if asked for."""
    if not call:
        done(smoke_line(program))
        return

    async def with_call() -> None:
        try:
            ok, detail = await smoke_call()
        except Exception as exc:  # the line must say why, the exit must still happen
            log.exception("smoke call failed")
            ok, detail = False, f"call=FAILED {type(exc).__name__}: {exc}"
        done(smoke_line(program, detail) if ok else f"{FAILED} {program} {detail}")

    asyncio.ensure_future(with_call())
