"""One conversation's messages, idempotent by seq: what both apps show and keep.

The hub numbers chat messages per conversation (``seq``). Replays after a
reconnect, our own echoes and acks may arrive in any order and more than once;
this class keeps exactly one message per seq, in seq order, with our own
messages that the hub has not stored yet ("pending") after them. A pending
message becomes sent in place of itself when its ack or its echo (same client
id) arrives, and moves into seq order.

Observers hear index-level changes in ``messages()`` order (inserted, removed,
changed, reset): the customer's list model maps them one to one, the expert's
display rows (``agent_desktop.domain.transcript_rows``) fold the bot part on
top. No Qt, no I/O.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol

from hub_protocol.events import SystemEvent


class Delivery(StrEnum):
    PENDING = "pending"  # sent, no ack yet (kept in the hub client's outbox)
    SENT = "sent"  # the hub stored it (ack with seq, or our own echo)


@dataclass(eq=False)  # identity: the same message may be in two lists while it moves
class Message:
    seq: int | None  # None while our own message waits for the hub
    sender: str  # customer, bot, agent, system
    sender_name: str
    text: str  # plain text, shown as plain text only
    sent_at: datetime | None = None
    client_msg_id: str | None = None
    delivery: Delivery = Delivery.SENT
    event: SystemEvent | None = None  # the parsed code of a system message
    own: bool = False  # written on this side (the expert's desk, or the customer)
    attachment: Any = None  # a file (``hub_protocol.frames.AttachmentInfo``); ``text`` is its name

    @property
    def pending(self) -> bool:
        return self.delivery is Delivery.PENDING

    @property
    def key(self) -> str:
        """Stable identity for caches (size hints) that survives ack and moves."""
        return f"c:{self.client_msg_id}" if self.client_msg_id else f"s:{self.seq}"


@dataclass(frozen=True)
class IncomingMessage:
    """The fields of a protocol ChatMessage the transcript needs (no pydantic here)."""

    seq: int
    sender: str
    sender_name: str
    text: str
    sent_at: datetime | None
    client_msg_id: str | None = None
    attachment: Any = None

    @classmethod
    def of(cls, frame: Any) -> IncomingMessage:
        """From a ``hub_protocol.frames.ChatMessage`` (or anything with its fields)."""
        return cls(frame.seq, frame.sender, frame.sender_name, frame.text, frame.sent_at,
                   frame.client_msg_id, getattr(frame, "attachment", None))


class TranscriptObserver(Protocol):
    def message_inserted(self, index: int) -> None: ...
    def message_removed(self, index: int) -> None: ...
    def message_changed(self, index: int) -> None: ...
    def messages_reset(self) -> None: ...


class Transcript:
    """Messages of one conversation; ``messages()`` is seq order, then pending."""

    def __init__(self, conversation_id: str = "", own_sender: str = "agent") -> None:
        self.conversation_id = conversation_id
        self.own_sender = own_sender
        self._settled: list[Message] = []  # messages with a seq, sorted by seq
        self._seqs: list[int] = []  # parallel to _settled, for bisect
        self._pending: list[Message] = []  # our messages awaiting a seq
        self._by_client_id: dict[str, Message] = {}
        self._observers: list[TranscriptObserver] = []

    # ------------------------------------------------------------ observers

    def subscribe(self, observer: TranscriptObserver) -> None:
        self._observers.append(observer)

    def unsubscribe(self, observer: TranscriptObserver) -> None:
        if observer in self._observers:
            self._observers.remove(observer)

    # ------------------------------------------------------------ queries

    def __len__(self) -> int:
        return len(self._settled) + len(self._pending)

    def __getitem__(self, index: int) -> Message:
        n = len(self._settled)
        if index < 0:
            index += len(self)
        return self._settled[index] if index < n else self._pending[index - n]

    def __iter__(self) -> Iterator[Message]:
        yield from self._settled
        yield from self._pending

    def messages(self) -> list[Message]:
        """Every message and event in order (pending last)."""
        return [*self._settled, *self._pending]

    @property
    def settled_count(self) -> int:
        """How many messages have a seq (they come first in ``messages()``)."""
        return len(self._settled)

    @property
    def last_seq(self) -> int:
        return self._seqs[-1] if self._seqs else 0

    def has_seq(self, seq: int) -> bool:
        i = bisect.bisect_left(self._seqs, seq)
        return i < len(self._seqs) and self._seqs[i] == seq

    def count_below(self, seq: int) -> int:
        """How many stored messages have a seq lower than ``seq``."""
        return bisect.bisect_left(self._seqs, seq)

    def index_of(self, message: Message) -> int:
        if message.seq is not None:
            i = bisect.bisect_left(self._seqs, message.seq)
            if i < len(self._settled) and self._settled[i] is message:
                return i
        return len(self._settled) + self._pending.index(message)

    # ------------------------------------------------------------ changes in

    def load(self, messages: Iterable[IncomingMessage]) -> None:
        """Replace everything with a full transcript (assigned, invited, history).

        One reset instead of thousands of inserts: opening a 10,000-message
        transcript must stay well under the 150 ms budget. Our pending messages
        the transcript does not contain yet stay pending.
        """
        ordered = sorted({m.seq: m for m in messages}.values(), key=lambda m: m.seq)
        self._settled = [self._message(m) for m in ordered]
        self._seqs = [m.seq for m in ordered]
        self._by_client_id = {m.client_msg_id: m for m in self._settled if m.client_msg_id}
        self._pending = [m for m in self._pending if m.client_msg_id not in self._by_client_id]
        for m in self._pending:
            self._by_client_id[m.client_msg_id or ""] = m
        self._notify_reset()

    def add(self, incoming: IncomingMessage) -> bool:
        """Apply one chat message; False when it was already there."""
        if self.has_seq(incoming.seq):
            return False  # a replay after a reconnect, or a second copy
        known = self._by_client_id.get(incoming.client_msg_id or "")
        if known is not None:
            if known.seq is None:  # our pending message echoed back before its ack
                self._settle(known, incoming.seq, incoming.sent_at, incoming.sender_name)
                return True
            return False
        message = self._message(incoming)
        i = self._insert_settled(message)
        if message.client_msg_id:
            self._by_client_id[message.client_msg_id] = message
        for o in list(self._observers):
            o.message_inserted(i)
        return True

    def add_pending(self, client_msg_id: str, text: str, sender_name: str,
                    at: datetime | None = None) -> Message:
        """Show our message at once; it becomes SENT on ack (or on its echo)."""
        message = Message(None, self.own_sender, sender_name, text, at, client_msg_id,
                          Delivery.PENDING, own=True)
        self._pending.append(message)
        self._by_client_id[client_msg_id] = message
        for o in list(self._observers):
            o.message_inserted(len(self) - 1)
        return message

    def ack(self, client_msg_id: str, seq: int | None) -> bool:
        """The hub stored our message under ``seq``; False if it was unknown or settled."""
        message = self._by_client_id.get(client_msg_id)
        if message is None or message.seq is not None or seq is None:
            return False
        if self.has_seq(seq):  # its echo came first under another identity: drop ours
            i = self.index_of(message)
            self._pending.remove(message)
            for o in list(self._observers):
                o.message_removed(i)
            return True
        self._settle(message, seq, message.sent_at, message.sender_name)
        return True

    def clear(self) -> None:
        """Forget every text (kiosk privacy: the texts themselves, not only the view)."""
        self._settled, self._seqs, self._pending, self._by_client_id = [], [], [], {}
        self._notify_reset()

    # ------------------------------------------------------------ internals

    def _message(self, m: IncomingMessage) -> Message:
        event = SystemEvent.parse(m.text) if m.sender == "system" else None
        return Message(m.seq, m.sender, m.sender_name, m.text, m.sent_at, m.client_msg_id,
                       event=event, own=m.sender == self.own_sender, attachment=m.attachment)

    def _insert_settled(self, message: Message) -> int:
        assert message.seq is not None
        if not self._seqs or self._seqs[-1] < message.seq:
            i = len(self._seqs)  # the usual case, a new message at the end: no search
        else:
            i = bisect.bisect_left(self._seqs, message.seq)
        self._seqs.insert(i, message.seq)
        self._settled.insert(i, message)
        return i

    def _settle(self, message: Message, seq: int, sent_at: datetime | None,
                sender_name: str) -> None:
        """A pending message got its seq: mark it sent and move it into seq order."""
        old = self.index_of(message)
        self._pending.remove(message)
        message.seq, message.delivery = seq, Delivery.SENT
        message.sent_at = sent_at or message.sent_at
        message.sender_name = sender_name or message.sender_name
        new = self._insert_settled(message)
        if new == old:  # the usual case: nothing overtook it, only the tick changes
            for o in list(self._observers):
                o.message_changed(new)
            return
        # Another message got a lower seq meanwhile: tell observers in two
        # consistent steps (each matches the state after it).
        self._settled.pop(new)
        self._seqs.pop(new)
        for o in list(self._observers):
            o.message_removed(old)
        self._seqs.insert(new, seq)
        self._settled.insert(new, message)
        for o in list(self._observers):
            o.message_inserted(new)

    def _notify_reset(self) -> None:
        for o in list(self._observers):
            o.messages_reset()
