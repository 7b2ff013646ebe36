"""The expert's transcript rows without Qt: the bot part folded under a header."""

from __future__ import annotations

from datetime import UTC, datetime

from agent_desktop.domain.transcript_rows import BotHeader, TranscriptRows
from client_core.conversation.transcript import IncomingMessage, Transcript
from hub_protocol.events import EventCode

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def msg(seq: int, sender: str = "customer", text: str = "", cid: str | None = None) -> IncomingMessage:
    return IncomingMessage(seq, sender, sender.title(), text or f"m{seq}", T0, cid)


class Recorder:
    def __init__(self) -> None:
        self.events: list[tuple] = []

    def rows_inserted(self, first: int, count: int) -> None:
        self.events.append(("ins", first, count))

    def rows_removed(self, first: int, count: int) -> None:
        self.events.append(("rem", first, count))

    def row_changed(self, row: int) -> None:
        self.events.append(("chg", row))

    def rows_reset(self) -> None:
        self.events.append(("reset",))


def bot_then_handoff() -> list[IncomingMessage]:
    return [msg(1, "bot", "Hei!"), msg(2, "customer", "Haluan ihmisen"), msg(3, "system", "handoff"),
            msg(4, "system", "joined:Anna")]


def rows_over(*messages: IncomingMessage, collapsed: bool = False) -> tuple[Transcript, TranscriptRows]:
    t = Transcript("c1")
    t.load(messages)
    return t, TranscriptRows(t, bot_collapsed=collapsed)


def seqs(rows: TranscriptRows) -> list[int | None]:
    return [None if isinstance(r, BotHeader) else r.seq for r in rows]


def test_bot_part_gets_header_and_collapses() -> None:
    _t, rows = rows_over(*bot_then_handoff())
    assert isinstance(rows[0], BotHeader) and rows[0].folded == 2
    assert seqs(rows) == [None, 1, 2, 3, 4]
    assert rows[3].event and rows[3].event.code is EventCode.HANDOFF
    assert rows[4].event and rows[4].event.detail == "Anna"
    assert rows.in_bot_part(rows[2]) and not rows.in_bot_part(rows[3])
    rec = Recorder()
    rows.subscribe(rec)
    rows.set_bot_collapsed(True)
    assert seqs(rows) == [None, 3, 4] and rec.events == [("reset",)]


def test_new_messages_and_replays_map_to_rows() -> None:
    t, rows = rows_over(*bot_then_handoff())
    rec = Recorder()
    rows.subscribe(rec)
    assert t.add(msg(5, text="hello"))
    assert not t.add(msg(5, text="hello"))
    assert rec.events == [("ins", 5, 1)]
    assert rows.index(rows[5]) == 5


def test_pending_overtaken_by_customer_moves_into_place() -> None:
    t, rows = rows_over(*bot_then_handoff())
    rec = Recorder()
    rows.subscribe(rec)
    t.add_pending("a", "mine", "Anna", T0)
    t.add(msg(6, text="customer later"))  # seq 6 arrives while ours is pending
    assert seqs(rows)[-2:] == [6, None]
    t.ack("a", 5)
    assert seqs(rows)[-2:] == [5, 6]
    assert rec.events == [("ins", 5, 1), ("ins", 5, 1), ("rem", 6, 1), ("ins", 5, 1)]


def test_live_handoff_resets_rows_with_header() -> None:
    t = Transcript("c1")
    rows = TranscriptRows(t)
    t.add(msg(1, "bot"))
    t.add(msg(2))
    rec = Recorder()
    rows.subscribe(rec)
    t.add(msg(3, "system", "handoff"))
    assert rec.events == [("reset",)]
    assert isinstance(rows[0], BotHeader) and rows[0].folded == 2
    t.add(msg(5))
    assert seqs(rows)[1:] == [1, 2, 3, 5]


def test_collapsed_late_bot_message_updates_header_only() -> None:
    t, rows = rows_over(msg(1, "bot"), msg(3, "system", "handoff"), collapsed=True)
    rec = Recorder()
    rows.subscribe(rec)
    t.add(msg(2))  # a replayed customer line from the bot part
    assert rec.events == [("chg", 0)]
    assert rows[0].folded == 2 and seqs(rows) == [None, 3]


def test_expanded_late_bot_message_is_inserted_under_the_header() -> None:
    t, rows = rows_over(msg(1, "bot"), msg(3, "system", "handoff"))
    rec = Recorder()
    rows.subscribe(rec)
    t.add(msg(2))
    assert rec.events == [("ins", 2, 1), ("chg", 0)]
    assert seqs(rows) == [None, 1, 2, 3]
