"""One conversation's transcript as display rows, idempotent by seq.

The hub numbers chat messages per conversation (``seq``). Replays after a
reconnect, the agent's own echoes and acks may arrive in any order and more
than once; this class turns them into exactly one row per message, in seq
order, with the agent's unacknowledged messages ("pending") at the end.

Rows are what a list view shows: an optional collapsible header over the
bot part, the messages, and system events (the handoff divider, notices).
Observers get row-level changes (napari-style), so a Qt model adapts them
with begin/endInsertRows without knowing any of these rules.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from hub_protocol.events import EventCode, SystemEvent


class RowKind(StrEnum):
    BOT_HEADER = "bot_header"
    MESSAGE = "message"
    EVENT = "event"


class Delivery(StrEnum):
    PENDING = "pending"  # sent, no ack yet (kept in the client's outbox)
    SENT = "sent"  # the hub stored it (ack with seq, or our own echo)


@dataclass
class Row:
    kind: RowKind
    seq: int | None = None
    sender: str = ""  # customer, bot, agent, system
    sender_name: str = ""
    text: str = ""
    sent_at: datetime | None = None
    client_msg_id: str | None = None
    delivery: Delivery = Delivery.SENT
    event: SystemEvent | None = None
    in_bot_part: bool = False
    # Header rows: how many bot-part rows it folds.
    folded: int = 0

    @property
    def key(self) -> str:
        """Stable identity for caches (size hints) that survives ack and moves."""
        if self.kind is RowKind.BOT_HEADER:
            return "header"
        return f"c:{self.client_msg_id}" if self.client_msg_id else f"s:{self.seq}"

    @property
    def own(self) -> bool:
        return self.sender == "agent"


@dataclass(frozen=True)
class IncomingMessage:
    """The fields of a protocol ChatMessage this module needs (no pydantic here)."""

    seq: int
    sender: str
    sender_name: str
    text: str
    sent_at: datetime
    client_msg_id: str | None = None


class EarlyMessages:
    """Chat messages of a conversation whose transcript has not arrived yet.

    The hub makes an agent a participant a moment before it sends the
    transcript (``conversation.assigned``, ``conversation.invited``): a message
    relayed in that moment can arrive first. It is kept here and added once the
    transcript is loaded (``Transcript.add`` puts it in seq order). Bounded:
    messages for a conversation that never opens (its tab already closed) are
    dropped, oldest conversation first.
    """

    def __init__(self, max_conversations: int = 8, max_messages: int = 100) -> None:
        self.max_conversations = max_conversations
        self.max_messages = max_messages
        self._held: dict[str, list[IncomingMessage]] = {}

    def keep(self, conversation_id: str, message: IncomingMessage) -> None:
        held = self._held.setdefault(conversation_id, [])
        if len(held) < self.max_messages:
            held.append(message)
        while len(self._held) > self.max_conversations:
            del self._held[next(iter(self._held))]

    def take(self, conversation_id: str) -> list[IncomingMessage]:
        return self._held.pop(conversation_id, [])


class TranscriptObserver(Protocol):
    def rows_inserted(self, first: int, count: int) -> None: ...
    def rows_removed(self, first: int, count: int) -> None: ...
    def row_changed(self, row: int) -> None: ...
    def rows_reset(self) -> None: ...


@dataclass
class Transcript:
    """Messages of one conversation; ``rows`` is what the view shows."""

    conversation_id: str
    own_sender: str = "agent"
    bot_collapsed: bool = False
    _messages: list[Row] = field(default_factory=list)  # seq'd rows, sorted by seq
    _seqs: list[int] = field(default_factory=list)  # parallel to _messages, for bisect
    _pending: list[Row] = field(default_factory=list)  # our messages awaiting a seq
    _by_client_id: dict[str, Row] = field(default_factory=dict)
    _handoff_seq: int | None = None
    rows: list[Row] = field(default_factory=list)
    _observers: list[TranscriptObserver] = field(default_factory=list)

    # ------------------------------------------------------------ observers

    def subscribe(self, observer: TranscriptObserver) -> None:
        self._observers.append(observer)

    def unsubscribe(self, observer: TranscriptObserver) -> None:
        if observer in self._observers:
            self._observers.remove(observer)

    # ------------------------------------------------------------ queries

    @property
    def last_seq(self) -> int:
        return self._seqs[-1] if self._seqs else 0

    @property
    def handoff(self) -> Row | None:
        if self._handoff_seq is None:
            return None
        return self._messages[bisect.bisect_left(self._seqs, self._handoff_seq)]

    @property
    def bot_count(self) -> int:
        return sum(1 for m in self._messages if m.in_bot_part)

    def messages(self) -> list[Row]:
        """Every message and event in order (pending last), ignoring collapse."""
        return [*self._messages, *self._pending]

    def has_seq(self, seq: int) -> bool:
        i = bisect.bisect_left(self._seqs, seq)
        return i < len(self._seqs) and self._seqs[i] == seq

    # ------------------------------------------------------------ changes in

    def load(self, messages: Iterable[IncomingMessage]) -> None:
        """Replace everything with a full transcript (conversation.assigned, history).

        One reset instead of thousands of inserts: opening a 10,000-message
        transcript must stay well under the 150 ms budget.
        """
        pending = [r for r in self._pending]
        self._messages, self._seqs, self._handoff_seq = [], [], None
        self._by_client_id = {}
        ordered = sorted({m.seq: m for m in messages}.values(), key=lambda m: m.seq)
        for m in ordered:
            row = self._row_from(m)
            if row.event and row.event.code is EventCode.HANDOFF and self._handoff_seq is None:
                self._handoff_seq = m.seq
            self._messages.append(row)
            self._seqs.append(m.seq)
            if row.client_msg_id:
                self._by_client_id[row.client_msg_id] = row
        self._pending = [r for r in pending if r.client_msg_id not in self._by_client_id]
        for r in self._pending:
            self._by_client_id[r.client_msg_id or ""] = r
        self._mark_bot_part()
        self._rebuild_rows()
        for o in list(self._observers):
            o.rows_reset()

    def add(self, m: IncomingMessage) -> bool:
        """Apply one chat message; returns False when it was already there."""
        if self.has_seq(m.seq):
            return False
        if m.client_msg_id and m.client_msg_id in self._by_client_id:
            row = self._by_client_id[m.client_msg_id]
            if row.seq is None:  # our pending message echoed back before its ack
                self._settle(row, m.seq, m.sent_at)
                return True
            return False
        row = self._row_from(m)
        if row.event and row.event.code is EventCode.HANDOFF and self._handoff_seq is None:
            # A handoff arriving after bot messages (a live handoff): the bot
            # part gets its header; a rebuild keeps the row logic in one place.
            self._insert_message(row)
            self._handoff_seq = m.seq
            self._mark_bot_part()
            self._rebuild_rows()
            for o in list(self._observers):
                o.rows_reset()
            return True
        self._insert_message(row)
        if row.client_msg_id:
            self._by_client_id[row.client_msg_id] = row
        self._emit_insert(row)
        return True

    def add_pending(self, client_msg_id: str, text: str, sender_name: str, at: datetime) -> Row:
        """Show our message at once; it becomes SENT on ack (or on its echo)."""
        row = Row(RowKind.MESSAGE, None, self.own_sender, sender_name, text, at, client_msg_id,
                  Delivery.PENDING)
        self._pending.append(row)
        self._by_client_id[client_msg_id] = row
        self.rows.append(row)
        self._notify_inserted(len(self.rows) - 1, 1)
        return row

    def ack(self, client_msg_id: str, seq: int | None) -> bool:
        """The hub stored our message under ``seq``; False if it was unknown/settled."""
        row = self._by_client_id.get(client_msg_id)
        if row is None or row.seq is not None or seq is None:
            return False
        if self.has_seq(seq):  # the echo came first under another identity: drop ours
            self._remove_row(row)
            self._pending.remove(row)
            return True
        self._settle(row, seq, row.sent_at)
        return True

    def set_bot_collapsed(self, collapsed: bool) -> None:
        if collapsed == self.bot_collapsed:
            return
        self.bot_collapsed = collapsed
        self._rebuild_rows()
        for o in list(self._observers):
            o.rows_reset()

    # ------------------------------------------------------------ internals

    def _row_from(self, m: IncomingMessage) -> Row:
        if m.sender == "system":
            return Row(RowKind.EVENT, m.seq, "system", "", m.text, m.sent_at, m.client_msg_id,
                       event=SystemEvent.parse(m.text))
        return Row(RowKind.MESSAGE, m.seq, m.sender, m.sender_name, m.text, m.sent_at,
                   m.client_msg_id)

    def _mark_bot_part(self) -> None:
        limit = self._handoff_seq
        for row in self._messages:
            row.in_bot_part = limit is not None and row.seq is not None and row.seq < limit

    def _rebuild_rows(self) -> None:
        rows: list[Row] = []
        bot = [r for r in self._messages if r.in_bot_part]
        if bot:
            rows.append(Row(RowKind.BOT_HEADER, folded=len(bot)))
            if not self.bot_collapsed:
                rows.extend(bot)
        rows.extend(r for r in self._messages if not r.in_bot_part)
        rows.extend(self._pending)
        self.rows = rows

    def _insert_message(self, row: Row) -> None:
        assert row.seq is not None
        i = bisect.bisect_left(self._seqs, row.seq)
        self._seqs.insert(i, row.seq)
        self._messages.insert(i, row)
        # Late bot-part messages (a replay of older seqs) belong to the bot part.
        row.in_bot_part = self._handoff_seq is not None and row.seq < self._handoff_seq

    def _row_index_for_new(self, row: Row) -> int:
        """Where a just-inserted seq'd row goes in ``rows`` (before pending rows)."""
        if row.in_bot_part and self.bot_collapsed:
            return -1
        # Rows hold seq'd rows in seq order (header first), then pending ones.
        lo = 1 if self.rows and self.rows[0].kind is RowKind.BOT_HEADER else 0
        hi = len(self.rows) - len(self._pending)
        if hi == lo or (self.rows[hi - 1].seq or 0) < (row.seq or 0):
            return hi  # the usual case, a new message at the end: no scan
        seqs = [r.seq or 0 for r in self.rows[lo:hi]]
        return lo + bisect.bisect_left(seqs, row.seq or 0)

    def _emit_insert(self, row: Row) -> None:
        header_changed = False
        if row.in_bot_part and self.rows and self.rows[0].kind is RowKind.BOT_HEADER:
            self.rows[0].folded += 1
            header_changed = True
        at = self._row_index_for_new(row)
        if at >= 0:
            self.rows.insert(at, row)
            self._notify_inserted(at, 1)
        if header_changed:
            for o in list(self._observers):
                o.row_changed(0)

    def _settle(self, row: Row, seq: int, sent_at: datetime | None) -> None:
        """A pending row got its seq: mark it sent and move it into seq order."""
        old = self.rows.index(row)
        self._pending.remove(row)
        row.seq, row.delivery, row.sent_at = seq, Delivery.SENT, sent_at or row.sent_at
        self.rows.pop(old)
        self._insert_message(row)
        new = self._row_index_for_new(row)
        if new == old:  # the usual case: nothing overtook it, only the tick changes
            self.rows.insert(new, row)
            for o in list(self._observers):
                o.row_changed(new)
            return
        # Another message got a lower seq meanwhile: move ours into place, and
        # tell observers in two consistent steps (each matches ``rows``).
        for o in list(self._observers):
            o.rows_removed(old, 1)
        self.rows.insert(new, row)
        self._notify_inserted(new, 1)

    def _remove_row(self, row: Row) -> None:
        i = self.rows.index(row)
        self.rows.pop(i)
        for o in list(self._observers):
            o.rows_removed(i, 1)

    def _notify_inserted(self, first: int, count: int) -> None:
        for o in list(self._observers):
            o.rows_inserted(first, count)
