"""Canned responses per language: load, search, expand ``/shortcut`` text.

Files are ``resources/canned/<lang>.json``: a list of objects with ``id``,
``title``, ``text`` and an optional ``shortcut`` (e.g. ``/hello``).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CannedResponse:
    id: str
    title: str
    text: str
    shortcut: str = ""
    language: str = "fi"

    def matches(self, query: str) -> bool:
        words = query.casefold().split()
        hay = f"{self.title} {self.text} {self.shortcut}".casefold()
        return all(w in hay for w in words)


class CannedLibrary:
    def __init__(self, responses: list[CannedResponse]) -> None:
        self.responses = responses

    @classmethod
    def load(cls, directory: Path, languages: tuple[str, ...] = ("fi", "sv", "en")) -> CannedLibrary:
        out: list[CannedResponse] = []
        for lang in languages:
            path = directory / f"{lang}.json"
            try:
                items = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                log.warning("canned responses %s not loaded: %s", path, exc)
                continue
            for item in items if isinstance(items, list) else []:
                if not isinstance(item, dict) or not item.get("text"):
                    continue
                out.append(CannedResponse(
                    id=str(item.get("id") or len(out)), title=str(item.get("title") or item["text"][:40]),
                    text=str(item["text"]), shortcut=str(item.get("shortcut") or ""), language=lang,
                ))
        return cls(out)

    def for_language(self, language: str) -> list[CannedResponse]:
        own = [r for r in self.responses if r.language == language]
        # No canned texts in, say, Russian yet: English is the fallback.
        return own or [r for r in self.responses if r.language == "en"]

    def search(self, language: str, query: str) -> list[CannedResponse]:
        return [r for r in self.for_language(language) if r.matches(query)]

    def expand(self, language: str, text: str) -> str | None:
        """If the whole composer text is a shortcut, the response to put there."""
        key = text.strip()
        if not key.startswith("/"):
            return None
        for r in self.for_language(language):
            if r.shortcut and r.shortcut == key:
                return r.text
        return None
