"""Files in the expert's transcript against a real hub process and a real clamd:
the customer's photo shows as a thumbnail the hub made and opens in the
desktop's viewer; the expert sends a PDF the customer receives; a refusal is
said in words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from agent_desktop.qt.attachment_view import AttachmentViewer, thumb_size
from agent_desktop.qt.bubble_delegate import BubbleDelegate
from agent_desktop.qt.conversation_view import ConversationView
from client_core.attachments import AttachmentClient
from hub_protocol import frames as p
from tests.agent_desktop.conftest import Aio
from tests.agent_desktop.helpers import Customer, go_available, make_window, sign_in
from tests.attachment_files import eicar, pdf_document, photo_with_metadata


def test_expert_sees_opens_and_sends_files(hub_process_with_files: Any, aio: Aio, qtbot: Any,
                                            tmp_path: Path) -> None:
    hub = hub_process_with_files
    hub.add_agent("anna")
    window = make_window(hub, tmp_path, qtbot)
    sign_in(aio, window)
    go_available(aio, window)
    customer = Customer(aio, hub)
    conv = customer.start_and_hand_off()
    aio.until(lambda: window.offer_card.isVisible(), what="the offer card")
    window.offer_card.accept_button.click()
    aio.until(lambda: conv in window.views, what="the conversation tab")
    view = window.views[conv]
    assert isinstance(view, ConversationView)

    # The customer's photo (640x480, EXIF turned): a bubble with its name, kind and size.
    files = AttachmentClient(hub.ws_url, hub.customer_token())
    sent = aio.run(files.upload(conv, "vuokrasopimus.jpg", photo_with_metadata()))
    aio.until(lambda: view.conv.rows[-1].attachment is not None, what="the file in the transcript")
    row = view.conv.rows[-1]
    assert row.attachment.id == sent.id
    text = view.model.describe(row)
    assert "vuokrasopimus.jpg, Picture, 480 × 640" in text, text  # turned upright by the hub
    # The bubble grows by the thumbnail's box; the preview arrives and is drawn from the hub's PNG.
    assert thumb_size(row.attachment) == (120, 160)
    aio.until(lambda: view.previews.get(sent.id) is not None, what="the preview")
    preview = view.previews.get(sent.id)
    assert isinstance(preview, QImage) and preview.height() > preview.width()
    delegate = view.transcript.itemDelegate()
    assert isinstance(delegate, BubbleDelegate) and delegate.previews is view.previews
    shot = view.transcript.viewport().grab().toImage()
    assert not shot.isNull()

    # Enter on the row opens it in the desktop's own viewer, at its size.
    index = view.model.row_index(row)
    view.transcript.setCurrentIndex(index)
    qtbot.keyClick(view.transcript, Qt.Key.Key_Return)
    aio.until(lambda: view.viewer is not None and view.viewer.isVisible(), what="the viewer")
    viewer = view.viewer
    assert isinstance(viewer, AttachmentViewer) and viewer.windowTitle() == "vuokrasopimus.jpg"
    pixmap = viewer.picture.pixmap()
    assert (pixmap.width(), pixmap.height()) == (480, 640)
    viewer.close()

    # The expert sends a two-page PDF; the customer gets it, and the viewer shows its pages.
    leaflet = tmp_path / "ohje.pdf"
    leaflet.write_bytes(pdf_document(pages=2))
    assert aio.run(view.send_file(leaflet)) == "sent"
    got = aio.run(customer.log.wait_for(p.ChatMessage, conversation_id=conv, sender="agent", text="ohje.pdf"))
    assert got.attachment.kind == "pdf" and got.attachment.pages == 2
    aio.until(lambda: view.conv.rows[-1].attachment is not None and view.conv.rows[-1].own, what="own file")
    opened = aio.run(view.show_attachment(view.conv.rows[-1].attachment))
    assert opened is not None and opened.pdf is not None
    aio.until(lambda: opened.pdf.status() == QPdfDocument.Status.Ready, what="the PDF loaded")
    assert opened.pdf.pageCount() == 2
    opened.close()

    # A refusal is said in words, and nothing reaches the customer.
    virus = tmp_path / "virus.pdf"
    virus.write_bytes(eicar())
    assert aio.run(view.send_file(virus)) == "infected"
    assert view.file_note.isVisible() and "virus check" in view.file_note.text()
    assert not [f for f in customer.log.of(p.ChatMessage) if f.text == "virus.pdf"]
    customer.close()
