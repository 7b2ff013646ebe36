"""The supervisor's console against a real hub process, through its widgets:
the wallboard, monitoring (the expert sees it), a whisper that never reaches
the customer (their connection and the store), reassigning with a consult
note, taking over, and setting an expert's state."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog

from agent_desktop.qt.supervisor_console import SupervisorConsole
from agent_desktop.qt.transfer_dialog import TransferDialog
from client_core.hub_client import HubClient
from hub_protocol import frames as p
from tests.agent_desktop.conftest import Aio
from tests.agent_desktop.helpers import Customer, go_available, make_window, sign_in
from tests.hubkit import FrameLog


def _agent_token(hub: Any, username: str) -> Any:
    from agent_desktop.services.login import login

    async def token() -> str:
        return (await login(hub.ws_url, username, "correct horse")).token

    return token()


def test_supervisor_console(hub_process: Any, aio: Aio, qtbot: Any, tmp_path: Path) -> None:
    hub_process.add_agent("anna")
    hub_process.add_agent("bert")
    hub_process.add_agent("sofia", "correct horse", "--supervisor")
    expert = make_window(hub_process, tmp_path / "anna", qtbot)
    sign_in(aio, expert, "anna")
    go_available(aio, expert)
    customer = Customer(aio, hub_process)
    conv = customer.start_and_hand_off()
    aio.until(lambda: expert.offer_card.isVisible(), what="the offer")
    expert.offer_card.accept_current()
    aio.until(lambda: conv in expert.views, what="anna's conversation tab")

    boss = make_window(hub_process, tmp_path / "sofia", qtbot)
    sign_in(aio, boss, "sofia")
    assert not expert.menus.supervisor_entry.action.isEnabled()  # experts do not get the console
    console = boss.menus.supervisor_entry.open()
    assert isinstance(console, SupervisorConsole)
    qtbot.addWidget(console)
    aio.until(lambda: console.live.rowCount() == 1 and console.queues.rowCount() > 0, what="the wallboard")
    assert console.live.index(0, 0).data() == "Maija Meikäläinen"
    assert console.live.index(0, 1).data() == "Anna"

    # Monitor: read-only transcript; anna sees that Sofia is viewing.
    console.select_conversation(conv)
    console.monitor_button.click()
    aio.until(lambda: console.monitor_pane.isVisible(), what="the monitor pane")
    view = expert.views[conv]
    aio.until(lambda: "Sofia" in view.supervisor_note.text() and view.supervisor_note.isVisible(),
              what="anna told of the monitoring")
    customer.say("Onko vuokravakuus pakollinen?")
    aio.until(lambda: any(getattr(r, "text", "") == "Onko vuokravakuus pakollinen?"
                          for r in console.service.monitored[conv].rows), what="a live message while monitoring")

    # Whisper: anna reads it; the customer's connection and the transcript never have it.
    secret = "Kerro myös takuuvuokrasta"
    console.whisper_field.setText(secret)
    console.whisper_button.click()
    aio.until(lambda: secret in view.supervisor_note.text(), what="the whisper at anna's")
    customer.say("Kiitos")
    aio.until(lambda: any(getattr(r, "text", "") == "Kiitos" for r in view.conv.rows), what="a later message")
    assert not [f for f in customer.log.frames if secret in f.model_dump_json()]
    db = sqlite3.connect(hub_process.data_dir / "hub.db")
    try:
        assert db.execute("SELECT text FROM whispers WHERE conversation_id = ?", (conv,)).fetchall() == [(secret,)]
        assert db.execute("SELECT count(*) FROM messages WHERE text LIKE ?", (f"%{secret}%",)).fetchone() == (0,)
    finally:
        db.close()

    # Reassign to bert with a consult note: bert's offer carries it and the transcript.
    bert = HubClient(hub_process.ws_url, aio.run(_agent_token(hub_process, "bert")))
    bert_log = FrameLog(bert)
    aio.run(bert.start())
    bert_id = int(bert.welcome.user_id)  # type: ignore[union-attr]
    aio.run(bert.request(p.SetAgentState(state="available")))
    aio.until(lambda: console.select_expert(bert_id) and console.experts.expert_at(
        console.expert_table.currentIndex().row()).state == "available", what="bert available on the board")

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, TransferDialog)
        dialog.search.setText("Be")
        assert dialog.chosen_agent() == bert_id
        dialog.note.setPlainText("Takuuvuokra kysytty; ohjaa asumistukeen")
        return QDialog.DialogCode.Accepted

    console.run_dialog = fill
    console.select_conversation(conv)
    console.reassign_button.click()
    offer = aio.run(bert_log.wait_for(p.Offer, conversation_id=conv, timeout=10))
    assert offer.context["transfer_notes"] == ["Takuuvuokra kysytty; ohjaa asumistukeen"]
    assert "Onko vuokravakuus pakollinen?" in [m.text for m in offer.messages]
    aio.run(bert.request(p.OfferAccept(offer_id=offer.offer_id)))
    aio.until(lambda: expert.views[conv].conv.ended, what="anna's tab ended after the reassignment")

    # Take over from bert: the conversation opens in sofia's own window.
    aio.until(lambda: console.live.rowCount() == 1 and console.live.index(0, 1).data() == "Bert",
              what="bert serving on the board")
    console.select_conversation(conv)
    console.take_over_button.click()
    aio.until(lambda: conv in boss.views, what="the conversation in sofia's window")
    aio.run(bert_log.wait_for(p.ConversationStatus, conversation_id=conv, state="ended"))
    customer.wait_text("joined:Sofia")

    # Set anna's state from the console.
    aio.until(lambda: console.select_expert(int(expert.desk.user_id)), what="anna on the board")  # type: ignore[union-attr]
    away = next(a for a in console.state_menu.actions() if a.data() == "away")
    away.trigger()
    aio.until(lambda: expert.status.state == "away", what="anna away, set by the supervisor")
    assert expert.desk.wanted_state == "away"  # type: ignore[union-attr]
    aio.run(bert.close())
    customer.close()
