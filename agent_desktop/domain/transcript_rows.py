"""The expert's view of a transcript: the bot part folded under a header, then the rest.

Rows are what the transcript list shows: an optional collapsible header over
the bot part (every message before the handoff), the messages, and system
events (the handoff divider, notices). The messages themselves, their order,
replays and pending state are ``client_core.conversation.transcript``'s; this
class only maps message positions to rows, and turns the transcript's changes
into row-level changes for the Qt model (begin/endInsertRows), so the model
knows none of these rules.

The bot part is a prefix of the seq order (every seq below the handoff's), so
a row index maps to a message index with arithmetic, not a copied list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice
from typing import Protocol, overload

from client_core.conversation.transcript import Message, Transcript
from hub_protocol.events import EventCode


class BotHeader:
    """The row over the bot part; ``folded`` counts the bot-part messages."""

    key = "header"

    def __init__(self, rows: TranscriptRows) -> None:
        self._rows = rows

    @property
    def folded(self) -> int:
        return self._rows.bot_count


Row = BotHeader | Message


class RowObserver(Protocol):
    def rows_inserted(self, first: int, count: int) -> None: ...
    def rows_removed(self, first: int, count: int) -> None: ...
    def row_changed(self, row: int) -> None: ...
    def rows_reset(self) -> None: ...


class TranscriptRows:
    """A read-only sequence of rows over one ``Transcript``, kept in step with it."""

    def __init__(self, transcript: Transcript, bot_collapsed: bool = False) -> None:
        self.transcript = transcript
        self.bot_collapsed = bot_collapsed
        self.header = BotHeader(self)
        self.handoff_seq: int | None = None
        self.bot_count = 0
        self._observers: list[RowObserver] = []
        self._find_handoff()
        transcript.subscribe(self)

    def subscribe(self, observer: RowObserver) -> None:
        self._observers.append(observer)

    def unsubscribe(self, observer: RowObserver) -> None:
        if observer in self._observers:
            self._observers.remove(observer)

    # ------------------------------------------------------------ the sequence

    @property
    def _header_rows(self) -> int:
        return 1 if self.bot_count else 0

    @property
    def _hidden(self) -> int:
        return self.bot_count if self.bot_collapsed else 0

    def __len__(self) -> int:
        # Asked hundreds of times per layout: no property calls here.
        bot = self.bot_count
        return len(self.transcript) + (1 if bot else 0) - (bot if self.bot_collapsed else 0)

    @overload
    def __getitem__(self, row: int) -> Row: ...
    @overload
    def __getitem__(self, row: slice) -> list[Row]: ...

    def __getitem__(self, row: int | slice) -> Row | list[Row]:
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(len(self)))]
        if row < 0:
            row += len(self)
        if not 0 <= row < len(self):
            raise IndexError(row)
        bot = self.bot_count
        if bot and row == 0:
            return self.header
        return self.transcript[row - (1 if bot else 0) + (bot if self.bot_collapsed else 0)]

    def __iter__(self) -> Iterator[Row]:
        return (self[i] for i in range(len(self)))

    def index(self, row: Row, start: int = 0) -> int:
        if isinstance(row, BotHeader):
            found = 0 if self._header_rows else -1
        else:
            found = self._row_of(self.transcript.index_of(row))
        if found < start:
            raise ValueError("row not shown")
        return found

    def in_bot_part(self, message: Message) -> bool:
        return (self.handoff_seq is not None and message.seq is not None
                and message.seq < self.handoff_seq)

    def set_bot_collapsed(self, collapsed: bool) -> None:
        if collapsed != self.bot_collapsed:
            self.bot_collapsed = collapsed
            self._reset()

    def detach(self) -> None:
        self.transcript.unsubscribe(self)

    # ------------------------------------------------------------ transcript changes

    def _row_of(self, index: int) -> int:
        """The row of message ``index``, or -1 while it is folded away."""
        bot = self.bot_count
        header = 1 if bot else 0
        if index < bot:
            return -1 if self.bot_collapsed else index + header
        return index + header - (bot if self.bot_collapsed else 0)

    def message_inserted(self, index: int) -> None:
        message = self.transcript[index]
        if (self.handoff_seq is None and message.event is not None
                and message.event.code is EventCode.HANDOFF and message.seq is not None):
            # A live handoff after bot messages: the bot part gets its header.
            self._find_handoff()
            self._reset()
            return
        if self.in_bot_part(message):  # a late (replayed) bot-part message
            self.bot_count += 1
            if self.bot_count == 1:
                self._reset()  # the header appears
                return
            row = self._row_of(index)
            if row >= 0:
                self._notify(lambda o: o.rows_inserted(row, 1))
            self._notify(lambda o: o.row_changed(0))
            return
        row = self._row_of(index)
        for o in self._observers:  # the hot path (a new message): no closure
            o.rows_inserted(row, 1)

    def message_removed(self, index: int) -> None:
        if index < self.bot_count:  # never for pending messages; keep it right anyway
            self._find_handoff()
            self._reset()
            return
        row = self._row_of(index)
        self._notify(lambda o: o.rows_removed(row, 1))

    def message_changed(self, index: int) -> None:
        row = self._row_of(index)
        if row >= 0:
            self._notify(lambda o: o.row_changed(row))

    def messages_reset(self) -> None:
        self._find_handoff()
        self._reset()

    def _find_handoff(self) -> None:
        self.handoff_seq = next(
            (m.seq for m in islice(self.transcript, self.transcript.settled_count)
             if m.event is not None and m.event.code is EventCode.HANDOFF), None)
        self.bot_count = (self.transcript.count_below(self.handoff_seq)
                          if self.handoff_seq is not None else 0)

    def _reset(self) -> None:
        self._notify(lambda o: o.rows_reset())

    def _notify(self, call: Callable[[RowObserver], None]) -> None:
        for o in list(self._observers):
            call(o)
