"""Choose a signed-in colleague (an interpreter) to add to a video call."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hub_protocol import frames as p

from . import labels
from .offer_card import plain_label
from .status_widget import STATE_COLORS, dot_icon


class InviteDialog(QDialog):
    def __init__(self, colleagues: list[p.AgentSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inviteDialog")
        self.setWindowTitle(self.tr("Add an interpreter to the call"))
        intro = plain_label(self.tr("The colleague joins the video call and the chat, and sees the "
                                    "chat so far. They can leave at any time."), self, "dialogIntro")
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("inviteList")
        self.list.setAccessibleName(self.tr("Signed-in colleagues"))
        # Available colleagues first; nobody is hidden (interpreters may be Away between calls).
        order = {"available": 0, "away": 1, "wrap_up": 2, "busy": 3}
        for c in sorted(colleagues, key=lambda c: (order.get(c.state, 9), c.display_name)):
            item = QListWidgetItem(dot_icon(STATE_COLORS.get(c.state, "#7f8c8d")),
                                   f"{c.display_name} · {labels.state(c.state)}")
            item.setData(Qt.ItemDataRole.UserRole, c.agent_id)
            self.list.addItem(item)
        self.empty = plain_label(self.tr("No colleague is signed in right now."), self, "mutedText")
        self.empty.setVisible(not colleagues)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Invite"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.list.currentItemChanged.connect(
            lambda item, _old: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(item is not None))
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.resize(420, 320)

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
