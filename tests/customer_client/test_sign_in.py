"""The customer client's sign-in against the real OpenID provider and a real hub.

At home the system browser is opened through ``open_url`` (QDesktopServices
in the app); here the form browser is that person and submits the provider's
own forms. At a kiosk the QR code's link is what the visitor's phone opens.
"""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtWidgets import QApplication

from customer_client.domain.flow import Step
from customer_client.qt.main_window import ClientOptions, KioskOptions, MainWindow
from customer_client.services.sign_in import CustomerSignIn, SignInConfig
from tests.customer_client.conftest import SYNTHETIC, UI, runner_factory
from tests.hubkit import stop_hub
from tests.identity.helpers import oidc_hub_config
from tests.idpkit import BASIC, HUB_RESOURCE, STRONG, FormBrowser, user


def make_signed_window(provider: Any, hub_url: str, *, kiosk: bool, opened: list[str],
                       browser: FormBrowser | None = None, username: str = "maija") -> MainWindow:
    client_id = "customer-kiosk" if kiosk else "customer-client"
    tasks: list[asyncio.Task[Any]] = []

    def open_url(url: str) -> None:
        opened.append(url)
        if browser is not None and "/auth?" in url:
            tasks.append(asyncio.ensure_future(browser.sign_in(url, username)))

    window = MainWindow(ClientOptions(
        hub_url=hub_url, token=lambda: None, media=SYNTHETIC, runner_factory=runner_factory(),
        default_language="en", kiosk=KioskOptions(enabled=kiosk, idle_timeout_s=600),
        hub_client_options={"backoff_initial_s": 0.1, "backoff_max_s": 0.5},
        sign_in=CustomerSignIn(SignInConfig(provider.issuer, client_id, HUB_RESOURCE, f"{STRONG} {BASIC}")),
        open_url=open_url,
    ))
    window.resize(1200, 860)
    window.show()
    window._browser_tasks = tasks  # type: ignore[attr-defined]
    return window


def close_window(window: MainWindow, ui: UI) -> None:
    window._allow_close = True
    task = window.visit.shutdown()
    if task is not None:
        ui.run(task)
    if window.identity.ending is not None:
        ui.run(window.identity.ending)
    window.close()
    window.deleteLater()
    ui.sleep(0.05)


def texts_of(window: MainWindow) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(w.text() for w in window.findChildren(QLabel) if w.isVisible())


def test_sign_in_in_the_system_browser_then_chat_and_sign_out(oidc_provider, tmp_path, ui: UI) -> None:
    from tests.hubkit import start_hub

    hub = ui.run(start_hub(oidc_hub_config(tmp_path, oidc_provider)))
    browser = FormBrowser()
    opened: list[str] = []
    window = make_signed_window(oidc_provider, hub.ws_url, kiosk=False, opened=opened, browser=browser)
    try:
        window.language_page.buttons["en"].click()
        assert window.step is Step.SIGN_IN and window.sign_in_page.go.isVisible()
        window.sign_in_page.go.click()
        ui.until(lambda: window.step is Step.SERVICE, what="signed in", timeout=20)
        assert opened and opened[0].startswith(oidc_provider.issuer + "/auth?")
        assert "code_challenge_method=S256" in opened[0] and "nonce=" in opened[0]
        maija = user("maija")
        assert window.who.text() == maija["name"] and window.sign_out_button.isVisible()
        # The hub knows her by her verified subject.
        window.service_page.chat.click()
        ui.until(lambda: window.visit.client is not None and window.visit.client.welcome is not None)
        assert window.visit.client.welcome.user_id == maija["sub"]
        # Sign out: back to the start, nothing of her left, the provider's sign-out page opened.
        tokens = window.identity.person.tokens
        window.sign_out_button.click()
        assert window.step is Step.LANGUAGE and window.identity.person is None
        assert not window.who.isVisible() and maija["name"] not in texts_of(window)
        ui.run(window.identity.ending)
        assert opened[-1].startswith(oidc_provider.issuer + "/session/end")
        with __import__("pytest").raises(Exception):
            ui.run(CustomerSignIn(SignInConfig(oidc_provider.issuer, "customer-client"))._client()
                   .refresh(tokens))  # the grant was revoked
        window.language_page.buttons["en"].click()
        assert window.step is Step.SIGN_IN  # signed out: sign in again
    finally:
        close_window(window, ui)
        ui.run(browser.close())
        ui.run(stop_hub(hub))


def test_kiosk_shows_a_qr_code_and_each_visitor_is_themselves(oidc_provider, tmp_path, ui: UI) -> None:
    from tests.hubkit import start_hub

    hub = ui.run(start_hub(oidc_hub_config(tmp_path, oidc_provider)))
    opened: list[str] = []
    window = make_signed_window(oidc_provider, hub.ws_url, kiosk=True, opened=opened)
    codes = []
    try:
        for visitor in ("maija", "liisa"):
            window.language_page.buttons["fi"].click()
            assert window.step is Step.SIGN_IN
            page = window.sign_in_page
            ui.until(lambda: page.qr.isVisible() and page.code.text(), what="QR code")  # noqa: B023
            assert page.qr.matrix and len(page.qr.matrix) >= 21  # a real QR symbol
            codes.append(page.code.text())
            phone = FormBrowser()
            qr_link = page._address_text and f"{page._address_text}?user_code={page.code.text()}"
            ui.run(phone.device_sign_in(qr_link, visitor))
            ui.until(lambda: window.step is Step.SERVICE, what="visitor signed in", timeout=20)
            ui.run(phone.close())
            assert window.who.text() == user(visitor)["name"]
            other = "Maija" if visitor == "liisa" else "Liisa"
            assert other not in texts_of(window)
            window.service_page.chat.click()
            ui.until(lambda: window.visit.client is not None and window.visit.client.welcome is not None)
            assert window.visit.client.welcome.user_id == user(visitor)["sub"]
            # The visit ends: back to the start, the sign-in ended at the provider.
            window.start_over.click()
            assert window.step is Step.LANGUAGE and window.identity.person is None
            assert not window.who.isVisible()
            ui.run(window.identity.ending)
            assert opened == []  # a kiosk never opens a browser
            assert QApplication.clipboard().text() == ""
        assert codes[0] != codes[1]
    finally:
        close_window(window, ui)
        ui.run(stop_hub(hub))
