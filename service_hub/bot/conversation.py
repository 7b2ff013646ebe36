"""The conversation engine: one customer's chat with the application assistant.

The hub owns one BotConversation per bot conversation, feeds it customer messages
together with the current queue facts, shows the returned texts, and, when the
customer accepts a handoff, enqueues the chat with ``conversation.context``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from .backend import BotAnswer, BotBackend, BotBackendConfig, BotBackendError, make_backend
from .context import HandoffContext, HandoffReason, Turn
from .handoff import HandoffFacts, Unavailable, availability, decide_handoff
from .lang import DEFAULT_RESOURCE_DIR, Language, check_language
from .morphology import Tool
from .normalize import fold
from .rules import LifeEvent, Mood, RuleSet
from .texts import BotTexts

log = logging.getLogger(__name__)

# Facts are read after the backend has answered (a slow backend must not make
# the bot offer a queue that filled up meanwhile), hence also a callable.
FactsSource = HandoffFacts | Callable[[], HandoffFacts]

_AFFIRMATIVE = frozenset(
    {
        "kylla",
        "joo",
        "juu",
        "kylla kiitos",
        "haluan",
        "yes",
        "yes please",
        "ok",
        "okay",
        "sure",
        "ja",
        "ja tack",
        "garna",
        "javisst",
    }
)


class SavedConversation(BaseModel):
    """What a BotConversation needs to go on after a hub restart (stored with the conversation)."""

    version: Literal[1] = 1
    language: Language
    context: HandoffContext
    pending_offer: HandoffReason | None = None  # the offer a "yes" would accept
    step_from_form: bool = False


@dataclass(frozen=True, slots=True)
class BotReply:
    texts: list[str]  # bot messages to show, in order, in the conversation's language
    handoff_offered: bool = False  # show the "move to a service expert" action
    handoff_reason: HandoffReason | None = None  # why a human was relevant this turn
    unavailable: Unavailable | None = None  # set when a human was relevant but blocked
    handoff_accepted: bool = False  # the hub should enqueue the chat now
    answer: BotAnswer | None = None  # the backend's answer, if it gave one
    new_life_events: frozenset[LifeEvent] = field(default_factory=frozenset)


def _resolve(facts: FactsSource) -> HandoffFacts:
    return facts() if callable(facts) else facts


class BotConversation:
    def __init__(
        self,
        language: Language,
        backend: BotBackend,
        rules: RuleSet,
        texts: BotTexts,
        *,
        backend_timeout_s: float = 5.0,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.language = check_language(language)
        self.context = HandoffContext(language=self.language)
        self._backend = backend
        self._rules = rules
        self._texts = texts
        self._timeout = backend_timeout_s
        self._clock = clock
        self._step_from_form = False
        self._pending_offer: HandoffReason | None = None

    # -- public API -------------------------------------------------------

    def greeting(self) -> BotReply:
        return self._say(BotReply(texts=[self._texts.get("greeting", self.language)]))

    async def handle(self, text: str, facts: FactsSource, step: str | None = None) -> BotReply:
        """Answer one customer message; ``step`` is the form step, if the form reports it."""
        self.context.transcript.append(Turn(speaker="customer", text=text, at=self._clock()))
        if step is not None:
            self.context.application_step = step
            self._step_from_form = True

        understood = self._rules.understand(text, self.language)
        events = frozenset(understood.events)
        new_events = frozenset(events - set(self.context.life_events))
        self.context.add_life_events(events)

        if self._pending_offer is not None and fold(text) in _AFFIRMATIVE:
            return self.accept_handoff(facts)
        if understood.human:
            return self._handoff_turn([], HandoffReason.ASKED, _resolve(facts), None, new_events)

        answer = await self._ask_backend(text)
        reason: HandoffReason | None = None
        if answer is None:
            texts = [self._texts.get("backend_failed", self.language)]
            reason = HandoffReason.BOT_FAILED
        elif not answer.understood or not answer.text:
            texts = [self._texts.get("not_understood", self.language)]
            reason = HandoffReason.BOT_FAILED
        else:
            texts = [answer.text]
            if answer.entry_id:
                self.context.add_intent(answer.entry_id)
            if answer.step and not self._step_from_form:
                self.context.application_step = answer.step
        if reason is HandoffReason.BOT_FAILED:
            self.context.unanswered_count += 1
        if new_events:
            # A life change outranks "did not understand": it is the better
            # reason to give the expert, and the customer gets the suggestion.
            names = self._texts.event_names(new_events, self.language)
            # "If I lost my job...", "not yet": suggested all the same, in words
            # that do not take the change as having happened.
            told = any(understood.events[e] is Mood.STATED for e in new_events)
            key = "life_event_noticed" if told else "life_event_possible"
            noticed = self._texts.get(key, self.language, events=names)
            # When the bot had no answer, "I did not understand" would only
            # confuse: the life-change note is the reply.
            texts = [*texts, noticed] if reason is None else [noticed]
            reason = HandoffReason.BOT_SUGGESTED
        return self._handoff_turn(texts, reason, _resolve(facts), answer, new_events)

    def accept_handoff(self, facts: FactsSource) -> BotReply:
        """The customer accepted (or asked for) the handoff: re-check the facts."""
        reason = self._pending_offer or HandoffReason.ASKED
        blocked = availability(_resolve(facts))
        if blocked is not None:
            self._pending_offer = None
            return self._say(
                BotReply(
                    texts=self._unavailable_texts(blocked),
                    handoff_reason=reason,
                    unavailable=blocked,
                )
            )
        self.context.reason = reason
        self._pending_offer = None
        return self._say(
            BotReply(
                texts=[self._texts.get("handoff_accepted", self.language)],
                handoff_reason=reason,
                handoff_accepted=True,
            )
        )

    def saved(self) -> dict[str, Any]:
        """The conversation as JSON-ready data, for ``BotEngine.restore_conversation``."""
        return SavedConversation(
            language=self.language,
            context=self.context,
            pending_offer=self._pending_offer,
            step_from_form=self._step_from_form,
        ).model_dump(mode="json", exclude_none=True)

    def handoff_context(self) -> HandoffContext:
        """An independent copy of the context for storing / sending to the expert."""
        return self.context.model_copy(deep=True)

    # -- internals --------------------------------------------------------

    async def _ask_backend(self, text: str) -> BotAnswer | None:
        try:
            return await asyncio.wait_for(
                self._backend.reply(text, self.handoff_context()), self._timeout
            )
        except (BotBackendError, TimeoutError) as exc:
            log.warning("bot backend failed: %s", exc)
        except Exception:  # noqa: BLE001 - any backend bug must still leave a way to a human
            log.exception("bot backend raised unexpectedly")
        return None

    def _handoff_turn(
        self,
        texts: list[str],
        reason: HandoffReason | None,
        facts: HandoffFacts,
        answer: BotAnswer | None,
        new_events: frozenset[LifeEvent],
    ) -> BotReply:
        decision = decide_handoff(reason, facts)
        if decision.offer and reason is not None:
            texts.append(self._texts.get(f"offer_{reason}", self.language))
            self.context.reason = reason
            self._pending_offer = reason
        elif decision.unavailable is not None:
            texts.extend(self._unavailable_texts(decision.unavailable))
            self._pending_offer = None
        return self._say(
            BotReply(
                texts=texts,
                handoff_offered=decision.offer,
                handoff_reason=decision.reason,
                unavailable=decision.unavailable,
                answer=answer,
                new_life_events=new_events,
            )
        )

    def _unavailable_texts(self, blocked: Unavailable) -> list[str]:
        first = self._texts.get(
            f"unavailable_{blocked}",
            self.language,
            chat_hours=self._texts.chat_hours(self.language),
        )
        return [first, *self._texts.contact_info(self.language)]

    def _say(self, reply: BotReply) -> BotReply:
        entry_id = reply.answer.entry_id if reply.answer and reply.answer.understood else None
        confidence = reply.answer.confidence if reply.answer else None
        for i, text in enumerate(reply.texts):
            # Only the first text is the KB answer; the rest are rule texts.
            self.context.transcript.append(
                Turn(
                    speaker="bot",
                    text=text,
                    at=self._clock(),
                    entry_id=entry_id if i == 0 else None,
                    confidence=confidence if i == 0 else None,
                )
            )
        return reply


class BotEngine:
    """Loaded once by the hub: shared rules, texts and backend; makes conversations."""

    def __init__(
        self, backend: BotBackend, rules: RuleSet, texts: BotTexts, backend_timeout_s: float = 5.0
    ) -> None:
        self.backend = backend
        self.rules = rules
        self.texts = texts
        self.backend_timeout_s = backend_timeout_s

    @classmethod
    def load(
        cls,
        config: BotBackendConfig | None = None,
        resource_dir: Path = DEFAULT_RESOURCE_DIR,
        morphology: Tool | None = None,
    ) -> BotEngine:
        """``morphology``: one analysis tool for every language (bench/bot.py
        compares them); None: each language's measured default."""
        config = config or BotBackendConfig()
        rules = RuleSet.load(resource_dir, morphology)
        # The conversation's own timeout is a safety net above the HTTP timeout.
        return cls(
            make_backend(config, resource_dir, rules),
            rules,
            BotTexts.load(resource_dir),
            backend_timeout_s=config.timeout_s + 1.0,
        )

    def new_conversation(self, language: str, clock: Callable[[], datetime] | None = None) -> BotConversation:
        kwargs = {"clock": clock} if clock else {}
        return BotConversation(
            check_language(language),
            self.backend,
            self.rules,
            self.texts,
            backend_timeout_s=self.backend_timeout_s,
            **kwargs,
        )

    def restore_conversation(
        self, saved: dict[str, Any], clock: Callable[[], datetime] | None = None
    ) -> BotConversation:
        """A conversation as ``BotConversation.saved()`` left it; ValueError if it is not one."""
        try:
            state = SavedConversation.model_validate(saved)
        except ValidationError as exc:
            raise ValueError(f"not a saved bot conversation: {exc}") from exc
        conversation = self.new_conversation(state.language, clock)
        conversation.context = state.context
        conversation._pending_offer = state.pending_offer
        conversation._step_from_form = state.step_from_form
        return conversation

    async def aclose(self) -> None:
        await self.backend.aclose()
