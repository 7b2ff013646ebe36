"""The sign-in page tells a screen-reader user what changed without moving the focus:
the browser opened, the kiosk's code (letter by letter, as it is typed on the phone),
and why a sign-in failed (at once). The AT-SPI tests show such announcements arrive;
here the page's own calls are recorded."""

from __future__ import annotations

from typing import Any

import pytest

from customer_client.qt.pages import sign_in
from customer_client.qt.pages.sign_in import SignInPage


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    heard: list[tuple[str, bool]] = []
    monkeypatch.setattr(sign_in, "announce",
                        lambda _source, text, assertive=False: heard.append((text, assertive)))
    return heard


def test_kiosk_code_is_spelled_out(qtbot: Any, said: list[tuple[str, bool]]) -> None:
    page = SignInPage(kiosk=True)
    qtbot.addWidget(page)
    page.show_code("WDJB-MJHT", "kela.fi/koodi", "https://kela.fi/koodi?c=WDJB-MJHT")
    assert len(said) == 1
    text, assertive = said[0]
    assert "W D J B - M J H T" in text and "kela.fi/koodi" in text and not assertive
    assert "Scan the QR code" in text


def test_browser_and_failure_are_heard(qtbot: Any, said: list[tuple[str, bool]]) -> None:
    page = SignInPage(kiosk=False)
    qtbot.addWidget(page)
    page.show_waiting_for_browser()
    assert said == [(page.status.text(), False)] and "web browser" in said[0][0]
    page.show_error("The sign-in was cancelled. You can try again.")
    assert said[-1] == ("The sign-in was cancelled. You can try again.", True)


def test_sign_in_has_the_focus_first(qtbot: Any) -> None:
    """Enter signs in (the focus went to Back, the first in the chain)."""
    page = SignInPage(kiosk=False)
    qtbot.addWidget(page)
    page.show_ready()
    page.show()
    assert page.focus_target() is page.go
    page.show_waiting_for_browser()
    assert page.focus_target() is not page.go  # disabled while the browser is open
