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

    assert set_ui_language(qapp, lang, CATALOGS) == ([] if lang == "en" else ["customer_client"])
    assert texts().problem(Problem.QUEUE_CLOSED) == expected
    rtl = Qt.LayoutDirection.RightToLeft
    assert (qapp.layoutDirection() == rtl) == (lang == "ckb")
    set_ui_language(qapp, "en", CATALOGS)


def test_plural_wait(qapp: QApplication) -> None:
    from customer_client.domain.waiting import describe_wait

    set_ui_language(qapp, "ru", CATALOGS)
    assert texts().wait(describe_wait(5 * 60)) == "Примерное ожидание: около 5 минут"
    set_ui_language(qapp, "en", CATALOGS)
    assert texts().wait(describe_wait(60)) == "Estimated wait: about 1 minute(s)" or \
        texts().wait(describe_wait(60)).startswith("Estimated wait: about 1 minute")


def test_smoke_test_flag_exits_zero(tmp_path: Any) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-m", "customer_client.app", "--smoke-test",
                          "--hub-url", "ws://127.0.0.1:9/ws"], env=env, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0 and "SMOKE-TEST OK" in out.stdout
