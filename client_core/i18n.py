"""UI languages: Qt translators from resources/translations and text direction.

Catalogs are Qt Linguist files, ``<catalog>_<lang>.ts``, compiled to ``.qm``
by ``scripts/translations.sh``. English is the source language; its catalog
holds only the plural forms ("%n minute(s)" -> "1 minute" / "7 minutes").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
UI_LANGUAGES = ("fi", "sv", "en", "ru", "ckb")
RIGHT_TO_LEFT = frozenset({"ckb"})
# The Qt locale of each UI language: Finland's conventions for Finnish and Swedish,
# British English (09:00, 13.3 %), Sorani as written in Iraq (Eastern Arabic digits).
LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB", "ru": "ru_RU", "ckb": "ckb_IQ"}
# Each language's name in itself, for language pickers.
NATIVE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English", "ru": "Русский", "ckb": "کوردی"}

_installed: list[QTranslator] = []
_current = "en"  # the source language until set_ui_language is called


def current_language() -> str:
    """The UI language last set with set_ui_language."""
    return _current


def layout_direction(language: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight


def set_ui_language(app: QCoreApplication, language: str, catalogs: tuple[str, ...]) -> list[str]:
    """Swap the installed translators; returns the catalogs that loaded.

    Widgets retranslate on QEvent.LanguageChange, which Qt sends to every
    widget when translators change.
    """
    global _current
    _current = language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded = []
    for catalog in catalogs:
        translator = QTranslator(app)
        if translator.load(str(TRANSLATIONS_DIR / f"{catalog}_{language}.qm")):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(catalog)
    QLocale.setDefault(QLocale(LOCALES.get(language, language)))
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(layout_direction(language))  # type: ignore[attr-defined]
    return loaded
