"""Which JSON the protocol accepts, the same whatever database the hub runs on.

A client frame is I-JSON (RFC 7493): no NaN or Infinity, no duplicate member
names, integers within +-(2**53 - 1), no unpaired surrogates and no Unicode
noncharacters. On top of that the protocol's text has no control characters
but tab, line feed and carriage return, and a frame nests at most
``MAX_DEPTH`` levels.

Why: PostgreSQL cannot store NUL, neither database can store an unpaired
surrogate (not UTF-8), SQLAlchemy binds integers as 32- or 64-bit values, and
control characters are never typed text (C1's CSI is a terminal escape in a
log or a CSV export). Refusing them here, before a handler runs, makes every
such frame the sender's ``error`` and keeps it out of the store's shared
write batches. Clients clean typed text before sending (``clean_text``), so
only a broken or hostile client ever hears the refusal.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_DEPTH = 16
MAX_SAFE_INT = 2**53 - 1

_ASTRAL_NONCHARACTER_SET = "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 17)
)
_NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff" + _ASTRAL_NONCHARACTER_SET
# C0 but tab, LF and CR; DEL and C1; unpaired surrogates; noncharacters.
_REFUSED = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff{_NONCHARACTERS}]")
# The same split for speed on every frame: the astral noncharacters make the
# one class above six times slower to search, and astral text is rare.
_REFUSED_BMP = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_ASTRAL_NONCHARACTERS = re.compile(f"[{_ASTRAL_NONCHARACTER_SET}]")
# What a client does with typed or pasted text: the refused line-like breaks
# (vertical tab, form feed, NEL: pasted from word processors) become "\n".
_LINE_BREAKS = re.compile("[\x0b\x0c\x85]")


class WireError(ValueError):
    """Input outside the accepted JSON; ``code`` as in ``frames.ProtocolError``."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _no_constants(name: str) -> Any:
    raise WireError("bad_json", f"{name} is not a number in this protocol.")


def _members(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise WireError("bad_json", "A JSON object names a member twice.")
    return obj


# One decoder for every frame (json.loads with options builds a new one each call).
_DECODER = json.JSONDecoder(parse_constant=_no_constants, object_pairs_hook=_members)


def loads(raw: str | bytes) -> Any:
    """Parse ``raw`` as JSON without NaN, Infinity or duplicate member names;
    raises ``WireError`` (never RecursionError). ``check`` does the rest of I-JSON."""
    try:
        if isinstance(raw, bytes | bytearray):
            raw = raw.decode(json.detect_encoding(raw), "surrogatepass")  # as json.loads does
        return _DECODER.decode(raw)
    except RecursionError:
        raise WireError("bad_frame", f"Frames nest at most {MAX_DEPTH} levels.") from None
    except WireError:
        raise
    except (ValueError, UnicodeDecodeError):  # not JSON; an integer of over 4300 digits
        raise WireError("bad_json", "The frame is not valid JSON.") from None


def check(value: Any, depth: int = 0) -> None:
    """Refuse text and nesting outside the protocol anywhere in a loaded frame."""
    if isinstance(value, str):
        if _REFUSED_BMP.search(value) or (
                not value.isascii() and _ASTRAL.search(value) and _ASTRAL_NONCHARACTERS.search(value)):
            raise WireError("bad_text", "Text may not contain control characters or invalid Unicode.")
    elif isinstance(value, int):
        if abs(value) > MAX_SAFE_INT:
            raise WireError("bad_json", "Integers are limited to +-(2**53 - 1).")
    elif isinstance(value, dict | list):
        if depth >= MAX_DEPTH:
            raise WireError("bad_frame", f"Frames nest at most {MAX_DEPTH} levels.")
        if isinstance(value, dict):
            for key, item in value.items():
                check(key, depth)
                check(item, depth + 1)
        else:
            for item in value:
                check(item, depth + 1)


def clean_text(text: str) -> str:
    """Typed or pasted text as the protocol accepts it: line-like breaks as
    ``\\n``, other control characters, unpaired surrogates and noncharacters
    dropped. Clients send this; the hub refuses what it would have changed."""
    return _REFUSED.sub("", _LINE_BREAKS.sub("\n", text))


def clean(value: Any) -> Any:
    """``clean_text`` on every string (keys too) of a JSON-like value."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(k): clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean(v) for v in value]
    return value
