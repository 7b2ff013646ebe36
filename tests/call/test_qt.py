"""Qt side, offscreen: video widget fed by a real call, device listing, audio sink adapter."""

from __future__ import annotations

import asyncio

import av
import numpy as np
from conftest import EngineFactory
from PySide6.QtWidgets import QApplication

from client_core.call import CallState, CallStats, FrameFanout
from client_core.call.sources import CaptureSource, synthetic_audio
from client_core.qt.audio_output import RemoteAudioPlayer, pcm_bytes
from client_core.qt.devices import list_devices
from client_core.qt.frames import to_qvideoframe
from client_core.qt.video_widget import CallVideoView, format_stats


def _testsrc_frame(w: int = 320, h: int = 240) -> av.VideoFrame:
    with av.open(f"testsrc=size={w}x{h}:rate=30,format=yuv420p", format="lavfi") as c:
        return next(c.decode(video=0))


def test_yuv_planes_copied_faithfully(qapp: QApplication) -> None:
    frame = _testsrc_frame()
    image = to_qvideoframe(frame).toImage().convertToFormat(image_format_rgb888())
    got = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())[
        :, : 320 * 3
    ]
    want = frame.to_ndarray(format="rgb24").reshape(240, 320 * 3)
    # Colour conversion differs slightly between FFmpeg and Qt; the picture must match.
    assert float(np.mean(np.abs(got.astype(int) - want.astype(int)))) < 6


def image_format_rgb888():  # noqa: ANN201
    from PySide6.QtGui import QImage

    return QImage.Format.Format_RGB888


async def test_video_widget_renders_remote_frames(
    qapp: QApplication, make_engine: EngineFactory
) -> None:
    a = make_engine("alice", pattern="color=c=red")
    b = make_engine("bob")
    await b.start()
    await a.call("bob")
    await b.wait_for(CallState.CONNECTED, timeout=10)

    view = CallVideoView()
    view.resize(640, 480)
    view.show()
    view.attach(b.remote("alice").video, b.local_preview)
    view.show_stats(CallStats(send_kbps=900, recv_kbps=1200, recv_fps=30, rtt_ms=12, loss_pct=0.5))
    for _ in range(60):  # pump Qt's events from the asyncio test loop for ~1.2 s
        await asyncio.sleep(0.02)
        qapp.processEvents()

    assert view.remote.pushed >= 15 and view.local.pushed >= 15
    shown = view.remote_view.videoSink().videoFrame()
    assert shown.isValid() and (shown.width(), shown.height()) == (320, 240)
    pixel = shown.toImage().pixelColor(160, 120)
    assert pixel.red() > 200 and pixel.green() < 60 and pixel.blue() < 60  # alice's red
    assert "1200 kbit/s" in view.stats_label.text() and "RTT 12 ms" in view.stats_label.text()
    view.detach()
    view.close()
    await a.hang_up()


def test_pusher_keeps_only_newest_frame(qapp: QApplication) -> None:
    view = CallVideoView()
    fan: FrameFanout = FrameFanout("video", 1)
    view.attach(fan)
    frames = [_testsrc_frame(64, 48) for _ in range(3)]
    for f in frames:
        fan.publish(f)  # three frames before Qt gets to paint
    qapp.processEvents()
    assert (view.remote.pushed, view.remote.dropped) == (1, 2)
    view.detach()


def test_device_listing_handles_absence(qapp: QApplication) -> None:
    inventory = list_devices()  # this machine has no camera (and maybe no audio server)
    assert "camera" in inventory.missing or inventory.cameras


async def test_remote_audio_player_without_speaker_is_clean(qapp: QApplication) -> None:
    source = CaptureSource(synthetic_audio(440))
    await source.start()
    player = RemoteAudioPlayer()
    started = player.start(source.fanout)
    await asyncio.sleep(0.2)
    if not player.available:
        assert started is False and player.dropped_bytes > 0  # frames consumed, nothing queued
    else:
        assert started and player.written_bytes > 0
    player.stop()
    await source.stop()
    frame = source.fanout.latest()
    assert len(pcm_bytes(frame)) == frame.samples * 2 * 2  # mono s16 -> stereo s16


def test_stats_text() -> None:
    assert (
        format_stats(CallStats(0, 850.4, 29.6, None, 0.0))
        == "850 kbit/s · 30 fps · RTT – · loss 0.0 %"
    )
