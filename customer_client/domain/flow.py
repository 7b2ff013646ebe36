"""Which page the customer sees, as a pure state machine.

The Qt window only maps ``Step`` to a page; everything that decides the next
step (chat skips the topic page, video goes through the check, the hub's
conversation states move the customer on) lives here and is tested without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from hub_protocol import frames as p

from .services import CHAT_TOPIC, chat_language_for, topics_for


class Step(StrEnum):
    LANGUAGE = "language"
    SIGN_IN = "sign_in"  # the identity provider: system browser, or a phone at a kiosk
    SERVICE = "service"  # chat with the assistant, or video appointment
    TOPIC = "topic"
    HOURS = "hours"  # the service's hours; closed: next opening and alternatives
    CHAT = "chat"  # bot, handoff offer, queue, human chat
    PRECHECK = "precheck"
    QUEUE = "queue"  # video: waiting for a service expert
    CALL = "call"
    FEEDBACK = "feedback"
    THANKS = "thanks"


@dataclass
class Flow:
    step: Step = Step.LANGUAGE
    ui_language: str = "fi"
    channel: str | None = None
    language: str | None = None  # the service language (chat: the bot's)
    topic: str | None = None
    signed_in: bool = False  # a token given at start-up counts as signed in
    history: list[Step] = field(default_factory=list)
    catalog: p.ServicesCatalog | None = None  # the hub's services, once it has answered

    def _go(self, step: Step) -> Step:
        if step is not self.step:
            self.history.append(self.step)
        self.step = step
        return step

    def choose_language(self, language: str) -> Step:
        self.ui_language = language
        return self._go(Step.SERVICE if self.signed_in else Step.SIGN_IN)

    def sign_in_done(self) -> Step:
        self.signed_in = True
        return self._go(Step.SERVICE)

    def choose_chat(self, chat_language: str | None = None) -> Step:
        language = chat_language or chat_language_for(self.ui_language)
        if language is None:
            raise ValueError("the assistant does not speak this language: pick fi, sv or en")
        self.channel, self.language, self.topic = "chat", language, CHAT_TOPIC
        return self._go(Step.HOURS)  # one topic only: the social assistance application

    def choose_video(self) -> Step:
        self.channel, self.language, self.topic = "video", self.ui_language, None
        return self._go(Step.TOPIC)

    def topics(self) -> tuple[str, ...]:
        return topics_for(self.catalog, self.channel or "video", self.language or self.ui_language)

    def choose_topic(self, topic: str) -> Step:
        if topic not in self.topics():
            raise ValueError(f"no {self.channel} service for {topic!r} in {self.language}")
        self.topic = topic
        return self._go(Step.HOURS)

    def proceed_from_hours(self) -> Step:
        return self._go(Step.CHAT if self.channel == "chat" else Step.PRECHECK)

    def precheck_passed(self) -> Step:
        return self._go(Step.QUEUE)

    def conversation_state(self, state: str) -> Step:
        """Follow the hub's conversation state (video pages; chat stays on one page)."""
        if self.channel == "video":
            if state in ("queued", "offered") and self.step in (Step.PRECHECK, Step.CALL):
                return self._go(Step.QUEUE)
            if state == "active" and self.step in (Step.QUEUE, Step.PRECHECK):
                return self._go(Step.CALL)
        return self.step

    def conversation_over(self) -> Step:
        """Feedback follows every chat and call, and leaving the queue too."""
        if self.step in (Step.CHAT, Step.QUEUE, Step.CALL):
            return self._go(Step.FEEDBACK)
        return self.step

    def feedback_done(self) -> Step:
        return self._go(Step.THANKS)

    def back(self) -> Step:
        """One page back, only before a conversation exists."""
        allowed = {Step.SIGN_IN: Step.LANGUAGE, Step.SERVICE: Step.LANGUAGE, Step.TOPIC: Step.SERVICE,
                   Step.HOURS: Step.TOPIC if self.channel == "video" else Step.SERVICE,
                   Step.PRECHECK: Step.HOURS}
        target = allowed.get(self.step)
        if target is not None:
            self.step = target
        return self.step

    def reset(self) -> Step:
        ui, catalog, signed_in = self.ui_language, self.catalog, self.signed_in
        self.__init__()  # type: ignore[misc]
        self.ui_language, self.catalog, self.signed_in = ui, catalog, signed_in
        return self.step
