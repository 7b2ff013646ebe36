"""Runs the automatic part of the pre-session check within 10 s.

First the devices, side by side (about 3 s): the camera, and the speaker item
(the test sound on the speakers, its echo measured through the call's echo
canceller, and the microphone graded around it: the customer was just asked
to say a few words); then the network measurement alone:
client_core's WebRTC data-channel test against the hub's ``/precheck``
endpoint, limited to 6 s. Not all three at once: the data channel's SCTP is
pure Python on this event loop, and decoding the camera meanwhile starved it
on a busy machine (a missing download figure in 2 of 4 runs at load 8, none
in 4 of 4 run after the devices). Each step is cut at its share of the
budget, so a hung device or a dead link gives a verdict instead of a spinner.
The speaker item needs the customer's answer and is added by the UI.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Awaitable, Callable, Sequence
from urllib.parse import urlsplit, urlunsplit

from client_core.call.probe import SoundReport
from client_core.devices import CameraReport, MicrophoneReport, Remedy, Verdict
from client_core.precheck.host import current_platform
from client_core.precheck.measurement import NetworkMeasurement
from client_core.precheck.relay import RelayResult
from client_core.precheck.verdicts import ItemReport, PlatformInfo, check_os, check_relay

from ..domain.precheck import (
    DEVICE_BUDGET_S,
    NETWORK_BUDGET_S,
    Checklist,
    camera_item,
    echo_item,
    microphone_item,
)
from .devices import DeviceProbes, LevelListener

log = logging.getLogger(__name__)

NetworkProbe = Callable[[], Awaitable[NetworkMeasurement]]
#: The relay check (client_core.precheck.relay): one result per TURN listener.
RelayProbe = Callable[[], Awaitable[Sequence[RelayResult]]]
ResultListener = Callable[[ItemReport], None]

NO_CAMERA = CameraReport(Verdict.FAIL, Remedy.CAMERA_MISSING, 0, 0.0, 0.0, 0.0)
NO_MICROPHONE = MicrophoneReport(Verdict.FAIL, Remedy.MIC_DEAD, -math.inf, -math.inf, 0.0)


def http_base(ws_url: str) -> str:
    """ws://host:port/ws -> http://host:port (the hub serves /precheck there)."""
    parts = urlsplit(ws_url)
    scheme = "https" if parts.scheme == "wss" else "http"
    return urlunsplit((scheme, parts.netloc, "", "", ""))


def hub_network_probe(ws_url: str, budget_s: float = NETWORK_BUDGET_S) -> NetworkProbe:
    """The shared measurement against the hub: connecting and measuring within ``budget_s``."""

    async def probe() -> NetworkMeasurement:
        from client_core.precheck.network import measure_network

        # Measuring takes duration_s; connecting (usually < 0.3 s) comes on top.
        return await measure_network(http_base(ws_url), duration_s=budget_s - 1.0,
                                     max_total_s=budget_s)

    return probe


class PrecheckRunner:
    def __init__(
        self,
        devices: DeviceProbes,
        network: NetworkProbe,
        *,
        platform_info: PlatformInfo | None = None,
        device_budget_s: float = DEVICE_BUDGET_S,
        network_budget_s: float = NETWORK_BUDGET_S + 0.3,  # the measurement closes up
    ) -> None:
        self.devices = devices
        self.network = network
        self.relay: RelayProbe | None = None  # set when the hub names a relay to test
        self.platform_info = platform_info or current_platform()
        self.device_budget_s = device_budget_s
        self.network_budget_s = network_budget_s

    async def run(self, on_result: ResultListener, on_level: LevelListener | None = None
                  ) -> Checklist:
        checklist = Checklist()
        started = time.monotonic()

        def put(result: ItemReport) -> None:
            checklist.put(result)
            on_result(result)

        put(check_os(self.platform_info))

        async def camera() -> None:
            cam = await self._bounded(self.devices.camera(), self.device_budget_s)
            put(camera_item(cam or NO_CAMERA))

        async def speaker() -> None:
            sound = await self._bounded(self.devices.speaker(on_level), self.device_budget_s)
            if isinstance(sound, SoundReport) and sound.echo is not None:
                put(echo_item(sound.echo))
            put(microphone_item(sound.microphone if isinstance(sound, SoundReport)
                                else NO_MICROPHONE))

        async def network() -> None:
            m = await self._bounded(self.network(), self.network_budget_s)
            if m is None:
                m = NetworkMeasurement(connected=False, error="network check timed out")
            for result in checklist.put_network(m):
                on_result(result)

        async def relay() -> None:
            # Tiny traffic, done while the devices are checked: the network is idle then.
            if self.relay is not None:
                results = await self._bounded(self.relay(), self.device_budget_s)
                report = check_relay(results or ())  # type: ignore[arg-type]
                if report is not None:
                    put(report)

        await asyncio.gather(camera(), speaker(), relay())
        await network()
        checklist.elapsed_s = round(time.monotonic() - started, 2)
        return checklist

    async def _bounded(self, coro: Awaitable[object], budget_s: float) -> object:
        try:
            return await asyncio.wait_for(coro, budget_s)
        except TimeoutError:
            log.warning("a pre-session check step ran over %.1f s", budget_s)
            return None
        except Exception:  # a probe bug must become a verdict, not a stuck page
            log.exception("pre-session check step failed")
            return None
