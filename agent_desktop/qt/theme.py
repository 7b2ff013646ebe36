"""Two looks: the calm default and a high-contrast one (stylesheet + bubble colours).

Widgets take their colours from the stylesheet in resources/styles/; the
transcript delegate paints, so it takes its colours from a BubbleColors.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from client_core.config import resources_dir

THEMES = ("default", "high-contrast")


@dataclass(frozen=True)
class BubbleColors:
    customer: QColor
    customer_text: QColor
    customer_border: QColor | None
    own: QColor
    own_text: QColor
    bot: QColor
    bot_text: QColor
    bot_border: QColor
    meta: QColor
    divider: QColor
    divider_text: QColor
    header: QColor
    header_text: QColor
    selection: QColor
    background: QColor  # the transcript's own (its style sheet's) background


DEFAULT_COLORS = BubbleColors(
    customer=QColor("#eef2f6"), customer_text=QColor("#1d2a36"), customer_border=None,
    own=QColor("#dcebf7"), own_text=QColor("#10283c"),
    bot=QColor("#f6f3fb"), bot_text=QColor("#3a3350"), bot_border=QColor("#cfc6e4"),
    meta=QColor("#5b6b7a"), divider=QColor("#c9d3dc"), divider_text=QColor("#3f5364"),
    header=QColor("#f1eff7"), header_text=QColor("#3a3350"), selection=QColor("#2f6fa5"),
    background=QColor("#ffffff"),
)
HIGH_CONTRAST_COLORS = BubbleColors(
    customer=QColor("#000000"), customer_text=QColor("#ffffff"), customer_border=QColor("#ffffff"),
    own=QColor("#00245a"), own_text=QColor("#ffffff"),
    bot=QColor("#1a1a1a"), bot_text=QColor("#ffff66"), bot_border=QColor("#ffff66"),
    meta=QColor("#ffffff"), divider=QColor("#ffffff"), divider_text=QColor("#ffffff"),
    header=QColor("#000000"), header_text=QColor("#ffff66"), selection=QColor("#00ffff"),
    background=QColor("#000000"),
)


def colors_for(theme: str) -> BubbleColors:
    return HIGH_CONTRAST_COLORS if theme == "high-contrast" else DEFAULT_COLORS


def _scaled(qss: str, scale: float, base_pt: float) -> str:
    """Every 'Npt' in the sheet times ``scale``, plus a base size for all widgets.

    A style sheet pins fonts, so QApplication.setFont alone would not enlarge
    headings styled here; scaling the sheet keeps the proportions.
    """
    import re

    body = re.sub(r"(\d+(?:\.\d+)?)pt", lambda m: f"{float(m.group(1)) * scale:.1f}pt", qss)
    return f"QWidget {{ font-size: {base_pt * scale:.1f}pt; }}\n" + body


def apply_theme(app: QApplication, theme: str, scale: float = 1.0, base_pt: float = 10.0) -> None:
    name = "high_contrast.qss" if theme == "high-contrast" else "agent_desktop.qss"
    path = resources_dir() / "styles" / name
    try:
        # Style sheets need absolute icon paths; the bundle moves resources/.
        icons = (resources_dir() / "icons").as_posix()
        sheet = path.read_text(encoding="utf-8").replace("@ICONS@", icons)
        app.setStyleSheet(_scaled(sheet, scale, base_pt))
    except OSError:
        app.setStyleSheet("")
    app.setProperty("agentTheme", theme)
    _current[0] = colors_for(theme)


_current = [DEFAULT_COLORS]  # set by apply_theme; read on every paint of a row


def current_colors() -> BubbleColors:
    return _current[0]
