"""The loopback redirect of a native app's sign-in (RFC 8252, section 7.3).

A small HTTP listener on 127.0.0.1 at a port the system picks, for exactly one
answer: the provider's redirect carrying this request's ``state``. Anything
else - another path, another method, a missing or different ``state``, a
second answer - is refused and does not end the wait, so a page or program on
this computer that guesses the port cannot hand the app a code of its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import html
import logging

from aiohttp import web

from .errors import SignInError, SignInProblem

log = logging.getLogger(__name__)


class LoopbackRedirect:
    def __init__(self, path: str = "/callback", *, done_title: str = "Signed in",
                 done_text: str = "You can close this window and go back to the app.") -> None:
        self.path = path
        self.done_title = done_title
        self.done_text = done_text
        self.refused: list[str] = []  # why each refused request was refused (for tests, the log)
        self._state: str | None = None
        self._answer: asyncio.Future[dict[str, str]] | None = None
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.path}"

    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self.redirect_uri

    def expect(self, state: str) -> None:
        self._state = state
        self._answer = asyncio.get_running_loop().create_future()

    async def wait(self, timeout_s: float) -> dict[str, str]:
        """The query of the provider's answer to the expected request."""
        assert self._answer is not None, "expect(state) first"
        try:
            return await asyncio.wait_for(asyncio.shield(self._answer), timeout_s)
        except TimeoutError:
            raise SignInError(SignInProblem.TIMED_OUT, "no answer from the browser") from None

    def cancel(self) -> None:
        if self._answer is not None and not self._answer.done():
            self._answer.set_exception(SignInError(SignInProblem.CANCELLED))

    async def close(self) -> None:
        self.cancel()
        if self._answer is not None and self._answer.done():
            with contextlib.suppress(BaseException):
                self._answer.exception()  # retrieved: no "never retrieved" warning
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def _refuse(self, status: int, reason: str) -> web.Response:
        self.refused.append(reason)
        log.warning("sign-in redirect listener refused a request: %s", reason)
        return web.Response(status=status, text="This is not the answer to this sign-in.")

    async def _handle(self, request: web.Request) -> web.Response:
        if request.path != self.path:
            return self._refuse(404, "path")
        if request.method != "GET":
            return self._refuse(405, "method")
        if self._answer is None or self._answer.done() or self._state is None:
            return self._refuse(410, "not waiting")
        state = request.query.get("state", "")
        if not hmac.compare_digest(state.encode(), self._state.encode()):
            return self._refuse(400, "state")
        self._answer.set_result(dict(request.query))
        body = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(self.done_title)}"
                f"</title></head><body><h1>{html.escape(self.done_title)}</h1>"
                f"<p>{html.escape(self.done_text)}</p></body></html>")
        return web.Response(text=body, content_type="text/html")
