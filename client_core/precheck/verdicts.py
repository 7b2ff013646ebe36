"""Pre-session check verdicts: pure functions, no Qt, no I/O, no clock.

Every check yields an :class:`ItemReport` (item, verdict, measured figures, a
remedy code and the key of a plain-English remedy the UI translates). The
camera/microphone/speaker reports come from ``client_core.devices``; any
object with ``.item`` and ``.verdict`` fits (:class:`ItemLike`).

Thresholds (the agency's requirement is 1200 kbit/s each way; the rest
follow what pre-call tests such as test.webrtc.org and Twilio grade on):

=============  ====================  =======================  ==============
figure         ok                    warn                     fail
=============  ====================  =======================  ==============
bandwidth      >= 1500 kbit/s        1200 - 1499 kbit/s       < 1200 kbit/s
RTT            < 150 ms              150 - 299 ms             >= 300 ms
jitter         < 30 ms               30 - 49 ms               >= 50 ms
loss           < 2 %                 2 - 4.99 %               >= 5 %
=============  ====================  =======================  ==============

Supported operating systems: Windows 10 or later (build >= 10240), macOS 12
or later, Linux with kernel >= 5.4 and glibc >= 2.31 (Ubuntu 20.04 / Debian
11 era and newer: what our Qt 6 / PySide6 wheels and aiortc's wheels run on).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from client_core.precheck.measurement import NetworkMeasurement

BANDWIDTH_FAIL_KBIT = 1200.0  # the agency's requirement, each way
BANDWIDTH_WARN_KBIT = 1500.0  # a thin margin above it
RTT_OK_MS, RTT_WARN_MS = 150.0, 300.0
JITTER_OK_MS, JITTER_WARN_MS = 30.0, 50.0
LOSS_OK_PCT, LOSS_WARN_PCT = 2.0, 5.0

MIN_WINDOWS_BUILD = 10240  # Windows 10 RTM; Windows 11 reports 10.0.22000+
MIN_MACOS = (12, 0)
MIN_LINUX_KERNEL = (5, 4)
MIN_GLIBC = (2, 31)


class Verdict(enum.StrEnum):
    OK = "ok"
    WARN = "warn"
    FAIL = "fail"


_RANK = {Verdict.OK: 0, Verdict.WARN: 1, Verdict.FAIL: 2}


class ItemLike(Protocol):
    """What the overall verdict needs from any report (ours or devices')."""

    @property
    def item(self) -> str: ...

    @property
    def verdict(self) -> str: ...


@dataclass(frozen=True)
class ItemReport:
    """One checked item. ``remedy_key`` names a translatable sentence."""

    item: str
    verdict: Verdict
    figures: Mapping[str, float | int | str | None] = field(default_factory=dict)
    remedy_code: str | None = None
    remedy_key: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "verdict": self.verdict.value,
            "figures": dict(self.figures),
            "remedy_code": self.remedy_code,
            "remedy_key": self.remedy_key,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ItemReport:
        return cls(
            item=str(data["item"]),
            verdict=Verdict(data["verdict"]),
            figures=dict(data.get("figures") or {}),
            remedy_code=data.get("remedy_code"),
            remedy_key=data.get("remedy_key"),
        )

    @classmethod
    def adopt(cls, other: ItemLike) -> ItemReport:
        """Copy a report from another module (devices) into our shape."""
        if isinstance(other, ItemReport):
            return other
        figures = getattr(other, "figures", None) or {}
        return cls(
            item=str(other.item),
            verdict=Verdict(str(getattr(other.verdict, "value", other.verdict))),
            figures=dict(figures),
            remedy_code=getattr(other, "remedy_code", None),
            remedy_key=getattr(other, "remedy_key", None),
        )


def _ok(item: str, **figures: Any) -> ItemReport:
    return ItemReport(item, Verdict.OK, figures)


# ---- operating system --------------------------------------------------------


@dataclass(frozen=True)
class PlatformInfo:
    """Plain facts about the OS, gathered elsewhere (``platform`` module).

    ``system`` is ``"Windows"``, ``"Darwin"`` or ``"Linux"``; ``release`` is
    the version string: Windows ``"10.0.19045"``, macOS ``"13.4.1"``, Linux
    kernel ``"6.1.0-18-amd64"``. ``libc_version`` is glibc's (``"2.36"``).
    """

    system: str
    release: str
    libc_version: str | None = None


def _version(text: str | None) -> tuple[int, ...]:
    """Leading dotted integers: '6.1.0-18-amd64' -> (6, 1, 0)."""
    parts: list[int] = []
    for piece in (text or "").split("."):
        digits = ""
        for ch in piece:
            if not ch.isdigit():
                break
            digits += ch
        if not digits:
            break
        parts.append(int(digits))
        if len(digits) != len(piece):
            break
    return tuple(parts)


def _pad(version: tuple[int, ...]) -> tuple[int, int]:
    """(major, minor), so (12,) compares equal to (12, 0)."""
    padded = (*version, 0, 0)
    return padded[0], padded[1]


def check_os(info: PlatformInfo) -> ItemReport:
    """Supported: Windows 10+, macOS 12+, Linux kernel >= 5.4 with glibc >= 2.31."""
    version = _version(info.release)
    figures: dict[str, Any] = {"system": info.system, "release": info.release}

    def fail(code: str) -> ItemReport:
        return ItemReport("os", Verdict.FAIL, figures, code, f"precheck.os.{code}")

    if info.system == "Windows":
        # Windows 10 and 11 both say 10.0.x; 8.1 says 6.3.
        build_ok = len(version) < 3 or version[2] >= MIN_WINDOWS_BUILD
        if version and version[0] >= 10 and build_ok:
            return _ok("os", **figures)
        return fail("windows_too_old")
    if info.system == "Darwin":
        if version and _pad(version) >= MIN_MACOS:
            return _ok("os", **figures)
        return fail("macos_too_old")
    if info.system == "Linux":
        if not version or _pad(version) < MIN_LINUX_KERNEL:
            return fail("linux_kernel_too_old")
        glibc = _version(info.libc_version)
        if not glibc:
            return fail("linux_no_glibc")  # musl etc.: our wheels are glibc builds
        if _pad(glibc) < MIN_GLIBC:
            return fail("linux_glibc_too_old")
        return _ok("os", **figures)
    return fail("os_unsupported")


# ---- network -----------------------------------------------------------------


def _grade_low_is_good(value: float, ok_below: float, warn_below: float) -> Verdict:
    if value < ok_below:
        return Verdict.OK
    return Verdict.WARN if value < warn_below else Verdict.FAIL


def check_bandwidth(direction: str, kbit: float | None) -> ItemReport:
    """``direction`` is ``"up"`` or ``"down"``; fail below 1200, warn below 1500."""
    item = f"bandwidth_{direction}"
    figures = {"kbit_per_s": kbit, "required_kbit_per_s": BANDWIDTH_FAIL_KBIT}
    if kbit is None:
        return ItemReport(item, Verdict.FAIL, figures, "not_measured", "precheck.network.not_measured")
    if kbit < BANDWIDTH_FAIL_KBIT:
        return ItemReport(item, Verdict.FAIL, figures, f"{direction}_too_slow",
                          f"precheck.bandwidth.{direction}_too_slow")
    if kbit < BANDWIDTH_WARN_KBIT:
        return ItemReport(item, Verdict.WARN, figures, f"{direction}_marginal",
                          f"precheck.bandwidth.{direction}_marginal")
    return ItemReport(item, Verdict.OK, figures)


def check_rtt(ms: float | None) -> ItemReport:
    return _graded("rtt", "rtt_ms", ms, RTT_OK_MS, RTT_WARN_MS, "high_latency")


def check_jitter(ms: float | None) -> ItemReport:
    return _graded("jitter", "jitter_ms", ms, JITTER_OK_MS, JITTER_WARN_MS, "high_jitter")


def check_loss(pct: float | None) -> ItemReport:
    return _graded("loss", "loss_pct", pct, LOSS_OK_PCT, LOSS_WARN_PCT, "packet_loss")


def _graded(item: str, name: str, value: float | None, ok: float, warn: float,
            code: str) -> ItemReport:
    if value is None:
        return ItemReport(item, Verdict.FAIL, {name: None}, "not_measured",
                          "precheck.network.not_measured")
    verdict = _grade_low_is_good(value, ok, warn)
    if verdict is Verdict.OK:
        return ItemReport(item, verdict, {name: value})
    # one remedy ("use a wired connection / move closer to the Wi-Fi") for both bands
    return ItemReport(item, verdict, {name: value}, code, f"precheck.network.{code}")


def check_webrtc(connected: bool, error: str | None = None) -> ItemReport:
    if connected:
        return ItemReport("webrtc", Verdict.OK, {})
    return ItemReport("webrtc", Verdict.FAIL, {"error": error}, "webrtc_blocked",
                      "precheck.network.webrtc_blocked")


def check_relay(results: Sequence[Any]) -> ItemReport | None:
    """The agency's relay (TURN), from :func:`client_core.precheck.relay.check_relays`.

    UDP reached: ok. Only TCP or TLS 443: works, but the picture may suffer (warn).
    The relay answered but refused the check's credentials: the service's side
    (warn; direct paths may still carry the call). Nothing reached: a call cannot
    get to the service experts, who sit behind the agency's firewall and need the
    relay (fail): ask IT to open it, or try another network. None: not checked.
    """
    if not results:
        return None
    outcome = {r.transport: r.outcome for r in results}
    figures: dict[str, Any] = {t: outcome.get(t, "not_offered") for t in ("udp", "tcp", "tls")}
    if outcome.get("udp") == "ok":
        return ItemReport("relay", Verdict.OK, figures)
    if "ok" in outcome.values():
        return ItemReport("relay", Verdict.WARN, figures, "relay_udp_blocked",
                          "precheck.network.relay_udp_blocked")
    if "refused" in outcome.values():
        return ItemReport("relay", Verdict.WARN, figures, "relay_refused",
                          "precheck.network.relay_refused")
    return ItemReport("relay", Verdict.FAIL, figures, "relay_blocked",
                      "precheck.network.relay_blocked")


def network_reports(m: NetworkMeasurement) -> list[ItemReport]:
    """All network items from one measurement (nothing else graded if not connected)."""
    webrtc = check_webrtc(m.connected, m.error)
    if not m.connected:
        return [webrtc]
    return [
        webrtc,
        check_bandwidth("up", m.up_kbit),
        check_bandwidth("down", m.down_kbit),
        check_rtt(m.rtt_ms),
        check_jitter(m.jitter_ms),
        check_loss(m.loss_pct),
    ]


# ---- overall -------------------------------------------------------------------


def overall(reports: Iterable[ItemLike]) -> Verdict:
    """Worst of the items; no items at all is not a pass."""
    verdicts = [Verdict(str(getattr(r.verdict, "value", r.verdict))) for r in reports]
    if not verdicts:
        return Verdict.FAIL
    return max(verdicts, key=_RANK.__getitem__)


SCHEMA_VERSION = 1


@dataclass(frozen=True)
class PrecheckReport:
    """Everything the check found; sent to the hub with the queue request."""

    items: tuple[ItemReport, ...]
    network: NetworkMeasurement | None = None
    schema: int = SCHEMA_VERSION

    @classmethod
    def build(cls, reports: Iterable[ItemLike],
              network: NetworkMeasurement | None = None) -> PrecheckReport:
        return cls(tuple(ItemReport.adopt(r) for r in reports), network)

    @property
    def verdict(self) -> Verdict:
        return overall(self.items)

    @property
    def bandwidth_kbit(self) -> float | None:
        return None if self.network is None else self.network.bandwidth_kbit

    def failed(self) -> list[ItemReport]:
        return [r for r in self.items if r.verdict is Verdict.FAIL]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "verdict": self.verdict.value,
            "items": [r.to_dict() for r in self.items],
            "network": None if self.network is None else self.network.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PrecheckReport:
        if int(data.get("schema", 0)) != SCHEMA_VERSION:
            raise ValueError(f"unsupported precheck report schema {data.get('schema')!r}")
        network = data.get("network")
        return cls(
            items=tuple(ItemReport.from_dict(d) for d in data["items"]),
            network=None if network is None else NetworkMeasurement.from_dict(network),
        )
