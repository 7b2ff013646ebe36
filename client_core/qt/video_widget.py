"""Call video view: remote video, local preview picture-in-picture, stats overlay.

Frames reach Qt as YUV420P QVideoFrames on a QVideoSink (QVideoWidget draws them and
converts colour on the GPU). Frames arrive from the engine's fanouts on the GUI thread
(qasync); only the newest one is pushed, once per event-loop turn, so a slow paint
never builds a queue.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QLabel, QWidget

from client_core.call import CallStats, FrameFanout

from .frames import to_qvideoframe

if TYPE_CHECKING:  # PyAV loads with the first frame
    from av.video.frame import VideoFrame


class LatestFramePusher(QObject):
    """Coalesces frames: keeps the newest and pushes it to the sink on the next turn."""

    def __init__(self, view: QVideoWidget) -> None:
        super().__init__(view)
        self._view = view
        self._pending: VideoFrame | None = None
        self.pushed = 0
        self.dropped = 0
        self._unsubscribe: Callable[[], None] | None = None

    def attach(self, fanout: FrameFanout[VideoFrame] | None) -> None:
        self.detach()
        if fanout is not None:
            self._unsubscribe = fanout.subscribe(self.offer)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def offer(self, frame: VideoFrame) -> None:
        if self._pending is not None:
            self.dropped += 1  # replaced before it was shown: newest wins
        else:
            QTimer.singleShot(0, self._flush)
        self._pending = frame

    def _flush(self) -> None:
        frame, self._pending = self._pending, None
        if frame is not None:
            self._view.videoSink().setVideoFrame(to_qvideoframe(frame))
            self.pushed += 1


def format_stats(stats: CallStats) -> str:
    rtt = "–" if stats.rtt_ms is None else f"{stats.rtt_ms:.0f} ms"
    text = QCoreApplication.translate(
        "CallVideoView", "{kbps:.0f} kbit/s · {fps:.0f} fps · RTT {rtt} · loss {loss:.1f} %"
    )
    return text.format(kbps=stats.recv_kbps, fps=stats.recv_fps, rtt=rtt, loss=stats.loss_pct)


class CallVideoView(QWidget):
    """Remote video filling the widget, local preview in a corner, stats in the other."""

    PIP_FRACTION = 0.25

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.remote_view = QVideoWidget(self)
        self.local_view = QVideoWidget(self)
        self.local_view.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.stats_label = QLabel(self)
        self.stats_label.setTextFormat(Qt.TextFormat.PlainText)
        self.stats_label.setStyleSheet(
            "background: rgba(0,0,0,140); color: white; padding: 2px 6px;"
        )
        self.remote = LatestFramePusher(self.remote_view)
        self.local = LatestFramePusher(self.local_view)
        self._stats_timer = QTimer(self)
        self._stats_task: asyncio.Future[None] | None = None

    def attach(
        self, remote: FrameFanout[VideoFrame] | None, local: FrameFanout[VideoFrame] | None = None
    ) -> None:
        """Show a peer's video (engine.remote(peer).video) and our preview (engine.local_preview)."""
        self.remote.attach(remote)
        self.local.attach(local)
        self.local_view.setVisible(local is not None)

    def attach_stats(
        self, fetch: Callable[[], Awaitable[CallStats | None]], interval_ms: int = 1000
    ) -> None:
        """Poll e.g. ``lambda: engine.get_stats(peer_id)`` once a second (needs a qasync loop)."""

        def tick() -> None:
            if self._stats_task is None or self._stats_task.done():
                self._stats_task = asyncio.ensure_future(self._refresh(fetch))

        self._stats_timer.timeout.connect(tick)
        self._stats_timer.start(interval_ms)

    async def _refresh(self, fetch: Callable[[], Awaitable[CallStats | None]]) -> None:
        stats = await fetch()
        if stats is not None:
            self.show_stats(stats)

    def show_stats(self, stats: CallStats) -> None:
        self.stats_label.setText(format_stats(stats))
        self.stats_label.adjustSize()

    def detach(self) -> None:
        self.remote.detach()
        self.local.detach()
        self._stats_timer.stop()
        if self._stats_task is not None:
            self._stats_task.cancel()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        w, h = self.width(), self.height()
        self.remote_view.setGeometry(0, 0, w, h)
        pw, ph = int(w * self.PIP_FRACTION), int(h * self.PIP_FRACTION)
        self.local_view.setGeometry(w - pw - 8, h - ph - 8, pw, ph)
        self.stats_label.move(8, 8)
        self.local_view.raise_()
        self.stats_label.raise_()
