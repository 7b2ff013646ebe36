"""qasync + pytest-qt for the customer client.

Pattern: one ``qasync.QEventLoop(qapp)`` per test; tests are plain (sync)
functions that drive it with ``ui.run(coro)`` and ``ui.until(condition)``, which
spin the *same* loop, so Qt events, the client's WebSocket and a simulated
agent's HubClient all make progress together. Errors raised in callbacks and
in tasks nobody awaited are collected by the loop's exception handler and fail
the test at teardown (the idea of qasync's own tests/conftest.py).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import aiohttp
import pytest
import qasync
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from client_core.call import synthetic_audio, synthetic_video
from client_core.config import resources_dir
from client_core.hub_client import HubClient
from client_core.i18n import set_ui_language
from client_core.precheck.measurement import NetworkMeasurement
from customer_client.qt.main_window import CATALOGS, ClientOptions, KioskOptions, MainWindow
from customer_client.qt.media import MediaConfig
from customer_client.services.devices import DeviceProbe
from customer_client.services.precheck_runner import PrecheckRunner
from service_hub import protocol as p
from tests.hubkit import FrameLog

GOOD_LINK = NetworkMeasurement(connected=True, up_kbit=4800.0, down_kbit=9100.0, rtt_ms=18.0,
                               jitter_ms=2.1, loss_pct=0.0, pings_sent=100, elapsed_s=4.0)
SLOW_LINK = NetworkMeasurement(connected=True, up_kbit=640.0, down_kbit=900.0, rtt_ms=420.0,
                               jitter_ms=45.0, loss_pct=4.5, pings_sent=100, elapsed_s=4.0)
NO_LINK = NetworkMeasurement(connected=False, error="could not connect")
SYNTHETIC = MediaConfig(synthetic_video(320, 240, 30), synthetic_audio())


_LOOP: qasync.QEventLoop | None = None
_SPENT: list[qasync.QEventLoop] = []


@pytest.fixture(scope="session", autouse=True)
def _close_spent_loops() -> Iterator[None]:
    yield
    for loop in _SPENT:
        with contextlib.suppress(Exception):
            loop.close()  # joins qasync's executor thread before Qt goes away


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    with _loop_visible():
        yield


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    with _loop_visible():
        yield


@contextlib.contextmanager
def _loop_visible() -> Iterator[None]:
    """pytest-qt processes Qt events before and after each test, outside our
    run_until_complete; qasync then runs asyncio callbacks (a reconnect timer, a
    socket read) that must find their loop running, as they would in the app."""
    if _LOOP is not None and asyncio.events._get_running_loop() is None:
        asyncio.events._set_running_loop(_LOOP)
        try:
            yield
        finally:
            asyncio.events._set_running_loop(None)
    else:
        yield


class UI:
    """Drives the qasync loop from a synchronous test."""

    def __init__(self, loop: qasync.QEventLoop) -> None:
        self.loop = loop

    def run(self, coro: Awaitable[Any], timeout: float = 15.0) -> Any:
        return self.loop.run_until_complete(asyncio.wait_for(coro, timeout))

    def until(self, condition: Callable[[], Any], timeout: float = 10.0, what: str = "") -> None:
        async def poll() -> None:
            while not condition():
                await asyncio.sleep(0.02)

        try:
            self.run(poll(), timeout)
        except TimeoutError:
            raise AssertionError(f"timed out waiting for {what or condition}") from None

    def sleep(self, seconds: float) -> None:
        self.run(asyncio.sleep(seconds), seconds + 5)


class TestLoop(qasync.QEventLoop):
    """qasync's run_until_complete processes Qt events once more *after* run_forever
    has cleared the running loop; an asyncio callback run then fails with "no running
    event loop" in the middle of a coroutine. Keep the loop visible for that pass."""

    def run_forever(self) -> Any:
        try:
            return super().run_forever()
        finally:
            asyncio.events._set_running_loop(self)

    def run_until_complete(self, future: Any) -> Any:
        try:
            return super().run_until_complete(future)
        finally:
            asyncio.events._set_running_loop(None)


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    global _LOOP
    loop = _LOOP = TestLoop(qapp)
    asyncio.set_event_loop(loop)
    errors: list[dict[str, Any]] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    yield loop
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.run_until_complete(asyncio.sleep(0.05))  # let closing sockets finish
    _LOOP = None
    # Not closed here: qasync's close() frees notifiers and timers that Qt may still
    # reference while it deletes the test's widgets (a segfault in the next test).
    # The loops are closed together at the end of the session.
    _SPENT.append(loop)
    asyncio.set_event_loop(None)
    real = [e for e in errors if not isinstance(e.get("exception"), asyncio.CancelledError)]
    assert not real, f"errors in loop callbacks: {[e.get('message') for e in real]}"


@pytest.fixture
def ui(qloop: qasync.QEventLoop) -> UI:
    return UI(qloop)


@pytest.fixture(autouse=True)
def _customer_style(qapp: QApplication) -> Iterator[None]:
    qapp.setStyleSheet((resources_dir() / "customer" / "style.qss").read_text(encoding="utf-8"))
    yield
    set_ui_language(qapp, "en", CATALOGS)


def runner_factory(network: NetworkMeasurement = GOOD_LINK, *, camera: Any = "default",
                   microphone: Any = "default") -> Callable[[str, MediaConfig], PrecheckRunner]:
    """Real device probes on lavfi sources (short sampling), an injected network figure."""

    def make(_hub_url: str, media: MediaConfig) -> PrecheckRunner:
        async def measure() -> NetworkMeasurement:
            await asyncio.sleep(0.3)
            return network

        probe = DeviceProbe(media.camera if camera == "default" else camera,
                            media.microphone if microphone == "default" else microphone,
                            warmup_s=0.3, sample_s=0.7)
        return PrecheckRunner(probe, measure, os_info=("Linux", "6.1.0"))

    return make


@pytest.fixture
def make_window(qtbot: Any, ui: UI) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def make(hub_url: str, token: str | None, *, network: NetworkMeasurement = GOOD_LINK,
             media: MediaConfig = SYNTHETIC, kiosk: KioskOptions | None = None,
             runner: Any = None) -> MainWindow:
        window = MainWindow(ClientOptions(
            hub_url=hub_url, token=lambda: token, media=media,
            runner_factory=runner or runner_factory(network), default_language="en",
            kiosk=kiosk or KioskOptions(),
            hub_client_options={"backoff_initial_s": 0.1, "backoff_max_s": 0.5},
        ))
        window.tone.play = lambda: None  # type: ignore[method-assign]  # no sound card in CI
        window.precheck_page.play_tone = lambda: None
        window.resize(1200, 860)
        # Not qtbot.addWidget: pytest-qt would delete the window before this fixture's
        # teardown has closed the hub connection that lives in it.
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window._allow_close = True
        window.call.audio.unbind()
        engine = window.call.engine
        if engine is not None:
            ui.run(engine.hang_up())
        task = window.session.shutdown()
        if task is not None:
            ui.run(task)
        window.close()
        window.deleteLater()
    # Delete the windows while their loop still runs: a QObject destroyed later, after
    # the loop is closed, may touch freed socket notifiers (a crash in the next test).
    ui.sleep(0.05)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ui.sleep(0.05)


class Agent:
    """A service expert simulated with the shared HubClient, on the test's loop."""

    def __init__(self, client: HubClient) -> None:
        self.client = client
        self.log = FrameLog(client)

    async def wait(self, kind: type, timeout: float = 10.0, **match: Any) -> Any:
        return await self.log.wait_for(kind, timeout, **match)


async def login_agent(http_url: str, ws_url: str, username: str = "anna",
                      password: str = "correct horse") -> Agent:
    async with aiohttp.ClientSession() as http, http.post(
        f"{http_url}/api/login", json={"username": username, "password": password}
    ) as resp:
        body = await resp.json()
        assert resp.status == 200, body
    client = HubClient(ws_url, body["token"], backoff_initial_s=0.05, backoff_max_s=0.5)
    agent = Agent(client)
    await client.start()
    await client.request(p.SetAgentState(state="available"))
    return agent


@pytest.fixture
def agents(ui: UI) -> Iterator[list[Agent]]:
    made: list[Agent] = []
    yield made
    for agent in made:
        ui.run(agent.client.close())


def pick_language(window: MainWindow, ui: UI, language: str = "en") -> None:
    window.language_page.buttons[language].click()
    ui.until(lambda: window.step.value == "service", what="service page")


