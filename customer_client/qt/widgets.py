"""Small building blocks with the client's look: big, plain-text, keyboard-reachable."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from client_core.qt.announce import announce
from client_core.qt.meter import QuietMeter

from .look import px, text_scale


def label(role: str = "body", text: str = "") -> QLabel:
    """A word-wrapped label that never interprets its text as HTML."""
    widget = QLabel(text)
    widget.setObjectName(role)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return widget


def tab_order(*widgets: QWidget) -> None:
    """Tab moves through ``widgets`` in this order (set once a page is assembled)."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def button(role: str = "secondary", text: str = "") -> QPushButton:
    widget = QPushButton(text)
    widget.setObjectName(role)  # primary / secondary / choice / danger: see style.qss
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    widget.setAutoDefault(True)  # Enter presses the focused button, not only Space
    # Never narrower than its text: at 200 % text the page scrolls instead of cutting it.
    widget.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    return widget


class ChoiceButton(QPushButton):
    """A big choice card ("Chat about …\nThe assistant answers first …") whose text wraps
    to the button's width, so that large text (200 %) grows it downwards instead of
    cutting it off or pushing the page sideways. A screen reader gets the text unbroken."""

    PAD_X, PAD_Y, BORDER = 26, 14, 3  # style.qss: QPushButton#choice padding, focus border

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.setObjectName("choice")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoDefault(True)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.full_text = ""
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.full_text = text
        self.setAccessibleName(text)
        self._rewrap(self.width())
        self.updateGeometry()

    def _room(self, width: int) -> int:
        return max(1, width - 2 * (px(self.PAD_X) + self.BORDER))

    def _lines(self, width: int) -> list[str]:
        metrics, room, lines = self.fontMetrics(), self._room(width), []
        for paragraph in self.full_text.split("\n"):
            line = ""
            for word in paragraph.split(" "):
                candidate = f"{line} {word}" if line else word
                if line and metrics.horizontalAdvance(candidate) > room:
                    lines.append(line)
                    line = word
                else:
                    line = candidate
            lines.append(line)
        return lines

    def _rewrap(self, width: int) -> None:
        wrapped = "\n".join(self._lines(width)) if width > 0 else self.full_text
        if wrapped != self.text():
            self.setText(wrapped)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._rewrap(event.size().width())
        super().resizeEvent(event)

    def heightForWidth(self, width: int) -> int:
        lines = len(self._lines(width))
        return max(self.minimumHeight(), lines * self.fontMetrics().lineSpacing()
                   + 2 * (px(self.PAD_Y) + self.BORDER))

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        self.ensurePolished()
        metrics = self.fontMetrics()
        width = max(metrics.horizontalAdvance(line) for line in self.full_text.split("\n"))
        width += 2 * (px(self.PAD_X) + self.BORDER)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        self.ensurePolished()
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(w) for w in self.full_text.split()), default=0)
        width = widest + 2 * (px(self.PAD_X) + self.BORDER)
        return QSize(width, self.heightForWidth(width))


class Banner(QFrame):
    """A calm notice strip: info, warn or error; plain text only. What it newly says is
    read out without moving the focus (an error interrupts), unless ``spoken`` is off
    for a page that announces its own state."""

    def __init__(self, kind: str = "info", parent: QWidget | None = None, *,
                 spoken: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.spoken = spoken
        self._said = ""
        self.text = label("bannerText")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addWidget(self.text, 1)
        self.set_kind(kind)
        self.hide()

    def set_kind(self, kind: str) -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)

    def show_text(self, text: str, kind: str | None = None) -> None:
        if kind:
            self.set_kind(kind)
        was_hidden = self.isHidden()
        self.text.setText(text)
        self.setVisible(bool(text))
        # Once per new notice (retranslate() shows the same text again), and only where
        # it can be seen: not from a page that is not showing.
        if text and self.spoken and self.isVisible() and (was_hidden or text != self._said):
            announce(self, text, assertive=self.property("kind") == "error")
        self._said = text if self.isVisible() else ""


class StarRating(QWidget):
    """1-5 as five big toggle buttons (stars with numbers, so nobody has to guess)."""

    ratingChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setSpacing(14)
        layout.addStretch(1)
        self.buttons: list[QPushButton] = []
        for value in range(1, 6):
            star = button("star", f"★\n{value}")
            star.setCheckable(True)
            star.setMinimumSize(star.sizeHint().expandedTo(QSize(px(96), px(96))))
            self.group.addButton(star, value)
            self.buttons.append(star)
            layout.addWidget(star)
        layout.addStretch(1)
        self.group.idClicked.connect(self._clicked)

    def _clicked(self, value: int) -> None:
        # Fill the stars up to the chosen one: easier to read than one lit button.
        for i, star in enumerate(self.buttons, start=1):
            star.setProperty("lit", i <= value)
            star.style().unpolish(star)
            star.style().polish(star)
        self.ratingChanged.emit(value)

    @property
    def rating(self) -> int | None:
        value = self.group.checkedId()
        return value if value > 0 else None

    def clear(self) -> None:
        self.group.setExclusive(False)
        for star in self.buttons:
            star.setChecked(False)
            star.setProperty("lit", False)
            star.style().unpolish(star)
            star.style().polish(star)
        self.group.setExclusive(True)


class LevelMeter(QuietMeter):
    """Microphone level, -60..0 dBFS, so the customer sees that we hear them (painted
    only: a screen reader is not told every level, see client_core.qt.meter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, height=18)
        self.setObjectName("levelMeter")
        self.setRange(0, 60)

    def set_dbfs(self, level: float) -> None:
        self.setValue(int(max(0.0, min(60.0, level + 60.0))))


class Page(QWidget):
    """Base of every page: a centred column of readable width, a title, retranslate()."""

    def __init__(self, parent: QWidget | None = None, *, max_width: int = 900) -> None:
        super().__init__(parent)
        # Scrolls when the text is large (200 %) or the window small, instead of
        # squeezing labels and buttons until their text is cut off.
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("pageScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget()
        inner.setObjectName("pageInner")
        self.scroll.setWidget(inner)
        frame = QVBoxLayout(self)
        frame.setContentsMargins(0, 0, 0, 0)
        frame.addWidget(self.scroll)
        outer = QHBoxLayout(inner)
        outer.setContentsMargins(24, 16, 24, 24)
        self.column = QWidget()
        self.column.setMaximumWidth(round(max_width * text_scale()))
        outer.addStretch(1)
        outer.addWidget(self.column, 100)
        outer.addStretch(1)
        self.body = QVBoxLayout(self.column)
        self.body.setSpacing(18)
        self.title = label("title")
        self.body.addWidget(self.title)

    def focus_target(self) -> QWidget | None:
        """Where the keyboard focus goes when the page opens: its first control in the
        focus chain (a page may name another, e.g. the chat's message box)."""
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if (self.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                return widget
            widget = widget.nextInFocusChain()
        return None

    def retranslate(self) -> None:  # pragma: no cover - every page overrides
        raise NotImplementedError
