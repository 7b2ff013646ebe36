"""The customer client's look: its style sheet at the system's text size, in high
contrast when the system asks for it (or IT, or the command line, does).

The sheet (resources/customer/style.qss) is written in pixels for the usual
13 px system font; every pixel figure is scaled by how much larger the system's
font is (a larger point size or a higher text DPI both count), so headings,
buttons and paddings keep their proportions at 200 %. High contrast lays
resources/customer/high_contrast.qss over it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessibilityHints, QFontInfo, QGuiApplication
from PySide6.QtWidgets import QApplication

from client_core.config import resources_dir

NORMAL_FONT_PX = 13.0  # the usual system UI font (10 pt at 96 dpi) the sheet is drawn for
MAX_SCALE = 2.5
THEMES = ("system", "default", "high-contrast")


def system_scale(app: QApplication) -> float:
    return max(1.0, min(MAX_SCALE, QFontInfo(app.font()).pixelSize() / NORMAL_FONT_PX))


def system_high_contrast(hints: QAccessibilityHints) -> bool:
    return hints.contrastPreference() == Qt.ContrastPreference.HighContrast


def scaled(sheet: str, scale: float) -> str:
    return re.sub(r"(\d+(?:\.\d+)?)px", lambda m: f"{round(float(m.group(1)) * scale)}px", sheet)


class Look:
    """Applies the sheet now and again when the system's contrast setting changes."""

    def __init__(self, app: QApplication, *, text_size: int | None = None,
                 theme: str = "system") -> None:
        self.app = app
        self.text_size = text_size  # percent; None: follow the system
        self.theme = theme if theme in THEMES else "system"
        # Both held: a temporary style-hints wrapper takes its accessibility hints with it.
        self._style_hints = QGuiApplication.styleHints()
        self._hints = self._style_hints.accessibility()
        self._hints.contrastPreferenceChanged.connect(lambda _preference: self.apply())
        self.apply()

    @property
    def scale(self) -> float:
        if self.text_size:
            return max(0.8, min(MAX_SCALE, self.text_size / 100))
        return system_scale(self.app)

    @property
    def high_contrast(self) -> bool:
        return self.theme == "high-contrast" or (self.theme == "system" and system_high_contrast(self._hints))

    def apply(self) -> None:
        folder = resources_dir() / "customer"
        sheet = (folder / "style.qss").read_text(encoding="utf-8")
        if self.high_contrast:
            sheet += "\n" + (folder / "high_contrast.qss").read_text(encoding="utf-8")
        self.app.setProperty("customerHighContrast", self.high_contrast)
        self.app.setProperty("customerTextScale", self.scale)
        self.app.setStyleSheet(scaled(sheet, self.scale))


def high_contrast_on() -> bool:
    """For what paints itself (the chat bubbles): is the high-contrast look on?"""
    app = QApplication.instance()
    return bool(app is not None and app.property("customerHighContrast"))


def text_scale() -> float:
    """How much larger than usual the text is (1.0 when no Look was applied)."""
    app = QApplication.instance()
    value = app.property("customerTextScale") if app is not None else None
    return float(value) if value else 1.0


def px(size: int) -> int:
    """A size the sheet would draw at ``size`` pixels, at the current text size."""
    return round(size * text_scale())
