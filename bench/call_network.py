"""Video calls over impaired links: the namespace lab of tests/netlab (needs root).

A customer behind a home NAT and a service expert behind the agency's, no
direct UDP between them, so the call goes through coturn; the hub and coturn
sit on the public side. Both run the real engine (tests/netlab/endpoint.py)
with self-timing media: every picture carries its capture time as a bar code
and the sound beeps on every whole second, so the receiver measures each
medium's delay and the offset between the two (tests/netlab/media_meter.py).
The customer's access link is impaired by a user-space link emulator
(tests/netlab/wire.py; this kernel has no sch_netem), both directions alike:

    lossy_1200        1200 kbit/s, 40 ms +- 20 ms each way (80 ms RTT), 1 % loss each way
    lossy_1200_3pct   the same with 3 % loss
    slow_600          600 kbit/s, 10 ms each way
    outage_5s         a clean link that drops everything for 5 s mid-call

Per profile and direction (c2e: customer to expert, e2c: back), after the
first ``settle`` seconds of the profile: received fps (mean and the worst
1-second window), smallest picture, freezes (gaps over 500 ms) and frozen
time, audio concealment (samples the timestamps skipped), A/V offset (p95 of
|video delay - audio delay|, flash-and-beep style), and for the outage the
time from the link's return to the first picture and sound. ``turn_setup_s``:
from the expert's offer to both sides connected through TURN.

    .venv/bin/python bench/call_network.py --quick   # one call, every profile, < 60 s
    .venv/bin/python bench/call_network.py           # a fresh call per profile, longer windows

Human lines, then ONE JSON object on the last line.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.children import Children  # noqa: E402
from tests.netlab.callsetup import Appointment, appointment  # noqa: E402
from tests.netlab.topology import LabUnavailable  # noqa: E402

CLEAN: dict[str, Any] = {}
PROFILES: dict[str, dict[str, Any]] = {
    "lossy_1200": {"rate_kbit": 1200, "delay_ms": 40, "jitter_ms": 20, "loss_pct": 1.0},
    "lossy_1200_3pct": {"rate_kbit": 1200, "delay_ms": 40, "jitter_ms": 20, "loss_pct": 3.0},
    "slow_600": {"rate_kbit": 600, "delay_ms": 10},
}
DIRECTIONS = {"c2e": "agent", "e2c": "customer"}  # direction -> the side that receives it


def _side(appt: Appointment, name: str) -> Any:
    return appt.agent if name == "agent" else appt.customer


def measure_profile(appt: Appointment, name: str, settle: float, window: float) -> dict[str, Any]:
    appt.lab.link("c", **PROFILES[name])
    start = time.monotonic()
    time.sleep(settle + window)
    out: dict[str, Any] = {}
    for direction, receiver in DIRECTIONS.items():
        f = _side(appt, receiver).figures(start + settle, start + settle + window)
        key = f"{name}_{direction}"
        out[f"{key}_fps"] = f["fps"]
        out[f"{key}_fps_min"] = f["fps_min_1s"]
        out[f"{key}_resolution_min"] = f.get("min_resolution")
        out[f"{key}_freezes"] = f["freezes"]
        out[f"{key}_frozen_s"] = f["frozen_s"]
        out[f"{key}_longest_gap_s"] = f["longest_gap_s"]
        out[f"{key}_audio_concealed_pct"] = f["audio_concealed_pct"]
        out[f"{key}_av_offset_p95_ms"] = f["av_offset_ms_p95"]
        out[f"{key}_video_delay_ms"] = f["video_latency_ms"]
        out[f"{key}_audio_delay_ms"] = f["audio_latency_ms"]
    both = [out[f"{name}_{d}_fps_min"] for d in DIRECTIONS]
    out[f"{name}_fps_min"] = min(both)
    pixels = [_pixels(out[f"{name}_{d}_resolution_min"]) for d in DIRECTIONS]
    out[f"{name}_resolution_min"] = out[f"{name}_{min(DIRECTIONS, key=lambda d: _pixels(out[f'{name}_{d}_resolution_min']))}_resolution_min"] if all(pixels) else None
    out[f"{name}_longest_freeze_s"] = max((out[f"{name}_{d}_longest_gap_s"] or 0) for d in DIRECTIONS)
    offsets = [out[f"{name}_{d}_av_offset_p95_ms"] for d in DIRECTIONS if out[f"{name}_{d}_av_offset_p95_ms"] is not None]
    out[f"{name}_av_offset_p95_ms"] = max(offsets) if offsets else None
    concealed = [out[f"{name}_{d}_audio_concealed_pct"] or 0 for d in DIRECTIONS]
    out[f"{name}_audio_concealed_pct"] = max(concealed)
    appt.lab.link("c", **CLEAN)
    return out


def _pixels(resolution: str | None) -> int:
    if not resolution:
        return 0
    w, h = resolution.split("x")
    return int(w) * int(h)


def measure_outage(appt: Appointment, after: float) -> dict[str, Any]:
    appt.lab.link("c", **CLEAN)
    time.sleep(2)
    appt.lab.link("c", down=True)
    time.sleep(5)
    appt.lab.link("c", **CLEAN)
    back = time.monotonic()
    time.sleep(after)
    out: dict[str, Any] = {}
    recover = []
    for direction, receiver in DIRECTIONS.items():
        f = _side(appt, receiver).figures(back, back + after, after=back)
        video = f["first_video_after"] - back if f["first_video_after"] else None
        audio = f["first_audio_after"] - back if f["first_audio_after"] else None
        out[f"outage_5s_{direction}_video_back_s"] = round(video, 2) if video is not None else None
        out[f"outage_5s_{direction}_audio_back_s"] = round(audio, 2) if audio is not None else None
        out[f"outage_5s_{direction}_fps_after"] = f["fps"]
        recover += [video if video is not None else float("inf"), audio if audio is not None else float("inf")]
    out["outage_5s_recover_s"] = round(max(recover), 2)
    ended = [e for side in (appt.agent, appt.customer) for e in side.events
             if e.get("event") == "state" and e.get("state") in ("ended", "failed")]
    out["outage_5s_call_survived"] = not ended
    return out


def setup_time(appt: Appointment) -> float:
    start = appt.agent.wait(30, event="ready")["t"]
    return round(appt.connected(30) - start, 2)


def run(state: Path, quick: bool) -> dict[str, Any]:
    settle, window = (3.5, 5.0) if quick else (5.0, 30.0)
    results: dict[str, Any] = {"quick": quick, "settle_s": settle, "window_s": window}
    names = list(PROFILES) + ["outage_5s"]
    groups = [names] if quick else [[n] for n in names]
    setups = []
    for group in groups:
        with appointment(state / group[0], policy="no_direct_udp") as appt:
            setups.append(setup_time(appt))
            time.sleep(1)
            for name in group:
                appt.lab.link("c", **CLEAN)
                time.sleep(0.5 if quick else 0.0)  # each profile starts from a clean line
                t0 = time.monotonic()
                if name == "outage_5s":
                    results.update(measure_outage(appt, after=4.0 if quick else 10.0))
                else:
                    results.update(measure_profile(appt, name, settle, window))
                print(f"{name}: done in {time.monotonic() - t0:.1f} s", flush=True)
            path = appt.agent.command(cmd="path")["path"]
            results.setdefault("relay_transport", path and path.get("relay_transport"))
    results["turn_setup_s"] = max(setups)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one call through every profile")
    args = parser.parse_args()
    started = time.monotonic()
    try:
        # SIGTERM/SIGHUP end the run through the lab's with blocks: its processes
        # stop and its namespaces are deleted (scripts/children.py).
        with Children():
            results = run(ROOT / "var" / "bench-call-network", args.quick)
    except LabUnavailable as exc:
        print(json.dumps({"error": f"the lab cannot start: {exc}"}))
        sys.exit(1)
    results["wall_s"] = round(time.monotonic() - started, 1)
    for name in (*PROFILES, "outage_5s"):
        row = {k.removeprefix(name + "_"): v for k, v in results.items()
               if k.startswith(name + "_") and "_c2e_" not in k and "_e2c_" not in k}
        print(f"{name:16s} {row}")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
