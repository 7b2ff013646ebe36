"""Knowledge base of the application assistant and its fuzzy matcher.

Why not a single ``rapidfuzz.process.extractOne`` over the question texts:
whole-string ratios score a paraphrase and an off-topic question almost alike
(both share filler words), so no threshold separates them. Instead every
query word is matched fuzzily (rapidfuzz) against the KB vocabulary, which
tolerates Finnish/Swedish inflection and typos, and weighted by how rare that
word is in the KB (IDF). An entry's confidence is the weighted share of the
query it explains, in [0, 1]. Words the KB has never seen keep a high weight,
which is what pushes off-topic questions below the threshold.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from .lang import DEFAULT_RESOURCE_DIR, Language, check_language
from .normalize import tokens

# Application steps of the online form (the "step" of a KB entry).
STEPS: frozenset[str] = frozenset(
    {
        "start",  # who can apply, what the benefit is, applying online
        "applicants",  # applicant, spouse, children, household
        "housing",  # housing costs
        "income",  # earnings and benefits
        "assets",  # savings, property, car
        "expenses",  # other expenses: health, day care, ...
        "attachments",  # bank statements and other documents
        "sending",  # sending, changing, following the application
        "decision",  # decision, payment, appeal
    }
)

DEFAULT_THRESHOLD = 0.5
# Word similarity (0-100) below which two words are treated as different.
_WORD_CUTOFF = 78.0
# A shared prefix this long counts as the same word stem ("asumismeno-t/-ista").
_STEM_PREFIX = 6


@dataclass(frozen=True, slots=True)
class KbEntry:
    id: str
    step: str
    questions: tuple[str, ...]
    keywords: tuple[str, ...]
    answer: str


@dataclass(frozen=True, slots=True)
class KbMatch:
    entry: KbEntry
    confidence: float  # 0..1, see module docstring


def load_kb(language: str, resource_dir: Path = DEFAULT_RESOURCE_DIR) -> list[KbEntry]:
    """Read ``kb.<language>.json`` and validate the fields every entry must have."""
    lang = check_language(language)
    raw = json.loads((resource_dir / f"kb.{lang}.json").read_text(encoding="utf-8"))
    entries: list[KbEntry] = []
    for item in raw["entries"]:
        entry = KbEntry(
            id=item["id"],
            step=item["step"],
            questions=tuple(item["questions"]),
            keywords=tuple(item.get("keywords", ())),
            answer=item["answer"],
        )
        if entry.step not in STEPS:
            raise ValueError(f"{lang}:{entry.id}: unknown step {entry.step!r}")
        if not entry.questions or not entry.answer.strip():
            raise ValueError(f"{lang}:{entry.id}: needs questions and an answer")
        entries.append(entry)
    ids = [e.id for e in entries]
    if len(ids) != len(set(ids)):
        raise ValueError(f"{lang}: duplicate KB ids")
    return entries


def load_stopwords(language: str, resource_dir: Path = DEFAULT_RESOURCE_DIR) -> frozenset[str]:
    raw = json.loads((resource_dir / "stopwords.json").read_text(encoding="utf-8"))
    return frozenset(w for word in raw[check_language(language)] for w in tokens(word))


def _word_similarity(a: str, b: str, **_: object) -> float:
    """0-100; a long shared prefix counts as the same stem (Finnish suffixes).

    ``**_`` swallows the ``processor``/``score_cutoff`` keywords rapidfuzz passes.
    """
    score = fuzz.ratio(a, b)
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    if common >= _STEM_PREFIX or (common >= 5 and common == min(len(a), len(b))):
        score = max(score, 90.0)
    return score


class KbMatcher:
    """Finds the KB entry a customer's question is about, with a confidence."""

    def __init__(
        self,
        entries: Iterable[KbEntry],
        stopwords: Iterable[str] = (),
        threshold: float = DEFAULT_THRESHOLD,
    ) -> None:
        self.entries = list(entries)
        self.threshold = threshold
        self._stop = frozenset(stopwords)
        owners: dict[str, set[int]] = defaultdict(set)
        # Content words of each question variant, per entry.
        self._variants: list[list[tuple[str, ...]]] = []
        for i, entry in enumerate(self.entries):
            variants = []
            for text in (*entry.questions, *entry.keywords):
                words = tuple(dict.fromkeys(self._content_words(text)))
                for word in words:
                    owners[word].add(i)
                # Only whole questions count as variants: a one-word keyword
                # would be "fully covered" by any query that mentions it.
                if words and text in entry.questions:
                    variants.append(words)
            self._variants.append(variants)
        self._vocab = sorted(owners)
        self._owners = [frozenset(owners[w]) for w in self._vocab]
        n = len(self.entries)
        self._idf = [math.log((n + 1) / (len(o) + 1)) + 1.0 for o in self._owners]
        self._idf_of = dict(zip(self._vocab, self._idf, strict=True))
        # An unknown word weighs as much as the rarest KB word: it is evidence
        # that the question is about something the KB does not cover.
        self._unknown_weight = max(self._idf, default=1.0)

    @classmethod
    def for_language(
        cls,
        language: Language,
        resource_dir: Path = DEFAULT_RESOURCE_DIR,
        threshold: float = DEFAULT_THRESHOLD,
    ) -> KbMatcher:
        return cls(
            load_kb(language, resource_dir), load_stopwords(language, resource_dir), threshold
        )

    def _content_words(self, text: str) -> list[str]:
        return [w for w in tokens(text) if len(w) > 1 and w not in self._stop]

    def rank(self, text: str, limit: int = 3) -> list[KbMatch]:
        """Best entries for ``text``, highest confidence first (may be empty).

        confidence = 0.75 * (weighted share of the query the entry explains)
                   + 0.25 * (weighted share of the entry's closest question
                             variant that the query mentions).
        The second term breaks ties between entries that share the query's
        words, in favour of the one whose question is actually being asked.
        """
        words = list(dict.fromkeys(self._content_words(text)))  # repeats count once
        if not words:
            return []
        total_weight = 0.0
        query_cover = [0.0] * len(self.entries)
        vocab_sim: dict[str, float] = {}  # KB word -> best similarity to any query word
        for word in words:
            hits = process.extract(
                word, self._vocab, scorer=_word_similarity, score_cutoff=_WORD_CUTOFF, limit=None
            )
            if not hits:
                total_weight += self._unknown_weight
                continue
            weight = self._idf[max(hits, key=lambda h: h[1])[2]]
            total_weight += weight
            per_entry: dict[int, float] = {}
            for vocab_word, sim, idx in hits:
                vocab_sim[vocab_word] = max(sim, vocab_sim.get(vocab_word, 0.0))
                for owner in self._owners[idx]:
                    per_entry[owner] = max(sim, per_entry.get(owner, 0.0))
            for owner, sim in per_entry.items():
                query_cover[owner] += weight * sim / 100.0
        matches = []
        for i, cover in enumerate(query_cover):
            if cover <= 0:
                continue
            variant_cover = max(
                (self._variant_cover(v, vocab_sim) for v in self._variants[i]), default=0.0
            )
            confidence = 0.75 * cover / total_weight + 0.25 * variant_cover
            matches.append(KbMatch(self.entries[i], confidence))
        matches.sort(key=lambda m: m.confidence, reverse=True)
        return matches[:limit]

    def _variant_cover(self, variant: tuple[str, ...], vocab_sim: dict[str, float]) -> float:
        weights = [self._idf_of[w] for w in variant]
        got = sum(
            wt * vocab_sim.get(w, 0.0) / 100.0 for w, wt in zip(variant, weights, strict=True)
        )
        return got / sum(weights)

    def match(self, text: str) -> KbMatch | None:
        """The best entry if its confidence reaches the threshold, else None."""
        ranked = self.rank(text, limit=1)
        if ranked and ranked[0].confidence >= self.threshold:
            return ranked[0]
        return None
