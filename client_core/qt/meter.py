"""A level meter a screen reader does not hear at every change.

A QProgressBar sends an accessibility value-change event on each setValue;
a microphone meter updates many times a second, which a screen reader would
read out continuously. This bar is painted only; what it says to assistive
technology is its name and, when it changes, a coarse description ("sound"
or "no sound") that a test or a reader can query.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class QuietMeter(QWidget):
    def __init__(self, parent: QWidget | None = None, *, height: int = 16) -> None:
        super().__init__(parent)
        self._min, self._max, self._value = 0, 100, 0
        self._heard: bool | None = None
        self.sound_words = ("", "")  # (no sound, sound): set by the owner in its language
        self.setFixedHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def setRange(self, low: int, high: int) -> None:  # noqa: N802 - QProgressBar's names
        self._min, self._max = low, max(low + 1, high)
        self.update()

    def setValue(self, value: int) -> None:  # noqa: N802
        value = max(self._min, min(self._max, int(value)))
        if value == self._value:
            return
        self._value = value
        heard = value > self._min + (self._max - self._min) // 10
        if heard != self._heard:  # the only change worth telling: sound or none
            self._heard = heard
            self.setAccessibleDescription(self.sound_words[heard])
        self.update()

    def value(self) -> int:
        return self._value

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, self.height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(box, 4, 4)
        share = (self._value - self._min) / (self._max - self._min)
        if share > 0:
            fill = QRectF(box.left(), box.top(), box.width() * share, box.height())
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                fill.moveRight(box.right())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(fill, 4, 4)
        painter.end()
