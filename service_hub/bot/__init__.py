"""Application assistant (chatbot) for the basic social assistance application.

Pure domain code: no Qt, no database. The only I/O is the optional HTTP bot
backend. The hub uses BotEngine / BotConversation; the rest is exported for tests
and for hub code that needs the types.
"""

from .backend import (
    BotAnswer,
    BotBackend,
    BotBackendConfig,
    BotBackendError,
    HttpBotBackend,
    KnowledgeBaseBackend,
    make_backend,
)
from .context import HandoffContext, HandoffReason, Turn
from .conversation import BotConversation, BotEngine, BotReply, FactsSource
from .handoff import HandoffDecision, HandoffFacts, Unavailable, availability, decide_handoff
from .kb import KbEntry, KbMatch, KbMatcher, load_kb
from .lang import LANGUAGES, Language
from .rules import LifeEvent, RuleSet
from .texts import BotTexts

__all__ = [
    "LANGUAGES",
    "BotAnswer",
    "BotBackend",
    "BotBackendConfig",
    "BotBackendError",
    "BotEngine",
    "BotReply",
    "BotConversation",
    "BotTexts",
    "FactsSource",
    "HandoffContext",
    "HandoffDecision",
    "HandoffFacts",
    "HandoffReason",
    "HttpBotBackend",
    "KbEntry",
    "KbMatch",
    "KbMatcher",
    "KnowledgeBaseBackend",
    "Language",
    "LifeEvent",
    "RuleSet",
    "Turn",
    "Unavailable",
    "availability",
    "decide_handoff",
    "load_kb",
    "make_backend",
]
