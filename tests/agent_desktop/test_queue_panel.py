"""The queue panel: groups by channel and language, the channels the expert takes
first, collapsible (and still folded after the next snapshot), names in full."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFontMetrics

from agent_desktop.domain.queues import QueueRow, group_rows
from agent_desktop.qt.panels import QueuePanel


def _row(channel: str, language: str, topic: str, waiting: int = 0) -> QueueRow:
    return QueueRow(channel, language, topic, waiting, 40 * waiting, 1, True, None, 0.0)


ROWS = [_row("chat", "sv", "social_assistance"), _row("chat", "fi", "housing_allowance"),
        _row("video", "fi", "rehabilitation_disability", waiting=3), _row("chat", "fi", "social_assistance", 2),
        _row("video", "fi", "social_assistance")]


def test_groups_put_the_channels_taken_now_first_then_the_waiting() -> None:
    assert [g.key for g in group_rows(ROWS)] == [("chat", "fi"), ("video", "fi"), ("chat", "sv")]
    assert [g.key for g in group_rows(ROWS, ["chat"])] == [("chat", "fi"), ("chat", "sv"), ("video", "fi")]
    chat_fi = group_rows(ROWS)[0]
    assert chat_fi.waiting == 2 and [r.topic for r in chat_fi.rows] == ["social_assistance", "housing_allowance"]


def test_queue_panel_groups_folds_and_shows_names_in_full(qtbot: Any) -> None:
    panel = QueuePanel()
    qtbot.addWidget(panel)
    panel.resize(300, 400)  # narrower than the names
    panel.show()
    panel.set_rows(ROWS)
    model, tree = panel.model, panel.table
    assert model.group_names() == ["Chat · Finnish", "Video · Finnish", "Chat · Swedish"]
    video = model.index(1, 0)
    assert model.rowCount(video) == 2 and model.index(0, 0, video).data() == "Rehabilitation and disability"
    assert model.index(1, 1).data() == "3"  # the group sums its queues
    assert all(tree.isExpanded(model.index(g, 0)) for g in range(3))

    # The expert's device check failed: chat only, so video goes last and says so.
    panel.set_taking(["chat"])
    assert model.group_names() == ["Chat · Finnish", "Chat · Swedish", "Video · Finnish"]
    assert model.index(2, 4).data() == "Not taking now"

    # Folded by the expert, and still folded after the next snapshot of the same queues.
    tree.collapse(model.index(1, 0))
    panel.set_rows([*ROWS[:3], _row("chat", "fi", "social_assistance", 5), ROWS[4]])
    assert not tree.isExpanded(model.index(1, 0)) and tree.isExpanded(model.index(0, 0))
    assert model.index(0, 1).data() == "5"
    assert sorted(model.keys()) == sorted(r.key for r in ROWS)

    # Names are not cut off: the name column is as wide as its longest text, past the panel's edge.
    fm = QFontMetrics(tree.font())
    video = model.index(2, 0)
    longest = fm.horizontalAdvance(model.index(0, 0, video).data()) + tree.indentation()
    assert tree.header().sectionSize(0) >= longest
    assert tree.header().sectionSize(0) > 0 and tree.horizontalScrollBar().maximum() > 0
