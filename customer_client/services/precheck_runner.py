"""Runs the automatic part of the pre-session check concurrently within 10 s.

Camera, microphone and the network measurement run at the same time (they use
different resources); each is cut at the time budget so a hung device or a
dead link gives a verdict instead of a spinner. The speaker item needs the
customer's answer and is added by the UI.
"""

from __future__ import annotations

import asyncio
import logging
import platform
import time
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit, urlunsplit

from client_core.devices import CameraReport, MicrophoneReport, Remedy, Verdict
from client_core.precheck.measurement import NetworkMeasurement

from ..domain.precheck import (
    TIME_BUDGET_S,
    ItemResult,
    PrecheckReport,
    grade_camera,
    grade_microphone,
    grade_network,
    grade_os,
)
from .devices import DeviceProbe, LevelListener

log = logging.getLogger(__name__)

NetworkProbe = Callable[[], Awaitable[NetworkMeasurement]]
ResultListener = Callable[[ItemResult], None]


def http_base(ws_url: str) -> str:
    """ws://host:port/ws -> http://host:port (the hub serves /precheck there)."""
    parts = urlsplit(ws_url)
    scheme = "https" if parts.scheme == "wss" else "http"
    return urlunsplit((scheme, parts.netloc, "", "", ""))


def hub_network_probe(ws_url: str, duration_s: float = 5.0) -> NetworkProbe:
    async def probe() -> NetworkMeasurement:
        from client_core.precheck.network import measure_network

        return await measure_network(http_base(ws_url), duration_s=duration_s,
                                     max_total_s=duration_s + 1.5)

    return probe


class PrecheckRunner:
    def __init__(
        self,
        devices: DeviceProbe,
        network: NetworkProbe,
        *,
        os_info: tuple[str, str] | None = None,
        budget_s: float = TIME_BUDGET_S - 0.5,
    ) -> None:
        self.devices = devices
        self.network = network
        self.os_info = os_info or (platform.system(), platform.release())
        self.budget_s = budget_s

    async def run(self, on_result: ResultListener, on_level: LevelListener | None = None
                  ) -> PrecheckReport:
        report = PrecheckReport()
        started = time.monotonic()

        def put(result: ItemResult) -> None:
            report.put(result)
            on_result(result)

        put(grade_os(*self.os_info))

        async def camera() -> None:
            cam = await self._bounded(self.devices.camera(), None)
            put(grade_camera(cam or CameraReport(Verdict.FAIL, Remedy.CAMERA_MISSING,
                                                 0, 0.0, 0.0, 0.0)))

        async def microphone() -> None:
            mic = await self._bounded(self.devices.microphone(on_level), None)
            put(grade_microphone(mic or MicrophoneReport(Verdict.FAIL, Remedy.MIC_DEAD,
                                                         float("-inf"), float("-inf"), 0.0)))

        async def network() -> None:
            m = await self._bounded(self.network(), None)
            if m is None:
                m = NetworkMeasurement(connected=False, error="network check timed out")
            report.measurement = m
            for result in grade_network(m):
                put(result)

        await asyncio.gather(camera(), microphone(), network())
        report.elapsed_s = round(time.monotonic() - started, 2)
        return report

    async def _bounded(self, coro: Awaitable[object], default: object) -> object:
        try:
            return await asyncio.wait_for(coro, self.budget_s)
        except TimeoutError:
            log.warning("a pre-session check step ran over %.1f s", self.budget_s)
            return default
        except Exception:  # a probe bug must become a verdict, not a stuck page
            log.exception("pre-session check step failed")
            return default
