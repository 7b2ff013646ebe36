"""Turn aiortc's getStats() reports into the four figures the call overlay shows."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class CallStats:
    send_kbps: float
    recv_kbps: float
    recv_fps: float
    rtt_ms: float | None
    loss_pct: float


@dataclass
class _Totals:
    at: float
    sent_bytes: int
    recv_bytes: int
    recv_packets: int
    lost_packets: int


def totals(report: Any, now: float | None = None) -> tuple[_Totals, float | None]:
    # Imported here: CallStats is shown by views that exist before any call (and aiortc).
    from aiortc.stats import (
        RTCInboundRtpStreamStats,
        RTCRemoteInboundRtpStreamStats,
        RTCTransportStats,
    )

    sent = recv = packets = lost = 0
    rtts: list[float] = []
    for stat in report.values():
        # aiortc's inbound RTP stats carry no byte count; the transport's do (RTP + RTCP).
        if isinstance(stat, RTCTransportStats):
            sent += stat.bytesSent
            recv += stat.bytesReceived
        elif isinstance(stat, RTCInboundRtpStreamStats):
            packets += stat.packetsReceived
            lost += max(stat.packetsLost, 0)
        elif isinstance(stat, RTCRemoteInboundRtpStreamStats) and stat.roundTripTime is not None:
            rtts.append(stat.roundTripTime)
    rtt = max(rtts) * 1000 if rtts else None
    return _Totals(now if now is not None else time.monotonic(), sent, recv, packets, lost), rtt


class StatsSampler:
    """Rates need two samples; keep the previous totals between calls."""

    def __init__(self) -> None:
        self._prev: _Totals | None = None
        self._prev_frames = 0

    def sample(
        self, report: Any, video_frames_received: int, now: float | None = None
    ) -> CallStats:
        cur, rtt = totals(report, now)
        prev, prev_frames = self._prev, self._prev_frames
        self._prev, self._prev_frames = cur, video_frames_received
        # Counters start again on a new connection (ICE restart): no rate across that.
        restarted = prev is not None and (
            cur.sent_bytes < prev.sent_bytes or cur.recv_bytes < prev.recv_bytes
            or cur.recv_packets < prev.recv_packets or video_frames_received < prev_frames
        )
        if prev is None or cur.at <= prev.at or restarted:
            return CallStats(0.0, 0.0, 0.0, rtt, 0.0)
        dt = cur.at - prev.at
        got = cur.recv_packets - prev.recv_packets
        lost = cur.lost_packets - prev.lost_packets
        return CallStats(
            send_kbps=(cur.sent_bytes - prev.sent_bytes) * 8 / dt / 1000,
            recv_kbps=(cur.recv_bytes - prev.recv_bytes) * 8 / dt / 1000,
            recv_fps=(video_frames_received - prev_frames) / dt,
            rtt_ms=rtt,
            loss_pct=100.0 * lost / (got + lost) if got + lost > 0 else 0.0,
        )
