"""Word patterns over analysed words (see scan.py), written by the content owner.

A pattern is a line of items separated by spaces, matched within one clause:

    menettää ~ työ*            "menettää", then at most 3 words, then a word starting "työ"
    muuttaa ~2 @sisatulento    ... a word in the illative case (Voikko's case names)
    & ihminen puhua|jutella    every item somewhere in the clause, in any order
    ^ agent $                  the clause is this word alone
    ! no longer together       an idiom whose own "no" is no negation

An item matches a word when one of its alternatives (``|``) does:
``word`` equals one of the word's forms (surface, standard form, lemmas)
or the item's own base form (so an item may be written in any inflection);
``=word`` is that surface form only; ``stem*`` starts one of the forms or
one of a compound's parts; ``@tag`` is a tag of the
analysis ("neg", "cond", "case:<name>" without the "case:"). ``~N`` allows
0..N other words (``~`` = 3), ``^``/``$`` tie the match to the clause's
start/end. Patterns are indexed by their first item, so a message is only
checked against patterns one of its words can start.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from .morphology import Analyzer
from .normalize import fold
from .scan import Word

_DEFAULT_GAP = 3
_MIN_PREFIX = 2
# Typos: a word no pattern can start is read as a pattern word one edit away,
# if the edit is two swapped letters ("humna") or the word is long enough that
# one edit is unlikely to make another real word ("asiakaspalvelja").
_TYPO_MIN_LEN = 5
_TYPO_ANY_EDIT_LEN = 7


@dataclass(frozen=True, slots=True)
class Item:
    exact: frozenset[str]
    surface: frozenset[str]
    prefixes: tuple[str, ...]
    tags: frozenset[str]

    def matches(self, word: Word) -> bool:
        if word.surface in self.surface:
            return True
        if not self.exact.isdisjoint(word.forms) or not self.tags.isdisjoint(word.tags):
            return True
        return any(f.startswith(p) for p in self.prefixes for f in (*word.forms, *word.parts))


@dataclass(frozen=True, slots=True)
class Pattern:
    source: str
    items: tuple[Item, ...]
    gaps: tuple[int, ...]  # gaps[i]: words allowed between items[i] and items[i + 1]
    unordered: bool = False
    at_start: bool = False
    at_end: bool = False
    idiom_negation: bool = False  # "!": a negation inside the match is the idiom's own

    def find(self, words: Sequence[Word], first: int) -> tuple[int, int] | None:
        """The span (start, end inclusive) of a match whose first item is ``words[first]``."""
        clause = words[first].clause
        if self.at_start and first > 0 and words[first - 1].clause == clause:
            return None
        if self.unordered:
            return self._find_unordered(words, first, clause)
        return self._extend(words, first, 1, first, clause)

    def _extend(self, words: Sequence[Word], at: int, k: int, start: int, clause: int) -> tuple[int, int] | None:
        if k == len(self.items):
            ends_clause = at + 1 == len(words) or words[at + 1].clause != clause
            return (start, at) if ends_clause or not self.at_end else None
        for nxt in range(at + 1, min(len(words), at + 2 + self.gaps[k - 1])):
            if words[nxt].clause != clause:
                break
            if self.items[k].matches(words[nxt]):
                found = self._extend(words, nxt, k + 1, start, clause)
                if found:
                    return found
        return None

    def _find_unordered(self, words: Sequence[Word], first: int, clause: int) -> tuple[int, int] | None:
        span = [i for i, w in enumerate(words) if w.clause == clause]
        lo, hi = first, first
        for item in self.items[1:]:
            hits = [i for i in span if i != first and item.matches(words[i])]
            if not hits:
                return None
            nearest = min(hits, key=lambda i: abs(i - first))
            lo, hi = min(lo, nearest), max(hi, nearest)
        return lo, hi


def _item(text: str, analyzer: Analyzer) -> Item:
    exact: set[str] = set()
    surface: set[str] = set()
    prefixes: list[str] = []
    tags: set[str] = set()
    for alt in text.split("|"):
        if alt.startswith("="):
            surface.add(fold(alt[1:]))
        elif alt.startswith("@"):
            name = alt[1:]
            tags.add(name if name in ("neg", "cond") else f"case:{name}")
        elif alt.endswith("*"):
            stem = fold(alt[:-1])
            if len(stem) < _MIN_PREFIX:
                raise ValueError(f"prefix {alt!r} is too short")
            prefixes.append(stem)
        else:
            word = fold(alt)
            exact.add(word)
            lemmas = analyzer.analyse(alt).lemmas
            if lemmas:  # the item's own base form, so that it may be written inflected
                exact.add(lemmas[0])
    return Item(frozenset(exact), frozenset(surface), tuple(prefixes), frozenset(tags))


def compile_pattern(source: str, analyzer: Analyzer) -> Pattern:
    parts = source.split()
    idiom_negation = bool(parts) and parts[0] == "!"
    parts = parts[1:] if idiom_negation else parts
    unordered = bool(parts) and parts[0] == "&"
    at_start = bool(parts) and parts[0] == "^"
    at_end = bool(parts) and parts[-1] == "$"
    parts = parts[1 if unordered or at_start else 0 : len(parts) - (1 if at_end else 0)]
    items: list[Item] = []
    gaps: list[int] = []
    pending_gap = 0
    for part in parts:
        if part.startswith("~"):
            pending_gap = int(part[1:]) if len(part) > 1 else _DEFAULT_GAP
            continue
        if items:
            gaps.append(pending_gap)
        pending_gap = 0
        items.append(_item(part, analyzer))
    if not items:
        raise ValueError(f"empty pattern {source!r}")
    return Pattern(source, tuple(items), tuple(gaps), unordered, at_start, at_end, idiom_negation)


class PatternIndex:
    """Patterns keyed by their first item, with a label each (an event, "human" ...)."""

    def __init__(self, labelled: Iterable[tuple[str, Pattern]]) -> None:
        self._exact: dict[str, list[tuple[str, Pattern]]] = defaultdict(list)
        self._prefix: dict[str, list[tuple[str, Pattern]]] = defaultdict(list)
        self._tag: dict[str, list[tuple[str, Pattern]]] = defaultdict(list)
        vocabulary: set[str] = set()
        for label, pattern in labelled:
            for item in pattern.items:
                vocabulary |= item.exact | item.surface
            head = pattern.items[0]
            for word in head.exact | head.surface:
                self._exact[word].append((label, pattern))
            for stem in head.prefixes:
                self._prefix[stem].append((label, pattern))
            for tag in head.tags:
                self._tag[tag].append((label, pattern))
        self._vocabulary = sorted(vocabulary)

    def _candidates(self, word: Word) -> list[tuple[str, Pattern]]:
        found: list[tuple[str, Pattern]] = []
        for form in word.forms:
            found += self._exact.get(form, ())
        for form in word.forms | word.parts:
            for k in range(_MIN_PREFIX, len(form) + 1):
                found += self._prefix.get(form[:k], ())
        for tag in word.tags:
            found += self._tag.get(tag, ())
        return found

    def _typo_fixed(self, word: Word) -> Word:
        surface = word.surface
        if len(surface) < _TYPO_MIN_LEN or self._candidates(word):
            return word
        near = [
            known
            for known, _, _ in process.extract(
                surface, self._vocabulary, scorer=OSA.distance, score_cutoff=1, limit=None
            )
            if len(surface) >= _TYPO_ANY_EDIT_LEN or Levenshtein.distance(surface, known) == 2
        ]
        if not near:
            return word
        # Read as the nearest known word, written form included (for "=word" items).
        return dataclasses.replace(word, surface=near[0], forms=word.forms | frozenset(near))

    def matches(self, words: Sequence[Word]) -> list[tuple[str, Pattern, tuple[int, int]]]:
        """Every (label, pattern, span) that matches, at most once per pattern and first word."""
        out = []
        words = [self._typo_fixed(w) for w in words]
        for i, word in enumerate(words):
            tried: set[int] = set()
            for label, pattern in self._candidates(word):
                if id(pattern) in tried:
                    continue
                tried.add(id(pattern))
                if not pattern.items[0].matches(word):  # the index is keyed loosely
                    continue
                span = pattern.find(words, i)
                if span is not None:
                    out.append((label, pattern, span))
        return out
