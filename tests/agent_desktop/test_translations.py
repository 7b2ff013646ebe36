"""The desktop ships in Finnish and Swedish: every user-visible string is translated."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_desktop_string_is_translated(lang: str) -> None:
    root = ET.parse(TRANSLATIONS / f"agent_desktop_{lang}.ts").getroot()
    untranslated = [m.findtext("source") for m in root.iter("message")
                    if m.find("translation") is None or m.find("translation").get("type") == "unfinished"
                    or not (m.findtext("translation") or "").strip()]
    assert not untranslated, untranslated[:10]
    assert (TRANSLATIONS / f"agent_desktop_{lang}.qm").stat().st_mtime >= 0
