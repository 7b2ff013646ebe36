"""Offer summary, canned responses, throttles, export, queue rows: no Qt."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from agent_desktop.domain.canned import CannedLibrary
from agent_desktop.domain.export import transcript_text
from agent_desktop.domain.offer import seconds_left, summarize_offer
from agent_desktop.domain.queues import QueueRow, sort_rows
from agent_desktop.domain.throttle import Expiry, Throttle
from agent_desktop.domain.timefmt import ServerClock, duration
from client_core.conversation.transcript import IncomingMessage, Transcript
from hub_protocol.events import EventCode, SystemEvent

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def test_system_codes() -> None:
    assert SystemEvent.parse("transfer:see note").detail == "see note"
    assert SystemEvent.parse("transfer").code is EventCode.TRANSFER
    assert SystemEvent.parse("joined:Anna Virtanen").detail == "Anna Virtanen"
    assert SystemEvent.parse("new_code_from_future").code is EventCode.UNKNOWN


def test_offer_summary_tolerates_missing_and_odd_keys() -> None:
    base = dict(offer_id="o", conversation_id="o", channel="chat", language="fi",
                topic="social_assistance", waited_s=-3, expires_in_s=30)
    empty = summarize_offer(**base, context=None)
    assert empty.reason == "" and empty.preview == () and empty.waited_s == 0
    full = summarize_offer(**base, context={
        "reason": "suggested", "life_events": ["job_loss", {"code": "moving"}, 7],
        "intents": "ask_human", "application_step": "income",
        "transcript": [{"sender": "bot", "text": "Hei!\nMiten voin auttaa?"}, "junk",
                       {"text": "  "}, {"speaker": "customer", "text": "x" * 300}],
    })
    assert full.life_events == ("job_loss", "moving")
    assert full.intents == ("ask_human",)
    assert full.preview[0].text == "Hei! Miten voin auttaa?"
    assert len(full.preview) == 2 and full.preview[1].text.endswith("…")
    assert seconds_left(30, 100.0, 112.2) == 18 and seconds_left(30, 0, 99) == 0


def test_canned_library_search_and_shortcuts() -> None:
    lib = CannedLibrary.load(RESOURCES / "canned")
    for lang in ("fi", "sv", "en"):
        assert lib.for_language(lang), lang
        assert all(r.language == lang for r in lib.for_language(lang))
    assert lib.for_language("ru") == lib.for_language("en")
    hello = [r for r in lib.for_language("fi") if r.shortcut][0]
    assert lib.expand("fi", hello.shortcut + " ") == hello.text
    assert lib.expand("fi", "no shortcut") is None
    assert hello in lib.search("fi", hello.title.split()[0])


def test_throttle_and_expiry_with_injected_clock() -> None:
    now = [0.0]
    th = Throttle(3.0, clock=lambda: now[0])
    assert th.ready("c") and not th.ready("c")
    now[0] = 3.1
    assert th.ready("c")
    th.reset("c")
    assert th.ready("c")
    ex = Expiry(5.0, clock=lambda: now[0])
    ex.touch("c")
    assert ex.active("c")
    now[0] += 6
    assert not ex.active("c")


def test_durations_and_server_clock() -> None:
    assert duration(0) == "0:00" and duration(247) == "4:07" and duration(3723) == "1:02:03"
    local = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    clock = ServerClock(now=lambda: local)
    clock.sync(local + timedelta(seconds=30))  # the hub's clock is 30 s ahead
    assert clock.since(local) == 30.0


def test_export_plain_text() -> None:
    t = Transcript("c")
    at = datetime(2026, 1, 1, 10, 0, tzinfo=UTC)
    t.load([IncomingMessage(1, "bot", "Bot", "<b>hi</b>", at), IncomingMessage(2, "system", "", "handoff", at),
            IncomingMessage(3, "customer", "Maija", "line1\nline2", at)])
    text = transcript_text(t.messages(), title="Chat", describe_event=lambda e: e.code.value,
                           sender_label=lambda r: r.sender_name)
    assert "Bot: <b>hi</b>" in text  # plain text, kept verbatim
    assert "--- handoff ---" in text and "Maija: line1\n    line2" in text


def test_queue_rows_tick_and_sort() -> None:
    a = QueueRow("chat", "fi", "x", 2, 40, 1, True, None, received_at=100.0)
    b = QueueRow("video", "fi", "x", 0, 0, 1, True, None, received_at=100.0)
    c = QueueRow("chat", "sv", "x", 0, 0, 0, False, None, received_at=100.0)
    assert a.longest_wait_now(105.0) == 45 and b.longest_wait_now(200.0) == 0
    assert sort_rows([c, b, a]) == [a, b, c]
