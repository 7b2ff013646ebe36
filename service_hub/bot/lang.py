"""Languages the bot speaks and where its resource files live."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, get_args

Language = Literal["fi", "sv", "en"]
LANGUAGES: tuple[Language, ...] = get_args(Language)

# resources/ is data, not a Python package, so it is found relative to the
# repository root; the hub may pass another directory (e.g. from platformdirs
# or a PyInstaller bundle) to every loader instead.
DEFAULT_RESOURCE_DIR = Path(__file__).resolve().parents[2] / "resources" / "bot"


def check_language(language: str) -> Language:
    """Return ``language`` as a Language or raise ValueError (wire input is untrusted)."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported bot language: {language!r}")
    return language  # type: ignore[return-value]
