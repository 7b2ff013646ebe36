"""All customer-facing strings ship in fi, sv, ru and ckb; Sorani turns the UI around."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from client_core.i18n import TRANSLATIONS_DIR, set_ui_language
from customer_client.qt.main_window import CATALOGS
from customer_client.qt.texts import texts


@pytest.mark.parametrize("lang", ["fi", "sv", "ru", "ckb"])
def test_catalog_is_complete(lang: str) -> None:
    root = ET.parse(TRANSLATIONS_DIR / f"customer_client_{lang}.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 150
    for m in messages:
        tr = m.find("translation")
        assert tr is not None and tr.get("type") is None, m.find("source").text
        assert (tr.text or "").strip() or len(tr) > 0, m.find("source").text
    assert (TRANSLATIONS_DIR / f"customer_client_{lang}.qm").exists()


@pytest.mark.parametrize(("lang", "expected"), [
    ("fi", "Palvelu on nyt suljettu."), ("sv", "Tjänsten är stängd just nu."),
    ("ru", "Сейчас служба закрыта."), ("ckb", "خزمەتگوزارییەکە ئێستا داخراوە."),
    ("en", "The service is closed right now."),
])
def test_texts_follow_the_language(qapp: QApplication, lang: str, expected: str) -> None:
    from customer_client.domain.problems import Problem

    assert set_ui_language(qapp, lang, CATALOGS) == ["customer_client"]
    assert texts().problem(Problem.QUEUE_CLOSED) == expected
    rtl = Qt.LayoutDirection.RightToLeft
    assert (qapp.layoutDirection() == rtl) == (lang == "ckb")
    set_ui_language(qapp, "en", CATALOGS)


# n -> the form each language needs (Russian: one, few, many).
PLURALS = {
    "en": {1: "1 minute", 2: "2 minutes", 7: "7 minutes", 21: "21 minutes"},
    "fi": {1: "1 minuutti", 2: "2 minuuttia", 7: "7 minuuttia", 21: "21 minuuttia"},
    "sv": {1: "1 minut", 2: "2 minuter", 7: "7 minuter", 21: "21 minuter"},
    "ru": {1: "1 минуты", 2: "2 минут", 5: "5 минут", 21: "21 минуты", 22: "22 минут",
           25: "25 минут"},
    "ckb": {1: "١ خولەک", 7: "٧ خولەک", 21: "٢١ خولەک"},
}


@pytest.mark.parametrize("lang", sorted(PLURALS))
def test_plural_wait(qapp: QApplication, lang: str) -> None:
    """Qt's plural forms (%Ln) in every language: never "minute(s)"; the number in the
    language's digits."""
    from customer_client.domain.waiting import WaitKind, WaitText

    set_ui_language(qapp, lang, CATALOGS)
    for n, words in PLURALS[lang].items():
        text = texts().wait(WaitText(WaitKind.MINUTES, n))
        assert text.endswith(words) and "(s)" not in text, (n, text)
    set_ui_language(qapp, "en", CATALOGS)


@pytest.mark.parametrize("lang", ["en", "fi", "sv", "ru", "ckb"])
def test_every_plural_message_has_its_forms(lang: str) -> None:
    """Each %n message of the catalog has as many filled forms as the language has
    (English too: its catalog holds only these)."""
    forms = {"en": 2, "fi": 2, "sv": 2, "ru": 3, "ckb": 2}[lang]
    root = ET.parse(TRANSLATIONS_DIR / f"customer_client_{lang}.ts").getroot()
    plural = [m for m in root.iter("message") if m.get("numerus") == "yes"]
    assert len(plural) >= 3
    for m in plural:
        filled = [f.text for f in m.iter("numerusform") if (f.text or "").strip()]
        assert len(filled) == forms, m.find("source").text
        assert all("%n" in f or "%Ln" in f for f in filled), m.find("source").text


def test_smoke_test_flag_exits_zero(tmp_path: Any) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-m", "customer_client.app", "--smoke-test",
                          "--hub-url", "ws://127.0.0.1:9/ws"], env=env, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0 and "SMOKE-TEST OK" in out.stdout


def test_a_files_line_in_sorani_has_one_kind_of_digits(qapp: QApplication) -> None:
    """The page count and the size both in Eastern Arabic digits, with the Arabic comma
    (the count came out Western beside an Eastern size, after a Latin comma)."""
    from types import SimpleNamespace

    set_ui_language(qapp, "ckb", CATALOGS)
    try:
        line = texts().attachment(SimpleNamespace(name="vuokrasopimus-2026.pdf", kind="pdf",
                                                  pages=3, size=184_320)).split("\n")[1]
    finally:
        set_ui_language(qapp, "en", CATALOGS)
    assert not any(c in "0123456789" for c in line), line
    assert "٣" in line and "١٨٠" in line, line
    assert ", " not in line, line
