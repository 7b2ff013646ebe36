"""Pre-session network check: total time and estimate error at shaped rates.

Same namespace set-up as tests/precheck/test_netns.py (needs root and
iproute2): hub in one namespace, client in another, veth shaped with tc tbf
at 800 kbit/s, 1.5, 3 and 5 Mbit/s. For each rate, the data-channel check
(the default) and the HTTP/TCP alternative; plus an unshaped run showing
aiortc's pure-Python SCTP ceiling. Human lines, then ONE JSON object on the
last line.

Ground truth for every data-channel run: the veth ends' ``tx_bytes`` counters
(frames as they leave the shaper, headers included), sampled every 5 ms in
the namespaces, over the estimator's window (0.5-2.0 s of each phase).
``*_vs_wire_pct`` is the estimator's error against what the link actually
carried; ``*_error_pct`` is against the nominal shaped rate (it also moves
when the sender leaves the link idle, e.g. starved of CPU).

    .venv/bin/python bench/precheck.py --quick   # < 60 s
    .venv/bin/python bench/precheck.py --repeat 3
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "precheck"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from precheck_netlab import (  # noqa: E402
    hub_process,
    measure_at,
    netlab,
    netns_unavailable_reason,
    run_client,
    wire_counters,
    wire_phase_kbit,
)

from scripts.children import Children  # noqa: E402

RATES = {"800kbit": 800, "1500kbit": 1500, "3000kbit": 3000, "5000kbit": 5000}


def _err(estimate: float | None, kbit: float | None) -> float | None:
    if estimate is None or not kbit:
        return None
    return round(100.0 * (estimate - kbit) / kbit, 1)


def _summary(errors: list[float]) -> dict[str, float]:
    return {"mean": round(statistics.fmean(errors), 1), "worst": max(errors, key=abs),
            "n": len(errors)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one run per rate, HTTP at two")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    reason = netns_unavailable_reason()
    if reason:
        print(f"cannot measure: {reason}", file=sys.stderr)
        print(json.dumps({"skipped": reason}))
        return 1
    out: dict[str, object] = {}
    started = time.monotonic()
    # Children: SIGTERM and SIGHUP end the bench through the with blocks, which
    # stop the hub and delete the namespaces (Python's default would leave both).
    with Children(), netlab() as lab, hub_process(lab):
        checks: list[float] = []
        loads: list[float] = []
        for name, kbit in RATES.items():
            vs_wire: list[float] = []
            vs_nominal: list[float] = []
            for rep in range(1 if args.quick else args.repeat):
                loads.append(os.getloadavg()[0])
                with wire_counters(lab) as wire:
                    r, wall = measure_at(lab, kbit)
                w_up, w_down = wire_phase_kbit(wire["up"], kbit), wire_phase_kbit(wire["down"], kbit)
                for est, w in ((r["up_kbit"], w_up), (r["down_kbit"], w_down)):
                    if _err(est, w) is not None:
                        vs_wire.append(_err(est, w))
                    if _err(est, kbit) is not None:
                        vs_nominal.append(_err(est, kbit))
                print(f"  wire (veth tx_bytes): up {w_up} down {w_down} kbit/s;"
                      f" estimator vs wire {_err(r['up_kbit'], w_up)}% / {_err(r['down_kbit'], w_down)}%,"
                      f" load {loads[-1]:.2f}")
                est = r["bandwidth_kbit"] if "bandwidth_kbit" in r else (
                    min(r["up_kbit"], r["down_kbit"]) if r["up_kbit"] and r["down_kbit"] else None)
                checks.append(r["elapsed_s"])
                print(f"datachannel {name} #{rep}: up {r['up_kbit']} down {r['down_kbit']} kbit/s"
                      f" (err {_err(r['up_kbit'], kbit)}% / {_err(r['down_kbit'], kbit)}%),"
                      f" rtt {r['rtt_ms']} ms loaded {r['rtt_loaded_ms']} ms,"
                      f" check {r['elapsed_s']} s (setup {r['setup_s']} s), with interpreter start {wall:.1f} s"
                      + (f" ERROR {r['error']} up {r['up_samples_kbit']} down {r['down_samples_kbit']}" if r["error"] else ""))
                if rep == 0:
                    out[f"rate_{name}_estimate_kbit"] = est
                    out[f"rate_{name}_error_pct"] = _err(est, kbit)
                    out[f"rate_{name}_up_error_pct"] = _err(r["up_kbit"], kbit)
                    out[f"rate_{name}_down_error_pct"] = _err(r["down_kbit"], kbit)
                    out[f"rate_{name}_network_check_s"] = r["elapsed_s"]
                    out[f"rate_{name}_loaded_rtt_ms"] = r["rtt_loaded_ms"]
                    out[f"rate_{name}_wire_up_kbit"] = w_up
                    out[f"rate_{name}_wire_down_kbit"] = w_down
            if vs_wire:
                out[f"rate_{name}_vs_wire_pct"] = _summary(vs_wire)
            if vs_nominal:
                out[f"rate_{name}_vs_nominal_pct"] = _summary(vs_nominal)
            if args.quick and kbit not in (800, 5000):
                continue
            h, _ = measure_at(lab, kbit, "--http-only", "--duration", "4")
            h_est = min(h["up_kbit"], h["down_kbit"]) if h["up_kbit"] and h["down_kbit"] else None
            print(f"http        {name}: up {h['up_kbit']} down {h['down_kbit']} kbit/s"
                  f" (err {_err(h['up_kbit'], kbit)}% / {_err(h['down_kbit'], kbit)}%),"
                  f" took {h['elapsed_s']} s")
            out[f"http_rate_{name}_error_pct"] = _err(h_est, kbit)
            out[f"http_rate_{name}_took_s"] = h["elapsed_s"]
        # unshaped: what pure-Python SCTP manages when nothing else limits it
        for ns, dev in ((lab.hub_ns, lab.hub_dev), (lab.client_ns, lab.client_dev)):
            subprocess.run(["ip", "netns", "exec", ns, "tc", "qdisc", "del", "dev", dev, "root"],
                           capture_output=True, timeout=10)
        c = run_client(lab)
        print(f"unshaped veth (CPU ceiling, hub and client in separate processes): up"
              f" {c['up_kbit']} down {c['down_kbit']} kbit/s, client CPU {c['client_cpu_s']} s"
              f" over {c['elapsed_s']} s")
        out["unshaped_datachannel_up_kbit"] = c["up_kbit"]
        out["unshaped_datachannel_down_kbit"] = c["down_kbit"]
        out["network_check_s_max"] = max(checks)
        out["network_check_s_median"] = round(statistics.median(checks), 3)
        out["load_avg_1min"] = [round(min(loads), 2), round(max(loads), 2)]
    out["bench_total_s"] = round(time.monotonic() - started, 1)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
