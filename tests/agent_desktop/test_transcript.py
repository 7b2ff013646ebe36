"""Transcript rows without Qt: order by seq, idempotent, pending -> sent, bot part."""

from __future__ import annotations

from datetime import UTC, datetime

from agent_desktop.domain.transcript import Delivery, IncomingMessage, RowKind, Transcript
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


def test_bot_part_gets_header_and_collapses() -> None:
    t = Transcript("c1")
    t.load(bot_then_handoff())
    kinds = [r.kind for r in t.rows]
    assert kinds[0] is RowKind.BOT_HEADER and t.rows[0].folded == 2
    assert [r.seq for r in t.rows[1:]] == [1, 2, 3, 4]
    assert t.rows[3].event and t.rows[3].event.code is EventCode.HANDOFF
    assert t.rows[4].event and t.rows[4].event.detail == "Anna"
    t.set_bot_collapsed(True)
    assert [r.seq for r in t.rows] == [None, 3, 4]


def test_replays_and_duplicates_are_ignored() -> None:
    t = Transcript("c1")
    t.load(bot_then_handoff())
    rec = Recorder()
    t.subscribe(rec)
    assert t.add(msg(5, text="hello"))
    assert not t.add(msg(5, text="hello"))
    assert not t.add(msg(3, "system", "handoff"))
    t.load([*bot_then_handoff(), msg(5, text="hello")])  # a full replay
    assert [r.seq for r in t.messages()] == [1, 2, 3, 4, 5]
    assert rec.events[0] == ("ins", 5, 1)


def test_out_of_order_arrival_is_sorted() -> None:
    t = Transcript("c1")
    for seq in (3, 1, 2):
        t.add(msg(seq))
    assert [r.seq for r in t.rows] == [1, 2, 3]
    assert t.last_seq == 3


def test_pending_becomes_sent_on_ack_or_echo_once() -> None:
    t = Transcript("c1")
    t.load([msg(1)])
    rec = Recorder()
    t.subscribe(rec)
    row = t.add_pending("a", "Hei", "Anna", T0)
    assert row.delivery is Delivery.PENDING and t.rows[-1] is row
    assert t.ack("a", 2)
    assert row.delivery is Delivery.SENT and row.seq == 2
    # The echo of our own message arrives after the ack: no second row.
    assert not t.add(msg(2, "agent", "Hei", cid="a"))
    assert len(t.rows) == 2
    # Echo before ack:
    row2 = t.add_pending("b", "Toinen", "Anna", T0)
    assert t.add(msg(3, "agent", "Toinen", cid="b"))
    assert row2.seq == 3 and not t.ack("b", 3)
    assert [r.seq for r in t.rows] == [1, 2, 3]
    assert ("chg", 1) in rec.events


def test_pending_overtaken_by_customer_moves_into_place() -> None:
    t = Transcript("c1")
    t.load([msg(1)])
    t.add_pending("a", "mine", "Anna", T0)
    t.add(msg(3, text="customer later"))  # seq 3 arrives while ours is pending
    assert [r.seq for r in t.rows] == [1, 3, None]
    t.ack("a", 2)
    assert [r.seq for r in t.rows] == [1, 2, 3]


def test_live_handoff_resets_rows_with_header() -> None:
    t = Transcript("c1")
    t.add(msg(1, "bot"))
    t.add(msg(2))
    rec = Recorder()
    t.subscribe(rec)
    t.add(msg(3, "system", "handoff"))
    assert rec.events == [("reset",)]
    assert t.rows[0].kind is RowKind.BOT_HEADER and t.rows[0].folded == 2
    t.add(msg(5))
    assert [r.seq for r in t.rows[1:]] == [1, 2, 3, 5]


def test_collapsed_late_bot_message_updates_header_only() -> None:
    t = Transcript("c1", bot_collapsed=True)
    t.load([msg(1, "bot"), msg(3, "system", "handoff")])
    rec = Recorder()
    t.subscribe(rec)
    t.add(msg(2))  # a replayed customer line from the bot part
    assert rec.events == [("chg", 0)]
    assert t.rows[0].folded == 2
