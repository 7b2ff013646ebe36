"""Pre-session network check: total time and estimate error at shaped rates.

Same namespace set-up as tests/precheck/test_netns.py (needs root and
iproute2): hub in one namespace, client in another, veth shaped with tc tbf
at 800 kbit/s, 1.5, 3 and 5 Mbit/s. For each rate, the data-channel check
(the default) and the HTTP/TCP alternative; plus an unshaped run showing
aiortc's pure-Python SCTP ceiling. Human lines, then ONE JSON object on the
last line.

    .venv/bin/python bench/precheck.py --quick   # < 60 s
    .venv/bin/python bench/precheck.py --repeat 3
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "precheck"))
from precheck_netlab import (  # noqa: E402
    hub_process,
    measure_at,
    netlab,
    netns_unavailable_reason,
    run_client,
)

RATES = {"800kbit": 800, "1500kbit": 1500, "3000kbit": 3000, "5000kbit": 5000}


def _err(estimate: float | None, kbit: int) -> float | None:
    return None if estimate is None else round(100.0 * (estimate - kbit) / kbit, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one run per rate, HTTP at two")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    reason = netns_unavailable_reason()
    if reason:
        print(f"skipped: {reason}")
        print(json.dumps({"skipped": reason}))
        return
    out: dict[str, object] = {}
    started = time.monotonic()
    with netlab() as lab, hub_process(lab):
        checks: list[float] = []
        for name, kbit in RATES.items():
            for rep in range(1 if args.quick else args.repeat):
                r, wall = measure_at(lab, kbit)
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
    out["bench_total_s"] = round(time.monotonic() - started, 1)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
