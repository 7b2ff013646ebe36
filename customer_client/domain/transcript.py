"""The conversation as a plain list: server messages by seq, own messages until acked.

Views adapt it (customer_client.qt.transcript_model); listeners hear about inserts,
changes and resets. A message the customer sends appears at once as *pending*; the
hub's echo (same client id) confirms it in place, so it is never shown twice, and
replays after a reconnect (seq already known) are ignored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from hub_protocol.events import SystemEvent


@dataclass(frozen=True)
class Entry:
    sender: str  # customer, bot, agent, system
    sender_name: str
    text: str  # plain text, shown as plain text only
    seq: int | None = None  # None while our own message waits for the hub
    client_id: str | None = None
    sent_at: datetime | None = None
    notice: SystemEvent | None = None  # parsed event code for sender == "system"

    @property
    def pending(self) -> bool:
        return self.seq is None


class Transcript:
    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.on_inserted: Callable[[int], None] = lambda index: None
        self.on_changed: Callable[[int], None] = lambda index: None
        self.on_reset: Callable[[], None] = lambda: None
        self._seqs: set[int] = set()

    def __len__(self) -> int:
        return len(self.entries)

    def add_pending(self, client_id: str, text: str, name: str = "") -> None:
        self._insert(Entry("customer", name, text, client_id=client_id))

    def add_server(
        self,
        *,
        seq: int,
        sender: str,
        sender_name: str,
        text: str,
        sent_at: datetime | None = None,
        client_msg_id: str | None = None,
    ) -> None:
        if seq in self._seqs:
            return  # a replay after a reconnect
        self._seqs.add(seq)
        notice = SystemEvent.parse(text) if sender == "system" else None
        if client_msg_id is not None:
            for index, entry in enumerate(self.entries):
                if entry.pending and entry.client_id == client_msg_id:
                    self.entries[index] = replace(entry, seq=seq, sent_at=sent_at,
                                                  sender_name=sender_name)
                    self.on_changed(index)
                    return
        self._insert(Entry(sender, sender_name, text, seq, client_msg_id, sent_at, notice))

    def clear(self) -> None:
        # Kiosk privacy: drop the texts themselves, not just the view of them.
        self.entries = []
        self._seqs = set()
        self.on_reset()

    def _insert(self, entry: Entry) -> None:
        # Keep server order; pending entries stay at the end until confirmed.
        index = len(self.entries)
        if entry.seq is not None:
            while index > 0 and (
                self.entries[index - 1].pending
                or (self.entries[index - 1].seq or 0) > entry.seq
            ):
                index -= 1
        self.entries.insert(index, entry)
        self.on_inserted(index)
