"""The customer client at 200 % text, in high contrast and at the smallest supported
window: nothing a customer has to read is cut off (EN 301 549 11.1.4.4), the check's
list scrolls inside its card, and high contrast reaches what paints itself."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyleOptionViewItem,
    QWidget,
)

from client_core.i18n import set_ui_language
from client_core.precheck.measurement import NetworkMeasurement
from client_core.precheck.verdicts import check_os
from customer_client.domain.flow import Step
from customer_client.domain.precheck import Checklist
from customer_client.qt.chat_panel import colors
from customer_client.qt.look import Look
from customer_client.qt.main_window import CATALOGS, MainWindow
from service_hub.routing import load_queues
from service_hub.service_catalog import services_catalog
from tests.customer_client.conftest import LINUX, SLOW_LINK

SMALLEST = (1024, 700)  # the smallest window the client is made for (a 1024x768 kiosk)
DEAD_HUB = "ws://127.0.0.1:9/ws"


@pytest.fixture
def look(qapp: QApplication) -> Iterator[Any]:
    looks: list[Look] = []

    def make(**kwargs: Any) -> Look:
        looks.append(Look(qapp, **kwargs))
        return looks[-1]

    yield make
    Look(qapp, theme="default")  # back to the usual look for the next tests
    qapp.setProperty("customerTextScale", None)
    qapp.setProperty("customerHighContrast", None)


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def cut_off(page: QWidget) -> list[str]:
    """Visible buttons narrower than their text, labels shorter than their lines."""
    found = []
    for b in page.findChildren(QPushButton):
        if not b.isVisibleTo(page) or not b.text():
            continue
        text = max(b.fontMetrics().horizontalAdvance(line) for line in b.text().split("\n"))
        if b.width() < text + 8:  # 8: the thinnest border and a little room either side
            found.append(f"button {b.text()!r}: {b.width()} < {text} + 8")
    for card in page.findChildren(QScrollArea, "checklist"):
        if not card.isVisibleTo(page):
            continue
        area = QRect(card.mapTo(page, QPoint(0, 0)), card.size())
        for b in page.findChildren(QPushButton):
            if b.isVisibleTo(page) and not card.isAncestorOf(b) and area.intersects(
                    QRect(b.mapTo(page, QPoint(0, 0)), b.size())):
                found.append(f"button {b.text()!r} over the check's list")
    for lab in page.findChildren(QLabel):
        if not lab.isVisibleTo(page) or not lab.text():
            continue
        need = lab.heightForWidth(lab.width()) if lab.wordWrap() else lab.sizeHint().height()
        if lab.height() < need or (not lab.wordWrap() and lab.width() < lab.sizeHint().width()):
            found.append(f"label {lab.text()[:40]!r}: {lab.size().toTuple()} needs {need}")
    return found


def fill_checklist(window: MainWindow) -> None:
    """Every row answered, the slow link's remedy showing: the longest the list gets."""
    page = window.precheck_page
    checklist = Checklist()
    checklist.put(check_os(LINUX))
    checklist.put_network(SLOW_LINK)
    page.checklist, page.heard, page.finished = checklist, True, True
    page._show_rows()  # noqa: SLF001


def walk(window: MainWindow) -> dict[str, list[str]]:
    window.choose_language("fi")
    window.flow.catalog = services_catalog(load_queues())
    window.flow.choose_video()
    window.topic_page.set_topics(window.flow.topics())
    fill_checklist(window)
    found = {}
    for step in (Step.SERVICE, Step.TOPIC, Step.HOURS, Step.PRECHECK, Step.QUEUE, Step.CHAT,
                 Step.CALL, Step.FEEDBACK, Step.THANKS):
        window.flow.step = step
        window._show(step)  # noqa: SLF001
        QApplication.processEvents()
        QApplication.processEvents()
        page = window.stack.currentWidget()
        found[step.name] = cut_off(page)
        if page.scroll.horizontalScrollBar().maximum() > 0:  # reflows, never scrolls sideways
            found[step.name].append(f"{page.scroll.widget().minimumSizeHint().width()} px wide")
    return found


def new_window(make_window: Any, size: tuple[int, int]) -> MainWindow:
    window = make_window(DEAD_HUB, None, network=NetworkMeasurement(connected=False))
    window.resize(*size)
    return window


@pytest.mark.parametrize("language", ["fi", "en", "ru"])
def test_nothing_is_cut_off_at_200_percent(look: Any, make_window: Any, qapp: QApplication,
                                            language: str) -> None:
    look(text_size=200, theme="default")
    window = new_window(make_window, (1280, 860))
    found = walk(window)
    set_ui_language(qapp, language, CATALOGS)
    window.retranslate()
    QApplication.processEvents()
    found |= {f"{k} ({language})": v for k, v in walk(window).items()}
    assert not {k: v for k, v in found.items() if v}


def test_the_check_list_scrolls_inside_its_card(make_window: Any) -> None:
    window = new_window(make_window, SMALLEST)
    fill_checklist(window)
    window.flow.step = Step.PRECHECK
    window._show(Step.PRECHECK)  # noqa: SLF001
    QApplication.processEvents()
    page = window.precheck_page
    first_row = next(iter(page.rows.values()))
    # The innermost scroll area around the rows (the page itself scrolls too).
    around = [s for s in page.findChildren(QScrollArea) if s.widget().isAncestorOf(first_row)]
    scroll = next(s for s in around if not any(o is not s and s.isAncestorOf(o) for o in around))
    card = next(w for w in (first_row, *scroll.findChildren(QWidget), scroll)
                if w.objectName() == "checklist" and w.isAncestorOf(first_row))
    bar = scroll.verticalScrollBar()
    assert bar.isVisible(), "at the smallest window the list is taller than its room"
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    last = [row for row in page.rows.values() if not row.isHidden()][-1]  # the relay row shows only with a relay
    viewport = scroll.viewport()
    shown = QRect(last.mapTo(viewport, QPoint(0, 0)), last.size())
    assert viewport.rect().contains(shown), (shown, viewport.rect())
    card_rect = QRect(card.mapTo(window, QPoint(0, 0)), card.size())
    bar_rect = QRect(bar.mapTo(window, QPoint(0, 0)), bar.size())
    assert card_rect.contains(bar_rect), (bar_rect, card_rect)


def test_continue_is_in_sight_at_the_smallest_window(make_window: Any) -> None:
    window = new_window(make_window, SMALLEST)
    fill_checklist(window)
    window.flow.step = Step.PRECHECK
    window._show(Step.PRECHECK)  # noqa: SLF001
    QApplication.processEvents()
    page = window.precheck_page
    # The list scrolls, not the page: Continue is in sight without scrolling.
    assert page.scroll.verticalScrollBar().maximum() == 0, page.scroll.widget().height()
    seen = page.scroll.viewport()
    go = QRect(page.go.mapTo(seen, QPoint(0, 0)), page.go.size())
    assert seen.rect().contains(go), (go, seen.rect())


def test_the_check_list_is_a_named_focus_stop_while_it_scrolls(make_window: Any) -> None:
    """Its rows take no focus: while the list scrolls, the keyboard reaches the last rows
    through the list itself (named); while everything shows, it is no stop at all."""
    from PySide6.QtCore import Qt

    window = new_window(make_window, SMALLEST)
    fill_checklist(window)
    window.flow.step = Step.PRECHECK
    window._show(Step.PRECHECK)  # noqa: SLF001
    QApplication.processEvents()
    card = window.precheck_page.list_scroll
    assert card.verticalScrollBar().maximum() > 0
    assert card.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert card.accessibleName() == "Check results"
    window.resize(1280, 1400)
    QApplication.processEvents()
    QApplication.processEvents()
    assert card.verticalScrollBar().maximum() == 0
    assert not card.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_high_contrast_reaches_the_chat_bubbles(look: Any, qapp: QApplication) -> None:
    usual = colors("customer")
    look(theme="high-contrast")
    assert "high contrast" in qapp.styleSheet().lower() or "#FFFF66" in qapp.styleSheet()
    fill, ink, _border = colors("customer")
    assert (fill, ink) != usual[:2]
    assert contrast(fill, ink) >= 7.0  # WCAG AAA; the usual look has 4.5 and more
    for role in ("agent", "bot", "system"):
        assert contrast(*colors(role)[:2]) >= 7.0, role
    look(theme="default")
    assert colors("customer")[:2] == usual[:2]


ANNA = "Hello, I am Anna from Kela. I can see your question. Let's go through it together."


def test_an_english_message_fits_its_bubble_in_sorani(look: Any, qapp: QApplication) -> None:
    """The bubble is measured as it is painted: in the right-to-left UI an English
    message keeps its last word (measured left to right and painted right to left, it
    wrapped and Qt clipped the second line) and its full stop at the end."""
    from datetime import UTC, datetime

    from PySide6.QtCore import Qt

    from client_core.conversation.transcript import IncomingMessage, Transcript
    from customer_client.qt.chat_panel import TranscriptView, text_direction
    from customer_client.qt.transcript_model import MessageRole, TranscriptModel

    look(theme="default")
    set_ui_language(qapp, "ckb", CATALOGS)
    try:
        transcript = Transcript("c-1", own_sender="customer")
        view = TranscriptView(TranscriptModel(transcript))
        view.resize(1080, 300)
        view.show()
        transcript.add(IncomingMessage(1, "agent", "Anna", ANNA, datetime.now(UTC)))
        qapp.processEvents()
        index = view.model().index(0, 0)
        item = view.visualRect(index)
        image = view.viewport().grab().toImage()
        dark = [x for x in range(item.left(), item.right())
                for y in range(item.top(), item.bottom(), 2)
                if QColor(image.pixel(x, y)).lightness() < 100]
        delegate = view.itemDelegate()
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        measured, _font = delegate._layout(option, index.data(MessageRole), ANNA)  # noqa: SLF001
        assert max(dark) - min(dark) >= measured.width() - 8, (min(dark), max(dark), measured)
        rtl = Qt.LayoutDirection.RightToLeft
        assert text_direction(ANNA, rtl) == Qt.LayoutDirection.LeftToRight
        assert text_direction("سڵاو.", Qt.LayoutDirection.LeftToRight) == rtl
        view.close()
    finally:
        set_ui_language(qapp, "en", CATALOGS)


@pytest.mark.parametrize("language", ["ckb", "en"])
def test_the_brand_sits_at_the_start_edge(make_window: Any, qapp: QApplication,
                                          language: str) -> None:
    """In Sorani the header's brand is at the right (the start), not against Start over."""
    window = new_window(make_window, SMALLEST)
    set_ui_language(qapp, language, CATALOGS)
    try:
        window.retranslate()
        QApplication.processEvents()
        brand = window.brand
        image = brand.parentWidget().grab(brand.geometry()).toImage()  # on the header's colour
        lightness = {(x, y): QColor(image.pixel(x, y)).lightness()
                     for x in range(image.width()) for y in range(0, image.height(), 2)}
        ground = Counter(lightness.values()).most_common(1)[0][0]
        ink = [x for (x, _y), v in lightness.items() if abs(v - ground) > 80]
        assert ink, "the brand is painted"
        if language == "ckb":
            assert max(ink) > image.width() - 20 and min(ink) > image.width() / 3, (
                min(ink), max(ink), image.width())
        else:
            assert min(ink) < 20, (min(ink), image.width())
    finally:
        set_ui_language(qapp, "en", CATALOGS)
        window.retranslate()
