"""Kiosk: no way out for customers, a staff key out, and nothing left after a visit."""

from __future__ import annotations

from typing import Any

from argon2 import PasswordHasher
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

from customer_client.domain.flow import Step
from customer_client.qt.main_window import KioskOptions
from tests.customer_client.conftest import UI, pick_language


def key(k: Qt.Key, mods: Qt.KeyboardModifier) -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, k, mods)


def test_kiosk_cannot_be_closed_and_forgets_the_customer(
    hub_process: Any, make_window: Any, ui: UI
) -> None:
    key_hash = PasswordHasher().hash("staff-key-123")
    window = make_window(hub_process.ws_url, hub_process.customer_token(),
                         kiosk=KioskOptions(enabled=True, admin_key_hash=key_hash,
                                            idle_timeout_s=120, idle_warning_s=30))
    guard = window.kiosk
    assert guard is not None
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    event = QCloseEvent()
    window.closeEvent(event)
    assert not event.isAccepted()
    alt = Qt.KeyboardModifier.AltModifier
    assert guard.eventFilter(window, key(Qt.Key.Key_F4, alt))  # swallowed

    # A visit: a chat with text typed but not sent.
    pick_language(window, ui, "fi")
    window.service_page.chat.click()
    ui.until(lambda: window.hours_page.can_proceed)
    window.hours_page.go.click()
    ui.until(lambda: len(window.visit.transcript) >= 1)
    window.chat_page.chat.input.setPlainText("henkilötunnukseni on 010101-123X")
    QApplication.clipboard().setText("010101-123X")

    # Inactivity: a warning with a countdown, then back to the start with nothing left.
    now = [guard.clock()]
    guard.clock = lambda: now[0]
    guard.touch()
    now[0] += 100
    guard.check_idle()
    assert window.idle_banner.isVisible() and "20" in window.idle_banner.text.text()
    now[0] += 25
    guard.check_idle()
    assert window.step is Step.LANGUAGE
    assert len(window.visit.transcript) == 0 and window.visit.client is None
    assert window.chat_page.chat.input.toPlainText() == ""
    assert QApplication.clipboard().text() == ""

    # Staff: the key sequence, then the admin key.
    asked: list[bool] = []
    guard.ask_key = lambda _w: asked.append(True) or "wrong"
    exits: list[bool] = []
    guard.exitAllowed.connect(lambda: exits.append(True))
    ctrl_alt_shift = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.ShiftModifier)
    guard.eventFilter(window, key(Qt.Key.Key_K, ctrl_alt_shift))
    guard.eventFilter(window, key(Qt.Key.Key_E, ctrl_alt_shift))
    assert asked and not exits
    guard.ask_key = lambda _w: "staff-key-123"
    guard.eventFilter(window, key(Qt.Key.Key_K, ctrl_alt_shift))
    guard.eventFilter(window, key(Qt.Key.Key_E, ctrl_alt_shift))
    assert exits
