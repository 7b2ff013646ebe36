"""Verdict functions at every boundary, and the report's JSON round trip."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from client_core.precheck.host import current_platform
from client_core.precheck.measurement import NetworkMeasurement
from client_core.precheck.verdicts import (
    ItemReport,
    PlatformInfo,
    PrecheckReport,
    Verdict,
    check_bandwidth,
    check_jitter,
    check_loss,
    check_os,
    check_rtt,
    check_webrtc,
    network_reports,
    overall,
)

OK, WARN, FAIL = Verdict.OK, Verdict.WARN, Verdict.FAIL


@pytest.mark.parametrize(("kbit", "verdict"), [
    (None, FAIL), (0, FAIL), (800, FAIL), (1199, FAIL), (1199.9, FAIL),
    (1200, WARN), (1499.9, WARN), (1500, OK), (50_000, OK),
])
@pytest.mark.parametrize("direction", ["up", "down"])
def test_bandwidth(direction: str, kbit: float | None, verdict: Verdict) -> None:
    report = check_bandwidth(direction, kbit)
    assert report.verdict is verdict
    assert report.item == f"bandwidth_{direction}"
    assert (report.remedy_key is None) == (verdict is OK)


@pytest.mark.parametrize(("check", "ok_edge", "warn_edge"), [
    (check_rtt, 150, 300), (check_jitter, 30, 50), (check_loss, 2, 5),
])
def test_graded_boundaries(check, ok_edge: float, warn_edge: float) -> None:  # type: ignore[no-untyped-def]
    assert check(0).verdict is OK
    assert check(ok_edge - 0.01).verdict is OK
    assert check(ok_edge).verdict is WARN
    assert check(warn_edge - 0.01).verdict is WARN
    assert check(warn_edge).verdict is FAIL
    assert check(None).verdict is FAIL


@pytest.mark.parametrize(("info", "verdict", "code"), [
    (PlatformInfo("Windows", "10.0.19045"), OK, None),
    (PlatformInfo("Windows", "10.0.22631"), OK, None),  # Windows 11
    (PlatformInfo("Windows", "10.0.10240"), OK, None),
    (PlatformInfo("Windows", "10.0.10239"), FAIL, "windows_too_old"),
    (PlatformInfo("Windows", "6.3.9600"), FAIL, "windows_too_old"),  # 8.1
    (PlatformInfo("Windows", "6.1.7601"), FAIL, "windows_too_old"),  # 7
    (PlatformInfo("Darwin", "12.0"), OK, None),
    (PlatformInfo("Darwin", "12"), OK, None),
    (PlatformInfo("Darwin", "14.5"), OK, None),
    (PlatformInfo("Darwin", "11.7.10"), FAIL, "macos_too_old"),
    (PlatformInfo("Darwin", "10.15.7"), FAIL, "macos_too_old"),
    (PlatformInfo("Darwin", ""), FAIL, "macos_too_old"),
    (PlatformInfo("Linux", "5.4.0-150-generic", "2.31"), OK, None),
    (PlatformInfo("Linux", "6.1.0-18-amd64", "2.36"), OK, None),
    (PlatformInfo("Linux", "5.3.18", "2.31"), FAIL, "linux_kernel_too_old"),
    (PlatformInfo("Linux", "4.19.0", "2.28"), FAIL, "linux_kernel_too_old"),
    (PlatformInfo("Linux", "5.15.0", "2.30"), FAIL, "linux_glibc_too_old"),
    (PlatformInfo("Linux", "6.6.0", None), FAIL, "linux_no_glibc"),
    (PlatformInfo("FreeBSD", "14.0-RELEASE"), FAIL, "os_unsupported"),
])
def test_os(info: PlatformInfo, verdict: Verdict, code: str | None) -> None:
    report = check_os(info)
    assert report.verdict is verdict
    assert report.remedy_code == code
    if code:  # say WHY, in a key the UI can translate
        assert report.remedy_key == f"precheck.os.{code}"
    assert report.figures["release"] == info.release


def test_current_platform_is_graded() -> None:
    assert check_os(current_platform()).verdict in (OK, FAIL)


def test_webrtc() -> None:
    assert check_webrtc(True).verdict is OK
    blocked = check_webrtc(False, "could not connect")
    assert blocked.verdict is FAIL and blocked.remedy_code == "webrtc_blocked"


@dataclass
class DeviceReport:
    """Shaped like client_core.devices' reports: only .item and .verdict required."""

    item: str
    verdict: str
    remedy_key: str | None = None


def test_overall_takes_the_worst() -> None:
    good = [DeviceReport("camera", "ok"), check_rtt(20)]
    assert overall(good) is OK
    assert overall([*good, check_loss(3)]) is WARN
    assert overall([*good, check_loss(3), check_bandwidth("up", 1199)]) is FAIL
    assert overall([]) is FAIL


def _measurement(**kw: object) -> NetworkMeasurement:
    base = dict(connected=True, up_kbit=2000.0, down_kbit=1300.0, up_goodput_kbit=1800.0,
                down_goodput_kbit=1180.0, up_samples_kbit=(1900.0, 1800.0),
                down_samples_kbit=(1200.0, 1180.0), rtt_ms=40.0, rtt_loaded_ms=90.0,
                jitter_ms=3.0, loss_pct=0.0, pings_sent=100, setup_s=0.1, elapsed_s=5.2)
    base.update(kw)
    return NetworkMeasurement(**base)  # type: ignore[arg-type]


def test_network_reports() -> None:
    reports = {r.item: r.verdict for r in network_reports(_measurement())}
    assert reports == {"webrtc": OK, "bandwidth_up": OK, "bandwidth_down": WARN,
                       "rtt": OK, "jitter": OK, "loss": OK}
    assert _measurement().bandwidth_kbit == 1300.0
    failed = network_reports(NetworkMeasurement(connected=False, error="blocked"))
    assert [(r.item, r.verdict) for r in failed] == [("webrtc", FAIL)]


def test_report_json_round_trip() -> None:
    devices = [DeviceReport("camera", "ok"), DeviceReport("speaker", "warn", "precheck.use_headset")]
    report = PrecheckReport.build([*devices, check_os(PlatformInfo("Windows", "10.0.19045")),
                                   *network_reports(_measurement())], _measurement())
    wire = json.loads(json.dumps(report.to_dict()))  # really JSON-able
    assert wire["verdict"] == "warn"
    back = PrecheckReport.from_dict(wire)
    assert back == report
    assert back.items[1] == ItemReport("speaker", WARN, {}, None, "precheck.use_headset")
    assert back.bandwidth_kbit == 1300.0
    assert PrecheckReport.from_dict(PrecheckReport.build([]).to_dict()).network is None
    with pytest.raises(ValueError):
        PrecheckReport.from_dict({**wire, "schema": 99})


def test_relay_grades_what_the_network_lets_through() -> None:
    from client_core.precheck.relay import RelayResult
    from client_core.precheck.verdicts import check_relay

    def graded(**outcomes: str):
        return check_relay([RelayResult(t, o) for t, o in outcomes.items()])

    assert check_relay([]) is None  # the hub names no relay: nothing to grade
    ok = graded(udp="ok", tcp="ok", tls="ok")
    assert ok.verdict is Verdict.OK and ok.figures == {"udp": "ok", "tcp": "ok", "tls": "ok"}
    slower = graded(udp="unreachable", tcp="unreachable", tls="ok")
    assert (slower.verdict, slower.remedy_code) == (Verdict.WARN, "relay_udp_blocked")
    refused = graded(udp="refused", tcp="refused", tls="unreachable")
    assert (refused.verdict, refused.remedy_code) == (Verdict.WARN, "relay_refused")
    blocked = graded(udp="unreachable", tcp="unreachable", tls="unreachable")
    assert (blocked.verdict, blocked.remedy_code) == (Verdict.FAIL, "relay_blocked")
    assert graded(udp="ok").figures == {"udp": "ok", "tcp": "not_offered", "tls": "not_offered"}
