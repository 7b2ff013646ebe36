"""The shared transcript without Qt: seq order, replays once, pending -> sent, observers."""

from __future__ import annotations

from datetime import UTC, datetime

from client_core.conversation.early import EarlyFrames
from client_core.conversation.transcript import Delivery, IncomingMessage, Transcript
from hub_protocol import frames as p
from hub_protocol.events import EventCode

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def msg(seq: int, sender: str = "customer", text: str = "", cid: str | None = None) -> IncomingMessage:
    return IncomingMessage(seq, sender, sender.title(), text or f"m{seq}", T0, cid)


class Recorder:
    def __init__(self) -> None:
        self.events: list[tuple] = []

    def message_inserted(self, index: int) -> None:
        self.events.append(("ins", index))

    def message_removed(self, index: int) -> None:
        self.events.append(("rem", index))

    def message_changed(self, index: int) -> None:
        self.events.append(("chg", index))

    def messages_reset(self) -> None:
        self.events.append(("reset",))


def test_replays_and_duplicates_are_applied_once() -> None:
    t = Transcript("c1")
    t.load([msg(1, "bot"), msg(2)])
    rec = Recorder()
    t.subscribe(rec)
    assert t.add(msg(3, text="hello"))
    assert not t.add(msg(3, text="hello"))
    assert not t.add(msg(1, "bot"))
    t.load([msg(1, "bot"), msg(2), msg(3, text="hello")])  # a full replay
    assert [m.seq for m in t] == [1, 2, 3]
    assert rec.events == [("ins", 2), ("reset",)]


def test_out_of_order_arrival_is_sorted() -> None:
    t = Transcript("c1")
    rec = Recorder()
    t.subscribe(rec)
    for seq in (3, 1, 2):
        t.add(msg(seq))
    assert [m.seq for m in t] == [1, 2, 3] and t.last_seq == 3
    assert rec.events == [("ins", 0), ("ins", 0), ("ins", 1)]


def test_pending_becomes_sent_on_ack_or_echo_once() -> None:
    t = Transcript("c1", own_sender="agent")
    t.load([msg(1)])
    rec = Recorder()
    t.subscribe(rec)
    mine = t.add_pending("a", "Hei", "Anna", T0)
    assert mine.pending and mine.own and t[-1] is mine
    assert t.ack("a", 2)
    assert mine.delivery is Delivery.SENT and mine.seq == 2
    assert rec.events == [("ins", 1), ("chg", 1)]  # settled in place
    # The echo after the ack: no second message.
    assert not t.add(msg(2, "agent", "Hei", cid="a"))
    # The echo before the ack settles it; the late ack changes nothing.
    second = t.add_pending("b", "Toinen", "Anna", T0)
    assert t.add(msg(3, "agent", "Toinen", cid="b"))
    assert second.seq == 3 and not t.ack("b", 3)
    assert [m.seq for m in t] == [1, 2, 3] and len(t) == 3


def test_own_message_overtaken_moves_into_seq_order() -> None:
    # The customer's question gets seq 2; the bot's answer (seq 3) arrives first.
    t = Transcript(own_sender="customer")
    t.add(msg(1, "bot", "Hei!"))
    t.add_pending("c1", "kysymys", "")
    rec = Recorder()
    t.subscribe(rec)
    t.add(msg(3, "bot", "vastaus"))
    assert [m.text for m in t] == ["Hei!", "vastaus", "kysymys"]  # pending stays last
    t.add(IncomingMessage(2, "customer", "Maija", "kysymys", T0, "c1"))  # its echo
    assert [m.text for m in t] == ["Hei!", "kysymys", "vastaus"]
    assert not any(m.pending for m in t) and t[1].sender_name == "Maija"
    assert rec.events == [("ins", 1), ("rem", 2), ("ins", 1)]


def test_ack_after_an_echo_under_another_identity_drops_the_copy() -> None:
    t = Transcript("c1")
    t.add_pending("a", "Hei", "Anna", T0)
    t.add(msg(2, "agent", "Hei"))  # stored, but its client id was lost on the way
    rec = Recorder()
    t.subscribe(rec)
    assert t.ack("a", 2)
    assert [m.seq for m in t] == [2] and rec.events == [("rem", 1)]


def test_system_messages_carry_their_event_and_clear_forgets_everything() -> None:
    t = Transcript(own_sender="customer")
    t.add(msg(4, "system", "joined:Anna"))
    assert t[0].event is not None and t[0].event.code is EventCode.JOINED
    assert t[0].event.detail == "Anna"
    t.add_pending("x", "still sending", "")
    t.clear()
    assert len(t) == 0 and t.last_seq == 0 and not t.ack("x", 5)


def test_incoming_from_a_protocol_frame() -> None:
    frame = p.ChatMessage(conversation_id="c", seq=7, sender="agent", sender_name="Anna",
                          text="Hei", sent_at=T0, client_msg_id="k")
    assert IncomingMessage.of(frame) == IncomingMessage(7, "agent", "Anna", "Hei", T0, "k")


def test_early_frames_are_bounded_and_taken_once() -> None:
    early: EarlyFrames[str] = EarlyFrames(max_conversations=2, max_frames=2)
    for conv in ("a", "b", "c"):
        for i in range(3):
            early.keep(conv, f"{conv}{i}")
    assert early.take("a") == []  # the oldest conversation went
    assert early.take("c") == ["c0", "c1"]  # at most two kept, in arrival order
    assert early.take("c") == []
