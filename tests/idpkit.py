"""The real OpenID provider for tests, and a browser that fills in its forms.

``oidc_provider`` (session scope) runs tools/oidc-provider/provider.mjs -
panva's oidc-provider - on 127.0.0.1 with its state under var/idp, and stops
it at the end. It is a real part (``tests/realparts.py``): if it is not
installed (no node, no ``npm ci``) or cannot start, the tests that need it
skip in a developer's run, with the reason listed at the end, and fail in
strict mode (CI).

``FormBrowser`` is the person at the browser: an HTTP client with cookies
that follows redirects and submits the provider's own login, consent,
device-code and logout forms. Its final redirect lands on the app's loopback
listener like a browser's would.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import aiohttp
import pytest

from tests.realparts import OIDC_PROVIDER, require

ROOT = Path(__file__).resolve().parent.parent
IDP_DIR = ROOT / "tools" / "oidc-provider"
CONFIG = json.loads((IDP_DIR / "config.json").read_text())
HUB_RESOURCE = "urn:kela:service-hub"
STAFF_RESOURCE = "urn:kela:service-hub:staff"
# The hub as a resource whose access tokens live 12 s: renewal seen within a test.
BRIEF_RESOURCE = "urn:kela:service-hub:brief"
STRONG = CONFIG["acr"]["strong"]
BASIC = CONFIG["acr"]["basic"]
ROLE_MAP = ("kela-service-experts=expert,kela-supervisors=supervisor,"
            "kela-interpreters=interpreter")


def user(username: str) -> dict[str, Any]:
    return next(u for u in CONFIG["users"] if u["username"] == username)


@dataclass
class RunningProvider:
    issuer: str
    admin_token: str
    proc: subprocess.Popen[str]
    state_dir: Path

    @property
    def jwks_url(self) -> str:
        return f"{self.issuer}/jwks"

    async def admin(self, what: str) -> dict[str, Any]:
        """rotate-keys: a new signing key in front; retire-keys: publish only the newest."""
        async with aiohttp.ClientSession() as http, http.post(
            f"{self.issuer}/admin/{what}", headers={"Authorization": f"Bearer {self.admin_token}"}
        ) as resp:
            assert resp.status == 200, await resp.text()
            return await resp.json()


def provider_missing() -> str | None:
    """Why the test provider cannot run here, or None."""
    if shutil.which("node") is None:
        return "node is not installed (scripts/setup.sh installs nodejs)"
    if not (IDP_DIR / "node_modules" / "oidc-provider").is_dir():
        return f"oidc-provider is not installed: run scripts/setup.sh (npm ci in {IDP_DIR})"
    return None


def start_provider(state_dir: Path) -> RunningProvider:
    """A provider of its own (``oidc_provider`` is the shared one); tests call
    ``require(OIDC_PROVIDER, provider_missing)`` first."""
    missing = provider_missing()
    if missing:
        raise RuntimeError(missing)
    node = shutil.which("node")
    assert node is not None
    shutil.rmtree(state_dir, ignore_errors=True)
    state_dir.mkdir(parents=True)
    token = secrets.token_urlsafe(24)
    log = open(state_dir / "provider.log", "w")
    proc = subprocess.Popen(
        [node, str(IDP_DIR / "provider.mjs"), "--port", "0", "--state", str(state_dir),
         "--admin-token", token],
        stdout=subprocess.PIPE, stderr=log, text=True, cwd=IDP_DIR,
        env={**os.environ, "NODE_ENV": "test"},
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()  # "ready <issuer>", or EOF if it died
    if not line.startswith("ready "):
        proc.kill()
        raise RuntimeError(f"the OpenID provider did not start: {(state_dir / 'provider.log').read_text()[-2000:]}")
    return RunningProvider(line.split()[1], token, proc, state_dir)


@pytest.fixture(scope="session")
def oidc_provider() -> Iterator[RunningProvider]:
    require(OIDC_PROVIDER, provider_missing)
    try:
        provider = start_provider(ROOT / "var" / f"idp-{os.getpid()}")
    except (RuntimeError, OSError) as exc:
        require(OIDC_PROVIDER, f"tools/oidc-provider could not start: {exc}")
        raise
    yield provider
    provider.proc.terminate()
    try:
        provider.proc.wait(10)
    except subprocess.TimeoutExpired:
        provider.proc.kill()
    shutil.rmtree(provider.state_dir, ignore_errors=True)


# ---------------------------------------------------------------- the browser


@dataclass
class Form:
    id: str
    action: str
    method: str
    fields: dict[str, str] = field(default_factory=dict)
    buttons: list[dict[str, str]] = field(default_factory=list)


class _Forms(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.forms: list[Form] = []
        self._open: Form | None = None
        self.loose_buttons: list[dict[str, str]] = []  # <button form="..."> outside their form

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self._open = Form(a.get("id", ""), a.get("action", ""), a.get("method", "get").lower())
            self.forms.append(self._open)
        elif tag == "input" and (a.get("form") or self._open) and a.get("name"):
            target = self._form(a.get("form")) or self._open
            if target is not None and a.get("type") != "submit":
                target.fields[a["name"]] = a.get("value", "")
        elif tag == "button":
            if a.get("form"):
                self.loose_buttons.append(a)
            elif self._open is not None:
                self._open.buttons.append(a)

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._open = None

    def _form(self, form_id: str | None) -> Form | None:
        return next((f for f in self.forms if form_id and f.id == form_id), None)

    def result(self) -> list[Form]:
        for button in self.loose_buttons:
            form = self._form(button.get("form"))
            if form is not None:
                form.buttons.append(button)
        return self.forms


@dataclass
class Page:
    url: str
    status: int
    text: str

    def forms(self) -> list[Form]:
        parser = _Forms()
        parser.feed(self.text)
        return parser.result()


class FormBrowser:
    """A person at a browser: cookies, redirects, and the provider's own forms."""

    def __init__(self) -> None:
        self._http: aiohttp.ClientSession | None = None  # made inside the running loop
        self.visited: list[str] = []

    @property
    def http(self) -> aiohttp.ClientSession:
        if self._http is None:
            # unsafe=True: keep cookies for 127.0.0.1 (aiohttp refuses IP hosts by default).
            self._http = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        return self._http

    async def close(self) -> None:
        if self._http is not None:
            await self._http.close()

    async def open(self, url: str) -> Page:
        async with self.http.get(url, allow_redirects=True) as resp:
            self.visited += [str(r.url) for r in resp.history] + [str(resp.url)]
            page = Page(str(resp.url), resp.status, await resp.text())
        return await self._run_autosubmit(page)

    async def _run_autosubmit(self, page: Page) -> Page:
        # The provider's "Submitting Callback" pages post their form from a script on load.
        if "document.forms[0].submit()" in page.text and page.forms():
            return await self.submit(page)
        return page

    async def submit(self, page: Page, fields: dict[str, str] | None = None, *,
                     button: str | None = None, form_index: int = 0) -> Page:
        form = page.forms()[form_index]
        data = {**form.fields, **(fields or {})}
        if button is not None:
            chosen = next(b for b in form.buttons if b.get("name") == button)
            data[chosen["name"]] = chosen.get("value", "")
        url = urljoin(page.url, form.action or page.url)
        async with self.http.post(url, data=data, allow_redirects=True) as resp:
            self.visited += [str(r.url) for r in resp.history] + [str(resp.url)]
            page = Page(str(resp.url), resp.status, await resp.text())
        return await self._run_autosubmit(page)

    async def sign_in(self, url: str, username: str, password: str | None = None) -> Page:
        """From the authorization URL to wherever the provider sends the browser at the end."""
        page = await self.open(url)
        return await self.finish_interaction(page, username, password)

    async def finish_interaction(self, page: Page, username: str, password: str | None = None) -> Page:
        for _ in range(4):
            forms = page.forms()
            if not forms or "/interaction/" not in page.url:
                return page
            if "username" in forms[0].fields or 'name="username"' in page.text:
                pw = password if password is not None else user(username)["password"]
                page = await self.submit(page, {"username": username, "password": pw})
            else:
                page = await self.submit(page)  # consent: "Continue"
        return page

    async def device_sign_in(self, verification_uri_complete: str, username: str) -> Page:
        """The visitor's phone: open the QR's link, confirm the code, sign in, consent."""
        page = await self.open(verification_uri_complete)
        page = await self.submit(page, button="confirm")
        return await self.finish_interaction(page, username)

    async def sign_out(self, end_session_url: str) -> Page:
        page = await self.open(end_session_url)
        return await self.submit(page, button="logout")
