"""The customer sends the rental agreement the assistant asks for, through the chat's
"Attach a file" button, against a real hub process and a real clamd: the expert
gets the file, and the customer saves the one the expert sends back; a virus, a
program and an oversized file are refused in words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from customer_client.domain.flow import Step
from hub_protocol import frames as p
from tests.attachment_files import eicar, executable, pdf_document
from tests.customer_client.conftest import UI, Agent, login_agent, pick_language


def _pick(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), "")))


def test_customer_sends_the_rental_agreement_and_is_told_what_was_refused(
    hub_process_with_files: Any, make_window: Any, agents: list[Agent], ui: UI,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    hub = hub_process_with_files
    hub.add_agent("anna", "correct horse")
    agent = ui.run(login_agent(hub.http_url, hub.ws_url))
    agents.append(agent)
    window = make_window(hub.ws_url, hub.customer_token())
    pick_language(window, ui, "en")
    window.service_page.chat.click()
    ui.until(lambda: window.hours_page.can_proceed, what="hub's handoff status")
    window.hours_page.go.click()
    assert window.step is Step.CHAT
    chat = window.chat_page.chat
    assert chat.attach.isVisible() and chat.attach.text() == "Attach a file…"

    window.chat_page.chat.input.setPlainText("I want to talk to a human")
    window.chat_page.chat.send.click()
    ui.until(lambda: window.visit.handoff is not None and window.visit.handoff.available)
    window.chat_page.handoff.click()
    offer = ui.run(agent.wait(p.Offer))
    ui.run(agent.client.request(p.OfferAccept(offer_id=offer.offer_id)))
    ui.until(lambda: window.visit.state == "active", what="active chat")

    agreement = tmp_path / "vuokrasopimus.pdf"
    agreement.write_bytes(pdf_document(pages=3))
    _pick(monkeypatch, agreement)
    chat.attach.click()
    ui.until(lambda: any(m.attachment is not None for m in window.visit.transcript), what="the file in the chat")
    model = window.visit_signals.model
    shown = [model.data(model.index(r)) for r in range(model.rowCount())]
    assert any(s.startswith("vuokrasopimus.pdf\nPDF document, 3 pages") for s in shown), shown
    assert chat.file_note.isHidden()
    # The expert gets it as a message with the file, and can fetch the very bytes.
    got = ui.run(agent.wait(p.ChatMessage, conversation_id=offer.conversation_id, sender="customer",
                            text="vuokrasopimus.pdf"))
    assert got.attachment is not None and (got.attachment.kind, got.attachment.pages) == ("pdf", 3)
    fetched = ui.run(agent.client.attachments().fetch(got.attachment.id))
    assert fetched.startswith(b"%PDF")

    # The expert sends a leaflet back; the customer saves it by double-click (or Enter).
    leaflet = pdf_document(pages=1)
    ui.run(agent.client.attachments().upload(offer.conversation_id, "ohje.pdf", leaflet))
    ui.until(lambda: any(m.attachment is not None and m.sender == "agent" for m in window.visit.transcript),
             what="the expert's file")
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r)).startswith("ohje.pdf"))
    assert "save" in model.data(model.index(row), Qt.ItemDataRole.ToolTipRole)
    kept = tmp_path / "saved" / "ohje.pdf"
    kept.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(kept), "")))
    chat.view.activated.emit(model.index(row))
    ui.until(lambda: kept.exists() and chat.file_note.text() == "The file was saved.", what="the file saved")
    assert kept.read_bytes() == leaflet

    refusals = {
        "virus.pdf": (eicar(), "virus check"),
        "ohjelma.exe": (executable(), "cannot be sent"),
        "iso.pdf": (pdf_document() + b"\0" * (2 * 1024 * 1024), "too large"),
    }
    for name, (content, words) in refusals.items():
        path = tmp_path / name
        path.write_bytes(content)
        _pick(monkeypatch, path)
        chat.attach.click()
        ui.until(lambda words=words: words in chat.file_note.text(), what=f"the refusal of {name}")
        assert chat.file_note.isVisible() and chat.attach.isEnabled()
    # Nothing refused reached the conversation.
    assert sum(m.attachment is not None for m in window.visit.transcript) == 2  # the agreement, the leaflet
