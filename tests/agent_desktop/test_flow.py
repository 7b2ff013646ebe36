"""The workstation against a real hub process: offer, accept, chat, transfer,
wrap-up, history - driven through the widgets the agent uses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from agent_desktop.domain.transcript_rows import BotHeader
from agent_desktop.qt.conversation_view import ConversationView
from agent_desktop.qt.dialogs import WrapUpDialog
from agent_desktop.qt.transfer_dialog import TransferDialog
from client_core.conversation.transcript import Delivery
from client_core.hub_client import HubClient
from hub_protocol import frames as p
from tests.agent_desktop.conftest import Aio
from tests.agent_desktop.helpers import Customer, go_available, make_window, sign_in
from tests.hubkit import FrameLog


def current_view(window: Any) -> ConversationView:
    view = window.tabs.currentWidget()
    assert isinstance(view, ConversationView)
    return view


def test_wrong_password_is_refused_plainly(hub_process: Any, aio: Aio, qtbot: Any, tmp_path: Path) -> None:
    hub_process.add_agent("anna")
    window = make_window(hub_process, tmp_path, qtbot)
    window.sign_in.username.setText("anna")
    window.sign_in.password.setText("wrong password")
    window.sign_in.button.click()
    aio.until(lambda: window.sign_in.error.isVisible(), what="an error")
    assert "password" in window.sign_in.error.text().lower()
    assert window.desk is None


def test_offer_accept_chat_transfer_wrap_up_history(hub_process: Any, aio: Aio, qtbot: Any, tmp_path: Path) -> None:
    hub_process.add_agent("anna")
    hub_process.add_agent("bert")
    window = make_window(hub_process, tmp_path, qtbot)
    sign_in(aio, window)
    assert window.windowTitle().endswith("Anna")
    go_available(aio, window)
    aio.until(lambda: window.queues.model.rowCount() > 0, what="queues")

    # --- offer: the card shows who waits and counts down; accept by keyboard
    customer = Customer(aio, hub_process)
    conv = customer.start_and_hand_off()
    aio.until(lambda: window.offer_card.isVisible(), what="the offer card")
    card = window.offer_card
    assert card.offer is not None and card.offer.conversation_id == conv
    assert "s" in card.countdown.text() and card.progress.value() > 0
    assert window.alerts.alert_count == 1
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    aio.until(lambda: conv in window.views, what="the conversation tab")
    aio.until(lambda: not card.isVisible(), what="the card to go")
    view = current_view(window)
    rows = view.conv.rows
    # Bot part first (folded under a header), then the handoff divider, then the human part.
    assert isinstance(rows[0], BotHeader) and rows[0].folded >= 2
    assert any(r.text == "Haluan puhua ihmisen kanssa" and rows.in_bot_part(r) for r in rows[1:])
    assert any(r.event and r.event.code.value == "joined" for r in rows[1:])

    # --- chat both ways, delivery state, typing
    qtbot.keyClicks(view.composer, "Hei, olen Anna.")
    qtbot.keyClick(view.composer, Qt.Key.Key_Return)
    assert view.composer.toPlainText() == ""
    mine = view.conv.rows[-1]
    assert mine.own and mine.text == "Hei, olen Anna."
    got = customer.wait_text("Hei, olen Anna.")
    assert got.sender == "agent" and got.sender_name == "Anna"
    aio.until(lambda: mine.delivery is Delivery.SENT and mine.seq == got.seq, what="delivery: sent")
    aio.run(customer.client.send(p.Typing(conversation_id=conv)))
    aio.until(lambda: "typing" in view.typing_label.text(), what="typing indicator")
    customer.say("Kysyisin vuokrasta <b>ei lihavointia</b>")
    aio.until(lambda: view.conv.rows[-1].text.startswith("Kysyisin"), what="customer text")
    aio.until(lambda: view.typing_label.text() == "", what="typing indicator cleared")
    seqs = [r.seq for r in view.conv.transcript.messages()]
    assert len(seqs) == len(set(seqs)), "no message shown twice"
    # canned reply by shortcut, expanded in the composer
    qtbot.keyClicks(view.composer, "/hetki")
    qtbot.keyClick(view.composer, Qt.Key.Key_Return)
    assert view.composer.toPlainText().startswith("Hetkinen")
    view.composer.clear()
    assert "Kysyisin vuokrasta <b>ei lihavointia</b>" in view.plain_text()

    # --- transfer to colleague bert (signed in through the protocol) with a note
    bert = HubClient(hub_process.ws_url, aio.run(_agent_token(hub_process, "bert")))
    bert_log = FrameLog(bert)
    aio.run(bert.start())
    bert_id = int(bert.welcome.user_id)  # type: ignore[union-attr]
    aio.run(bert.request(p.SetAgentState(state="available")))
    aio.until(lambda: any(c.agent_id == bert_id and c.state == "available" for c in window.desk.colleagues),
              what="bert available in the colleague list")

    def fill_transfer(dialog: QDialog) -> int:
        assert isinstance(dialog, TransferDialog)
        dialog.to_agent.setChecked(True)
        dialog.search.setText("ber")  # by name, as the expert types
        assert dialog.chosen_agent() == bert_id
        dialog.note.setPlainText("Asks about rent; income checked")
        return QDialog.DialogCode.Accepted

    window.run_dialog = fill_transfer
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    aio.until(lambda: conv not in window.views, what="the tab to close after transfer")
    offer = aio.run(bert_log.wait_for(p.Offer, conversation_id=conv))
    assert offer.context["transfers"][-1]["note"] == "Asks about rent; income checked"
    aio.run(bert.request(p.OfferAccept(offer_id=offer.offer_id)))
    aio.run(customer.log.wait_for(p.ChatMessage, text="transfer"))
    # The consult note is for the colleague: never on the customer's connection.
    assert not [f for f in customer.log.frames if "income checked" in f.model_dump_json()]
    assert "Haluan puhua ihmisen kanssa" in [m.text for m in offer.messages]  # read before accepting
    aio.run(bert.request(p.ConversationEnd(conversation_id=conv, wrap_up_code="resolved")))
    aio.run(bert.close())

    # --- second chat with the same customer: end with a wrap-up code
    aio.until(lambda: window.status.state == "available", timeout=15, what="available after wrap-up")
    # Already Available: the empty pane does not tell the expert to become Available.
    assert "Offers appear on the left" in window.empty.text()
    assert "Available" not in window.empty.text()
    conv2 = customer.start_and_hand_off("Toinen kysymys, haluan ihmisen")
    aio.until(lambda: window.offer_card.isVisible(), what="second offer")
    window.offer_card.accept_button.click()
    aio.until(lambda: conv2 in window.views, what="second tab")
    view2 = window.views[conv2]

    def fill_wrap_up(dialog: QDialog) -> int:
        assert isinstance(dialog, WrapUpDialog)
        dialog.code.setCurrentIndex(dialog.code.findData("referred_office"))
        dialog.note.setPlainText("Booked an office visit")
        return QDialog.DialogCode.Accepted

    window.run_dialog = fill_wrap_up
    view2.end_button.click()
    aio.run(customer.log.wait_for(p.FeedbackRequest, conversation_id=conv2))
    aio.until(lambda: conv2 not in window.views, what="tab closed after wrap-up")
    aio.until(lambda: window.status.state == "wrap_up", what="wrap-up state")
    assert window.right.currentWidget() is window.empty
    assert "Set your status to Available" in window.empty.text()

    # --- history: both conversations, the second opens read-only
    window._history_for("cust-1")
    aio.until(lambda: window.history.model.rowCount() == 2, what="two history rows")
    window.history.table.selectRow(0)
    window.history.open_button.click()
    aio.until(lambda: f"history:{conv2}" in window.views, what="history tab")
    hist = window.views[f"history:{conv2}"]
    assert hist.conv.read_only and not hist.composer.isVisible()
    assert any(r.text == "Toinen kysymys, haluan ihmisen" for r in hist.conv.transcript.messages())
    hist.close_button.click()
    assert f"history:{conv2}" not in window.views
    customer.close()
    aio.run(window.sign_out())


async def _agent_token(hub: Any, username: str) -> str:
    import aiohttp

    async with aiohttp.ClientSession() as http, http.post(
        f"{hub.http_url}/api/login", json={"username": username, "password": "correct horse"}
    ) as resp:
        return (await resp.json())["token"]
