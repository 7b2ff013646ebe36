"""The Qt face of the customer's sign-in: its events as signals.

The rules are in ``customer_client.services.customer_identity``; the window
connects the sign-in page and the header here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..services.customer_identity import CustomerIdentity

if TYPE_CHECKING:
    from client_core.identity import DeviceAuthorization, SignInProblem


class IdentitySignals(QObject):
    waitingForBrowser = Signal()
    codeShown = Signal(str, str, str)  # the short code, the address to type it at, the QR code's link
    signedIn = Signal(str)  # the name to show
    failed = Signal(str)  # SignInProblem value
    cancelled = Signal()
    signedOut = Signal()

    def __init__(self, identity: CustomerIdentity, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.identity = identity
        e = identity.events
        e.waiting_for_browser.connect(self.waitingForBrowser.emit)
        e.code_shown.connect(self._on_code)
        e.signed_in.connect(self.signedIn.emit)
        e.failed.connect(self._on_failed)
        e.cancelled.connect(self.cancelled.emit)
        e.signed_out.connect(self.signedOut.emit)

    def _on_code(self, device: DeviceAuthorization) -> None:
        self.codeShown.emit(device.user_code, device.verification_uri, device.verification_uri_complete)

    def _on_failed(self, problem: SignInProblem) -> None:
        self.failed.emit(problem.value)
