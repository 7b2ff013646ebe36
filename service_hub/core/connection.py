"""One WebSocket as the hub writes to it, and sending one frame to many."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import struct
from typing import Any

from aiohttp import web
from pydantic import BaseModel

from hub_protocol import compat
from hub_protocol import frames as p

from ..auth import Identity

log = logging.getLogger(__name__)

# A client this far behind (its socket not read) is cut off; it reconnects and
# resumes from its last seq. Awaiting it instead would stall whichever hub
# task was sending, and with it every other customer.
MAX_UNSENT_BYTES = 8 * 1024 * 1024


def ws_text_frame(data: bytes) -> bytes:
    """One WebSocket text frame as a server sends it: final, unmasked,
    uncompressed (RFC 6455 section 5.2; valid with permessage-deflate too)."""
    n = len(data)
    if n < 126:
        return struct.pack("!BB", 0x81, n) + data
    if n < 65536:
        return struct.pack("!BBH", 0x81, 126, n) + data
    return struct.pack("!BBQ", 0x81, 127, n) + data


class Connection:
    """One WebSocket. Sends never raise: a dead socket is the reader's problem.

    Frames sent during one turn of the event loop leave in one socket write
    at the end of it (a handoff sends a customer four frames at once): the
    write system call, not the frame, is what costs on a busy hub.
    """

    def __init__(self, ws: web.WebSocketResponse, identity: Identity, transport: Any,
                 protocol: int = p.PROTOCOL_VERSION) -> None:
        self.ws = ws
        self.identity = identity
        self.protocol = protocol  # the client's version: frames go out in it (hub_protocol.compat)
        self._transport = transport  # the WebSocket's own (aiohttp writes its control frames there)
        self._unsent: list[bytes] = []
        # While the hub signs this connection in (welcome, then the replay of
        # what the client missed), frames that other tasks send it (a live chat
        # message, an offer) wait here, so that welcome is always first and a
        # message is never sent both live and in the replay, nor out of order.
        self._held: list[str] | None = []
        self._welcomed = False
        self._owner = asyncio.current_task()
        # Per conversation, the highest seq a transcript sent here held (the
        # replay at sign-in or on sync, conversation.assigned/invited). A
        # message is committed, and so in every transcript, a turn or more
        # before the task that stored it relays it live: that live copy can
        # come after the transcript, also after release(), and is not sent
        # again (``has``; bench/load.py counted such duplicates in storms).
        self._transcript_seq: dict[str, int] = {}

    def has(self, conversation_id: str, seq: int) -> bool:
        """Did a transcript sent here already hold this message? Seqs are
        committed in order, so a transcript up to seq N held every seq <= N
        the client had not reported having."""
        return seq <= self._transcript_seq.get(conversation_id, 0)

    def _note_transcript(self, frame: BaseModel) -> None:
        if isinstance(frame, p.ChatMessage):  # sent one by one only as a replay; live ones are broadcast
            top = frame.seq
        elif isinstance(frame, p.ConversationAssigned | p.ConversationInvited) and frame.messages:
            top = max(m.seq for m in frame.messages)
        else:
            return
        conv = frame.conversation_id
        if top > self._transcript_seq.get(conv, 0):
            self._transcript_seq[conv] = top

    async def send(self, frame: BaseModel) -> None:
        if self._held is not None and isinstance(frame, p.Welcome):
            self._welcomed = True
            await self._write(p.encode(frame))
            return
        self._note_transcript(frame)
        await self.send_raw(p.encode(frame))

    async def send_raw(self, data: str) -> None:
        if self._held is not None and (not self._welcomed or asyncio.current_task() is not self._owner):
            self._held.append(data)
            return
        await self._write(data)

    async def release(self) -> None:
        """Signed in and caught up: send what waited, minus what the replay already sent."""
        held, self._held = self._held or [], None
        for data in held:
            if self._transcript_seq and '"type":"chat.message"' in data[:40]:
                with contextlib.suppress(ValueError, KeyError):
                    frame = json.loads(data)
                    if self.has(frame["conversation_id"], frame["seq"]):
                        continue
            await self._write(data)

    async def _write(self, data: str) -> None:
        if self.ws.closed:
            return
        if self.protocol < p.PROTOCOL_VERSION:
            downgraded = compat.for_version(data, self.protocol)
            if downgraded is None:  # a frame type this client does not have
                return
            data = downgraded
        if not self._unsent:
            asyncio.get_running_loop().call_soon(self._flush)
        self._unsent.append(data.encode())

    def _flush(self) -> None:
        frames, self._unsent = self._unsent, []
        transport = self._transport
        # ``closed`` turns True before aiohttp writes its close frame: nothing may follow that.
        if self.ws.closed or transport is None or transport.is_closing():
            log.debug("%d frame(s) to %s dropped: connection closing", len(frames), self.identity.ref)
            return
        transport.write(b"".join(ws_text_frame(f) for f in frames))
        if transport.get_write_buffer_size() > MAX_UNSENT_BYTES:
            log.warning("%s is not reading (%d bytes unsent): connection cut",
                        self.identity.ref, transport.get_write_buffer_size())
            transport.abort()

    async def close(self, code: int, message: bytes) -> None:
        """Send what is waiting, then close."""
        if self._unsent:
            self._flush()
        await self.ws.close(code=code, message=message)


async def broadcast(connections: set[Connection], frame: BaseModel) -> None:
    if isinstance(frame, p.ChatMessage):  # live: not to whom a transcript already brought it
        connections = {c for c in connections if not c.has(frame.conversation_id, frame.seq)}
    elif isinstance(frame, p.ConversationAssigned | p.ConversationInvited):
        for c in connections:
            c._note_transcript(frame)  # noqa: SLF001
    if not connections:
        return
    data = p.encode(frame)  # encoded once for every recipient
    if len(connections) <= 2:  # the usual case: one or two sockets, no tasks needed
        for c in list(connections):
            await c.send_raw(data)
        return
    await asyncio.gather(*(c.send_raw(data) for c in list(connections)))


async def broadcast_raw(connections: Any, data: str) -> None:
    """An encoded frame to each of ``connections`` (e.g. one another process published)."""
    if connections:
        await asyncio.gather(*(c.send_raw(data) for c in list(connections)))
