"""Rules: "the customer asks for a human" and "a wider change in life".

Both are data (resources/bot/rules.<lang>.json) so that the content owner can
tune them without touching code: word patterns (patterns.py) over the
analysed message (scan.py, morphology.py), per language, plus the words that
steer them: spoken forms, clause words, and negation, "not yet" and
hypothetical cues.

Defined behaviour for a rule that matches:
- negated ("en ole menettänyt työtäni", "I don't want an agent"): ignored;
- negated but "not yet" ("en ole vielä muuttanut", "the baby isn't born
  yet"): a change on its way, EXPECTED: the bot still suggests an expert;
- inside "if", a conditional or a risk ("jos jään työttömäksi", "what if I
  get laid off"): HYPOTHETICAL: the bot still suggests an expert, in words
  that do not assume the change has happened;
- otherwise STATED.
A negation counts when it is in the same clause, at most 4 words before the
match or 2 after it ("lomautusta ei tullut"; "negation_reach" in the
language's file changes that); a rule negated anywhere in the
message is dropped from all of it. An exclusion pattern of the same rule in
the same clause cancels the match (e.g. "irtisanoin vuokrasopimuksen" is not
a job loss).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from .lang import DEFAULT_RESOURCE_DIR, LANGUAGES, Language, check_language
from .morphology import Analyzer, Tool, make_analyzer
from .normalize import fold
from .patterns import PatternIndex, compile_pattern
from .scan import Lexicon, Word, scan


class LifeEvent(StrEnum):
    JOB_LOSS = "job_loss"
    SEPARATION = "separation"
    DEATH = "death"
    BIRTH = "birth"
    MOVING = "moving"
    ILLNESS = "illness"
    PRISON_RELEASE = "prison_release"


class Mood(StrEnum):
    STATED = "stated"
    EXPECTED = "expected"  # "not yet": on its way
    HYPOTHETICAL = "hypothetical"


HUMAN = "human"
_NEG, _YET, _HYP = "?neg", "?yet", "?hyp"
_REACH = {"before": 4, "after": 2}  # words a negation reaches, unless the language says


@dataclass(frozen=True, slots=True)
class Understanding:
    human: bool = False
    events: Mapping[LifeEvent, Mood] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class LanguageRules:
    language: Language
    analyzer: Analyzer
    lexicon: Lexicon
    index: PatternIndex
    reach: tuple[int, int]  # words a negation reaches before and after a match

    @classmethod
    def load(cls, language: Language, resource_dir: Path, tool: Tool | None) -> LanguageRules:
        raw = json.loads((resource_dir / f"rules.{language}.json").read_text(encoding="utf-8"))
        analyzer = make_analyzer(language, tool)
        lexicon = Lexicon(
            colloquial={fold(k): v for k, v in raw.get("colloquial", {}).items()},
            clause_breaks=frozenset(fold(w) for w in raw.get("clause_breaks", ())),
        )
        labelled: list[tuple[str, str]] = []
        for label, key in ((_NEG, "negation"), (_YET, "not_yet"), (_HYP, "hypothetical")):
            labelled += [(label, p) for p in raw[key]]
        rules = {HUMAN: raw["human_request"], **raw["events"]}
        missing = {str(e) for e in LifeEvent} - set(raw["events"])
        if missing:
            raise ValueError(f"rules.{language}.json lacks events {sorted(missing)}")
        for label, rule in rules.items():
            labelled += [(label, p) for p in rule["patterns"]]
            labelled += [("-" + label, p) for p in rule.get("exclude", ())]
        try:
            compiled = [(label, compile_pattern(p, analyzer)) for label, p in labelled]
        except ValueError as exc:
            raise ValueError(f"rules.{language}.json: {exc}") from exc
        reach = {**_REACH, **raw.get("negation_reach", {})}
        return cls(language, analyzer, lexicon, PatternIndex(compiled), (reach["before"], reach["after"]))

    def understand(self, text: str) -> Understanding:
        words = scan(text, self.analyzer, self.lexicon)
        found = self.index.matches(words)
        cues: dict[str, list[tuple[int, int]]] = {_NEG: [], _YET: [], _HYP: []}
        excluded: set[tuple[str, int]] = set()
        for label, _, span in found:
            if label in cues:
                cues[label].append(span)
            elif label.startswith("-"):
                excluded.add((label[1:], words[span[0]].clause))
        moods: dict[str, Mood] = {}
        denied: set[str] = set()
        for label, pattern, span in found:
            if label in cues or label.startswith("-") or (label, words[span[0]].clause) in excluded:
                continue
            mood = _mood(words, span, cues, pattern.idiom_negation, self.reach)
            if mood is None:
                denied.add(label)
            elif label not in moods or _FIRMNESS.index(mood) < _FIRMNESS.index(moods[label]):
                moods[label] = mood  # the firmest reading wins
        # A change denied anywhere in the message is not suggested from another
        # clause of it: "kukaan ei ole kuollut, kysyn hautajaiskuluista".
        for label in denied:
            moods.pop(label, None)
        events = {LifeEvent(label): mood for label, mood in moods.items() if label != HUMAN}
        return Understanding(HUMAN in moods, events)


_FIRMNESS = list(Mood)


def _mood(
    words: list[Word],
    span: tuple[int, int],
    cues: dict[str, list[tuple[int, int]]],
    idiom: bool,
    reach: tuple[int, int],
) -> Mood | None:
    """None when negated (and not "not yet"), else how the change is told."""
    clause = words[span[0]].clause

    def near(cue: tuple[int, int]) -> bool:
        if words[cue[0]].clause != clause:
            return False
        if idiom and span[0] <= cue[0] and cue[1] <= span[1]:
            return False
        return cue[1] >= span[0] - reach[0] and cue[0] <= span[1] + reach[1]

    if any(near(neg) for neg in cues[_NEG]):
        if any(words[yet[0]].clause == clause for yet in cues[_YET]):
            return Mood.EXPECTED
        return None
    if any(words[hyp[0]].clause == clause for hyp in cues[_HYP]):
        return Mood.HYPOTHETICAL
    return Mood.STATED


class RuleSet:
    """Compiled rules for every language the bot speaks."""

    def __init__(self, per_language: Mapping[Language, LanguageRules]) -> None:
        self.per_language = dict(per_language)

    @classmethod
    def load(
        cls,
        resource_dir: Path = DEFAULT_RESOURCE_DIR,
        morphology: Tool | Mapping[Language, Tool] | None = None,
    ) -> RuleSet:
        """``morphology``: one tool for every language, a tool per language, or None (defaults)."""
        tools = morphology if isinstance(morphology, Mapping) else dict.fromkeys(LANGUAGES, morphology)
        return cls({lang: LanguageRules.load(lang, resource_dir, tools.get(lang)) for lang in LANGUAGES})

    def analyzer(self, language: str) -> Analyzer:
        return self.per_language[check_language(language)].analyzer

    def lexicon(self, language: str) -> Lexicon:
        return self.per_language[check_language(language)].lexicon

    def understand(self, text: str, language: str) -> Understanding:
        return self.per_language[check_language(language)].understand(text)

    def asks_for_human(self, text: str, language: str) -> bool:
        return self.understand(text, language).human

    def life_events(self, text: str, language: str) -> frozenset[LifeEvent]:
        return frozenset(self.understand(text, language).events)
