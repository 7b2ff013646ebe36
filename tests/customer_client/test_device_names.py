"""Long device names in the pickers: shortened with "…" at their logical end in both
directions (QComboBox cut them off, in Sorani at their start), whole in the tooltip
and for a screen reader."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from client_core.qt.eliding_combo import ElidingComboBox

from .test_look import new_window

NAME = "Virtual Source test_mic on Monitor of Null Output (USB Audio Device)"
RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def visual_x(text: str, index: int, direction: Qt.LayoutDirection) -> float:
    """Where the character at ``index`` is drawn in a paragraph of ``direction``."""
    layout = QTextLayout(text)
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    return line.cursorToX(index)[0]


@pytest.mark.parametrize("direction", [LTR, RTL])
def test_a_long_name_ends_in_an_ellipsis(qapp: QApplication, direction: Qt.LayoutDirection) -> None:
    combo = ElidingComboBox()
    combo.setLayoutDirection(direction)
    combo.addItem(NAME)
    combo.resize(220, 40)
    combo.show()
    qapp.processEvents()
    shown = combo.shown_text()
    bare = shown.strip("\u2068\u2069")
    assert bare.endswith("…") and NAME.startswith(bare[:-1]), shown
    assert combo.fontMetrics().horizontalAdvance(shown) < combo.width()
    # Painted in the UI's direction, the ellipsis comes after the start of the name (to
    # its right: the name is English), not before it as an RTL paragraph would put it.
    # (Cursor positions inside the run: at its edges an RTL paragraph's cursor is ambiguous.)
    start = visual_x(shown, shown.index("V") + 1, direction)
    end = visual_x(shown, shown.index("…"), direction)
    assert end > start, (start, end)
    assert combo.currentText() == NAME  # the item keeps its whole name
    combo.resize(1200, 40)
    assert combo.shown_text() == NAME


def test_the_pickers_give_the_whole_name(make_window: Any) -> None:
    window = new_window(make_window, (1024, 700))
    pickers = window.precheck_page.panel.pickers
    combos = [c for c in pickers.combos.values() if c.isEnabled()]
    if not combos:
        pytest.skip("no audio devices on this machine (scripts/test.sh starts PulseAudio's)")
    for combo in combos:
        assert combo.toolTip().split("\n")[0] == combo.currentText() != ""
        said = QAccessible.queryAccessibleInterface(combo)
        assert combo.currentText() in {said.text(QAccessible.Text.Name),
                                       said.text(QAccessible.Text.Value)}
