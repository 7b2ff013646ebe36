"""The conversation view and the message box, shared by the chat and call pages.

Messages are painted as plain text (QPainter.drawText), so nothing a customer,
bot or expert types can ever be rendered as HTML or a link.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QListView,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from client_core.conversation.transcript import Message
from client_core.qt.announce import announce
from hub_protocol.frames import MAX_TEXT_CHARS

from .look import high_contrast_on, px
from .texts import texts
from .transcript_model import MessageRole, TranscriptModel
from .visit_signals import VisitSignals
from .widgets import button, label

PAD = 14
GAP = 10
NAME_GAP = 4
# (fill, text, border) per sender; own and received messages differ in colour, side and name.
COLORS = {
    "system": ("#EEF1F4", "#4A5560", None), "customer": ("#1F5F8B", "#FFFFFF", None),
    "agent": ("#E3F1E8", "#15301F", "#C9D3DC"), "bot": ("#FFFFFF", "#1C2630", "#C9D3DC"),
    "name": ("", "#4A5560", None), "pending": ("", "#8A96A3", None), "focus": ("", "#F2A900", None),
}
HIGH_CONTRAST = {
    "system": ("#000000", "#FFFFFF", "#FFFFFF"), "customer": ("#FFFF66", "#000000", None),
    "agent": ("#000000", "#FFFFFF", "#FFFFFF"), "bot": ("#000000", "#FFFFFF", "#7CFC9A"),
    "name": ("", "#FFFFFF", None), "pending": ("", "#FFFFFF", None), "focus": ("", "#FFFF00", None),
}


def colors(role: str) -> tuple[QColor, QColor, QColor | None]:
    fill, ink, border = (HIGH_CONTRAST if high_contrast_on() else COLORS)[role]
    return QColor(fill), QColor(ink), QColor(border) if border else None


def _first_strong(line: str) -> Qt.LayoutDirection | None:
    for char in line:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return None


def text_direction(text: str, ui: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """A message's own direction, from its first strong character (the Unicode bidi
    rule): English typed in the Sorani UI stays left to right, its full stop at the end.
    Lines that disagree (a file's name above its translated description) keep the UI's."""
    found = {d for d in map(_first_strong, text.splitlines()) if d is not None}
    return found.pop() if len(found) == 1 else ui


def text_flags(text: str, ui: Qt.LayoutDirection) -> int:
    """Wrapping, direction and alignment for both measuring and painting a message: the
    same flags, so the bubble measured is the bubble painted (QFontMetrics lays out left
    to right unless told, the view's painter right to left in RTL)."""
    if text_direction(text, ui) == Qt.LayoutDirection.RightToLeft:
        return int(Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextForceRightToLeft
                   | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignRight)
    return int(Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextForceLeftToRight
               | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignLeft)


class BubbleDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def _bubble_width(self) -> int:
        return max(200, int(self.view.viewport().width() * 0.78))

    def _name(self, entry: Message) -> str:
        return self.view.model().sender_label(entry)

    def _layout(self, option: QStyleOptionViewItem, entry: Message, text: str) -> tuple[QRect, QFont]:
        font = QFont(option.font)
        if entry.sender == "system":
            font.setItalic(True)
        metrics = QFontMetrics(font)
        inner = self._bubble_width() - 2 * PAD
        rect = metrics.boundingRect(QRect(0, 0, inner, 100_000),
                                    text_flags(text, option.direction), text)
        return rect, font

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        entry: Message = index.data(MessageRole)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        rect, _ = self._layout(option, entry, text)
        name_h = 0 if entry.sender == "system" else QFontMetrics(option.font).height() + NAME_GAP
        return QSize(self.view.viewport().width(), rect.height() + 2 * PAD + name_h + GAP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        entry: Message = index.data(MessageRole)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        text_rect, font = self._layout(option, entry, text)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = option.rect.adjusted(8, 0, -8, -GAP)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        width = text_rect.width() + 2 * PAD
        own = entry.sender == "customer"
        if entry.sender == "system":
            bubble = QRect(area.center().x() - width // 2, area.top(), width,
                           text_rect.height() + 2 * PAD)
        else:
            name = self._name(entry)
            metrics = QFontMetrics(option.font)
            on_right = own != rtl  # own messages on the trailing side, mirrored in RTL
            name_rect = QRect(area.left(), area.top(), area.width(), metrics.height())
            small = QFont(option.font)
            # Style sheets set pixel sizes (pointSizeF is then -1).
            if option.font.pixelSize() > 0:
                small.setPixelSize(max(12, int(option.font.pixelSize() * 0.8)))
            else:
                small.setPointSizeF(max(8.0, option.font.pointSizeF() * 0.8))
            painter.setFont(small)
            painter.setPen(colors("name")[1])
            # Absolute: on_right already accounts for the direction; Qt must not mirror again.
            align = (Qt.AlignmentFlag.AlignRight if on_right else Qt.AlignmentFlag.AlignLeft) \
                | Qt.AlignmentFlag.AlignAbsolute
            painter.drawText(name_rect, int(align | Qt.AlignmentFlag.AlignVCenter), name)
            top = area.top() + metrics.height() + NAME_GAP
            left = area.right() - width if on_right else area.left()
            bubble = QRect(left, top, width, text_rect.height() + 2 * PAD)
        fill, ink, border = colors(entry.sender if entry.sender in COLORS else "bot")
        path = QPainterPath()
        path.addRoundedRect(bubble, 14, 14)
        painter.fillPath(path, fill)
        if border is not None:
            painter.setPen(border)
            painter.drawPath(path)
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(bubble.adjusted(PAD, PAD, -PAD, -PAD), text_flags(text, option.direction),
                         text)
        if entry.pending:
            painter.setPen(colors("pending")[1])
            painter.drawText(bubble.adjusted(0, 0, 0, 18), int(Qt.AlignmentFlag.AlignBottom
                                                                | Qt.AlignmentFlag.AlignRight), "…")
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(colors("focus")[1], 3))
            painter.drawPath(path)
        painter.restore()


class TranscriptView(QListView):
    def __init__(self, model: TranscriptModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcript")
        self.names = model.names  # sender -> translated label, shared with the model
        self.setModel(model)
        self.setItemDelegate(BubbleDelegate(self))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setMinimumHeight(px(240))
        model.rowsInserted.connect(lambda *_: self.scrollToBottom())
        model.modelReset.connect(self.scrollToBottom)


class MessageBox(QPlainTextEdit):
    """Enter sends, Shift+Enter starts a new line, Tab moves on (never inserts a tab)."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBox")
        self.setTabChangesFocus(True)
        self.setFixedHeight(px(96))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submitted.emit()
            return
        if len(self.toPlainText()) >= MAX_TEXT_CHARS and event.text() and event.key() not in (
            Qt.Key.Key_Backspace, Qt.Key.Key_Delete
        ):
            return  # the hub takes at most MAX_TEXT_CHARS characters
        super().keyPressEvent(event)


class ChatPanel(QWidget):
    """Transcript + message box + send and attach buttons; emits the text or file to send."""

    sendRequested = Signal(str)
    fileChosen = Signal(str)  # a path the customer picked
    saveRequested = Signal(str, str)  # a file in the conversation (its id), where to save it
    typed = Signal()

    def __init__(self, model: TranscriptModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = TranscriptView(model)
        self.typing = label("hint")
        self.input = MessageBox()
        self.send = button("primary")
        # The rental agreement the assistant asks for, a photo of a letter: a PDF or a picture.
        self.attach = button("secondary")
        self.file_note = label("hint")
        self.file_note.setWordWrap(True)
        buttons = QVBoxLayout()
        buttons.addWidget(self.attach)
        buttons.addWidget(self.send)
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addLayout(buttons, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.typing)
        layout.addWidget(self.file_note)
        layout.addLayout(row)
        self.input.submitted.connect(self._submit)
        self.send.clicked.connect(self._submit)
        self.attach.clicked.connect(self.choose_file)
        self.view.activated.connect(self.save_attachment)  # double-click or Enter on a file
        self.input.textChanged.connect(self.typed.emit)
        # Reading order: the attach button sits above Send.
        self.setTabOrder(self.input, self.attach)
        self.setTabOrder(self.attach, self.send)
        self.typing.hide()
        self.file_note.hide()
        model.rowsInserted.connect(self._announce_new)

    def _announce_new(self, _parent: QModelIndex, first: int, last: int) -> None:
        """Read out what the assistant or the expert writes, wherever the focus is.
        Only from the panel the customer sees (the call page shares the model)."""
        if not self.isVisible():
            return
        model = self.view.model()
        for row in range(first, last + 1):
            message = model.index(row).data(MessageRole)
            if message is not None and message.sender != "customer":
                announce(self.view, model.spoken(message), assertive=message.sender == "system")

    def retranslate(self, names: dict[str, str]) -> None:
        self.view.names.clear()
        self.view.names.update(names)
        self.send.setText(self.tr("Send"))
        self.attach.setText(self.tr("Attach a file…"))
        self.attach.setToolTip(self.tr("Send a PDF document or a picture, for example your rental agreement"))
        self.input.setPlaceholderText(self.tr("Write your message here"))
        self.input.setAccessibleName(self.tr("Your message"))
        self.view.setAccessibleName(self.tr("Conversation"))
        self.view.doItemsLayout()

    def set_enabled(self, enabled: bool) -> None:
        self.input.setEnabled(enabled)
        self.send.setEnabled(enabled)
        self.attach.setEnabled(enabled)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file to send"), "",
            self.tr("PDF documents and pictures (*.pdf *.jpg *.jpeg *.png *.webp);;All files (*)"))
        if path:
            self.fileChosen.emit(path)

    def save_attachment(self, index: QModelIndex) -> None:
        info = getattr(index.data(MessageRole), "attachment", None)
        if info is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the file"), info.name)
        if path:
            self.saveRequested.emit(info.id, path)

    def show_file_status(self, code: str) -> None:
        """Sending, sent (nothing to say: the file is in the conversation), or why not."""
        text = texts().file_status(code)
        self.file_note.setText(text)
        self.file_note.setVisible(bool(text))
        self.attach.setEnabled(code != "sending" and self.input.isEnabled())

    def _submit(self) -> None:
        text = self.input.toPlainText().strip()
        if text:
            self.input.clear()
            self.sendRequested.emit(text)

    def connect_visit(self, signals: VisitSignals) -> None:
        visit = signals.visit
        self.sendRequested.connect(lambda text: visit.spawn(visit.send_text(text)))
        self.fileChosen.connect(lambda path: visit.spawn(visit.send_file(Path(path))))
        self.saveRequested.connect(lambda file_id, path: visit.spawn(visit.save_file(file_id, Path(path))))
        signals.fileStatus.connect(self.show_file_status)

    def clear(self) -> None:
        self.input.clear()
        self.typing.clear()
        self.typing.hide()
        self.file_note.clear()
        self.file_note.hide()
