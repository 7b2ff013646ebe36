"""An expert signs in to the desktop through the organisation's provider (the real one),
and stays signed in past the hub token's lifetime without signing in again."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from agent_desktop.domain.canned import CannedLibrary
from agent_desktop.qt.main_window import MainWindow
from agent_desktop.qt.media import CallMedia
from client_core.config import AGENT_DESKTOP, load_settings
from client_core.hub_client import LinkState
from client_core.identity import OidcClient, OidcSettings, SignInError
from hub_protocol import frames as p
from tests.agent_desktop.conftest import FAST_RECONNECT, Aio
from tests.agent_desktop.helpers import RESOURCES
from tests.hubkit import launch_hub_process
from tests.idpkit import ROLE_MAP, FormBrowser, user

TOKEN_TTL_S = 8


def test_expert_signs_in_with_the_organisation_account(oidc_provider: Any, aio: Aio, qtbot: Any,
                                                       tmp_path: Path) -> None:
    data = tmp_path / "hub"
    data.mkdir()
    hub = launch_hub_process(data, env={"HUB_DEMO_IDENTITY": "0", "HUB_IDP_ISSUER": oidc_provider.issuer,
                                        "HUB_STAFF_IDP_ISSUER": oidc_provider.issuer,
                                        "HUB_STAFF_ROLE_MAP": ROLE_MAP,
                                        # Short hub tokens: the renewal is seen within the test.
                                        "HUB_AGENT_TOKEN_TTL_S": str(TOKEN_TTL_S)})
    browser = FormBrowser()
    try:
        settings = load_settings(AGENT_DESKTOP, ["--hub-url", hub.ws_url, "--no-alert-sound",
                                                 "--idp-issuer", oidc_provider.issuer],
                                 user_settings_path=tmp_path / "settings.json")
        window = MainWindow(settings, CannedLibrary.load(RESOURCES / "canned"), hub_options=FAST_RECONNECT,
                            media=CallMedia.synthetic_sources())
        window.force_close = True
        qtbot.addWidget(window)
        window.show()
        assert window.sign_in.org_button.isVisible()
        opened: list[str] = []

        def open_url(url: str) -> None:  # the system browser: the person signs in there
            opened.append(url)
            asyncio.ensure_future(browser.sign_in(url, "sami"))

        assert aio.run(window.sign_in_with_organisation(open_url))
        assert opened[0].startswith(oidc_provider.issuer + "/auth?")
        desk = window.desk
        assert desk is not None and window.stack.currentWidget() is window.workspace
        welcome = desk.client.welcome
        assert welcome is not None and welcome.display_name == user("sami")["name"]
        # Past the first hub token's end the desk works on, on the same connection:
        # renewed at the provider, exchanged again at the hub, handed over (auth.renew).
        keeper = window.token_keeper
        first = keeper.grant.token
        aio.sleep(TOKEN_TTL_S + 2)
        assert isinstance(aio.run(desk.client.request(p.Ping())), p.Pong)
        assert desk.client.state is LinkState.ONLINE
        assert next(desk.client.attempts) == 1  # no reconnect: the first attempt was the only one
        assert keeper.renewals >= 1 and desk.client.sign_in.renewals >= 1 and keeper.grant.token != first
        assert keeper.signed_in.refreshes >= 1  # at the provider, not only at the hub
        # An account without a role is told so plainly.
        other = FormBrowser()
        window2 = MainWindow(settings, CannedLibrary.load(RESOURCES / "canned"), hub_options=FAST_RECONNECT,
                             media=CallMedia.synthetic_sources())
        window2.force_close = True
        qtbot.addWidget(window2)
        assert not aio.run(window2.sign_in_with_organisation(
            lambda url: asyncio.ensure_future(other.sign_in(url, "olli"))))
        assert "no role" in window2.sign_in.error.text()
        aio.run(other.close())
        # Signing out ends the sign-in at the provider: its grant can no longer be renewed.
        provider_tokens = keeper.signed_in.tokens
        aio.run(window.sign_out())
        assert keeper.signed_in.tokens is None
        fresh_client = OidcClient(OidcSettings(oidc_provider.issuer, "agent-desktop"))
        with pytest.raises(SignInError):
            aio.run(fresh_client.refresh(provider_tokens))
        aio.run(fresh_client.aclose())
    finally:
        aio.run(browser.close())
        hub.proc.terminate()
        hub.proc.wait(10)
