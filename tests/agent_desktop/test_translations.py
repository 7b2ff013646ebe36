"""The desktop ships in Finnish and Swedish: every user-visible string is translated."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def _translated(message: ET.Element) -> bool:
    t = message.find("translation")
    if t is None or t.get("type") == "unfinished":
        return False
    forms = t.findall("numerusform")  # plural forms: every one filled
    return all((f.text or "").strip() for f in forms) if forms else bool((t.text or "").strip())


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_desktop_string_is_translated(lang: str) -> None:
    root = ET.parse(TRANSLATIONS / f"agent_desktop_{lang}.ts").getroot()
    untranslated = [m.findtext("source") for m in root.iter("message") if not _translated(m)]
    assert not untranslated, untranslated[:10]
    assert (TRANSLATIONS / f"agent_desktop_{lang}.qm").stat().st_mtime >= 0
