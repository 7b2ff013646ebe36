"""One tab per open conversation (and per history transcript opened), with unread counts.

Tab texts keep the ``MainWindow`` translation context they had before this
split (literal ``QCoreApplication.translate`` calls, so lupdate still finds them).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from agent_desktop.domain.timefmt import date_time

from . import labels
from .conversation_view import ConversationView


class ConversationTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationTabs")
        self.setDocumentMode(True)
        self.setMovable(True)
        self.views: dict[str, ConversationView] = {}  # conversation id, or "history:<id>"
        self.currentChanged.connect(self._on_current)

    def add(self, key: str, view: ConversationView) -> None:
        self.views[key] = view
        index = self.addTab(view, "")
        self.update_tab(key)
        self.setCurrentIndex(index)

    def remove(self, key: str) -> ConversationView | None:
        view = self.views.pop(key, None)
        if view is not None:
            self.removeTab(self.indexOf(view))
            view.dispose()
            view.deleteLater()
        return view

    def current_view(self) -> ConversationView | None:
        view = self.currentWidget()
        return view if isinstance(view, ConversationView) else None

    def step(self, step: int) -> None:
        if self.count():
            self.setCurrentIndex((self.currentIndex() + step) % self.count())

    def note_message(self, key: str, window_active: bool) -> None:
        """A message arrived: counted as unread unless the expert is looking at it."""
        view = self.views.get(key)
        if view is not None and (self.currentWidget() is not view or not window_active):
            view.conv.unread += 1
            self.update_tab(key)

    def update_tab(self, key: str) -> None:
        view = self.views.get(key)
        if view is None:
            return
        index = self.indexOf(view)
        conv = view.conv
        name = conv.customer_name or QCoreApplication.translate("MainWindow", "Customer")
        if conv.read_only:
            text = QCoreApplication.translate("MainWindow", "History: %1").replace("%1", name)
            if conv.started_at is not None:
                text = f"{text} · {date_time(conv.started_at)}"
        elif conv.ended:
            text = QCoreApplication.translate("MainWindow", "%1 (ended)").replace("%1", name)
        elif conv.unread:
            text = f"{name}  ●{conv.unread}"
        else:
            text = name
        self.setTabText(index, text)
        accessible = text if not conv.unread else self.tr(
            "%1, %Ln unread message(s)", "", conv.unread).replace("%1", name)
        self.tabBar().setAccessibleTabName(index, accessible)
        self.setTabToolTip(index, f"{labels.channel(conv.channel)} · {labels.language(conv.language)}")

    def _on_current(self, index: int) -> None:
        view = self.widget(index)
        if isinstance(view, ConversationView) and view.conv.unread:
            view.conv.unread = 0
            self.update_tab(next(k for k, v in self.views.items() if v is view))
