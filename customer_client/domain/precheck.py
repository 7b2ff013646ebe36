"""The customer's pre-session checklist on top of the shared verdicts.

Grading is not done here: ``client_core.precheck.verdicts`` grades the OS and
the network, ``client_core.devices`` the camera, the microphone and the echo of
the speakers' test sound (measured through the call's echo canceller), and
the report sent with ``handoff.request`` is their ``PrecheckReport.to_dict()``
(the one format the hub and the agent desktop read). This module only

* turns the device reports into the shared ``ItemReport`` shape,
* records the customer's answer to "did you hear the tone?" (only they can
  tell: the microphone hearing the sound proves little about the customer's
  ears, and without echo it proves nothing), and
* groups report items into the rows the customer sees (one "Internet speed"
  row for both directions, one "Speakers or headset" row for the answer and
  the echo, which advises a headset only when the echo stays).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from client_core.devices import CameraReport, MicrophoneReport, Remedy
from client_core.precheck.measurement import NetworkMeasurement
from client_core.precheck.verdicts import ItemReport, PrecheckReport, Verdict, network_reports

if TYPE_CHECKING:  # numpy: loaded with the first check, not the first screen
    from client_core.devices.echo import EchoReport

#: The whole check is cut here: the devices first, then the network.
TIME_BUDGET_S = 10.0
#: The network measurement's own limit (connect, pings, up and down).
NETWORK_BUDGET_S = 6.0
#: Camera and microphone, side by side (open, 1 s warm-up, 1.5 s sample).
DEVICE_BUDGET_S = TIME_BUDGET_S - NETWORK_BUDGET_S - 0.5
NOT_ANSWERED = "not_answered"  # the customer has not said whether they heard the tone


class Row(StrEnum):
    """One line of the customer's checklist."""

    OS = "os"
    CAMERA = "camera"
    MICROPHONE = "microphone"
    SPEAKERS = "speakers"
    BANDWIDTH = "bandwidth"
    RTT = "rtt"
    JITTER = "jitter"
    LOSS = "loss"
    WEBRTC = "webrtc"
    RELAY = "relay"


ROWS = tuple(Row)
#: Which report items each row shows (the worst of them decides the row).
ROW_ITEMS: dict[Row, tuple[str, ...]] = {
    Row.OS: ("os",),
    Row.CAMERA: ("camera",),
    Row.MICROPHONE: ("microphone",),
    Row.SPEAKERS: ("speaker", "echo"),
    Row.BANDWIDTH: ("bandwidth_up", "bandwidth_down"),
    Row.RTT: ("rtt",),
    Row.JITTER: ("jitter",),
    Row.LOSS: ("loss",),
    Row.WEBRTC: ("webrtc",),
    Row.RELAY: ("relay",),
}
#: Without these the customer may not queue (network items come with "webrtc").
REQUIRED = ("os", "camera", "microphone", "speaker", "webrtc")
_RANK = {Verdict.OK: 0, Verdict.WARN: 1, Verdict.FAIL: 2}


# ---------------------------------------------------------------- device reports


def _figure(value: float, digits: int = 1) -> float | None:
    return round(value, digits) if math.isfinite(value) else None


def _device(item: str, verdict: object, remedy: Remedy, figures: dict[str, object]) -> ItemReport:
    code = None if remedy is Remedy.NONE else remedy.value
    return ItemReport(item, Verdict(str(verdict)), figures, code,
                      None if code is None else f"precheck.{code}")


def camera_item(report: CameraReport) -> ItemReport:
    return _device("camera", report.verdict, report.remedy, {
        "frames": report.frames, "fps": _figure(report.fps),
        "black_share": _figure(report.black_share, 2),
        "frozen_share": _figure(report.frozen_share, 2)})


def microphone_item(report: MicrophoneReport) -> ItemReport:
    return _device("microphone", report.verdict, report.remedy, {
        "rms_dbfs": _figure(report.rms_dbfs), "peak_dbfs": _figure(report.peak_dbfs),
        "clipped_share": _figure(report.clipped_share, 4)})


def echo_item(report: EchoReport) -> ItemReport:
    """The test sound's echo: how loud the microphone heard it, how much was removed."""
    return _device("echo", report.verdict, report.remedy, {
        "echo_dbfs": _figure(report.echo_dbfs), "residual_dbfs": _figure(report.residual_dbfs),
        "removed_db": _figure(report.removed_db), "cancelling": report.cancelling})


def speaker_item(heard: bool | None) -> ItemReport:
    """The customer's answer: heard the tone (ok), did not (speaker_silent), no answer."""
    figures = {"method": "asked", "heard": heard}
    if heard:
        return ItemReport("speaker", Verdict.OK, figures)
    if heard is None:
        return ItemReport("speaker", Verdict.FAIL, figures, NOT_ANSWERED,
                          f"precheck.{NOT_ANSWERED}")
    return _device("speaker", "fail", Remedy.SPEAKER_SILENT, figures)


# ---------------------------------------------------------------- the checklist


@dataclass(frozen=True)
class RowState:
    verdict: Verdict | None  # None: not graded (yet, or not measurable)
    remedies: tuple[str, ...]  # remedy codes of the items that are not ok, worst first


@dataclass
class Checklist:
    """Item reports as they arrive; the shared ``PrecheckReport`` built from them."""

    items: dict[str, ItemReport] = field(default_factory=dict)
    network: NetworkMeasurement | None = None
    elapsed_s: float | None = None

    def put(self, report: ItemReport) -> None:
        self.items[report.item] = report

    def put_network(self, measurement: NetworkMeasurement) -> list[ItemReport]:
        self.network = measurement
        reports = network_reports(measurement)
        for r in reports:
            self.put(r)
        return reports

    def row(self, row: Row) -> RowState:
        found = [self.items[i] for i in ROW_ITEMS[row] if i in self.items]
        if not found or (row is Row.SPEAKERS and "speaker" not in self.items):
            return RowState(None, ())  # the speakers wait for the customer's answer
        found.sort(key=lambda r: _RANK[r.verdict], reverse=True)
        remedies = tuple(dict.fromkeys(r.remedy_code for r in found
                                       if r.verdict is not Verdict.OK and r.remedy_code))
        return RowState(found[0].verdict, remedies)

    @property
    def complete(self) -> bool:
        return all(i in self.items for i in REQUIRED)

    def report(self) -> PrecheckReport:
        return PrecheckReport.build(self.items.values(), self.network)

    @property
    def passed(self) -> bool:
        """May the customer queue for a video call? Warnings pass, failures do not."""
        return self.complete and self.report().verdict is not Verdict.FAIL
