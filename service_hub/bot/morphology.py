"""Word analysis before matching: lemmas, compound parts and grammatical tags.

Finnish is highly inflected ("irtisanottiin", "työttömäksi", "kämppään") and
compounds freely ("toimeentulotukihakemuksen"), so rules and the knowledge
base match the words' base forms, not their surface. Four tools sit behind one
interface so that bench/bot.py can compare them on the same labelled set
(docs/benchmarks.md has the table):

- ``voikko``: libvoikko with the voikko-fi morphology (Debian ``libvoikko1``,
  ``voikko-fi``; the PyPI ``libvoikko`` module loads it). Finnish only. Gives
  every reading's base form, the compound's parts, the case of a noun and
  whether a verb is the negation verb or conditional.
- ``snowball``: Snowball stemmers (PyStemmer) for fi, sv and en.
- ``simplemma``: dictionary lemmas for fi, sv and en (large data, slow to load).
- ``surface``: no analysis (the folded word itself), the baseline.

Every analysis is folded (ä -> a, see normalize.py) like the rest of matching.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from dataclasses import dataclass
from typing import Literal, Protocol, get_args

from .lang import Language
from .normalize import fold

log = logging.getLogger(__name__)

Tool = Literal["voikko", "snowball", "simplemma", "surface"]
TOOLS: tuple[Tool, ...] = get_args(Tool)
# Chosen by measurement (bench/bot.py --compare, docs/benchmarks.md).
DEFAULT_TOOLS: dict[Language, Tool] = {"fi": "voikko", "sv": "snowball", "en": "snowball"}
_CACHE_SIZE = 50_000  # distinct words kept per analyzer; a word's analysis never changes


@dataclass(frozen=True, slots=True)
class Analysis:
    lemmas: tuple[str, ...] = ()  # base forms, most likely first; empty: unknown word
    parts: tuple[str, ...] = ()  # base forms of a compound's parts ("toimeentulo", "tuki", ...)
    tags: frozenset[str] = frozenset()  # "neg", "cond", "case:<voikko case name>"


class Analyzer(Protocol):
    tool: Tool

    def analyse(self, word: str) -> Analysis:
        """``word``: one normalized word (lower case, diacritics kept)."""
        ...


class SurfaceAnalyzer:
    tool: Tool = "surface"

    def analyse(self, word: str) -> Analysis:
        return Analysis()


class SnowballAnalyzer:
    tool: Tool = "snowball"
    _NAMES = {"fi": "finnish", "sv": "swedish", "en": "english"}

    def __init__(self, language: Language) -> None:
        import Stemmer  # PyStemmer

        self._stemmer = Stemmer.Stemmer(self._NAMES[language])
        self.analyse = functools.lru_cache(_CACHE_SIZE)(self._analyse)  # type: ignore[method-assign]

    def _analyse(self, word: str) -> Analysis:
        return Analysis(lemmas=(fold(self._stemmer.stemWord(word)),))


class SimplemmaAnalyzer:
    tool: Tool = "simplemma"

    def __init__(self, language: Language) -> None:
        import simplemma

        self._lemmatize = functools.partial(simplemma.lemmatize, lang=language)
        self.analyse = functools.lru_cache(_CACHE_SIZE)(self._analyse)  # type: ignore[method-assign]

    def _analyse(self, word: str) -> Analysis:
        return Analysis(lemmas=(fold(self._lemmatize(word)),))


_PIECE = re.compile(r"\+([^+(]*)(?:\(([^)]*)\))?")
_RESTORABLE = {"a": "aä", "o": "oö"}
_MAX_RESTORED = 6  # letters a/o tried as ä/ö: at most 2**6 look-ups for one unknown word


class VoikkoAnalyzer:
    """Finnish through libvoikko.

    Customers often type without ä/ö ("tyottomaksi"): a word Voikko does not
    know is retried with its a/o letters as ä/ö, and a spoken-language
    participle ("muuttanu", "ollu") with its final -t.
    """

    tool: Tool = "voikko"

    def __init__(self) -> None:
        import libvoikko

        self._voikko = libvoikko.Voikko("fi")
        self.analyse = functools.lru_cache(_CACHE_SIZE)(self._analyse)  # type: ignore[method-assign]

    def _readings(self, word: str) -> list[dict[str, str]]:
        readings = self._voikko.analyze(word)
        if readings or not word.isalpha():
            return readings
        if "ä" not in word and "ö" not in word:
            spots = [i for i, ch in enumerate(word) if ch in _RESTORABLE][:_MAX_RESTORED]
            for choice in itertools.islice(itertools.product(*(_RESTORABLE[word[i]] for i in spots)), 1, None):
                letters = list(word)
                for i, ch in zip(spots, choice, strict=True):
                    letters[i] = ch
                readings = self._voikko.analyze("".join(letters))
                if readings:
                    return readings
        if word[-1] in "uy" and len(word) > 3:
            return self._voikko.analyze(word + "t")
        return []

    def _analyse(self, word: str) -> Analysis:
        lemmas: list[str] = []
        parts: list[str] = []
        tags: set[str] = set()
        for reading in self._readings(word):
            lemma = fold(reading.get("BASEFORM", word))
            lemmas.append(lemma)
            wordbases = reading.get("WORDBASES", "")
            if "PARTICIPLE" in reading and (verb := _PIECE.match(wordbases)) and verb.group(2):
                # "muuttanut", "eronnut", "lomautettu": the verb too, so that
                # a rule names the verb once for all its forms.
                lemmas.append(fold(verb.group(2).replace("=", "")))
            parts += _compound_parts(lemma, wordbases)
            if reading.get("CLASS") == "kieltosana":
                tags.add("neg")
            if reading.get("MOOD") == "conditional":
                tags.add("cond")
            if case := reading.get("SIJAMUOTO"):
                tags.add(f"case:{case}")
        return Analysis(
            tuple(dict.fromkeys(lemmas)), tuple(dict.fromkeys(parts)), frozenset(tags)
        )


def _compound_parts(lemma: str, wordbases: str) -> list[str]:
    """A compound's parts: each part's base form and the lemma's tail from each part on.

    Voikko's WORDBASES reads "+ihmis(ihminen)+asiakas(asiakas)+palveli(palvella)+ja(+ja)":
    pieces as written, each with its base form; "+ja" is a suffix, not a part. For
    "ihmisasiakaspalvelija" that gives ihminen, asiakas, palvella and the tails
    "asiakaspalvelija", "palvelija" - the tail is the inflected compound's head
    in base form, which is what a rule or a KB word names.
    """
    pieces = []
    for m in _PIECE.finditer(wordbases):
        written, base = m.group(1), m.group(2)
        suffix = (base or "").startswith("+") or (base is None and len(written) < 3)
        pieces.append((fold(written.replace("=", "")), None if suffix else fold((base or written).replace("=", ""))))
    if sum(base is not None for _, base in pieces) < 2:
        return []
    parts = []
    offset = 0
    for i, (written, base) in enumerate(pieces):
        if base is not None:
            parts.append(base)
            if i > 0 and offset < len(lemma):
                parts.append(lemma[offset:])
        offset += len(written)
    return parts


def make_analyzer(language: Language, tool: Tool | None = None) -> Analyzer:
    """The analyzer for ``language``; ``tool`` None: the measured default.

    Voikko is Finnish only: asked for another language it gives that
    language's default. A tool whose library is missing falls back to
    Snowball (logged), so that a hub without libvoikko still starts.
    """
    tool = tool or DEFAULT_TOOLS[language]
    if tool == "voikko" and language != "fi":
        tool = DEFAULT_TOOLS[language]
    try:
        if tool == "voikko":
            return VoikkoAnalyzer()
        if tool == "snowball":
            return SnowballAnalyzer(language)
        if tool == "simplemma":
            return SimplemmaAnalyzer(language)
    except Exception as exc:  # ImportError, OSError, libvoikko.VoikkoException
        log.error("bot: morphology tool %s unavailable for %s (%s); using snowball", tool, language, exc)
        return SnowballAnalyzer(language)
    if tool == "surface":
        return SurfaceAnalyzer()
    raise ValueError(f"unknown morphology tool {tool!r}")
