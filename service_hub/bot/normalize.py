"""Text normalisation shared by KB matching and the rule detectors.

Two forms exist on purpose: ``normalize`` keeps å/ä/ö (they carry meaning and
are what we log), ``fold`` maps them to a/a/o so that a customer typing on a
keyboard without them ("tyottomyys", "sahko") still matches. Matching always
compares folded text on both sides.
"""

from __future__ import annotations

import re
import unicodedata

_PUNCT = re.compile(r"[^\w\s]|_", re.UNICODE)
# "don't", "I'm": one word, as customers also type them ("dont", "im").
_APOSTROPHE = re.compile(r"(?<=\w)['’´`](?=\w)")
_SPACE = re.compile(r"\s+")
# ä/å -> a, ö -> o, also é, ü ... via NFKD; done after lower-casing.
_FOLD_TABLE = str.maketrans({"ä": "a", "å": "a", "ö": "o", "æ": "a", "ø": "o"})


def normalize(text: str) -> str:
    """Lower-case, unify Unicode forms, turn punctuation into spaces, collapse spaces."""
    text = join_apostrophes(unicodedata.normalize("NFC", text).casefold())
    text = _PUNCT.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


def join_apostrophes(text: str) -> str:
    return _APOSTROPHE.sub("", text)


def fold(text: str) -> str:
    """``normalize`` and then drop diacritics (ä->a, ö->o, å->a, é->e ...)."""
    text = normalize(text).translate(_FOLD_TABLE)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(text: str) -> list[str]:
    """Folded word tokens of ``text``."""
    return fold(text).split()
