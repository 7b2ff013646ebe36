"""Who the customer is while the app runs: signing in, the person, signing out (no Qt).

The sign-in page asks ``start`` (the system browser at home, the visitor's
phone at a kiosk: ``sign_in.CustomerSignIn``) and hears how it goes through
``events``. The visit's hub connection takes ``credentials``: the person's
access tokens, renewed at the provider before they expire and handed to the
hub on the open connection (``auth.renew``), or a fixed token given at start
(``--token``, demos and tests), which counts as signed in.

``sign_out`` forgets the person at once (tokens live in memory only), then
ends the sign-in at the hub and the provider in a task (``ending``). At a
kiosk every visit is its own person: ``end_visit`` signs out, so the next
visitor starts with nobody signed in.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from client_core.events import Event
from client_core.hub_renewal import HubCredentials
from client_core.identity import SignedIn, SignInError, SignInProblem

from .sign_in import CustomerSignIn

if TYPE_CHECKING:
    from client_core.identity import DeviceAuthorization

log = logging.getLogger(__name__)

OpenUrl = Callable[[str], object]


class IdentityEvents:
    """What the sign-in announces; the Qt adapter turns each into a signal."""

    def __init__(self) -> None:
        self.waiting_for_browser: Event[()] = Event("waiting for the browser")
        self.code_shown: Event[DeviceAuthorization] = Event("device code")
        self.signed_in: Event[str] = Event("signed in")  # the name to show
        self.failed: Event[SignInProblem] = Event("sign-in failed")
        self.cancelled: Event[()] = Event("sign-in cancelled")
        self.signed_out: Event[()] = Event("signed out")


class CustomerIdentity:
    def __init__(self, sign_in: CustomerSignIn, hub_url: str, *, kiosk: bool,
                 fixed_token: Callable[[], str | None] = lambda: None) -> None:
        self.service = sign_in
        self.hub_url = hub_url
        self.kiosk = kiosk
        self._fixed_token = fixed_token
        self.events = IdentityEvents()
        self.person: SignedIn | None = None  # in memory only; dropped at sign-out
        self._attempt: asyncio.Task[bool] | None = None
        self._cancelled = False  # the app stopped the sign-in under way
        self.ending: asyncio.Task[None] | None = None  # the last sign-out's end at hub and provider

    @property
    def signed_in(self) -> bool:
        return self.person is not None or bool(self._fixed_token())

    @property
    def name(self) -> str:
        return self.person.name if self.person is not None else ""

    def credentials(self) -> HubCredentials | None:
        """For the visit's hub connection; None: nobody is signed in."""
        if self.person is not None:
            return HubCredentials(self.person.access_token, self.person.renew_in)
        token = self._fixed_token()
        return HubCredentials(token) if token else None

    # ------------------------------------------------------------ signing in

    def start(self, open_url: OpenUrl, **browser_texts: Any) -> asyncio.Task[bool]:
        """Sign in (once at a time): ``browser_texts`` are ``sign_in``'s keyword arguments."""
        if self._attempt is None or self._attempt.done():
            self._attempt = asyncio.ensure_future(self.sign_in(open_url, **browser_texts))
        return self._attempt

    async def sign_in(self, open_url: OpenUrl, *, ui_locales: str = "", done_title: str = "",
                      done_text: str = "") -> bool:
        e = self.events
        self._cancelled = False
        try:
            if self.kiosk:
                person = await self.service.with_phone(e.code_shown.emit)
            else:
                e.waiting_for_browser.emit()
                person = await self.service.with_browser(open_url, ui_locales=ui_locales,
                                                         done_title=done_title, done_text=done_text)
        except SignInError as exc:
            log.info("sign-in ended: %s", exc.problem.value)
            if self._cancelled:  # this app stopped it, not the person at the provider
                e.cancelled.emit()
            else:
                e.failed.emit(exc.problem)
            return False
        except asyncio.CancelledError:
            e.cancelled.emit()
            return False
        self.person = person
        e.signed_in.emit(person.name)
        return True

    def cancel(self) -> None:
        """Stop a sign-in under way (the browser's answer or the phone are no longer awaited)."""
        self._cancelled = True
        self.service.cancel()
        if self._attempt is not None and not self._attempt.done():
            self._attempt.cancel()

    # ------------------------------------------------------------ signing out

    def sign_out(self, open_url: OpenUrl | None = None) -> asyncio.Task[None] | None:
        """Forget the person now; end the sign-in at the hub and the provider in a task.
        At home the provider's sign-out page opens in the browser; a kiosk never opens one."""
        self.cancel()
        person, self.person = self.person, None
        if person is None:
            return None
        self.events.signed_out.emit()
        self.ending = asyncio.ensure_future(
            self.service.end(person, self.hub_url, None if self.kiosk else open_url))
        return self.ending

    def end_visit(self) -> None:
        """A visit is over (start over, idle, thanks): at a kiosk the visitor is signed out."""
        if self.kiosk:
            self.sign_out()
        else:
            self.cancel()
