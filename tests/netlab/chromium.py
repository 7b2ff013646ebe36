"""Debian's Chromium, headless, driven through its DevTools protocol over a pipe.

``--remote-debugging-pipe``: the protocol runs over file descriptors 3 and 4
instead of a TCP port, so it reaches the browser in whatever namespace it
runs, and nothing listens anywhere. Fake camera and microphone, no first-run,
sync, component updates or background networking (without those flags it
tries to reach Google), an empty profile under the worktree's ``var/``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

from .topology import CallLab, LabUnavailable

PAGE = Path(__file__).with_name("customer_page") / "customer.html"

FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
    "--no-default-browser-check", "--disable-default-apps", "--disable-extensions",
    "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", "--mute-audio",
    "--metrics-recording-only", "--password-store=basic", "--remote-debugging-pipe",
]


def chromium_binary() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


class Chromium:
    """One browser with one page; :meth:`evaluate` runs JavaScript in it."""

    def __init__(self, lab: CallLab, role: str, profile: Path) -> None:
        binary = chromium_binary()
        if binary is None:
            raise LabUnavailable("chromium is not installed (scripts/setup.sh installs it)")
        shutil.rmtree(profile, ignore_errors=True)
        profile.mkdir(parents=True)
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def pipes_on_3_and_4() -> None:  # in the child, before exec
            a, b = os.dup(to_browser_r), os.dup(from_browser_w)
            os.dup2(a, 3)
            os.dup2(b, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        self.log = profile.parent / f"{profile.name}.log"
        self.proc = subprocess.Popen(
            [*lab.argv(role), binary, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            preexec_fn=pipes_on_3_and_4, close_fds=False, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=open(self.log, "ab"))
        lab.procs.append(self.proc)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._next_id = 0
        self._replies: dict[int, dict[str, Any]] = {}
        self._cond = threading.Condition()
        threading.Thread(target=self._read, daemon=True, name="cdp-reader").start()
        self.session: str | None = None
        try:
            self.call("Browser.getVersion", timeout=30)
        except TimeoutError:
            raise LabUnavailable(f"chromium did not answer on its DevTools pipe; see {self.log}") from None

    def _read(self) -> None:
        buffer = b""
        while True:
            try:
                chunk = os.read(self._from_browser, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                with self._cond:
                    self._cond.notify_all()
                return
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                message = json.loads(raw)
                if "id" in message:
                    with self._cond:
                        self._replies[message["id"]] = message
                        self._cond.notify_all()

    def call(self, method: str, params: dict[str, Any] | None = None, *, session: str | None = None,
             timeout: float = 10.0) -> dict[str, Any]:
        with self._cond:
            self._next_id += 1
            ident = self._next_id
        message: dict[str, Any] = {"id": ident, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        with self._cond:
            while ident not in self._replies:
                left = deadline - time.monotonic()
                if left <= 0 or self.proc.poll() is not None:
                    raise TimeoutError(f"no answer to {method}")
                self._cond.wait(left)
            reply = self._replies.pop(ident)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def open(self, url: str) -> None:
        target = self.call("Target.createTarget", {"url": url})["targetId"]
        self.session = self.call("Target.attachToTarget",
                                 {"targetId": target, "flatten": True})["sessionId"]

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True}, session=self.session)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"].get("text"))
        return result["result"].get("value")

    def state(self) -> dict[str, Any]:
        return self.evaluate("JSON.parse(JSON.stringify(window.callState || {}))") or {}

    def wait(self, predicate: Any, timeout: float = 30.0, what: str = "") -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            state = self.state()
            if predicate(state):
                return state
            if state.get("error"):
                raise AssertionError(f"page error: {state['error']}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"page never {what or 'got there'}: {state}")
            time.sleep(0.2)

    def close(self) -> None:
        try:
            self.call("Browser.close", timeout=5)
            self.proc.wait(5)
        except (TimeoutError, RuntimeError, OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()
        for fd in (self._to_browser, self._from_browser):
            try:
                os.close(fd)
            except OSError:
                pass


def page_url(hub_url: str, token: str, *, offer: bool) -> str:
    from urllib.parse import urlencode

    query = urlencode({"hub": hub_url, "token": token, "offer": "1" if offer else "0"})
    return f"{PAGE.resolve().as_uri()}?{query}"
