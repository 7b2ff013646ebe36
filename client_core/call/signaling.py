"""Signaling channel abstraction and two implementations.

The engine only needs ``await channel.send(kind, payload, to)``; incoming messages are
pushed into ``engine.on_signal(kind, payload, from_)`` by whoever owns the transport.

* :class:`MemorySignalingHub` wires engines together in one process (tests, demo).
* :class:`HubFrameSignaling` turns sends into the hub's ``rtc.signal`` JSON frames, and
  :func:`dispatch_frame` feeds a received frame into an engine.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

SIGNAL_KINDS = frozenset({"offer", "answer", "ice", "bye", "restart"})

Payload = dict[str, Any]


class SignalingChannel(Protocol):
    async def send(self, kind: str, payload: Payload, to: str | None) -> None:
        """Send one signal to peer ``to`` (``None``: every participant of the conversation)."""
        ...


class SignalReceiver(Protocol):
    local_id: str

    def on_signal(self, kind: str, payload: Payload, from_: str) -> None: ...


class MemorySignalingHub:
    """In-process relay between engines, like aiortc's tests/utils.py queue pairs.

    Payloads go through a JSON round trip so anything that would not survive the real
    hub fails here too. ``filter`` may rewrite or drop messages (used to break ICE).
    """

    def __init__(self) -> None:
        self._members: dict[str, SignalReceiver] = {}
        self.sent: list[tuple[str, str, str | None]] = []  # (from, kind, to) for assertions
        self.filter: Callable[[str, str, Payload, str | None], Payload | None] | None = None

    def join(self, receiver: SignalReceiver) -> None:
        self._members[receiver.local_id] = receiver

    def leave(self, peer_id: str) -> None:
        self._members.pop(peer_id, None)

    def channel(self, local_id: str) -> MemoryChannel:
        return MemoryChannel(self, local_id)

    def deliver(self, from_: str, kind: str, payload: Payload, to: str | None) -> None:
        if kind not in SIGNAL_KINDS:
            raise ValueError(f"unknown signal kind {kind!r}")
        self.sent.append((from_, kind, to))
        if self.filter is not None:
            filtered = self.filter(from_, kind, payload, to)
            if filtered is None:
                return
            payload = filtered
        wire = json.loads(json.dumps(payload))
        targets = [to] if to is not None else [p for p in self._members if p != from_]
        for target in targets:
            member = self._members.get(target)
            if member is not None:
                member.on_signal(kind, wire, from_)


class MemoryChannel:
    def __init__(self, hub: MemorySignalingHub, local_id: str) -> None:
        self._hub = hub
        self.local_id = local_id

    async def send(self, kind: str, payload: Payload, to: str | None) -> None:
        self._hub.deliver(self.local_id, kind, payload, to)


class HubFrameSignaling:
    """Adapter to the service hub: builds ``rtc.signal`` frames and hands them to ``send_frame``.

    ``send_frame`` is the hub connection's coroutine that writes one JSON frame (dict).
    ``probe``, if given, answers whether the hub connection works right now (e.g. a
    ``ping`` answered): the engine asks it before calling a silent peer gone, so
    that our own network failing is not taken for the peer leaving.
    """

    def __init__(
        self,
        conversation_id: str,
        send_frame: Callable[[Payload], Awaitable[None]],
        probe: Callable[[], Awaitable[bool]] | None = None,
    ) -> None:
        self.conversation_id = conversation_id
        self._send_frame = send_frame
        self.probe = probe

    async def send(self, kind: str, payload: Payload, to: str | None) -> None:
        await self._send_frame(
            {
                "type": "rtc.signal",
                "conversation_id": self.conversation_id,
                "to": to,
                "kind": kind,
                "payload": payload,
            }
        )


def dispatch_frame(engine: SignalReceiver, frame: Payload | Any) -> bool:
    """Feed one received hub frame into ``engine``. Returns False if the frame is not for it.

    Takes the hub's ``rtc.signal`` relay (``hub_protocol.frames.RtcSignalRelay``,
    whose ``sender`` is the peer id) or the same as a plain dict.
    """
    if hasattr(frame, "model_dump"):
        frame = frame.model_dump()
    if frame.get("type") != "rtc.signal" or frame.get("kind") not in SIGNAL_KINDS:
        return False
    to = frame.get("to")
    if to is not None and to != engine.local_id:
        return False
    sender = frame.get("sender") or frame.get("from") or frame.get("from_")
    if not sender:
        return False
    engine.on_signal(frame["kind"], frame.get("payload") or {}, str(sender))
    return True
