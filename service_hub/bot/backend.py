"""Bot backends: who produces the answer to a customer's question.

The built-in knowledge-base backend runs in-process. The HTTP backend lets the
agency plug in an external bot service; it is the only I/O in this package.
Whatever a backend does, it either returns a BotAnswer or raises
BotBackendError - the conversation turns that into "the bot failed", so a broken
backend never leaves the customer without a way to a human (or the phone).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

import aiohttp
from pydantic import BaseModel, Field, ValidationError

from .context import HandoffContext
from .kb import DEFAULT_THRESHOLD, KbMatcher
from .lang import DEFAULT_RESOURCE_DIR, LANGUAGES, Language
from .rules import RuleSet


@dataclass(frozen=True, slots=True)
class BotAnswer:
    understood: bool  # False: the bot has no confident answer
    text: str | None = None  # answer text in the customer's language
    confidence: float = 0.0
    entry_id: str | None = None  # KB id or the external bot's intent id
    step: str | None = None  # application step the answer belongs to


class BotBackendError(Exception):
    """The backend could not produce an answer (down, slow, or nonsense)."""


@runtime_checkable
class BotBackend(Protocol):
    async def reply(self, text: str, context: HandoffContext) -> BotAnswer: ...

    async def aclose(self) -> None: ...


class KnowledgeBaseBackend:
    """Answers from resources/bot/kb.<lang>.json via KbMatcher."""

    def __init__(self, matchers: dict[Language, KbMatcher]) -> None:
        self._matchers = matchers

    @classmethod
    def load(
        cls,
        resource_dir: Path = DEFAULT_RESOURCE_DIR,
        threshold: float = DEFAULT_THRESHOLD,
        rules: RuleSet | None = None,
    ) -> KnowledgeBaseBackend:
        """``rules``: share its analyzers and spoken forms (one Voikko, one cache)."""
        return cls(
            {
                lang: KbMatcher.for_language(
                    lang,
                    resource_dir,
                    threshold,
                    rules.analyzer(lang) if rules else None,
                    rules.lexicon(lang).colloquial if rules else None,
                )
                for lang in LANGUAGES
            }
        )

    def matcher(self, language: Language) -> KbMatcher:
        return self._matchers[language]

    async def reply(self, text: str, context: HandoffContext) -> BotAnswer:
        ranked = self._matchers[context.language].rank(text, limit=1)
        if not ranked:
            return BotAnswer(understood=False)
        best = ranked[0]
        if best.confidence < self._matchers[context.language].threshold:
            return BotAnswer(understood=False, confidence=best.confidence)
        return BotAnswer(
            understood=True,
            text=best.entry.answer,
            confidence=best.confidence,
            entry_id=best.entry.id,
            step=best.entry.step,
        )

    async def aclose(self) -> None:
        return None


class _HttpReply(BaseModel):
    """What the external bot must return; anything else counts as garbage."""

    text: str | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    intent: str | None = None
    step: str | None = None


class HttpBotBackend:
    """POSTs {"text", "language", "context"} as JSON to ``url``.

    Expects {"text": str|null, "confidence": 0..1, "intent"?: str, "step"?: str}.
    The answer counts as understood when confidence >= ``min_confidence`` and
    text is non-empty.
    """

    def __init__(self, url: str, timeout_s: float = 3.0, min_confidence: float = 0.5) -> None:
        self.url = url
        self.timeout = aiohttp.ClientTimeout(total=timeout_s)
        self.min_confidence = min_confidence
        self._session: aiohttp.ClientSession | None = None

    def _client(self) -> aiohttp.ClientSession:
        # Created lazily: a ClientSession must be made inside a running loop.
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self.timeout)
        return self._session

    async def reply(self, text: str, context: HandoffContext) -> BotAnswer:
        payload = {
            "text": text,
            "language": context.language,
            "context": context.model_dump(mode="json"),
        }
        try:
            async with self._client().post(self.url, json=payload) as response:
                if response.status != 200:
                    raise BotBackendError(f"bot backend answered HTTP {response.status}")
                body = await response.read()
            parsed = _HttpReply.model_validate_json(body)
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise BotBackendError(f"bot backend unreachable or too slow: {exc!r}") from exc
        except ValidationError as exc:
            raise BotBackendError("bot backend returned an invalid reply") from exc
        understood = bool(parsed.text and parsed.text.strip()) and (
            parsed.confidence >= self.min_confidence
        )
        return BotAnswer(
            understood=understood,
            text=parsed.text if understood else None,
            confidence=parsed.confidence,
            entry_id=parsed.intent,
            step=parsed.step,
        )

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()


class BotBackendConfig(BaseModel):
    """Configuration the hub reads (e.g. from its config file) to pick a backend."""

    kind: Literal["kb", "http"] = "kb"
    url: str | None = None  # required for kind == "http"
    timeout_s: float = Field(default=3.0, gt=0)
    min_confidence: float = Field(default=0.5, ge=0, le=1)  # http backend only
    kb_threshold: float = Field(default=DEFAULT_THRESHOLD, ge=0, le=1)  # kb backend only


def make_backend(
    config: BotBackendConfig,
    resource_dir: Path = DEFAULT_RESOURCE_DIR,
    rules: RuleSet | None = None,
) -> BotBackend:
    if config.kind == "http":
        if not config.url:
            raise ValueError("bot backend kind 'http' needs a url")
        return HttpBotBackend(config.url, config.timeout_s, config.min_confidence)
    return KnowledgeBaseBackend.load(resource_dir, config.kb_threshold, rules)
