"""The customer's copy of the conversation: a PDF written by Qt in the language the
customer chose, readable (the text is extracted back), and noted in the
conversation at the hub, against a real hub process."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from customer_client.domain.flow import Step
from hub_protocol import frames as p
from tests.customer_client.conftest import UI, Agent, login_agent, pick_language


def test_customer_saves_the_conversation_as_pdf_in_finnish(
    hub_process: Any, make_window: Any, agents: list[Agent], ui: UI, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hub_process.add_agent("anna", "correct horse")
    agent = ui.run(login_agent(hub_process.http_url, hub_process.ws_url))
    agents.append(agent)
    window = make_window(hub_process.ws_url, hub_process.customer_token())
    pick_language(window, ui, "fi")
    window.service_page.chat.click()
    ui.until(lambda: window.hours_page.can_proceed, what="hub's handoff status")
    window.hours_page.go.click()
    ui.until(lambda: len(window.visit.transcript) >= 1, what="the assistant's greeting")
    window.chat_page.chat.input.setPlainText("Haluan puhua ihmisen kanssa")
    window.chat_page.chat.send.click()
    ui.until(lambda: window.visit.handoff is not None and window.visit.handoff.available)
    window.chat_page.handoff.click()
    offer = ui.run(agent.wait(p.Offer))
    conv = offer.conversation_id
    ui.run(agent.client.request(p.OfferAccept(offer_id=offer.offer_id)))
    ui.until(lambda: window.visit.state == "active", what="active chat")
    ui.run(agent.client.send_chat(conv, "Vuokra ilmoitetaan kohdassa Asumismenot. <b>Ei HTML:ää</b>"))
    ui.until(lambda: any(m.sender == "agent" for m in window.visit.transcript), what="the expert's answer")
    ui.run(agent.client.request(p.ConversationEnd(conversation_id=conv, wrap_up_code="resolved")))
    ui.until(lambda: window.step is Step.FEEDBACK, what="the feedback page")

    page = window.feedback_page
    assert page.save_copy.isVisible() and page.save_copy.text() == "Tallenna keskustelu PDF-tiedostona…"
    target = tmp_path / "keskustelu"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    page.save_copy.click()
    saved = tmp_path / "keskustelu.pdf"
    assert saved.exists() and str(saved) in page.saved_note.text()

    reader = PdfReader(saved)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    assert reader.metadata is not None and reader.metadata.title == "Keskustelusi asiakaspalvelun kanssa"
    for expected in ("Keskustelusi asiakaspalvelun kanssa",  # the title, in Finnish
                     "Palveluasiantuntija: Anna",  # who served
                     "Sinä", "Haluan puhua ihmisen kanssa",  # the customer's own words
                     "Vuokra ilmoitetaan kohdassa Asumismenot. <b>Ei HTML:ää</b>",  # as typed, not rendered
                     "Keskustelu on päättynyt."):  # the hub's notice, translated
        assert expected in text, (expected, text)

    # Noted in the conversation: whoever opens it later sees the customer has a Finnish copy.
    ui.until(lambda: window.visit.conversation_id == conv)
    opened = ui.run(agent.client.request(p.HistoryOpen(conversation_id=conv)))
    assert "transcript:fi" in [m.text for m in opened.messages if m.sender == "system"]
