"""Losing the hub: banner, automatic reconnect, nothing lost or doubled, available again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from client_core.conversation.transcript import Delivery
from hub_protocol import frames as p
from tests.agent_desktop.conftest import Aio
from tests.agent_desktop.helpers import Customer, go_available, make_window, sign_in
from tests.hubkit import launch_hub_process


def test_hub_restart_keeps_the_chat(hub_process: Any, aio: Aio, qtbot: Any, tmp_path: Path) -> None:
    hub_process.add_agent("anna")
    window = make_window(hub_process, tmp_path, qtbot)
    sign_in(aio, window)
    go_available(aio, window)
    customer = Customer(aio, hub_process)
    conv = customer.start_and_hand_off()
    aio.until(lambda: window.offer_card.isVisible(), what="offer")
    window.offer_card.accept_button.click()
    aio.until(lambda: conv in window.views, what="tab")
    view = window.views[conv]
    view.composer.setPlainText("Ennen katkoa")
    view.composer.submit()
    customer.wait_text("Ennen katkoa")

    # --- the hub dies
    hub_process.proc.kill()
    hub_process.proc.wait(10)
    aio.until(lambda: window.banner.isVisible(), what="the connection banner")
    assert "Reconnecting" in window.banner.label.text()
    # Written while the hub is away: shown as sending, delivered after the restart.
    view.composer.setPlainText("Katkon aikana kirjoitettu")
    view.composer.submit()
    pending = view.conv.rows[-1]
    assert pending.delivery is Delivery.PENDING

    # --- the hub comes back on the same port and data
    restarted = launch_hub_process(hub_process.data_dir, port=hub_process.port)
    hub_process.proc = restarted.proc  # the fixture stops whatever runs at the end
    aio.until(lambda: window.desk is not None and window.desk.link == "online", timeout=15,
              what="reconnected")
    aio.until(lambda: pending.delivery is Delivery.SENT, what="the outbox message delivered")
    aio.until(lambda: window.status.state == "available" or window.status.state == "busy",
              what="available again after the restart")
    aio.until(lambda: not window.banner.isVisible(), timeout=6, what="banner gone")

    customer.wait_text("Katkon aikana kirjoitettu", timeout=15)
    customer.say("Palasin")
    aio.until(lambda: view.conv.rows[-1].text == "Palasin", what="customer after restart")
    assert conv in window.views and not view.conv.ended
    texts = [r.text for r in view.conv.transcript.messages() if r.sender != "system"]
    assert texts.count("Ennen katkoa") == 1 and texts.count("Katkon aikana kirjoitettu") == 1
    seqs = [r.seq for r in view.conv.transcript.messages()]
    assert seqs == sorted(seqs) and len(seqs) == len(set(seqs))
    # The customer saw every message exactly once, too.
    mine = [f.text for f in customer.log.of(p.ChatMessage) if f.sender == "agent"]
    assert mine.count("Katkon aikana kirjoitettu") == 1
    customer.close()
    aio.run(window.sign_out())


def test_a_hub_upgraded_past_this_workstation_says_update_in_plain_words(
    hub_process: Any, aio: Aio, qtbot: Any, tmp_path: Path
) -> None:
    from agent_desktop.app import CATALOGS
    from client_core.i18n import set_ui_language
    from tests.compat.future_hub import future_hub

    hub_process.add_agent("anna")
    window = make_window(hub_process, tmp_path, qtbot)
    sign_in(aio, window)
    set_ui_language(QApplication.instance(), "fi", CATALOGS)
    try:
        # The hub is replaced by one that no longer serves this workstation's protocol.
        hub_process.proc.terminate()
        hub_process.proc.wait(10)
        refuser = future_hub(hub_process.port)
        aio.run(refuser.__aenter__())
        try:
            aio.until(lambda: window.sign_in.error.isVisible(), timeout=15, what="the update message")
            assert window.sign_in.error.text() == (
                "Tämä työpöydän versio on liian vanha palvelulle. Pyydä IT-tukea päivittämään se.")
            assert window.desk is None  # signed out: nothing goes on against a hub that refused it
            window.grab().save(str(tmp_path / "agent-update-required.png"))
        finally:
            aio.run(refuser.__aexit__(None, None, None))
    finally:
        set_ui_language(QApplication.instance(), "en", CATALOGS)
