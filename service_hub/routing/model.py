"""Vocabulary of the routing domain: channels, languages, topics, queue keys, agent skills.

Plain values only; no I/O. Enum values are the wire/config spellings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple


class Channel(StrEnum):
    CHAT = "chat"
    VIDEO = "video"


class Language(StrEnum):
    FI = "fi"
    SV = "sv"
    EN = "en"
    RU = "ru"
    CKB = "ckb"  # Kurdish, Sorani


class Topic(StrEnum):
    SOCIAL_ASSISTANCE = "social_assistance"
    UNEMPLOYMENT = "unemployment"
    HOUSING_ALLOWANCE = "housing_allowance"
    FAMILIES_WITH_CHILDREN = "families_with_children"
    STUDENTS = "students"
    SICKNESS = "sickness"
    REHABILITATION_DISABILITY = "rehabilitation_disability"
    PENSIONS = "pensions"


class QueueKey(NamedTuple):
    """A queue is identified by what the customer needs: channel, language and topic.

    A NamedTuple (not a dataclass) because it is hashed on every routing decision.
    """

    channel: Channel
    language: Language
    topic: Topic

    def __str__(self) -> str:
        return f"{self.channel}/{self.language}/{self.topic}"

    @classmethod
    def parse(cls, text: str) -> QueueKey:
        """Parse ``"video/ru/pensions"``; raises ValueError on unknown parts."""
        channel, language, topic = text.split("/")
        return cls(Channel(channel), Language(language), Topic(topic))


class AgentState(StrEnum):
    """What an agent is doing, as shown to supervisors and the hub.

    ``available``, ``away`` and ``offline`` are set by the agent (presence);
    ``busy`` (no room on any channel) and ``wrap_up`` (after-contact work,
    ends by timeout or by the agent) are derived by the router.
    """

    OFFLINE = "offline"
    AVAILABLE = "available"
    BUSY = "busy"
    AWAY = "away"
    WRAP_UP = "wrap_up"


@dataclass(frozen=True)
class Skills:
    """What an agent can serve.

    ``languages`` maps language -> proficiency 1..5 (5 = native). A queue only
    routes to agents whose proficiency meets its ``min_proficiency``.
    """

    languages: dict[Language, int]
    topics: frozenset[Topic]
    channels: frozenset[Channel]

    def __post_init__(self) -> None:
        for lang, level in self.languages.items():
            if not 1 <= level <= 5:
                raise ValueError(f"proficiency for {lang} must be 1..5, got {level}")


@dataclass(frozen=True)
class AgentCapacity:
    """How many contacts an agent may hold at once, per channel.

    A contact on an ``exclusive`` channel (video by default) is only offered to
    an agent with nothing else open, and while it is open nothing else is
    offered: an agent in a video call gets no chats.
    """

    per_channel: dict[Channel, int] = field(
        default_factory=lambda: {Channel.CHAT: 3, Channel.VIDEO: 1}
    )
    exclusive: frozenset[Channel] = frozenset({Channel.VIDEO})

    def room(self, channel: Channel, active: dict[Channel, int]) -> int:
        """Free slots for ``channel`` given the counts of open contacts per channel."""
        total = sum(active.values())
        if total and any(active.get(ch, 0) for ch in self.exclusive):
            return 0
        if channel in self.exclusive and total:
            return 0
        return max(0, self.per_channel.get(channel, 0) - active.get(channel, 0))
