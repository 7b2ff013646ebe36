"""Shows the newest frame of a FrameFanout; never queues frames (the newest wins).

Stand-in until client_core/qt/video_widget.py (QVideoSink, GPU conversion)
lands: it converts to RGB on the GUI thread at a modest rate, which is fine for
one remote picture and one small preview.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QWidget


class VideoView(QWidget):
    def __init__(self, parent: QWidget | None = None, fps: int = 20) -> None:
        super().__init__(parent)
        self.setObjectName("video")
        self.fanout: Any = None
        self.placeholder = ""
        self.mirrored = False  # own preview is shown as in a mirror
        self._image: QImage | None = None
        self._shown_seq = -1
        self.frames_shown = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000 // fps)
        self._timer.timeout.connect(self._poll)

    def set_source(self, fanout: Any) -> None:
        self.fanout = fanout
        self._image = None
        self._shown_seq = -1
        if fanout is None:
            self._timer.stop()
        else:
            self._timer.start()
        self.update()

    def set_placeholder(self, text: str) -> None:
        self.placeholder = text
        self.update()

    def _poll(self) -> None:
        fanout = self.fanout
        if fanout is None or fanout.published == self._shown_seq:
            return
        frame = fanout.latest()
        if frame is None:
            return
        self._shown_seq = fanout.published
        rgb = frame.to_ndarray(format="rgb24")
        h, w, _ = rgb.shape
        image = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
        self._image = image.flipped(Qt.Orientation.Horizontal) if self.mirrored else image
        self.frames_shown += 1
        self.update()

    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#1C2630"))
        if self._image is None:
            painter.setPen(QColor("#E6ECF1"))
            painter.drawText(self.rect().adjusted(12, 12, -12, -12),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             self.placeholder)
            return
        size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(self.rect().center())
        painter.drawImage(target, self._image)
