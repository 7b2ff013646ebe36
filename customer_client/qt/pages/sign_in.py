"""Sign-in, after the language: the system browser at home; at a kiosk a QR code and a
short code for the visitor's own phone, so nobody types credentials at a shared screen."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from client_core.qt.announce import announce

from ..widgets import Page, button, label


class QrCode(QWidget):
    """A QR code painted module by module (segno makes the matrix), quiet zone included."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qrCode")
        self.matrix: tuple[tuple[int, ...], ...] = ()
        self.setFixedSize(300, 300)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_text(self, text: str) -> None:
        self.matrix = tuple(tuple(row) for row in segno.make(text, error="m", micro=False).matrix) if text else ()
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.matrix:
            return
        quiet = 4
        n = len(self.matrix) + 2 * quiet
        cell = min(self.width(), self.height()) / n
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF((x + quiet) * cell, (y + quiet) * cell, cell + 0.3, cell + 0.3))
        painter.end()


def spelled(code: str) -> str:
    """'WDJB-MJHT' as 'W D J B - M J H T': a screen reader reads it letter by letter."""
    return " ".join(code)


class SignInPage(Page):
    signInRequested = Signal()
    cancelRequested = Signal()
    backRequested = Signal()

    def __init__(self, kiosk: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kiosk = kiosk
        self.lead = label("lead")
        self.body.addWidget(self.lead)
        self.status = label("body")
        self.status.hide()
        self.error = label("errorText")
        self.error.hide()
        # Kiosk: the QR code beside the short code and the address to type it at.
        self.qr = QrCode()
        self.qr.hide()
        self.code = label("userCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code_help = label("body")
        self.address = label("body")
        phone = QVBoxLayout()
        phone.addWidget(self.code_help)
        phone.addWidget(self.code)
        phone.addWidget(self.address)
        phone.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(32)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(phone, 1)
        self.phone_box = QWidget()
        self.phone_box.setLayout(row)
        self.phone_box.hide()
        self.body.addWidget(self.phone_box)
        self.body.addWidget(self.status)
        self.body.addWidget(self.error)
        buttons = QHBoxLayout()
        self.back = button("secondary")
        self.cancel = button("secondary")
        self.cancel.hide()
        self.go = button("primary")
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.go)
        self.body.addLayout(buttons)
        self.body.addStretch(1)
        self.go.clicked.connect(self.signInRequested.emit)
        self.cancel.clicked.connect(self.cancelRequested.emit)
        self.back.clicked.connect(self.backRequested.emit)
        self._waiting = False
        self._code_text = ""
        self._address_text = ""

    def focus_target(self) -> QWidget | None:
        # Enter signs in: the page's one action has the focus, Back is a Shift+Tab away.
        if self.go.isVisible() and self.go.isEnabled():
            return self.go
        return super().focus_target()

    # ------------------------------------------------------------ states

    def show_ready(self) -> None:
        self._waiting = False
        self.phone_box.hide()
        self.qr.set_text("")
        self.status.hide()
        self.cancel.hide()
        self.go.setVisible(True)
        self.go.setEnabled(True)
        self.retranslate()

    def show_waiting_for_browser(self) -> None:
        self._waiting = True
        self.error.hide()
        focused = self.go.hasFocus()
        self.go.setEnabled(False)
        self.cancel.show()
        self.retranslate()
        self.status.show()
        if focused:  # the disabled button would drop the focus to the window's header
            self.cancel.setFocus()
        announce(self.status, self.status.text())

    def show_code(self, user_code: str, short_address: str, qr_address: str) -> None:
        self._waiting = True
        self.error.hide()
        self._code_text, self._address_text = user_code, short_address
        self.qr.set_text(qr_address)
        self.phone_box.show()
        self.qr.show()
        focused = self.go.hasFocus()
        self.go.hide()
        self.retranslate()
        if focused:
            self.back.setFocus()
        # The code letter by letter, as it is typed on the phone.
        announce(self.code, " ".join((self.code_help.text(), spelled(user_code),
                                      self.address.text())))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.show_ready_buttons()
        announce(self.error, text, assertive=True)

    def show_ready_buttons(self) -> None:
        self._waiting = False
        self.cancel.hide()
        self.status.hide()
        self.go.setVisible(True)
        self.go.setEnabled(True)
        self.retranslate()

    # ------------------------------------------------------------ words

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sign in"))
        self.back.setText(self.tr("Back"))
        self.cancel.setText(self.tr("Cancel"))
        self.qr.setAccessibleName(self.tr("QR code for signing in with your phone"))
        if self.kiosk:
            self.lead.setText(self.tr(
                "Sign in with your own phone: nothing you type is shown on this screen, and "
                "everything is cleared when you finish."))
            self.go.setText(self.tr("Show the sign-in code"))
            self.code_help.setText(self.tr(
                "Scan the QR code with your phone's camera, or go to the address below and "
                "type this code:"))
            self.code.setText(self._code_text)
            self.address.setText(self._address_text)
        else:
            self.lead.setText(self.tr(
                "Sign in with online banking codes, a mobile certificate or an ID card. "
                "The sign-in opens in your web browser."))
            self.go.setText(self.tr("Sign in"))
            self.status.setText(self.tr(
                "Continue in your web browser. When you have signed in, come back to this "
                "window."))
