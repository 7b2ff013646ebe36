"""The transcript list: bubbles, paging older rows in, staying at the bottom."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from agent_desktop.domain.transcript_rows import BotHeader

from .bubble_delegate import BubbleDelegate
from .transcript_model import ROW_ROLE, TranscriptModel


class TranscriptView(QListView):
    attachmentOpened = Signal(object)  # AttachmentInfo: double-click or Enter on a file

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcriptView")
        self.setItemDelegate(BubbleDelegate(self))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.verticalScrollBar().setSingleStep(24)
        self._stick = True  # follow new messages unless the reader scrolled up
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.clicked.connect(self._on_clicked)
        self.doubleClicked.connect(self._open_attachment)

    def setModel(self, model: TranscriptModel) -> None:  # type: ignore[override]
        old = self.model()
        if old is not None:
            old.rowsInserted.disconnect(self._on_rows_inserted)
            old.modelReset.disconnect(self._scroll_to_end_later)
        super().setModel(model)
        model.rowsInserted.connect(self._on_rows_inserted)
        model.modelReset.connect(self._scroll_to_end_later)
        self._scroll_to_end_later()

    def transcript_model(self) -> TranscriptModel:
        return self.model()  # type: ignore[return-value]

    def _scroll_to_end_later(self) -> None:
        self._stick = True
        QTimer.singleShot(0, self.scrollToBottom)

    def _on_rows_inserted(self, _parent: QModelIndex, first: int, _last: int) -> None:
        if first == 0 and self._paging:
            return
        if self._stick:
            model = self.model()
            if isinstance(model, TranscriptModel) and model.rowCount() > 2 * model.window:
                model.trim_top(model.window)
            # Laid out and scrolled now, not on a timer: one layout and one paint
            # per new message instead of a paint at the old position and another after.
            self.executeDelayedItemsLayout()
            self.scrollToBottom()

    _paging = False

    def _on_scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        self._stick = value >= bar.maximum() - 4
        model = self.model()
        if value == bar.minimum() and isinstance(model, TranscriptModel) and model.hidden_above:
            # Page older rows in and keep the row that was at the top in view.
            anchor = model.index(0, 0)
            row = anchor.data(ROW_ROLE)
            self._paging = True
            model.fetch_earlier()
            self._paging = False
            target = model.row_index(row)
            if target.isValid():
                self.scrollTo(target, QAbstractItemView.ScrollHint.PositionAtTop)

    def _on_clicked(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, BotHeader):
            self.toggle_bot_part()

    def _open_attachment(self, index: QModelIndex) -> bool:
        row = index.data(ROW_ROLE)
        info = getattr(row, "attachment", None)
        if info is not None:
            self.attachmentOpened.emit(info)
        return info is not None

    def toggle_bot_part(self) -> None:
        model = self.model()
        if isinstance(model, TranscriptModel):
            model.rows.set_bot_collapsed(not model.rows.bot_collapsed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentIndex().data(ROW_ROLE)
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and isinstance(row, BotHeader):
            self.toggle_bot_part()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._open_attachment(self.currentIndex()):
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        # A file's kind and size and the delivery marks are drawn in the UI language.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange):
            delegate = self.itemDelegate()
            if isinstance(delegate, BubbleDelegate):
                delegate.reset_cache()
                self.scheduleDelayedItemsLayout()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._stick:
            QTimer.singleShot(0, self.scrollToBottom)
