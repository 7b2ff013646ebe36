"""Paints transcript rows as chat bubbles with QPainter, never as rich text.

Customer text is drawn with ``QPainter.drawText`` on a plain string (no HTML
interpretation). Heights are cached per row key and width: a sizeHint runs
for every row on every layout, so it must be a dictionary lookup. A bubble is
drawn once into a pixmap and later paints copy it: every new message makes the
list repaint all visible rows, and shaping wrapped text and antialiasing round
corners again for each of them took most of an append's time (docs/benchmarks.md).
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from agent_desktop.domain.timefmt import clock_time
from agent_desktop.domain.transcript_rows import BotHeader, Row
from client_core.conversation.transcript import Delivery, Message
from hub_protocol.events import EventCode

from . import labels
from .attachment_view import PreviewCache, thumb_size
from .theme import current_colors
from .transcript_model import COLLAPSED_ROLE, ROW_ROLE, TranscriptModel

Index = QModelIndex | QPersistentModelIndex
NO_PEN = QPen(Qt.PenStyle.NoPen)
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
_SELECTED, _FOCUSED = QStyle.StateFlag.State_Selected, QStyle.StateFlag.State_HasFocus
#: Bubble pixmaps kept: a screenful or two (the list pages older rows out anyway).
PIXMAPS_KEPT = 120


class BubbleDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple[str, int, int], QSize] = {}
        # Painting a bubble needs its text rectangle; measuring is the slow part.
        self._geometry: dict[tuple[str, int], QRect] = {}
        # Bubble pixmaps with their width, oldest first (a new bubble pushes the oldest out).
        self._pixmaps: OrderedDict[tuple[object, ...], tuple[QPixmap, int]] = OrderedDict()
        self._widths = (-1, 0, 0)  # row width -> bubble width and padding, for the last width seen
        self._font_key = ""
        self._body = self._meta = QFont()
        self._fm = self._mfm = QFontMetrics(QFont())
        self.previews: PreviewCache | None = None  # files' thumbnails, set by the conversation view

    # ------------------------------------------------------------ metrics

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        body = QFont(option.font)
        meta = QFont(option.font)
        meta.setPointSizeF(max(7.0, body.pointSizeF() * 0.85))
        key = body.key()
        if key != self._font_key:  # bigger text: every cached height is wrong
            self._sizes.clear()
            self._geometry.clear()
            self._pixmaps.clear()
            self._widths = (-1, 0, 0)
            self._font_key = key
        self._body, self._meta = body, meta
        self._fm, self._mfm = QFontMetrics(body), QFontMetrics(meta)
        return body, meta

    @staticmethod
    def _pad(fm: QFontMetrics) -> int:
        return max(6, fm.height() // 2)

    def _bubble_width(self, width: int, fm: QFontMetrics) -> int:
        return max(fm.averageCharWidth() * 16, int(width * 0.72))

    def reset_cache(self) -> None:
        """The view's font changed (text size setting): every cached height is wrong."""
        self._sizes.clear()
        self._geometry.clear()
        self._pixmaps.clear()
        self._widths = (-1, 0, 0)
        self._font_key = ""

    @staticmethod
    def _row(index: Index) -> Row | None:
        model = index.model()
        if isinstance(model, TranscriptModel):
            return model.row_at(index)
        return index.data(ROW_ROLE)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Called for every row on every layout: the cache hit must come first,
        # before any QFont work (TranscriptView resets the cache on font changes).
        row = self._row(index)
        if row is None:
            return QSize(0, 0)
        width = option.rect.width() or (option.widget.width() if option.widget else 400)
        key = (row.key, width, row.folded + 1 if isinstance(row, BotHeader) else 0)
        cached = self._sizes.get(key)
        if cached is not None:
            return cached
        body, meta = self._fonts(option)
        fm, mfm = QFontMetrics(body), QFontMetrics(meta)
        pad = self._pad(fm)
        if isinstance(row, BotHeader):
            size = QSize(width, fm.height() + 2 * pad)
        elif row.event is not None:
            text = self._event_text(row)
            lines = mfm.boundingRect(QRect(0, 0, width - 8 * pad, 10**6), WRAP, text).height()
            extra = mfm.height() if row.event.code is EventCode.HANDOFF else 0
            size = QSize(width, lines + extra + 2 * pad)
        else:
            inner = self._bubble_width(width, fm) - 2 * pad
            text_h = fm.boundingRect(QRect(0, 0, inner, 10**6), WRAP, bubble_text(row)).height()
            if row.attachment is not None:
                text_h += thumb_size(row.attachment)[1] + pad
            size = QSize(width, mfm.height() + text_h + 3 * pad + pad // 2)
        self._sizes[key] = size
        return size

    # ------------------------------------------------------------ painting

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = self._row(index)
        if row is None:
            return
        body, meta = (self._body, self._meta) if self._font_key else self._fonts(option)
        colors = current_colors()
        rect = option.rect
        state = option.state
        selected = bool(state & _SELECTED)
        focused = bool(state & _FOCUSED)
        if type(row) is Message and row.event is None:
            # The usual row, a ready bubble: a pixmap copy needs no painter state.
            self._paint_bubble(painter, rect, row, body, meta, colors, selected or focused)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if isinstance(row, BotHeader):
            self._paint_header(painter, rect, row, body, colors, focused, bool(index.data(COLLAPSED_ROLE)))
        else:
            self._paint_event(painter, rect, row, meta, colors)
        painter.restore()

    def _paint_header(self, p: QPainter, rect: QRect, row: BotHeader, font: QFont, c, focused: bool, collapsed: bool) -> None:  # type: ignore[no-untyped-def]
        pad = self._pad(QFontMetrics(font))
        box = rect.adjusted(pad, pad // 2, -pad, -pad // 2)
        p.setPen(QPen(c.bot_border, 2 if focused else 1))
        p.setBrush(c.header)
        p.drawRoundedRect(box, 6, 6)
        p.setPen(c.header_text)
        p.setFont(font)
        arrow = "▸" if collapsed else "▾"
        text = arrow + "  " + self._header_text(row)
        p.drawText(box.adjusted(pad, 0, -pad, 0), int(Qt.AlignmentFlag.AlignVCenter), text)

    def _header_text(self, row: BotHeader) -> str:
        return self.tr("Conversation with the assistant (%Ln message(s)) — click or press Space to "
                       "show or hide", "", row.folded)

    def _event_text(self, row: Message) -> str:
        assert row.event is not None
        return labels.system_event(row.event)

    def _paint_event(self, p: QPainter, rect: QRect, row: Message, font: QFont, c) -> None:  # type: ignore[no-untyped-def]
        fm = QFontMetrics(font)
        pad = self._pad(fm)
        p.setFont(font)
        text = self._event_text(row)
        handoff = row.event is not None and row.event.code is EventCode.HANDOFF
        area = rect.adjusted(4 * pad, pad, -4 * pad, -pad)
        bounds = fm.boundingRect(area, WRAP | int(Qt.AlignmentFlag.AlignHCenter), text)
        if handoff:
            # The divider between the bot part and the human part: a rule with
            # the time and the notice, so the hand-over moment is unmistakable.
            y = area.top() + fm.height() // 2
            p.setPen(QPen(c.divider, 1))
            stamp = clock_time(row.sent_at)
            sw = fm.horizontalAdvance(stamp) + 2 * pad
            mid = rect.center().x()
            p.drawLine(rect.left() + 2 * pad, y, mid - sw // 2, y)
            p.drawLine(mid + sw // 2, y, rect.right() - 2 * pad, y)
            p.setPen(c.divider_text)
            p.drawText(QRect(mid - sw // 2, area.top(), sw, fm.height()), int(Qt.AlignmentFlag.AlignCenter), stamp)
            area = area.adjusted(0, fm.height(), 0, 0)
        p.setPen(c.divider_text)
        p.drawText(area, WRAP | int(Qt.AlignmentFlag.AlignHCenter), text)
        del bounds

    def _paint_bubble(self, p: QPainter, rect: QRect, row: Message, body: QFont, meta: QFont, c, highlight: bool) -> None:  # type: ignore[no-untyped-def]
        row_w = rect.width()
        if self._widths[0] != row_w:
            fm = self._fm
            self._widths = (row_w, self._bubble_width(row_w, fm), self._pad(fm))
        _, width, pad = self._widths
        preview = self._preview(row) if row.attachment is not None else None
        key = (row.key, width, row.delivery, highlight, id(c), row.sender_name, preview is not None)
        cached = self._pixmaps.get(key)
        if cached is None:
            pixmap = self._render_bubble(row, width, body, meta, c, highlight, p.device().devicePixelRatioF(),
                                         preview)
            cached = self._pixmaps[key] = (pixmap, round(pixmap.width() / pixmap.devicePixelRatioF()))
            if len(self._pixmaps) > PIXMAPS_KEPT:
                self._pixmaps.popitem(last=False)
        pixmap, bw = cached
        left = rect.right() - pad - bw if row.own else rect.left() + pad
        p.drawPixmap(left, rect.top() + pad // 2, pixmap)

    def _preview(self, row: Message) -> QImage | None:
        return self.previews.get(row.attachment.id) if self.previews is not None else None

    def _render_bubble(self, row: Message, width: int, body: QFont, meta: QFont, c, highlight: bool,  # type: ignore[no-untyped-def]
                       ratio: float, preview: QImage | None = None) -> QPixmap:
        """The bubble alone, on the list's background: opaque, so painting it is a plain copy."""
        fm, mfm = self._fm, self._mfm
        pad = self._pad(fm)
        inner = width - 2 * pad
        gkey = (row.key, inner)
        text_rect = self._geometry.get(gkey)
        if text_rect is None:
            if len(self._geometry) > 4000:
                self._geometry.clear()
            text_rect = self._geometry[gkey] = fm.boundingRect(QRect(0, 0, inner, 10**6), WRAP, bubble_text(row))
        name = row.sender_name or labels.sender(row.sender)
        stamp = clock_time(row.sent_at)
        header = f"{name} · {stamp}" if stamp else name
        status = ""
        if row.own:
            from PySide6.QtCore import QCoreApplication

            status = (QCoreApplication.translate("BubbleDelegate", "Sending…")
                      if row.delivery is Delivery.PENDING
                      else QCoreApplication.translate("BubbleDelegate", "Sent ✓"))
        content_w = max(text_rect.width(), mfm.horizontalAdvance(header)
                        + (mfm.horizontalAdvance(status) + pad if status else 0))
        thumb = thumb_size(row.attachment) if row.attachment is not None else (0, -pad)
        bw = min(width, max(content_w, thumb[0]) + 2 * pad)
        bh = mfm.height() + text_rect.height() + 2 * pad + pad // 2 + thumb[1] + pad
        if row.own:
            fill, ink, border = c.own, c.own_text, None
        elif row.sender == "bot":
            fill, ink, border = c.bot, c.bot_text, c.bot_border
        else:
            fill, ink, border = c.customer, c.customer_text, c.customer_border
        pixmap = QPixmap(max(1, round((bw + 1) * ratio)), max(1, round((bh + 1) * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(c.background)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        bubble = QRect(0, 0, bw, bh)
        if highlight:
            p.setPen(QPen(c.selection, 2))
            bubble = bubble.adjusted(1, 1, -1, -1)
        elif border is not None:
            dashed = row.sender == "bot"  # the assistant's part looks different
            p.setPen(QPen(border, 1, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine))
        else:
            # A QPen object, not the enum overload: PySide6 6.x mis-counts None
            # references in setPen(Qt.PenStyle) and crashes after many paints.
            p.setPen(NO_PEN)
        p.setBrush(fill)
        p.drawRoundedRect(bubble, 10, 10)
        p.setFont(meta)
        p.setPen(c.meta if row.sender != "bot" else c.bot_text)
        head = QRect(pad, pad // 2 + 2, bw - 2 * pad, mfm.height())
        p.drawText(head, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), header)
        if status:
            p.drawText(head, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), status)
        p.setFont(body)
        p.setPen(ink)
        body_rect = QRect(pad, head.bottom() + pad // 2, bw - 2 * pad + 1, text_rect.height())
        # drawText on a str: plain text, whatever the customer typed.
        p.drawText(body_rect, WRAP, bubble_text(row))
        if row.attachment is not None:
            box = QRect(pad, body_rect.bottom() + pad, *thumb)
            if preview is not None:
                p.drawImage(box, preview)
            else:  # the preview is on its way: a quiet frame of the right size
                p.setPen(QPen(c.meta, 1, Qt.PenStyle.DotLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(box.adjusted(0, 0, -1, -1))
        p.end()
        return pixmap


def bubble_text(row: Message) -> str:
    """What a bubble says: the message, or a file's name, kind and size."""
    return row.text if row.attachment is None else labels.attachment(row.attachment)
