"""The sign-in screen: user name, password, and where the hub is."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client_core.config import resources_dir

from .offer_card import plain_label


class SignInWidget(QWidget):
    submitted = Signal(str, str)  # username, password
    settingsRequested = Signal()
    organisationRequested = Signal()  # sign in through the organisation's provider

    def __init__(self, hub_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signIn")
        card = QFrame(self)
        card.setObjectName("signInCard")
        card.setMaximumWidth(460)
        logo = QLabel(card)
        logo.setPixmap(QIcon(str(resources_dir() / "icons" / "agent_desktop.svg")).pixmap(56, 56))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title = plain_label("", card, "signInTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.subtitle = plain_label("", card, "mutedText")
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.username = QLineEdit(card)
        self.username.setObjectName("usernameField")
        self.password = QLineEdit(card)
        self.password.setObjectName("passwordField")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = plain_label("", card, "errorText")
        self.error.hide()
        self.button = QPushButton(card)
        self.button.setObjectName("signInButton")
        self.button.setDefault(True)
        # Shown when an identity provider is configured (idp_issuer).
        self.org_button = QPushButton(card)
        self.org_button.setObjectName("orgSignInButton")
        self.org_button.hide()
        self.hub = plain_label("", card, "mutedText")
        self.settings_button = QPushButton(card)
        self.settings_button.setObjectName("linkButton")
        self.settings_button.setFlat(True)
        self.hub_url = hub_url
        self._user_label = QLabel(card)
        self._pass_label = QLabel(card)
        self._user_label.setBuddy(self.username)
        self._pass_label.setBuddy(self.password)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self._user_label, self.username)
        form.addRow(self._pass_label, self.password)
        hub_row = QHBoxLayout()
        hub_row.addWidget(self.hub, 1)
        hub_row.addWidget(self.settings_button)
        cl = QVBoxLayout(card)
        cl.setContentsMargins(32, 28, 32, 28)
        cl.setSpacing(12)
        cl.addWidget(logo)
        cl.addWidget(self.title)
        cl.addWidget(self.subtitle)
        cl.addSpacing(8)
        cl.addLayout(form)
        cl.addWidget(self.error)
        cl.addWidget(self.button)
        cl.addWidget(self.org_button)
        cl.addSpacing(4)
        cl.addLayout(hub_row)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 2)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self.username.returnPressed.connect(self.password.setFocus)
        self.settings_button.clicked.connect(self.settingsRequested)
        self.org_button.clicked.connect(self.organisationRequested)
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.button)
        self.setTabOrder(self.button, self.settings_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Service expert workstation"))
        self.subtitle.setText(self.tr("Sign in to serve customers in chat and video."))
        self._user_label.setText(self.tr("&User name"))
        self._pass_label.setText(self.tr("&Password"))
        self.username.setAccessibleName(self.tr("User name"))
        self.password.setAccessibleName(self.tr("Password"))
        self.button.setText(self.tr("Sign in"))
        self.org_button.setText(self.tr("Sign in with your organisation account"))
        self.settings_button.setText(self.tr("Change…"))
        self.settings_button.setAccessibleName(self.tr("Change the service address"))
        self.set_hub_url(self.hub_url)

    def set_hub_url(self, url: str) -> None:
        self.hub_url = url
        self.hub.setText(self.tr("Service: %1").replace("%1", url))

    def set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.org_button.setEnabled(not busy)
        self.button.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def show_login_problem(self, code: str) -> None:
        """Why a sign-in did not succeed (``services.login.LoginError`` codes), in plain words."""
        if code == "unreachable":
            text = self.tr("The service cannot be reached at %1. Check the "
                           "address in settings or try again.").replace("%1", self.hub_url)
        elif code == "no_role":
            text = self.tr("Your organisation account has no role in this service.")
        elif code == "bad_credentials":
            text = self.tr("Wrong user name or password.")
        else:
            text = self.tr("The sign-in did not succeed. Try again.")
        self.show_error(text)

    def _submit(self) -> None:
        user, password = self.username.text().strip(), self.password.text()
        if not user or not password:
            self.show_error(self.tr("Enter your user name and password."))
            (self.username if not user else self.password).setFocus()
            return
        self.show_error("")
        self.submitted.emit(user, password)
