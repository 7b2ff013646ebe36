#!/usr/bin/env python3
"""Screenshots of every agent-desktop screen, against a real hub, into docs/screenshots/.

    xvfb-run -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_agent.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_agent.py   # fonts via fontconfig

A hub runs in a subprocess with a fresh data directory; customers are
simulated with the real HubClient on the same qasync loop as the window.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
HOME = Path(tempfile.mkdtemp(prefix="agent-shots-"))
os.environ["XDG_CONFIG_HOME"] = str(HOME / "config")  # a clean QSettings / user settings
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KELA_WEBRTC_LOOPBACK_ONLY"] = "1"  # the screenshot call stays on 127.0.0.1
OUT = ROOT / "docs" / "screenshots"

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

SIZE = (1360, 820)


def lease_pdf() -> bytes:
    """A one-page rental agreement with words on it, for the previews (Qt's PDF writer)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect
    from PySide6.QtGui import QFont, QPainter, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(96)
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 20, QFont.Weight.Bold))
    painter.drawText(QRect(40, 40, 640, 60), 0, "VUOKRASOPIMUS")
    painter.setFont(QFont("DejaVu Sans", 11))
    lines = ["Vuokranantaja: Asunto Oy Esimerkki", "Vuokralainen: Maija Meikäläinen",
             "Huoneisto: Esimerkkikatu 1 A 2, 00100 Helsinki", "Vuokra: 680,00 € / kk, 1.12.2026 alkaen",
             "Vakuus: 1 360,00 €", "", "Allekirjoitukset", "_____________________    _____________________"]
    for i, line in enumerate(lines):
        painter.drawText(QRect(40, 120 + 30 * i, 640, 30), 0, line)
    painter.end()
    buffer.close()
    return bytes(data.data())


def main() -> int:

    from agent_desktop.app import apply_look
    from agent_desktop.domain.canned import CannedLibrary
    from agent_desktop.qt.main_window import MainWindow
    from client_core.call import (
        CallEngine,
        CallMedia,
        CaptureSource,
        HubFrameSignaling,
        dispatch_frame,
        synthetic_audio,
        synthetic_video,
    )
    from client_core.config import AGENT_DESKTOP, load_settings
    from client_core.hub_client import HubClient
    from hub_protocol import frames as p
    from tests.hubkit import FrameLog, launch_hub_process

    app = QApplication([sys.argv[0]])
    app.setOrganizationName("Kela")
    # The tests' loop: qasync alone leaves no running loop for callbacks that run in
    # its last Qt pass after run_until_complete (aiortc's close then fails now and then).
    from tests.qtkit import QtAsyncLoop

    loop = QtAsyncLoop(app)
    asyncio.set_event_loop(loop)
    OUT.mkdir(parents=True, exist_ok=True)
    data = HOME / "hub"
    data.mkdir()
    from tests.clamd import start_clamd, stop_clamd

    clamd = start_clamd(HOME / "clamd")  # files in the chat are scanned, as in production
    hub_env = {"HUB_OFFER_TIMEOUT_S": "60", "HUB_CLAMD_ADDRESS": str(HOME / "clamd" / "clamd.sock")}
    hub = launch_hub_process(data, env=hub_env)
    shots: list[str] = []

    def run(coro: Any, timeout: float = 15) -> Any:
        return loop.run_until_complete(asyncio.wait_for(coro, timeout))

    def until(pred: Callable[[], Any], timeout: float = 15) -> None:
        async def poll() -> None:
            end = time.monotonic() + timeout
            while not pred():
                if time.monotonic() > end:
                    raise TimeoutError(str(pred))
                await asyncio.sleep(0.03)
        run(poll(), timeout + 2)

    def settle(seconds: float = 0.3) -> None:
        run(asyncio.sleep(seconds))

    def shoot(widget: QWidget, name: str) -> None:
        settle(0.25)
        path = OUT / f"agent-{name}.png"
        widget.grab().save(str(path))
        shots.append(path.name)
        print("wrote", path.relative_to(ROOT))

    def grab_with_video(widget: QWidget, overlays: list[QWidget]) -> Any:
        """grab() cannot read a QVideoWidget's surface offscreen: paint each sink's
        current frame where its widget is, then the stats overlay above it again."""
        from PySide6.QtCore import QPoint, QRect, Qt
        from PySide6.QtGui import QPainter
        from PySide6.QtMultimediaWidgets import QVideoWidget

        pixmap = widget.grab()
        painter = QPainter(pixmap)
        videos = sorted(widget.findChildren(QVideoWidget), key=lambda v: v.width() * v.height(), reverse=True)
        for video in videos:  # largest first: the picture-in-picture lands on top
            frame = video.videoSink().videoFrame()
            if not video.isVisible() or not frame.isValid():
                continue
            image = frame.toImage()
            size = image.size().scaled(video.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(QPoint(0, 0), size)
            target.moveCenter(video.rect().center())
            target.translate(video.mapTo(widget, QPoint(0, 0)))
            painter.drawImage(target, image)
        for overlay in overlays:
            painter.drawPixmap(overlay.mapTo(widget, QPoint(0, 0)), overlay.grab())
        painter.end()
        return pixmap

    def settings_for(*extra: str) -> Any:
        return load_settings(AGENT_DESKTOP, ["--hub-url", hub.ws_url, "--no-alert-sound", *extra],
                             user_settings_path=HOME / "settings.json")

    try:
        hub.add_agent("anna", "correct horse")
        hub.cli("add-agent", "bert", "--password", "correct horse", "--name", "Bert")
        settings = settings_for("--ui-language", "en")
        apply_look(app, settings, "default", 100)
        canned = CannedLibrary.load(ROOT / "resources" / "canned")
        # lavfi camera and microphone: the device check passes and the call has a picture.
        window = MainWindow(settings, canned, hub_options={"backoff_initial_s": 0.1, "backoff_max_s": 0.5},
                            media=CallMedia(synthetic_video(320, 240, 15, pattern="testsrc2"),
                                            synthetic_audio(330.0), synthetic=True))
        window.force_close = True
        window.resize(*SIZE)
        window.show()
        settle()
        window.sign_in.username.setText("anna")
        shoot(window, "sign-in")

        run(window.sign_in_with("anna", "correct horse"))
        window.status.combo.setCurrentIndex(window.status.combo.findData("available"))
        window.status.stateChosen.emit("available")

        def available_or_asked() -> bool:  # the device check asks whether the sound was heard
            check = window.device_check
            if check is not None and check.question.isVisible():
                check.yes.click()
            return window.status.state == "available"

        until(available_or_asked, timeout=25)

        customers: list[Any] = []

        def customer(subject: str, name: str) -> tuple[Any, Any]:
            client = HubClient(hub.ws_url, hub.customer_token(subject, name), backoff_initial_s=0.1)
            log = FrameLog(client)
            run(client.start())
            customers.append(client)
            return client, log

        # --- a video customer with a precheck report
        vc, vlog = customer("cust-7", "Olga Petrova")
        ack = run(vc.request(p.ChatStart(channel="video", language="fi", topic="unemployment")))
        # The report as the customer's client sends it (PrecheckReport.to_dict): a made-up
        # shape here showed "No check results" on the card.
        from client_core.precheck.verdicts import (
            PlatformInfo,
            PrecheckReport,
            check_bandwidth,
            check_loss,
            check_os,
            check_rtt,
        )

        precheck = PrecheckReport.build(
            [check_os(PlatformInfo("Windows", "10.0.22631")), check_bandwidth("down", 8400.0),
             check_bandwidth("up", 1400.0), check_rtt(23.0), check_loss(0.0)], None).to_dict()
        run(vc.request(p.HandoffRequest(conversation_id=ack.conversation_id, precheck=precheck)))
        until(lambda: window.offer_card.isVisible())
        shoot(window, "offer-video")

        # The customer's side of the call: a plain engine with a lavfi picture.
        async def send_rtc(frame: dict[str, Any]) -> None:
            await vc.send(p.RtcSignal(**frame))

        customer_engine = CallEngine(f"customer:{vc.welcome.user_id}",
                                     HubFrameSignaling(ack.conversation_id, send_rtc),
                                     audio=CaptureSource(synthetic_audio(440.0)),
                                     video=CaptureSource(synthetic_video(480, 360, 15)))
        vc.add_listener(lambda f: dispatch_frame(customer_engine, f) if isinstance(f, p.RtcSignalRelay)
                        else None)
        run(customer_engine.start())
        window.offer_card.accept_button.click()
        until(lambda: ack.conversation_id in window.views)
        pane = window.views[ack.conversation_id].video
        until(lambda: pane.view.remote.pushed > 30 and pane.view.local.pushed > 10, 30)
        until(lambda: "kbit/s" in pane.view.stats_label.text(), 10)
        run(vc.send_chat(ack.conversation_id, "Hei, kuuluuko ääni?"))
        settle(1.0)
        path = OUT / "agent-video-call.png"
        grab_with_video(window, [pane.view.stats_label]).save(str(path))
        shots.append(path.name)
        print("wrote", path.relative_to(ROOT))
        # The customer's line turns too thin for a picture: their engine pauses it (the
        # sound goes on) and the expert's pane says so, as a real thin line makes it.
        c_send = customer_engine.peers[f"agent:{window.desk.client.welcome.user_id}"].sendside  # type: ignore[union-attr]
        c_send.estimate.kbps = c_send.estimate.min_kbps
        until(lambda: pane.quality_label.isVisible(), 15)
        path = OUT / "agent-video-call-weak-connection.png"
        grab_with_video(window, [pane.view.stats_label]).save(str(path))
        shots.append(path.name)
        print("wrote", path.relative_to(ROOT))
        run(customer_engine.hang_up())
        window._close_after_ack.add(ack.conversation_id)
        run(window.desk.end(ack.conversation_id, "resolved", ""))  # type: ignore[union-attr]
        until(lambda: ack.conversation_id not in window.views)
        until(lambda: window.status.state == "available", 20)

        # --- chat customers: queue, offer, conversation
        cc, clog = customer("cust-1", "Maija Meikäläinen")
        ack = run(cc.request(p.ChatStart(channel="chat", language="fi", topic="social_assistance",
                                         application_step="income")))
        conv = ack.conversation_id
        run(clog.wait_for(p.ChatMessage, sender="bot"))
        for text in ("Miten ilmoitan vuokran muutoksesta hakemuksessa?",
                     "Menetin työpaikkani ja haluan puhua ihmisen kanssa"):
            run(cc.send_chat(conv, text))
            settle(0.4)
        run(clog.wait_for(p.HandoffStatus, available=True))
        run(cc.request(p.HandoffRequest(conversation_id=conv)))
        until(lambda: window.offer_card.isVisible())
        shoot(window, "offer-chat")
        window.offer_card.accept_button.click()
        until(lambda: conv in window.views)
        view = window.views[conv]
        view.composer.setPlainText(canned.for_language("fi")[0].text)
        view.composer.submit()
        run(clog.wait_for(p.ChatMessage, sender="agent"))
        run(cc.send_chat(conv, "Kiitos! Vuokrani nousi 620 eurosta 680 euroon 1.12. alkaen. "
                               "Pitääkö minun lähettää uusi vuokrasopimus?"))
        until(lambda: view.conv.rows[-1].sender == "customer")
        view.composer.setPlainText("Kyllä, liitä uusi vuokrasopimus tai vuokranantajan ilmoitus "
                                   "korotuksesta hakemukseen. Katson samalla työttömyysturvan.")
        view.composer.submit()
        run(cc.send(p.Typing(conversation_id=conv)))
        until(lambda: "typing" in view.typing_label.text())
        # a second customer waiting in the queue, with an unread badge elsewhere
        c2, log2 = customer("cust-2", "Erik Lindqvist")
        a2 = run(c2.request(p.ChatStart(channel="chat", language="sv", topic="social_assistance")))
        run(log2.wait_for(p.ChatMessage, sender="bot"))
        run(c2.send_chat(a2.conversation_id, "Jag vill prata med en människa"))
        run(log2.wait_for(p.HandoffStatus, available=True))
        run(c2.request(p.HandoffRequest(conversation_id=a2.conversation_id)))
        until(lambda: window.offer_card.isVisible())
        window.offer_card.accept_button.click()
        until(lambda: a2.conversation_id in window.views)
        window.tabs.setCurrentWidget(view)
        run(c2.send_chat(a2.conversation_id, "Hej! Jag undrar över bostadsbidraget."))
        until(lambda: window.views[a2.conversation_id].conv.unread > 0)
        run(cc.send(p.Typing(conversation_id=conv)))
        until(lambda: "typing" in view.typing_label.text())
        shoot(window, "conversation")

        view.transcript.toggle_bot_part()
        view.side.setCurrentIndex(view.side.count() - 1)
        shoot(window, "conversation-bot-collapsed")
        view.transcript.toggle_bot_part()
        view.side.setCurrentIndex(0)

        # --- files: the customer's rental agreement and a photo, with the hub's previews
        from client_core.attachments import AttachmentClient
        from tests.attachment_files import photo_with_metadata

        files = AttachmentClient(hub.ws_url, hub.customer_token("cust-1", "Maija Meikäläinen"))
        agreement = run(files.upload(conv, "vuokrasopimus-2026.pdf", lease_pdf()))
        run(files.upload(conv, "vuokranantajan-ilmoitus.jpg", photo_with_metadata()))
        until(lambda: sum(m.attachment is not None for m in view.conv.transcript) == 2)
        until(lambda: view.previews.get(agreement.id) is not None and
              all(view.previews.get(m.attachment.id) is not None for m in view.conv.transcript if m.attachment))
        view.transcript.viewport().update()
        shoot(window, "conversation-attachments")
        viewer = run(view.show_attachment(agreement))
        viewer.resize(700, 760)
        settle(0.8)
        shoot(viewer, "attachment-viewer")
        viewer.close()

        # --- dialogs, shown over the window (never exec'd: a script must not block)
        def dialog_shot(make: Callable[[], QDialog], name: str, fill: Callable[[Any], None] | None = None) -> None:
            dialog = make()
            if fill:
                fill(dialog)
            dialog.show()
            shoot(dialog, name)
            dialog.close()

        from agent_desktop.qt.dialogs import WrapUpDialog
        from agent_desktop.qt.settings_dialog import SettingsDialog
        from agent_desktop.qt.transfer_dialog import TransferDialog
        from client_core.qt.about_dialog import AboutDialog

        keys = [k for k in window.queues.model.keys() if k[0] == "chat"]
        def fill_transfer(d) -> None:  # type: ignore[no-untyped-def]
            d.search.setText("be")
            d.note.setPlainText("Vuokran korotus; työttömyys alkoi 15.11.")

        dialog_shot(lambda: TransferDialog(keys, ("chat", "fi", "social_assistance"),
                                           window.desk.colleagues if window.desk else [], window),
                    "transfer", fill_transfer)
        dialog_shot(lambda: WrapUpDialog("Maija Meikäläinen", False, window), "wrap-up",
                    lambda d: d.note.setPlainText("Ohjattu liittämään vuokrasopimus."))
        dialog_shot(lambda: SettingsDialog(settings, window), "settings")
        dialog_shot(lambda: AboutDialog(settings, window), "about")

        # --- history of the video customer
        window._history_for("cust-7")
        until(lambda: window.history.model.rowCount() > 0)
        window.history.table.selectRow(0)
        window.history.open_button.click()
        until(lambda: any(k.startswith("history:") for k in window.views))
        shoot(window, "history")
        window.left_tabs.setCurrentIndex(0)
        window.tabs.setCurrentWidget(view)

        # --- reconnect banner: the hub goes away for a moment
        hub.proc.kill()
        hub.proc.wait(10)
        until(lambda: window.banner.isVisible())
        shoot(window, "reconnecting")
        hub.proc = launch_hub_process(data, port=hub.port, env=hub_env).proc
        until(lambda: window.desk is not None and window.desk.link == "online", 20)
        settle(0.5)

        # --- Finnish UI, then high contrast with bigger text
        from client_core.i18n import set_ui_language

        set_ui_language(app, "fi", ("agent_desktop",))
        QCoreApplication.processEvents()
        shoot(window, "finnish")
        set_ui_language(app, "sv", ("agent_desktop",))
        QCoreApplication.processEvents()
        shoot(window, "swedish")
        set_ui_language(app, "en", ("agent_desktop",))
        apply_look(app, settings, "high-contrast", 130)
        window.resize(*SIZE)
        shoot(window, "high-contrast")
        apply_look(app, settings, "default", 100)

        for client in customers:
            run(client.close())
        run(window.sign_out())
    finally:
        hub.proc.terminate()
        hub.proc.wait(10)
        stop_clamd(clamd)
        loop.close()  # joins qasync's executor thread before Qt goes (else: abort at exit)
    print(f"{len(shots)} screenshots in {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    from scripts.children import Children

    # SIGTERM ends it through main's finally (which stops the hub); the home goes too.
    with Children() as cleanup:
        cleanup.callback(shutil.rmtree, HOME, ignore_errors=True)
        sys.exit(main())
