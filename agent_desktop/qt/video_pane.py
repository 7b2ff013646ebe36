"""Slot for a video conversation: the customer's pre-session check, and the call.

The call engine (client_core.call) and the video widget belong to another
workstream; until the widget exists this pane shows the precheck report and
says plainly that the video arrives with the call engine.
"""

from __future__ import annotations

import importlib.util
from typing import Any

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTreeView, QVBoxLayout, QWidget

from .offer_card import plain_label


def video_widget_available() -> bool:
    return importlib.util.find_spec("client_core.qt.video_widget") is not None


def precheck_model(report: dict[str, Any] | None, parent: Any = None) -> QStandardItemModel:
    """Nested dict -> two-column tree (check, result), all plain text."""
    model = QStandardItemModel(0, 2, parent)

    def add(parent_item: QStandardItem | QStandardItemModel, key: str, value: Any) -> None:
        name = QStandardItem(key.replace("_", " "))
        name.setEditable(False)
        if isinstance(value, dict):
            shown = QStandardItem("")
            for k, v in value.items():
                add(name, str(k), v)
        elif isinstance(value, list):
            shown = QStandardItem(", ".join(str(v) for v in value))
        elif isinstance(value, bool):
            shown = QStandardItem("✓" if value else "✗")
        else:
            shown = QStandardItem(str(value))
        shown.setEditable(False)
        parent_item.appendRow([name, shown])

    for key, value in (report or {}).items():
        add(model, str(key), value)
    return model


class VideoPane(QWidget):
    def __init__(self, precheck: dict[str, Any] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("videoPane")
        self.title = plain_label("", self, "sectionTitle")
        self.note = plain_label("", self, "videoNote")
        self.tree = QTreeView(self)
        self.tree.setObjectName("precheckTree")
        self.tree.setModel(precheck_model(precheck, self))
        self.tree.setHeaderHidden(True)
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = plain_label("", self, "mutedText")
        self.empty.setVisible(not precheck)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.note)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Customer's pre-session check"))
        self.tree.setAccessibleName(self.tr("Pre-session check results"))
        self.empty.setText(self.tr("The customer's client sent no check results."))
        self.note.setText(self.tr("The video pane arrives with the call engine. Until then, "
                                  "use this report to see how the customer's camera, microphone "
                                  "and connection did."))
