"""Your own picture and your microphone's level, as the device checks show them.

The picture is the camera source the check (or a preview) opened, drawn like
a call's video (newest frame only); the meter shows the microphone's level
from -60 to 0 dBFS. Until a picture arrives, and when the camera is closed,
a plain-text caption says why the picture is missing.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from .meter import QuietMeter
from .video_widget import LatestFramePusher


class SelfView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selfView")
        self.picture = QVideoWidget(self)
        self.picture.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.picture.setObjectName("selfPicture")
        self.caption = QLabel(self)
        self.caption.setObjectName("selfCaption")
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #E6ECF1; background: #1C2630; padding: 8px;")
        self.stage = QWidget(self)
        self.stage.setObjectName("selfStage")
        self.stage.setStyleSheet("#selfStage { background: #1C2630; }")
        stack = QStackedLayout(self.stage)
        stack.setStackingMode(QStackedLayout.StackingMode.StackAll)
        stack.addWidget(self.caption)
        stack.addWidget(self.picture)
        # Painted only: a QProgressBar told the screen reader every level (client_core.qt.meter).
        self.meter = QuietMeter(self, height=14)
        self.meter.setObjectName("levelMeter")
        self.meter.setRange(0, 60)  # -60..0 dBFS
        self._pusher = LatestFramePusher(self.picture)
        self.source: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.stage, 1)
        layout.addWidget(self.meter)
        self.set_caption("")
        self.show_picture(None)

    @property
    def frames_shown(self) -> int:
        return self._pusher.pushed

    def show_picture(self, fanout: Any) -> None:
        """The camera's frames (a source's fanout), or None: the caption instead."""
        self.source = fanout
        self._pusher.attach(fanout)
        self.picture.setVisible(fanout is not None)
        self.caption.setVisible(fanout is None)

    def set_caption(self, text: str) -> None:
        """What the stage says while there is no picture (checking, no camera, paused)."""
        self.caption.setText(text)
        self.caption.setVisible(self.source is None)

    def set_level(self, dbfs: float) -> None:
        self.meter.setValue(0 if math.isinf(dbfs) else int(max(0.0, min(60.0, dbfs + 60.0))))

    def clear(self) -> None:
        self.show_picture(None)
        self.set_level(-math.inf)

    def set_names(self, picture: str, meter: str) -> None:
        self.stage.setAccessibleName(picture)
        self.meter.setAccessibleName(meter)
