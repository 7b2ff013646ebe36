"""Pattern rules: "the customer asks for a human" and "a wider life change".

Both are data (resources/bot/human_request.json, life_events.json) so that the
content owner can tune them without touching code. Patterns are matched on
folded text (see normalize.py) and are folded themselves when loaded.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from .lang import DEFAULT_RESOURCE_DIR, LANGUAGES
from .normalize import fold


class LifeEvent(StrEnum):
    JOB_LOSS = "job_loss"
    SEPARATION = "separation"
    DEATH = "death"
    BIRTH = "birth"
    MOVING = "moving"
    ILLNESS = "illness"
    PRISON_RELEASE = "prison_release"


def _fold_pattern(pattern: str) -> re.Pattern[str]:
    # fold() would also strip the regex punctuation, so only lower-case and
    # map the letters that fold() maps.
    table = str.maketrans({"ä": "a", "å": "a", "ö": "o", "Ä": "a", "Å": "a", "Ö": "o"})
    return re.compile(pattern.casefold().translate(table))


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Compiled human-request and life-event patterns for all languages."""

    human_request: tuple[re.Pattern[str], ...]
    event_patterns: dict[LifeEvent, tuple[re.Pattern[str], ...]]

    @classmethod
    def load(cls, resource_dir: Path = DEFAULT_RESOURCE_DIR) -> RuleSet:
        human = json.loads((resource_dir / "human_request.json").read_text(encoding="utf-8"))
        events = json.loads((resource_dir / "life_events.json").read_text(encoding="utf-8"))
        # Every language's patterns are applied to every message: customers mix
        # languages, and the phrases do not collide across fi/sv/en.
        human_patterns = tuple(
            _fold_pattern(p) for lang in LANGUAGES for p in human["patterns"][lang]
        )
        event_patterns = {
            LifeEvent(name): tuple(_fold_pattern(p) for lang in LANGUAGES for p in per_lang[lang])
            for name, per_lang in events["events"].items()
        }
        missing = set(LifeEvent) - set(event_patterns)
        if missing:
            raise ValueError(f"life_events.json lacks {sorted(missing)}")
        return cls(human_patterns, event_patterns)

    def asks_for_human(self, text: str) -> bool:
        folded = fold(text)
        return any(p.search(folded) for p in self.human_request)

    def life_events(self, text: str) -> frozenset[LifeEvent]:
        folded = fold(text)
        return frozenset(
            event
            for event, patterns in self.event_patterns.items()
            if any(p.search(folded) for p in patterns)
        )
