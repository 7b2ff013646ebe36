"""Frames that arrive before what they belong to, kept and handed over once.

The hub makes an expert a participant a moment before it sends the transcript
(``conversation.assigned``, ``conversation.invited``), and answers a customer's
``chat.start`` with frames (greeting, handoff status) that can overtake the
ack naming the conversation. Such frames are kept here by conversation and
taken once the conversation is known, in arrival order. Bounded: frames for a
conversation that never opens (a tab already closed) are dropped, oldest
conversation first.
"""

from __future__ import annotations

from typing import Generic, TypeVar

T = TypeVar("T")


class EarlyFrames(Generic[T]):
    def __init__(self, max_conversations: int = 8, max_frames: int = 100) -> None:
        self.max_conversations = max_conversations
        self.max_frames = max_frames
        self._held: dict[str, list[T]] = {}

    def keep(self, conversation_id: str, frame: T) -> None:
        held = self._held.setdefault(conversation_id, [])
        if len(held) < self.max_frames:
            held.append(frame)
        while len(self._held) > self.max_conversations:
            del self._held[next(iter(self._held))]

    def take(self, conversation_id: str) -> list[T]:
        return self._held.pop(conversation_id, [])

    def clear(self) -> None:
        self._held.clear()
