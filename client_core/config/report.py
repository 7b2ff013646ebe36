"""Plain-text support report: versions, every setting with its source, problems.

Meant to be pasted into a support ticket, so secrets are never included.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import platform
import sys
from datetime import UTC, datetime

from .settings import Settings

DIST_NAME = "kela-remote-service"


def _dist_version(name: str) -> str | None:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def _module_version(module: str, dist: str) -> str:
    try:
        mod = importlib.import_module(module)
    except Exception as exc:  # noqa: BLE001 - a broken install is what the report is for
        return f"not available ({type(exc).__name__}: {exc})"
    return str(getattr(mod, "__version__", None) or _dist_version(dist) or "unknown version")


def _qt_version() -> str:
    try:
        import PySide6
        from PySide6 import QtCore
    except Exception as exc:  # noqa: BLE001
        return f"not available ({type(exc).__name__})"
    return f"PySide6 {PySide6.__version__}, Qt runtime {QtCore.qVersion()}"


def _av_version() -> str:
    text = _module_version("av", "av")
    try:
        import av

        ffmpeg = getattr(av, "ffmpeg_version_info", None)
        return f"{text}, FFmpeg {ffmpeg}" if ffmpeg else text
    except Exception:  # noqa: BLE001
        return text


def component_versions() -> list[tuple[str, str]]:
    frozen = " (bundled)" if getattr(sys, "frozen", False) else ""
    return [
        ("Program", f"{_dist_version(DIST_NAME) or 'unknown version'}{frozen}"),
        (
            "Python",
            f"{platform.python_version()} {platform.python_implementation()}"
            f" {platform.architecture()[0]}",
        ),
        ("OS", f"{platform.platform()} ({platform.machine()})"),
        ("Qt", _qt_version()),
        ("aiortc", _module_version("aiortc", "aiortc")),
        ("av", _av_version()),
    ]


def support_report(settings: Settings, *, now: datetime | None = None) -> str:
    """Copyable plain text for a support ticket."""
    now = now or datetime.now(UTC)
    app = settings.app
    lines = [
        f"{app.vendor} {app.display_name} support report",
        f"Generated: {now.isoformat(timespec='seconds')}",
        "",
        "Versions",
    ]
    lines += [f"  {name}: {value}" for name, value in component_versions()]
    lines += [
        "",
        "Locations",
        f"  User settings: {settings.user_settings_path or '-'}",
        f"  Machine policy: {settings.policy_location or '-'}",
        "",
        "Settings (value - source)",
    ]
    for row in settings.rows():
        lock = ", locked by IT" if row.locked else ""
        where = "" if row.source in ("default", "command line") else f" [{row.location}]"
        lines.append(f"  {row.key} = {row.display} - {row.source}{lock}{where}")
    lines += ["", "Problems"]
    lines += [f"  - {p}" for p in settings.problems] or ["  none"]
    return "\n".join(lines) + "\n"
