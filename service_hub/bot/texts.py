"""User-facing bot texts (resources/bot/texts.json + service_info.json)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .lang import DEFAULT_RESOURCE_DIR, LANGUAGES, Language
from .rules import LifeEvent


@dataclass(frozen=True, slots=True)
class BotTexts:
    texts: dict[str, Any]
    service_info: dict[str, Any]

    @classmethod
    def load(cls, resource_dir: Path = DEFAULT_RESOURCE_DIR) -> BotTexts:
        texts = json.loads((resource_dir / "texts.json").read_text(encoding="utf-8"))
        info = json.loads((resource_dir / "service_info.json").read_text(encoding="utf-8"))
        for key, per_lang in texts.items():
            if key.startswith("_") or key == "life_event_names":
                continue
            missing = [lang for lang in LANGUAGES if not per_lang.get(lang)]
            if missing:
                raise ValueError(f"texts.json: {key} lacks {missing}")
        return cls(texts, info)

    def get(self, key: str, language: Language, **values: str) -> str:
        return self.texts[key][language].format(**values)

    def event_names(self, events: Iterable[LifeEvent], language: Language) -> str:
        names = self.texts["life_event_names"]
        return ", ".join(names[str(e)][language] for e in sorted(events))

    def contact_info(self, language: Language) -> list[str]:
        """Where to turn when the chat cannot take the customer: phone, then office."""
        phone = self.service_info["phone_service"][language]
        if phone.get("number"):
            phone_text = self.get(
                "contact_phone_number", language, phone=phone["number"], phone_hours=phone["hours"]
            )
        else:
            phone_text = self.get("contact_phone", language, phone_hours=phone["hours"])
        office = self.get("contact_office", language, office=self.service_info["office"][language])
        return [phone_text, office]

    def chat_hours(self, language: Language) -> str:
        return self.service_info["chat_hours"][language]
