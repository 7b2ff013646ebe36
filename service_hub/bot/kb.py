"""Knowledge base of the application assistant and its matcher.

Why not a single ``rapidfuzz.process.extractOne`` over the question texts:
whole-string ratios score a paraphrase and an off-topic question almost alike
(both share filler words), so no threshold separates them. Instead every
query word is compared with the KB's words by its analysis (morphology.py:
base forms, compound parts; fuzzily on its surface only when the KB has none
of its base forms, for typos) and weighted by how rare that word is in the KB
(IDF). An entry's confidence is the weighted share of the query it explains,
in [0, 1]. Words the KB has never seen keep a high weight, which is what
pushes off-topic questions below the threshold.
"""

from __future__ import annotations

import bisect
import json
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from .lang import DEFAULT_RESOURCE_DIR, Language, check_language
from .morphology import Analyzer, SurfaceAnalyzer, make_analyzer
from .normalize import tokens
from .scan import WordForms, content_forms

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
_SHORT_WORD_CUTOFF = 85.0
# A shared prefix this long counts as the same word stem ("asumismeno-t/-ista").
_STEM_PREFIX = 6
# A word that meets a KB word only through a compound part ("perusosa" and
# "perustoimeentulotuki" share "perus") is a weaker match than a shared base form.
_PART_SIMILARITY = 70.0
_LONE_WORD_FACTOR = 0.6


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


def _prefix_similarity(a: str, b: str) -> float:
    """A long shared prefix counts as the same stem (typos in Finnish/Swedish endings)."""
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    if common >= _STEM_PREFIX or (common >= 5 and common == min(len(a), len(b))):
        return 90.0
    return 0.0


class KbMatcher:
    """Finds the KB entry a customer's question is about, with a confidence.

    Words are compared by their analysis (morphology.py): a query word that
    shares a base form or compound part with a KB word matches it fully; a
    word the KB has no base form for is matched fuzzily on its surface
    (typos), as before the analysis existed.
    """

    def __init__(
        self,
        entries: Iterable[KbEntry],
        stopwords: Iterable[str] = (),
        threshold: float = DEFAULT_THRESHOLD,
        analyzer: Analyzer | None = None,
        colloquial: Mapping[str, str] | None = None,
    ) -> None:
        self.entries = list(entries)
        self.threshold = threshold
        self._stop = frozenset(stopwords)
        self._analyzer = analyzer or SurfaceAnalyzer()
        self._colloquial = colloquial or {}
        owners: dict[str, set[int]] = defaultdict(set)
        full_owners: dict[str, set[int]] = defaultdict(set)  # entries with the key as a whole word
        # Per entry, the words of each question variant (each word: its keys).
        self._variants: list[list[tuple[tuple[str, ...], ...]]] = []
        self._keyword_keys: list[frozenset[str]] = []
        for i, entry in enumerate(self.entries):
            variants = []
            # A keyword counts in its first reading only ("vanhempien" is
            # parents', not also "older").
            self._keyword_keys.append(
                frozenset(w.primary for text in entry.keywords for w in self._content_words(text))
            )
            for text in (*entry.questions, *entry.keywords):
                words = tuple(dict.fromkeys(w.full + w.parts for w in self._content_words(text)))
                for word in self._content_words(text):
                    for key in word.full:
                        full_owners[key].add(i)
                for keys in words:
                    for key in keys:
                        owners[key].add(i)
                # Only whole questions count as variants: a one-word keyword
                # would be "fully covered" by any query that mentions it.
                if words and text in entry.questions:
                    variants.append(words)
            self._variants.append(variants)
        self._vocab = sorted(owners)
        self._key_index = {key: i for i, key in enumerate(self._vocab)}
        self._full_owners = [frozenset(full_owners.get(w, ())) for w in self._vocab]
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
        analyzer: Analyzer | None = None,
        colloquial: Mapping[str, str] | None = None,
    ) -> KbMatcher:
        return cls(
            load_kb(language, resource_dir),
            load_stopwords(language, resource_dir),
            threshold,
            analyzer if analyzer is not None else make_analyzer(language),
            colloquial,
        )

    def _content_words(self, text: str) -> list[WordForms]:
        return [
            w
            for w in content_forms(text, self._analyzer, self._colloquial)
            if len(w.surface) > 1 and w.surface not in self._stop and w.primary not in self._stop
        ]

    def _hits(self, word: WordForms) -> list[tuple[int, float]]:
        """(vocabulary index, similarity 0-100) of the KB words ``word`` matches."""
        exact = [(idx, 100.0) for k in word.full if (idx := self._key_index.get(k)) is not None]
        if not exact:  # the word's parts only when the word itself is not in the KB
            exact = [(idx, _PART_SIMILARITY) for k in word.parts if (idx := self._key_index.get(k)) is not None]
        if exact:
            return exact
        surface = word.surface
        # One wrong letter in a short word is another word ("heter"/"efter").
        cutoff = _WORD_CUTOFF if len(surface) >= 8 else _SHORT_WORD_CUTOFF
        hits = {
            idx: score
            for _, score, idx in process.extract(
                surface, self._vocab, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            )
        }
        if len(surface) >= 5:  # shared long prefixes: a sorted range of the vocabulary
            lo = bisect.bisect_left(self._vocab, surface[:5])
            hi = bisect.bisect_right(self._vocab, surface[:5] + "\uffff")
            for idx in range(lo, hi):
                score = _prefix_similarity(surface, self._vocab[idx])
                if score > hits.get(idx, 0.0):
                    hits[idx] = score
        return list(hits.items())

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
        evidence: list[set[str]] = [set() for _ in self.entries]  # query words that hit the entry
        on_keyword = [False] * len(self.entries)
        vocab_sim: dict[str, float] = {}  # KB key -> best similarity to any query word
        for word in words:
            hits = self._hits(word)
            if not hits:
                total_weight += self._unknown_weight
                continue
            weight = self._weight(hits)
            total_weight += weight
            per_entry: dict[int, float] = {}
            for idx, sim in hits:
                key = self._vocab[idx]
                vocab_sim[key] = max(sim, vocab_sim.get(key, 0.0))
                for owner in self._owners[idx]:
                    # Met only through a compound of that entry: a weaker match.
                    got = sim if owner in self._full_owners[idx] else min(sim, _PART_SIMILARITY)
                    per_entry[owner] = max(got, per_entry.get(owner, 0.0))
                    evidence[owner].add(word.surface)
                    on_keyword[owner] |= key in self._keyword_keys[owner]
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
            if len(evidence[i]) < 2 and not on_keyword[i]:
                # One ordinary word is no topic ("mitä kuuluu", "how old are
                # you"): it takes one of the entry's keywords or two words.
                confidence *= _LONE_WORD_FACTOR
            matches.append(KbMatch(self.entries[i], confidence))
        matches.sort(key=lambda m: m.confidence, reverse=True)
        return matches[:limit]

    def _weight(self, hits: list[tuple[int, float]]) -> float:
        """How much a query word counts, from the KB words it hit.

        Readings of a lemmatised word ("tuki": tuki, tukea, tukkia) are
        alternatives: the word weighs as its most common reading, so that a
        rare reading does not make a common word look like a topic. A stemmed
        word's keys (stem, written form) are one reading: the rarest counts.
        """
        exact = [self._idf[idx] for idx, sim in hits if sim == 100.0]
        if exact and self._analyzer.tool in ("voikko", "simplemma"):
            return min(exact)
        return max(self._idf[idx] for idx, _ in hits)

    def _variant_cover(self, variant: tuple[tuple[str, ...], ...], vocab_sim: dict[str, float]) -> float:
        got = total = 0.0
        for keys in variant:
            weight = max(self._idf_of[k] for k in keys)
            total += weight
            got += weight * max(vocab_sim.get(k, 0.0) for k in keys) / 100.0
        return got / total

    def match(self, text: str) -> KbMatch | None:
        """The best entry if its confidence reaches the threshold, else None."""
        ranked = self.rank(text, limit=1)
        if ranked and ranked[0].confidence >= self.threshold:
            return ranked[0]
        return None
