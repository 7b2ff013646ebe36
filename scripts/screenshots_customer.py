#!/usr/bin/env python3
"""Screenshots of every step of the customer client in its five languages.

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x1000x24" \
        .venv/bin/python scripts/screenshots_customer.py     # as the screen shows it
    .venv/bin/python scripts/screenshots_customer.py          # offscreen

Writes docs/screenshots/customer-<lang>-<nn>-<step>.png. The pages are filled with
the same frames the hub sends (protocol objects), so no hub has to run and the
pictures are the same every time; the chat is in the assistant's language (fi/sv/en)
and a service expert joins only where the shipped queues serve human chat.
SCREENSHOTS_OUT, WINDOW_SIZE (e.g. 1024x700), TEXT_SIZE (e.g. 200) and THEME
(high-contrast) take other pictures elsewhere.

The call's video is client_core's ``CallVideoView`` (QVideoWidget), which draws in
a native child window that ``QWidget.grab()`` cannot see. On X (Xvfb) the
screenshot is therefore taken from the screen; offscreen, the frame each video
sink holds is painted where its widget is (what the widget would show).
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QRect, QSize, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtMultimediaWidgets import QVideoWidget  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from client_core.call import (  # noqa: E402
    CallMedia,  # noqa: E402
    FrameFanout,
    synthetic_audio,
    synthetic_video,
)
from client_core.devices import CameraReport, MicrophoneReport, Remedy  # noqa: E402
from client_core.devices import Verdict as DeviceVerdict  # noqa: E402
from client_core.i18n import set_ui_language  # noqa: E402
from client_core.precheck.measurement import NetworkMeasurement  # noqa: E402
from client_core.precheck.relay import RelayResult  # noqa: E402
from client_core.precheck.verdicts import PlatformInfo, check_os, check_relay  # noqa: E402
from customer_client.domain.flow import Step  # noqa: E402
from customer_client.domain.precheck import (  # noqa: E402
    Checklist,
    camera_item,
    microphone_item,
    speaker_item,
)
from customer_client.domain.problems import Problem  # noqa: E402
from customer_client.domain.services import (  # noqa: E402
    CHAT_LANGUAGES,
    CHAT_TOPIC,
    served_languages,
)
from customer_client.qt.main_window import CATALOGS, ClientOptions, MainWindow  # noqa: E402
from customer_client.qt.texts import texts  # noqa: E402
from hub_protocol import frames as p  # noqa: E402

OUT = Path(os.environ.get("SCREENSHOTS_OUT", ROOT / "docs" / "screenshots"))
SIZE = tuple(int(x) for x in os.environ.get("WINDOW_SIZE", "1280x860").split("x"))
ALTERNATIVES = [
    {"code": "phone_en", "kind": "phone", "weekly_hours": {d: ["09:00-16:00"] for d in
                                                          ("mon", "tue", "wed", "thu", "fri")}},
    {"code": "office", "kind": "office", "weekly_hours": {d: ["09:00-16:00"] for d in
                                                         ("mon", "tue", "wed", "thu", "fri")}},
]
CHAT = {
    "en": ["Hello! I am the application assistant. Ask me about the social assistance "
           "application.", "How do I report my rent in the application?",
           "Enter the monthly rent in the Housing costs part and attach the rental agreement.",
           "I lost my job last week and I don't know what to do.",
           "Hello, I am Anna from Kela. I can see your question. Let's go through it together."],
    "fi": ["Hei! Olen hakemusavustaja. Kysy minulta toimeentulotuen hakemuksesta.",
           "Miten ilmoitan vuokrani hakemuksessa?",
           "Kirjoita kuukausivuokra kohtaan Asumismenot ja liitä vuokrasopimus hakemukseen.",
           "Jäin viime viikolla työttömäksi, enkä tiedä, mitä minun pitäisi tehdä.",
           "Hei, olen Anna Kelasta. Näen kysymyksesi. Käydään asia läpi yhdessä."],
    "sv": ["Hej! Jag är ansökningsassistenten. Fråga mig om ansökan om utkomststöd.",
           "Hur anmäler jag min hyra i ansökan?",
           "Skriv månadshyran under Boendeutgifter och bifoga hyresavtalet.",
           "Jag blev arbetslös förra veckan och vet inte vad jag ska göra.",
           "Hej, jag heter Anna och arbetar på FPA. Jag ser din fråga. Vi går igenom den "
           "tillsammans."],
}


def settle(rounds: int = 5, pause_s: float = 0.0) -> None:
    app = QApplication.instance()
    for _ in range(rounds):
        app.processEvents()
        time.sleep(pause_s)


def paint_video(window: MainWindow, image: QImage) -> None:
    """Offscreen: draw each visible video sink's frame where its widget is."""
    painter = QPainter(image)
    for view in window.findChildren(QVideoWidget):
        frame = view.videoSink().videoFrame()
        if not view.isVisible() or not frame.isValid():
            continue
        area = QRect(view.mapTo(window, QPoint(0, 0)), view.size())
        picture = frame.toImage().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation)
        painter.fillRect(area, QColor("black"))
        target = QRect(QPoint(0, 0), picture.size())
        target.moveCenter(area.center())
        painter.drawImage(target, picture)
    painter.end()


def shot(window: MainWindow, lang: str, index: int, name: str) -> None:
    settle()
    if QGuiApplication.platformName() == "xcb":
        settle(10, 0.02)  # let the video windows render
        geo = window.geometry()
        image = window.screen().grabWindow(0, geo.x(), geo.y(), geo.width(),
                                           geo.height()).toImage()
    else:
        image = window.grab().toImage()
        paint_video(window, image)
    path = OUT / f"customer-{lang}-{index:02d}-{name}.png"
    image.save(str(path))
    print(path)


def fake_frame(color: str) -> object:
    """A stand-in remote picture: a calm gradient, as a PyAV frame."""
    import av
    import numpy as np

    h, w = 360, 480
    y = np.linspace(0, 1, h)[:, None]
    base = QColor(color)
    rgb = np.zeros((h, w, 3), np.uint8)
    rgb[..., 0] = (base.red() * (0.6 + 0.4 * y)).astype(np.uint8)
    rgb[..., 1] = (base.green() * (0.6 + 0.4 * y)).astype(np.uint8)
    rgb[..., 2] = (base.blue() * (0.6 + 0.4 * y)).astype(np.uint8)
    return av.VideoFrame.from_ndarray(rgb, format="rgb24")


def message(conv: str, seq: int, sender: str, name: str, text: str) -> p.ChatMessage:
    return p.ChatMessage(conversation_id=conv, seq=seq, sender=sender, sender_name=name,  # type: ignore[arg-type]
                         text=text, sent_at=datetime.now(UTC))


def run(window: MainWindow, lang: str) -> None:
    app = QApplication.instance()
    conv = "c-demo"
    n = 0

    def go(step: Step) -> None:
        window.flow.step = step
        window._show(step)  # noqa: SLF001 - the script drives pages directly

    def snap(name: str) -> None:
        nonlocal n
        n += 1
        shot(window, lang, n, name)

    set_ui_language(app, "en", CATALOGS)
    window.retranslate()
    go(Step.LANGUAGE)
    snap("language")
    window.choose_language(lang)
    if window.flow.step is Step.SIGN_IN:  # signing in: scripts/screenshots_sign_in.py
        go(window.flow.sign_in_done())
    snap("service")
    # What a hub on the shipped queues answers to services.query (this script runs no hub).
    from service_hub.routing import load_queues
    from service_hub.service_catalog import services_catalog

    window.flow.catalog = services_catalog(load_queues())
    window.flow.choose_video()
    window.topic_page.set_topics(window.flow.topics(),
                                 served_languages(window.flow.catalog, "video"))
    go(Step.TOPIC)
    snap("topic")

    # Hours: open, then closed with the next opening and alternatives. Video appointments
    # only where the shipped queues serve them (the trial: ru, ckb, en); elsewhere the chat.
    video = lang in served_languages(window.flow.catalog, "video")
    chat_lang = lang if lang in CHAT_LANGUAGES else "en"
    if video:
        window.hours_page.show_service("video", lang, "pensions", window.flow.catalog)
    else:
        window.hours_page.show_service("chat", chat_lang, CHAT_TOPIC, window.flow.catalog)
    opening = (datetime.now(UTC) + timedelta(days=3)).replace(hour=6, minute=0, second=0)
    go(Step.HOURS)
    if video or chat_lang in served_languages(window.flow.catalog, "chat", CHAT_TOPIC):
        window.hours_page.set_status(p.HandoffStatus(conversation_id=conv, available=True,
                                                     reason="open"))
        snap("hours-open")
        window.hours_page.set_status(p.HandoffStatus(
            conversation_id=conv, available=False, reason="closed", next_opening=opening,
            alternatives=ALTERNATIVES))
        snap("hours-closed")
    else:  # what the hub answers: the assistant only
        window.hours_page.set_status(p.HandoffStatus(conversation_id=conv, available=False,
                                                     reason="no_service",
                                                     alternatives=ALTERNATIVES))
        snap("hours-assistant-only")

    if video:
        video_steps(window, conv, go, snap)
    chat_steps(window, lang, conv, opening, go, snap)
    if video:
        call_steps(window, go, snap)
    final_steps(window, lang, go, snap)
    if video:
        network_steps(window, go, snap)
    files_and_transcript(window, lang, conv, CHAT[chat_lang], go, snap)
    window.visit.transcript.clear()


def video_steps(window: MainWindow, conv: str, go: Any, snap: Any) -> None:
    """Pre-session check: client_core's verdicts, one failure to show a remedy."""
    page = window.precheck_page
    checklist = Checklist()
    checklist.put(check_os(PlatformInfo("Windows", "10.0.22631")))
    checklist.put(camera_item(CameraReport(DeviceVerdict.OK, Remedy.NONE, 45, 30.0, 0.0, 0.0)))
    checklist.put(microphone_item(MicrophoneReport(DeviceVerdict.OK, Remedy.NONE, -24.0, -8.0,
                                                   0.0)))
    checklist.put(speaker_item(True))
    checklist.put_network(NetworkMeasurement(connected=True, up_kbit=950, down_kbit=8200,
                                             rtt_ms=35, jitter_ms=4, loss_pct=0.2))
    page.checklist, page.heard, page.finished = checklist, True, True
    page.panel.self_view.set_level(-22)
    page.progress.setValue(100)
    page._show_rows()  # noqa: SLF001
    go(Step.PRECHECK)
    snap("precheck-slow-link")
    checklist.put_network(NetworkMeasurement(connected=True, up_kbit=3000, down_kbit=8200,
                                             rtt_ms=35, jitter_ms=4, loss_pct=0.2))
    page._show_rows()  # noqa: SLF001
    snap("precheck-ready")

    window.queue_page.set_status(p.QueueStatus(conversation_id=conv, position=3,
                                               estimated_wait_s=7 * 60))
    go(Step.QUEUE)
    snap("video-queue")



def chat_steps(window: MainWindow, lang: str, conv: str, opening: datetime, go: Any,
               snap: Any) -> None:
    s = window.visit
    # Chat: as it really goes. The assistant speaks fi/sv/en (Russian and Sorani speakers
    # choose one of them: English here); service experts join only where the shipped
    # queues serve human chat (the trial: Finnish), elsewhere the page says so.
    chat_lang = lang if lang in CHAT_LANGUAGES else "en"
    texts = CHAT[chat_lang]
    experts = served_languages(window.flow.catalog, "chat", CHAT_TOPIC)
    s.catalog = window.flow.catalog
    s.conversation_id, s.state, s.channel = conv, "bot", "chat"
    s.transcript.clear()
    window.flow.choose_chat(chat_lang)
    for seq, (sender, name, text) in enumerate(
            zip(("bot", "customer", "bot", "customer"), ("Kelpo", "Maija") * 2, texts[:4],
                strict=True), start=1):
        s._on_frame(message(conv, seq, sender, name, text))  # noqa: SLF001
    status = {"conversation_id": conv, "state": "bot", "channel": "chat",
              "language": chat_lang, "topic": CHAT_TOPIC}
    s._on_frame(p.ConversationStatus(**status))  # noqa: SLF001
    window.chat_page.retranslate()
    go(Step.CHAT)
    if chat_lang not in experts:
        s._on_frame(p.HandoffStatus(conversation_id=conv, available=False,  # noqa: SLF001
                                    reason="no_service", alternatives=ALTERNATIVES))
        snap("chat-no-expert")
    else:
        s._on_frame(p.HandoffStatus(conversation_id=conv, available=True,  # noqa: SLF001
                                    reason="open", suggested=True))
        snap("chat-suggested")
        s._on_frame(message(conv, 5, "system", "", "handoff"))  # noqa: SLF001
        s._on_frame(p.ConversationStatus(**status | {"state": "queued"}))  # noqa: SLF001
        s._on_frame(p.QueueStatus(conversation_id=conv, position=2,  # noqa: SLF001
                                  estimated_wait_s=4 * 60))
        snap("chat-queue")
        s._on_frame(message(conv, 6, "system", "", "joined:Anna"))  # noqa: SLF001
        s._on_frame(p.ConversationStatus(**status | {"state": "active",  # noqa: SLF001
                                                     "agent_name": "Anna"}))
        s._on_frame(message(conv, 7, "agent", "Anna", texts[4]))  # noqa: SLF001
        snap("chat-expert")
        s.state = "bot"
        s._on_frame(p.ConversationStatus(**status))  # noqa: SLF001
        s._on_frame(p.HandoffStatus(conversation_id=conv, available=False,  # noqa: SLF001
                                    reason="closed", next_opening=opening,
                                    alternatives=ALTERNATIVES))
        snap("chat-closed")



def call_steps(window: MainWindow, go: Any, snap: Any) -> None:
    s = window.visit
    # Call page: still pictures through the shared video widget's sinks; a new
    # conversation, so its side chat starts empty.
    s.transcript.clear()
    window.call_page.reset()
    s.agent_name = "Anna"
    remote, local = FrameFanout("video"), FrameFanout("video")
    window.call_page.set_remote(remote)
    window.call_page.set_local(local)
    go(Step.CALL)
    remote.publish(fake_frame("#6E8FA8"))
    local.publish(fake_frame("#A8896E"))
    snap("call")
    window.call_page.reset()


def final_steps(window: MainWindow, lang: str, go: Any, snap: Any) -> None:
    s = window.visit
    window.feedback_page.reset()
    go(Step.FEEDBACK)
    window.feedback_page.stars.buttons[3].click()
    window.feedback_page.comment.setPlainText(
        CHAT[lang if lang in CHAT_LANGUAGES else "en"][1][:40])
    snap("feedback")
    go(Step.THANKS)
    snap("thanks")
    window.link_banner.show_text(texts().problem(Problem.HUB_UNREACHABLE), "warn")
    go(Step.HOURS)
    window.hours_page.show_service("chat", lang if lang in CHAT_LANGUAGES else "en",
                                   CHAT_TOPIC, None)
    snap("hub-unreachable")
    window.link_banner.hide()

    s.transcript.clear()


def network_steps(window: MainWindow, go: Any, snap: Any) -> None:
    """The relay row of the pre-session check on a network that blocks it, and the
    call's notice on a weak line (video languages only)."""
    page = window.precheck_page
    checklist = page.checklist
    assert checklist is not None
    remote, local = FrameFanout("video"), FrameFanout("video")
    checklist.put(check_relay([RelayResult(t, "unreachable") for t in ("udp", "tcp", "tls")]))
    go(Step.PRECHECK)
    page._show_rows()  # noqa: SLF001 - with the page shown, so the failed row scrolls into view
    snap("precheck-relay-blocked")
    window.call_page.reset()
    window.call_page.set_remote(remote)
    window.call_page.set_local(local)
    go(Step.CALL)
    remote.publish(fake_frame("#6E8FA8"))
    local.publish(fake_frame("#A8896E"))
    window.call_page.set_connected(True)
    window.call_page.show_quality("ours_paused")
    snap("call-weak-connection")
    window.call_page.reset()


def files_and_transcript(window: MainWindow, lang: str, conv: str, texts: list[str], go: Any, snap: Any) -> None:
    """The rental agreement sent in the chat, a refused file, and the customer's PDF copy."""
    s = window.visit
    s._on_frame(p.ConversationStatus(conversation_id=conv, state="active", channel="chat",  # noqa: SLF001
                                     language="fi", topic="social_assistance", agent_name="Anna"))
    agreement = p.AttachmentInfo(id="a-1", kind="pdf", name="vuokrasopimus-2026.pdf", mime="application/pdf",
                                 size=184_320, width=226, height=320, pages=3)
    s._on_frame(p.ChatMessage(conversation_id=conv, seq=8, sender="customer", sender_name="Maija",  # noqa: SLF001
                              text=agreement.name, sent_at=datetime.now(UTC), attachment=agreement))
    s._on_frame(message(conv, 9, "agent", "Anna", texts[4]))  # noqa: SLF001
    go(Step.CHAT)
    window.chat_page.chat.show_file_status("infected")
    window.chat_page.chat.view.scrollToBottom()
    snap("chat-attachment")
    window.chat_page.chat.show_file_status("sent")
    s._on_frame(message(conv, 10, "system", "", "ended"))  # noqa: SLF001
    window.feedback_page.reset()
    go(Step.FEEDBACK)
    pdf = OUT.parent / f"transcript-{lang}.pdf"
    from customer_client.qt.transcript_pdf import pdf_labels, write_transcript_pdf

    title, names = pdf_labels()
    write_transcript_pdf(pdf, list(s.transcript), title=title, lines=["Anna"], names=names,
                         rtl=window.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    window.feedback_page.show_saved(f"~/{pdf.name}")
    snap("feedback-saved-pdf")
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(pdf))
    page = document.pagePointSize(0)
    document.render(0, QSize(int(page.width() * 1.4), int(page.height() * 1.4))).save(
        str(OUT / f"customer-{lang}-19-transcript-pdf.png"))
    document.close()
    pdf.unlink()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    from customer_client.qt.look import Look

    look = Look(app, text_size=int(os.environ.get("TEXT_SIZE", "0")) or None,  # noqa: F841
                theme=os.environ.get("THEME", "default"))
    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    options = ClientOptions(
        hub_url="ws://127.0.0.1:9/ws", token=lambda: None,
        media=CallMedia(synthetic_video(), synthetic_audio()),
        runner_factory=lambda *_: None,  # type: ignore[arg-type,return-value]
        default_language="en",
    )
    for lang in sys.argv[1:] or ["fi", "sv", "en", "ru", "ckb"]:
        window = MainWindow(options)
        window.resize(*SIZE)
        window.move(0, 0)
        window.show()
        run(window, lang)
        window.hide()
        window.deleteLater()
    window = None
    loop.close()  # before the QApplication goes
    return 0


if __name__ == "__main__":
    sys.exit(main())
