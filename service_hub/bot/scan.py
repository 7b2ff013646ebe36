"""A customer message as analysed words in clauses, for the rule patterns.

Clauses matter because negation and "if" reach only so far: in "en jaksa
tätä, haluan ihmisen" the "en" (not) belongs to the first clause only. A
clause ends at . , ; ! ? and before a language's clause words ("mutta",
"but", "men" ...).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from .morphology import Analyzer
from .normalize import fold, join_apostrophes

# A word keeps inner hyphens and colons ("ms-tauti", "yt:t", "te-toimisto").
_TOKEN = re.compile(r"\w+(?:[-:]\w+)*|[.,;!?]")
_BREAK = frozenset(".,;!?")


@dataclass(frozen=True, slots=True)
class Word:
    surface: str  # folded as typed
    forms: frozenset[str]  # folded: surface, standard (written) form, lemmas
    parts: frozenset[str]  # folded base forms of a compound's parts
    tags: frozenset[str]  # from the analysis ("neg", "cond", "case:...")
    clause: int  # index of the clause the word is in


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A language's words that steer the scan (from resources/bot/rules.<lang>.json)."""

    colloquial: Mapping[str, str]  # folded spoken form -> standard written form
    clause_breaks: frozenset[str]  # folded words that start a new clause


def _raw_words(text: str) -> list[str]:
    text = join_apostrophes(unicodedata.normalize("NFC", text).casefold())
    return _TOKEN.findall(text)


def scan(text: str, analyzer: Analyzer, lexicon: Lexicon) -> list[Word]:
    words: list[Word] = []
    clause = 0
    for raw in _raw_words(text):
        if raw in _BREAK:
            clause += 1
            continue
        surface = fold(raw)
        if surface in lexicon.clause_breaks and words and words[-1].clause == clause:
            clause += 1
        standard = lexicon.colloquial.get(surface, raw)
        forms, parts, tags = _forms(standard, analyzer)
        words.append(
            Word(surface, frozenset((surface, fold(standard), *forms)), frozenset(parts), tags, clause)
        )
    return words


def _forms(word: str, analyzer: Analyzer) -> tuple[list[str], list[str], frozenset[str]]:
    """Lemmas, compound parts and tags of ``word``."""
    analysis = analyzer.analyse(word)
    forms = list(analysis.lemmas)
    parts = list(analysis.parts)
    tags = analysis.tags
    pieces = re.split(r"[-:]", word)
    if len(pieces) > 1:  # "ms-tauti", "te-toimistossa": the pieces are compound parts
        for piece in pieces:
            if piece:
                sub = analyzer.analyse(piece)
                parts += [fold(piece), *sub.lemmas, *sub.parts]
                tags |= sub.tags
    return forms, parts, tags


class WordForms(NamedTuple):
    """One word of a KB text or a question, for the KB matcher."""

    surface: str  # folded as written
    primary: str  # first base form, or the standard written form of an unknown word
    full: tuple[str, ...]  # every base form (the written forms if there is none)
    parts: tuple[str, ...]  # compound parts and their tails


def content_forms(text: str, analyzer: Analyzer, colloquial: Mapping[str, str]) -> list[WordForms]:
    out = []
    for raw in _raw_words(text):
        if raw in _BREAK:
            continue
        surface = fold(raw)
        standard = colloquial.get(surface, raw)
        forms, parts, _ = _forms(standard, analyzer)
        # A word with base forms is those; its inflection would only split its
        # weight. A stem is no base form (Snowball cuts "kontot" and "konto"
        # differently), so a stemmed word keeps its written form too.
        written = (surface, fold(standard))
        if not forms:
            full = tuple(dict.fromkeys(written))
        elif analyzer.tool == "snowball":
            full = tuple(dict.fromkeys((*forms, *written)))
        else:
            full = tuple(dict.fromkeys(forms))
        out.append(WordForms(surface, forms[0] if forms else fold(standard), full,
                             tuple(p for p in dict.fromkeys(parts) if p not in full)))
    return out
