"""Files in a transcript: their previews for the bubbles, and a window to open one.

The hub made the previews (an image's thumbnail, a PDF's first page); they are
fetched once per file when a bubble first shows it. Opening a file fetches it
again and shows it here (a picture, or the PDF with every page), never with an
outside program: the desktop does not write customers' files to disk unless
the expert saves a copy.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from client_core.attachments import AttachmentError
from client_core.tasks import spawn

from . import labels

log = logging.getLogger(__name__)

Fetch = Callable[..., Awaitable[bytes]]  # (attachment id, preview=bool) -> bytes
#: The largest thumbnail in a bubble (logical pixels); the hub's previews are larger.
THUMB_W, THUMB_H = 220, 160


def thumb_size(info: Any) -> tuple[int, int]:
    """The thumbnail's box in a bubble, from the stored size (known before the preview arrives)."""
    w, h = max(1, int(info.width or 0)), max(1, int(info.height or 0))
    if not info.width or not info.height:
        return THUMB_W, THUMB_H
    scale = min(THUMB_W / w, THUMB_H / h, 1.0)
    return max(1, round(w * scale)), max(1, round(h * scale))


class PreviewCache(QObject):
    """Previews by attachment id; ``ready`` when one arrives (the bubble is drawn again)."""

    ready = Signal(str)

    def __init__(self, fetch: Fetch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._images: dict[str, QImage] = {}
        self._asked: set[str] = set()

    def get(self, attachment_id: str) -> QImage | None:
        image = self._images.get(attachment_id)
        if image is None and attachment_id not in self._asked:
            self._asked.add(attachment_id)
            spawn(self._load(attachment_id))
        return image

    async def _load(self, attachment_id: str) -> None:
        try:
            data = await self._fetch(attachment_id, preview=True)
        except AttachmentError as exc:
            log.info("no preview for %s: %s", attachment_id, exc.code)
            return
        image = QImage.fromData(data)
        if not image.isNull():
            self._images[attachment_id] = image
            self.ready.emit(attachment_id)


class AttachmentViewer(QDialog):
    """One file, opened: a picture at its size (scrolling), or the PDF's pages."""

    def __init__(self, info: Any, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentViewer")
        self.info, self.data = info, data
        self.setWindowTitle(info.name)
        self.caption = QLabel(labels.attachment(info).split("\n", 1)[1], self)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        self.pdf: QPdfDocument | None = None
        if info.kind == "pdf":
            layout.addWidget(self._pdf_view(data), 1)
        else:
            layout.addWidget(self._image_view(data), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save = buttons.addButton(self.tr("Save a copy…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save.clicked.connect(self.save_copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 820)

    def _image_view(self, data: bytes) -> QWidget:
        self.picture = QLabel(self)
        self.picture.setTextFormat(Qt.TextFormat.PlainText)  # a picture only, but never rich text
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setPixmap(QPixmap.fromImage(QImage.fromData(data)))
        area = QScrollArea(self)
        area.setWidget(self.picture)
        area.setWidgetResizable(True)
        return area

    def _pdf_view(self, data: bytes) -> QWidget:
        # QPdfDocument reads from a QIODevice that must outlive it: both are the dialog's.
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf = QPdfDocument(self)
        self.pdf.load(self._buffer)
        view = QPdfView(self)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setDocument(self.pdf)
        return view

    def save_copy(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), self.info.name)
        if path:
            with open(path, "wb") as out:
                out.write(self.data)
