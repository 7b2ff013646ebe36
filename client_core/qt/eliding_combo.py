"""A combo box that shortens a long current item with "…" instead of cutting it.

QComboBox clips a name wider than the box (in a right-to-left UI it clips the
start, since the text is aligned right). The item itself keeps its full text:
that is what the list, the tooltip and a screen reader get (on Linux Qt names
a combo box by its current text); only the painted label is shortened.
"""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics, QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter

ELLIPSIS = "…"
FSI, PDI = "\u2068", "\u2069"  # first-strong isolate: the name keeps its own direction


def elide_end(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` cut at its logical end with "…" to fit ``width`` pixels, in either
    direction, isolated so that the ellipsis stays at the end of a left-to-right name
    in right-to-left text (and the other way round)."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    low, high = 0, len(text)  # the longest start that fits with the ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(text[:middle].rstrip() + ELLIPSIS) <= width:
            low = middle
        else:
            high = middle - 1
    return f"{FSI}{text[:low].rstrip()}{ELLIPSIS}{PDI}"


class ElidingComboBox(QComboBox):
    def shown_text(self) -> str:
        """The current item as painted: whole, or shortened to the room it has."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self)
        return elide_end(self.currentText(), self.fontMetrics(), room.width() - 4)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
