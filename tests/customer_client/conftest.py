"""pytest set-up for the customer client on the shared qasync + pytest-qt kit.

The loop and the per-test helper come from :mod:`tests.qtkit` (one loop for
the whole run, shared with the agent desktop's tests). Tests are plain (sync)
functions that drive it with ``ui.run(coro)`` and ``ui.until(condition)``, which
spin the loop, so Qt events, the client's WebSocket and a simulated agent's
HubClient all make progress together; errors in callbacks and in tasks nobody
awaited fail the test at teardown.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import aiohttp
import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from client_core.call import CallMedia, synthetic_audio, synthetic_video
from client_core.config import resources_dir
from client_core.hub_client import HubClient
from client_core.i18n import set_ui_language
from client_core.precheck.measurement import NetworkMeasurement
from client_core.precheck.verdicts import PlatformInfo
from client_core.qt.call_devices import CallDevices
from customer_client.qt.main_window import CATALOGS, ClientOptions, KioskOptions, MainWindow
from customer_client.qt.pages.precheck import PrecheckPage
from customer_client.services.devices import DeviceProbes
from customer_client.services.precheck_runner import PrecheckRunner
from hub_protocol import frames as p
from tests.hubkit import FrameLog
from tests.qtkit import (  # noqa: F401 - fixtures and hooks for pytest
    Aio,
    aio,
    pytest_runtest_setup,
    pytest_runtest_teardown,
    pytest_sessionfinish,
    qloop,
)

UI = Aio  # the name these tests use for the loop helper

GOOD_LINK = NetworkMeasurement(connected=True, up_kbit=4800.0, down_kbit=9100.0, rtt_ms=18.0,
                               jitter_ms=2.1, loss_pct=0.0, pings_sent=100, elapsed_s=4.0)
SLOW_LINK = NetworkMeasurement(connected=True, up_kbit=640.0, down_kbit=900.0, rtt_ms=420.0,
                               jitter_ms=45.0, loss_pct=4.5, pings_sent=100, elapsed_s=4.0)
NO_LINK = NetworkMeasurement(connected=False, error="could not connect")
SYNTHETIC = CallMedia(synthetic_video(320, 240, 30), synthetic_audio())
LINUX = PlatformInfo("Linux", "6.1.0-18-amd64", "2.36")
QUICK = (0.3, 0.7)  # the device probes' settle and sample seconds in tests


@pytest.fixture
def ui(aio: Aio) -> UI:  # noqa: F811 - the imported fixture, requested
    aio.default_timeout = 15.0  # real hub processes and WebRTC calls: a little more time
    return aio


@pytest.fixture(autouse=True)
def _customer_style(qapp: QApplication) -> Iterator[None]:
    qapp.setStyleSheet((resources_dir() / "customer" / "style.qss").read_text(encoding="utf-8"))
    yield
    set_ui_language(qapp, "en", CATALOGS)


def runner_factory(network: NetworkMeasurement = GOOD_LINK
                   ) -> Callable[[str, DeviceProbes], PrecheckRunner]:
    """The page's real device probes (lavfi stand-ins, short sampling), an injected network."""

    def make(_hub_url: str, probes: DeviceProbes) -> PrecheckRunner:
        async def measure() -> NetworkMeasurement:
            await asyncio.sleep(0.3)
            return network

        return PrecheckRunner(probes, measure, platform_info=LINUX)

    return make


def make_page(qtbot: Any, factory: Callable[[str, DeviceProbes], PrecheckRunner],
              media: CallMedia = SYNTHETIC, hub_url: str = "ws://127.0.0.1:9/ws") -> PrecheckPage:
    """The pre-session check page alone, on devices with ``media`` standing in."""
    devices = CallDevices(fixed=media)
    page = PrecheckPage(lambda probes: factory(hub_url, probes), devices,
                        warmup_s=QUICK[0], sample_s=QUICK[1])
    devices.setParent(page)
    qtbot.addWidget(page)
    return page


@pytest.fixture
def make_window(qtbot: Any, ui: UI) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def make(hub_url: str, token: str | None, *, network: NetworkMeasurement = GOOD_LINK,
             media: CallMedia = SYNTHETIC, kiosk: KioskOptions | None = None,
             runner: Any = None, devices: CallDevices | None = None) -> MainWindow:
        window = MainWindow(ClientOptions(
            hub_url=hub_url, token=lambda: token, media=media,
            runner_factory=runner or runner_factory(network), default_language="en",
            kiosk=kiosk or KioskOptions(),
            hub_client_options={"backoff_initial_s": 0.1, "backoff_max_s": 0.5},
            device_timing=QUICK, devices=devices,
        ))
        # "End the chat?" and the like: these tests mean what they click (test_confirmations.py
        # answers no as well).
        for page in (window.chat_page, window.queue_page, window.call_page):
            page.ask = lambda *_args: True
        window.resize(1200, 860)
        # Not qtbot.addWidget: pytest-qt would delete the window before this fixture's
        # teardown has closed the hub connection that lives in it.
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window._allow_close = True
        ui.run(window.call.hang_up())
        task = window.visit.shutdown()
        if task is not None:
            ui.run(task)
        window.close()
        window.deleteLater()
    # Delete the windows now, inside the loop: their hub connections' sockets close
    # here, not in the next test.
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


