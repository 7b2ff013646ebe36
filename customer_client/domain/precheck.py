"""Pre-session check: one verdict and one remedy code per item, graded without I/O.

Thresholds: the agency's 1200 kbit/s both ways; RTT, jitter and loss the way
known pre-call tests grade them (warn early, fail only where a call would not
work). Device grading comes from client_core.devices; this module only maps
their reports onto the customer's checklist and builds the JSON report that
goes to the hub with ``handoff.request``.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from client_core.devices import CameraReport, HeadsetReport, MicrophoneReport, Remedy, Verdict
from client_core.precheck.measurement import NetworkMeasurement

MIN_KBIT = 1200.0
RTT_WARN_MS, RTT_FAIL_MS = 300.0, 1000.0
JITTER_WARN_MS, JITTER_FAIL_MS = 30.0, 100.0
LOSS_WARN_PCT, LOSS_FAIL_PCT = 3.0, 10.0
TIME_BUDGET_S = 10.0


class Item(StrEnum):
    OS = "os"
    CAMERA = "camera"
    MICROPHONE = "microphone"
    SPEAKERS = "speakers"
    BANDWIDTH = "bandwidth"
    RTT = "rtt"
    JITTER = "jitter"
    LOSS = "loss"
    WEBRTC = "webrtc"


ITEMS = tuple(Item)


class Fix(StrEnum):
    """Remedy codes beyond the device ones (client_core.devices.Remedy values are reused)."""

    OS_OLD = "os_old"
    LINK_SLOW = "link_slow"
    LINK_DELAY = "link_delay"
    LINK_JITTER = "link_jitter"
    LINK_LOSS = "link_loss"
    WEBRTC_BLOCKED = "webrtc_blocked"
    SPEAKER_NOT_HEARD = "speaker_not_heard"
    NOT_ANSWERED = "not_answered"


@dataclass(frozen=True)
class ItemResult:
    item: Item
    verdict: Verdict
    remedy: str = Remedy.NONE.value
    value: float | None = None  # the figure shown next to the verdict (kbit/s, ms, %, dBFS)
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"item": self.item.value, "verdict": self.verdict.value, "remedy": self.remedy,
                "value": self.value, "detail": self.detail}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ItemResult:
        return cls(Item(data["item"]), Verdict(data["verdict"]), data.get("remedy", "none"),
                   data.get("value"), data.get("detail", ""))


# ------------------------------------------------------------------ OS

# Oldest versions that still get security updates and run the client (Qt 6 needs these).
_MIN_VERSIONS = {"Windows": (10,), "Darwin": (20,), "Linux": (4,)}  # Darwin 20 = macOS 11


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", text)[:3])


def grade_os(system: str, release: str) -> ItemResult:
    minimum = _MIN_VERSIONS.get(system)
    detail = f"{system} {release}".strip()
    if minimum is None:
        return ItemResult(Item.OS, Verdict.WARN, Fix.OS_OLD.value, detail=detail)
    if _version_tuple(release) < minimum:
        return ItemResult(Item.OS, Verdict.FAIL, Fix.OS_OLD.value, detail=detail)
    return ItemResult(Item.OS, Verdict.OK, detail=detail)


# ------------------------------------------------------------------ devices


def grade_camera(report: CameraReport) -> ItemResult:
    return ItemResult(Item.CAMERA, report.verdict, report.remedy.value, round(report.fps, 1))


def grade_microphone(report: MicrophoneReport) -> ItemResult:
    level = report.rms_dbfs if report.rms_dbfs > -200 else None
    return ItemResult(Item.MICROPHONE, report.verdict, report.remedy.value,
                      round(level, 1) if level is not None else None)


def grade_speakers(heard: bool | None, headset: HeadsetReport | None = None) -> ItemResult:
    """The customer answers "did you hear the tone?"; speakers and mic on one device
    without echo cancellation earn a headset hint (aiortc has no echo canceller)."""
    if heard is None:
        return ItemResult(Item.SPEAKERS, Verdict.FAIL, Fix.NOT_ANSWERED.value)
    if not heard:
        return ItemResult(Item.SPEAKERS, Verdict.FAIL, Fix.SPEAKER_NOT_HEARD.value)
    if headset is not None and headset.verdict is not Verdict.OK:
        return ItemResult(Item.SPEAKERS, Verdict.WARN, headset.remedy.value)
    return ItemResult(Item.SPEAKERS, Verdict.OK)


# ------------------------------------------------------------------ network


def _grade(value: float | None, warn: float, fail: float) -> Verdict:
    if value is None:
        return Verdict.FAIL
    if value > fail:
        return Verdict.FAIL
    if value > warn:
        return Verdict.WARN
    return Verdict.OK


def grade_network(m: NetworkMeasurement) -> list[ItemResult]:
    if not m.connected:
        # Nothing else was measured: one cause, one remedy, shown on every link item.
        blocked = ItemResult(Item.WEBRTC, Verdict.FAIL, Fix.WEBRTC_BLOCKED.value,
                             detail=m.error or "")
        rest = [ItemResult(i, Verdict.FAIL, Fix.WEBRTC_BLOCKED.value)
                for i in (Item.BANDWIDTH, Item.RTT, Item.JITTER, Item.LOSS)]
        return [*rest, blocked]
    bw = m.bandwidth_kbit
    bandwidth = ItemResult(
        Item.BANDWIDTH,
        Verdict.OK if bw is not None and bw >= MIN_KBIT else Verdict.FAIL,
        Remedy.NONE.value if bw is not None and bw >= MIN_KBIT else Fix.LINK_SLOW.value,
        round(bw) if bw is not None else None,
        detail=f"up {m.up_kbit} / down {m.down_kbit} kbit/s",
    )
    items = [bandwidth]
    for item, value, warn, fail, fix in (
        (Item.RTT, m.rtt_ms, RTT_WARN_MS, RTT_FAIL_MS, Fix.LINK_DELAY),
        (Item.JITTER, m.jitter_ms, JITTER_WARN_MS, JITTER_FAIL_MS, Fix.LINK_JITTER),
        (Item.LOSS, m.loss_pct, LOSS_WARN_PCT, LOSS_FAIL_PCT, Fix.LINK_LOSS),
    ):
        verdict = _grade(value, warn, fail)
        items.append(ItemResult(item, verdict,
                                Remedy.NONE.value if verdict is Verdict.OK else fix.value,
                                round(value, 1) if value is not None else None))
    items.append(ItemResult(Item.WEBRTC, Verdict.OK))
    return items


# ------------------------------------------------------------------ the report


@dataclass
class PrecheckReport:
    results: dict[Item, ItemResult] = field(default_factory=dict)
    elapsed_s: float | None = None
    measurement: NetworkMeasurement | None = None

    def put(self, result: ItemResult) -> None:
        self.results[result.item] = result

    @property
    def complete(self) -> bool:
        return all(i in self.results for i in ITEMS)

    @property
    def verdict(self) -> Verdict:
        verdicts = [r.verdict for r in self.results.values()]
        if not self.complete or Verdict.FAIL in verdicts:
            return Verdict.FAIL
        return Verdict.WARN if Verdict.WARN in verdicts else Verdict.OK

    @property
    def passed(self) -> bool:
        """May the customer queue for a video call? Warnings pass, failures do not."""
        return self.complete and self.verdict is not Verdict.FAIL

    def failures(self) -> list[ItemResult]:
        return [r for r in self.results.values() if r.verdict is Verdict.FAIL]

    def to_dict(self) -> dict[str, Any]:
        """What the service expert sees with the offer (HandoffRequest.precheck)."""
        return {
            "version": 1,
            "verdict": self.verdict.value,
            "elapsed_s": self.elapsed_s,
            "items": [self.results[i].to_dict() for i in ITEMS if i in self.results],
            "network": self.measurement.to_dict() if self.measurement else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PrecheckReport:
        report = cls(elapsed_s=data.get("elapsed_s"))
        for raw in data.get("items", []):
            report.put(ItemResult.from_dict(raw))
        if data.get("network"):
            report.measurement = NetworkMeasurement.from_dict(data["network"])
        return report


def as_plain_dict(result: ItemResult) -> dict[str, Any]:
    return asdict(result)
