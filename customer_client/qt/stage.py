"""The call's stage: client_core's ``CallVideoView`` with a plain-text placeholder.

The shared widget draws the expert's picture (YUV420P frames on a QVideoSink,
newest frame only) with our own picture in the corner. Until the expert's
picture arrives the stage says what is happening instead of showing an empty
video surface. The connection figures overlay is left to the expert's
desktop: the customer is told about the connection in words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from client_core.qt.video_widget import CallVideoView


class CallStage(CallVideoView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("video")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.stats_label.hide()
        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("videoPlaceholder")
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        # Light text on the dark stage (QWidget#video in the style sheet).
        self.placeholder.setStyleSheet("color: #E6ECF1; font-size: 20px; background: transparent;")
        self.remote_source: Any = None
        self.local_source: Any = None
        self._sync()

    @property
    def frames_shown(self) -> int:
        """Expert's frames handed to the video sink so far."""
        return self.remote.pushed

    def set_remote(self, fanout: Any) -> None:
        self.remote_source = fanout
        self._sync()

    def set_local(self, fanout: Any) -> None:
        self.local_source = fanout
        self._sync()

    def set_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)

    def clear(self) -> None:
        self.remote_source = self.local_source = None
        self.detach()
        self._sync()

    def _sync(self) -> None:
        self.attach(self.remote_source, self.local_source)
        live = self.remote_source is not None
        self.remote_view.setVisible(live)
        self.placeholder.setVisible(not live)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.placeholder.setGeometry(self.rect().adjusted(24, 24, -24, -24))
        self.local_view.raise_()
