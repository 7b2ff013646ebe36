"""Measurement against a real hub app on 127.0.0.1 (no shaping)."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiohttp import web

from client_core.precheck.network import measure_http, measure_network
from client_core.precheck.verdicts import Verdict, network_reports
from service_hub.precheck_echo import PRECHECK_ECHO, PrecheckLimits, add_precheck_routes


async def _serve(limits: PrecheckLimits | None = None) -> tuple[web.AppRunner, str]:
    app = web.Application()
    add_precheck_routes(app, limits=limits)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{runner.addresses[0][1]}"


@pytest.fixture
async def hub() -> AsyncIterator[tuple[web.Application, str]]:
    runner, url = await _serve(PrecheckLimits(max_sessions=2, max_session_s=10))
    yield runner.app, url
    await runner.cleanup()


async def test_measure_network_loopback(hub: tuple[web.Application, str]) -> None:
    app, url = hub
    m = await measure_network(url)
    assert m.connected and m.error is None, m
    assert m.elapsed_s is not None and m.elapsed_s <= 6.0
    assert m.rtt_ms is not None and m.rtt_ms < 50
    assert m.loss_pct == 0.0 and m.pings_sent >= 90
    # unshaped loopback: far above the 5 Mbit/s we care about (CPU-bound here)
    assert m.bandwidth_kbit is not None and m.bandwidth_kbit > 5000
    assert len(m.up_samples_kbit) == 2 and len(m.down_samples_kbit) == 2
    assert m.notes == (), m.notes  # link bytes counted by the packet meter both ways
    # link rate = goodput plus headers, pings and SACKs: never below the payload
    assert m.up_kbit is not None and m.up_goodput_kbit is not None
    assert m.up_kbit > m.up_goodput_kbit
    assert {r.verdict for r in network_reports(m)} == {Verdict.OK}
    await asyncio.sleep(0.3)
    assert not app[PRECHECK_ECHO].sessions  # the client's close reached the hub


async def test_measure_http_loopback(hub: tuple[web.Application, str]) -> None:
    m = await measure_http(hub[1], duration_s=4.0)
    assert m.method == "http" and m.error is None, m
    assert m.bandwidth_kbit is not None and m.bandwidth_kbit > 5000


async def test_unreachable_hub_is_a_webrtc_fail() -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    m = await measure_network(f"http://127.0.0.1:{port}")
    assert not m.connected and m.error
    assert [r.verdict for r in network_reports(m)] == [Verdict.FAIL]


async def test_hub_limits_sessions_and_expires_them() -> None:
    runner, url = await _serve(PrecheckLimits(max_sessions=0))
    try:
        m = await measure_network(url)
        assert not m.connected and "503" in (m.error or "")
    finally:
        await runner.cleanup()

    runner, url = await _serve(PrecheckLimits(max_sessions=1, max_session_s=0.5))
    try:
        task = asyncio.ensure_future(measure_network(url, duration_s=3.0))
        await asyncio.sleep(1.0)
        assert not runner.app[PRECHECK_ECHO].sessions  # closed by the hub after 0.5 s
        m = await task
        assert m.bandwidth_kbit is None  # cut short: no throughput samples
    finally:
        await runner.cleanup()


async def test_shutdown_closes_sessions() -> None:
    runner, url = await _serve()
    task = asyncio.ensure_future(measure_network(url, duration_s=3.0))
    for _ in range(50):
        await asyncio.sleep(0.05)
        if runner.app[PRECHECK_ECHO].sessions:
            break
    assert runner.app[PRECHECK_ECHO].sessions
    await runner.cleanup()
    assert not runner.app[PRECHECK_ECHO].sessions
    await task


async def test_bad_offers_and_http_routes(hub: tuple[web.Application, str]) -> None:
    url = hub[1]
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{url}/precheck/offer", data=b"not json") as resp:
            assert resp.status == 400
        async with http.post(f"{url}/precheck/offer", json={"sdp": "v=0", "type": "offer"}) as resp:
            assert resp.status == 400
        async with http.get(f"{url}/precheck/download", params={"bytes": "1000"}) as resp:
            assert len(await resp.read()) == 1000
        async with http.get(f"{url}/precheck/download", params={"bytes": "x"}) as resp:
            assert resp.status == 400
        async with http.post(f"{url}/precheck/upload", data=bytes(5000)) as resp:
            assert (await resp.json())["bytes"] == 5000


def test_cumulative_counts_at_exact_instants() -> None:
    from hub_protocol.precheck_meter import Cumulative

    c = Cumulative()
    for t, n in ((10.0, 100), (10.5, 50), (11.0, 25)):
        c.add(n, t)
    assert c.at(9.9) == 0 and c.at(10.0) == 100 and c.at(10.7) == 150 and c.at(99) == 175


def test_wire_meter_counts_link_bytes_per_packet() -> None:
    from hub_protocol.precheck_meter import SCTP_PACKET_WIRE_OVERHEAD, WireMeter

    seen: list[bytes] = []

    class FakeSctp:
        async def _handle_data(self, data: bytes) -> None:
            seen.append(data)

    sctp = FakeSctp()
    meter = WireMeter.attach(sctp)
    assert meter is not None
    asyncio.run(sctp._handle_data(bytes(1188)))  # one full DATA chunk
    assert seen == [bytes(1188)]  # still delivered to SCTP
    assert meter.total == 1188 + SCTP_PACKET_WIRE_OVERHEAD == 1267  # the frame seen on the veth
    assert WireMeter.attach(object()) is None  # no hook point: caller falls back
