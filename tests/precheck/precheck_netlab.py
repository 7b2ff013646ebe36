"""Two network namespaces joined by a tc-shaped veth pair, for tests and bench.

Only ever touches the namespaces it creates (unique names) and deletes them
on exit, whatever happened. The hub and the client each run in their own
namespace as subprocesses, so no traffic can reach any real interface.
"""

from __future__ import annotations

import bisect
import json
import os
import secrets
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HUB_PORT = 8765


@dataclass(frozen=True)
class NetLab:
    hub_ns: str
    client_ns: str
    hub_dev: str
    client_dev: str
    hub_ip: str = "10.200.0.1"
    client_ip: str = "10.200.0.2"

    @property
    def hub_url(self) -> str:
        return f"http://{self.hub_ip}:{HUB_PORT}"


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, text=True, timeout=10)


def netns_unavailable_reason() -> str | None:
    """Why namespaces cannot be used here, or None if they can."""
    if shutil.which("ip") is None or shutil.which("tc") is None:
        return "iproute2 (ip, tc) is not installed"
    if os.geteuid() != 0:
        return "creating network namespaces needs root"
    probe = f"pcprobe{secrets.token_hex(3)}"
    try:
        _ip("netns", "add", probe)
    except (subprocess.SubprocessError, OSError) as exc:
        return f"'ip netns add' failed: {getattr(exc, 'stderr', '') or exc}"
    try:
        _ip("-n", probe, "link", "add", "pcp0", "type", "veth", "peer", "name", "pcp1")
        subprocess.run(["ip", "netns", "exec", probe, "tc", "qdisc", "add", "dev", "pcp0",
                        "root", "tbf", "rate", "1mbit", "burst", "8kb", "latency", "50ms"],
                       check=True, capture_output=True, text=True, timeout=10)
    except (subprocess.SubprocessError, OSError) as exc:
        return f"veth or tc tbf unavailable: {getattr(exc, 'stderr', '') or exc}"
    finally:
        subprocess.run(["ip", "netns", "del", probe], capture_output=True, timeout=10)
    return None


@contextmanager
def netlab() -> Iterator[NetLab]:
    tag = f"{os.getpid() % 10000}{secrets.token_hex(2)}"
    lab = NetLab(hub_ns=f"pchub{tag}", client_ns=f"pccli{tag}",
                 hub_dev=f"pch{tag}", client_dev=f"pcc{tag}")
    made: list[str] = []
    try:
        for ns in (lab.hub_ns, lab.client_ns):
            _ip("netns", "add", ns)
            made.append(ns)
        # created directly inside the namespaces: no name ever exists in the root one
        _ip("-n", lab.hub_ns, "link", "add", lab.hub_dev, "type", "veth",
            "peer", "name", lab.client_dev, "netns", lab.client_ns)
        for ns, dev, addr in ((lab.hub_ns, lab.hub_dev, lab.hub_ip),
                              (lab.client_ns, lab.client_dev, lab.client_ip)):
            _ip("-n", ns, "addr", "add", f"{addr}/30", "dev", dev)
            _ip("-n", ns, "link", "set", dev, "up")
            _ip("-n", ns, "link", "set", "lo", "up")
        yield lab
    finally:
        for ns in made:
            subprocess.run(["ip", "netns", "del", ns], capture_output=True, timeout=10)


def shape(lab: NetLab, kbit: int, queue_ms: int = 30) -> None:
    """Token-bucket both directions at ``kbit`` (egress of each veth end).

    The queue holds ``queue_ms`` of traffic but never fewer than ~12 full
    packets: a 2-packet queue (30 ms at 800 kbit/s) is shallower than any
    real access link and makes every sender drop and retransmit constantly.
    The bucket is a few packets so the rate holds over sub-second windows.
    (netem is not available on every kernel, so no added delay or loss.)
    """
    burst = max(6000, kbit * 1000 // 8 // 100)  # >= 4 full packets, ~10 ms of rate
    limit = max(16000, kbit * 1000 // 8 * queue_ms // 1000)
    for ns, dev in ((lab.hub_ns, lab.hub_dev), (lab.client_ns, lab.client_dev)):
        subprocess.run(["ip", "netns", "exec", ns, "tc", "qdisc", "replace", "dev", dev, "root",
                        "tbf", "rate", f"{kbit}kbit", "burst", str(burst), "limit", str(limit)],
                       check=True, capture_output=True, text=True, timeout=10)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


@contextmanager
def hub_process(lab: NetLab) -> Iterator[str]:
    """Run the echo hub inside the hub namespace; yield its base URL."""
    proc = subprocess.Popen(
        ["ip", "netns", "exec", lab.hub_ns, sys.executable, "-m", "service_hub.precheck_echo",
         "--host", lab.hub_ip, "--port", str(HUB_PORT)],
        cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # "ready" once listening
        if "ready" not in line:
            proc.kill()
            raise RuntimeError(f"hub did not start: {line!r} {proc.stderr.read() if proc.stderr else ''}")
        yield lab.hub_url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def run_client(lab: NetLab, *args: str, timeout: float = 20.0) -> dict:
    """Run ``client_core.precheck.network`` in the client namespace; parsed JSON."""
    out = subprocess.run(
        ["ip", "netns", "exec", lab.client_ns, sys.executable, "-m",
         "client_core.precheck.network", lab.hub_url, *args],
        cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=timeout, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


_SAMPLER = r"""
import json, signal, sys, time
files = [open(f"/sys/class/net/{d}/statistics/tx_bytes") for d in sys.argv[1:]]
stop = []
signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
rows = []
print("ready", flush=True)
while not stop:
    row = [time.monotonic()]
    for f in files:
        f.seek(0)
        row.append(int(f.read()))
    rows.append(row)
    time.sleep(0.005)
print(json.dumps(rows), flush=True)
"""


@contextmanager
def wire_counters(lab: NetLab) -> Iterator[dict[str, list[tuple[float, int]]]]:
    """Ground truth: each veth end's ``tx_bytes`` every 5 ms while the block runs.

    ``tx_bytes`` counts frames as they leave the shaper (Ethernet header
    included, drops excluded): what the link carried. Yields a dict filled on
    exit: ``{"up": [(t, bytes)...], "down": [...]}`` (client and hub egress),
    times on the shared CLOCK_MONOTONIC.
    """
    out: dict[str, list[tuple[float, int]]] = {}
    procs = {}
    try:
        for name, ns, dev in (("up", lab.client_ns, lab.client_dev), ("down", lab.hub_ns, lab.hub_dev)):
            procs[name] = subprocess.Popen(["ip", "netns", "exec", ns, sys.executable, "-c", _SAMPLER, dev],
                                           stdout=subprocess.PIPE, text=True)
            assert procs[name].stdout is not None and procs[name].stdout.readline().strip() == "ready"
        yield out
    finally:
        for name, proc in procs.items():
            proc.terminate()
            text, _ = proc.communicate(timeout=10)
            out[name] = [(row[0], row[1]) for row in json.loads(text or "[]")]


def wire_phase_kbit(series: list[tuple[float, int]], kbit: int, skip_s: float = 0.5,
                    length_s: float = 2.0) -> float | None:
    """Link rate over a throughput phase's steady part, from the counters alone.

    The phase starts where the egress first runs at half the shaped rate for
    two 100 ms spans in a row (idle pings and SACKs stay far below that); the
    window is the estimator's: ``skip_s`` after that to ``length_s``.
    """
    times = [t for t, _ in series]

    def at(t: float) -> tuple[float, int]:
        i = min(bisect.bisect_left(times, t), len(series) - 1)
        return series[i]

    def kbit_between(t0: float, t1: float) -> float:
        (a_t, a_b), (e_t, e_b) = at(t0), at(t1)
        return (e_b - a_b) * 8 / 1000 / (e_t - a_t) if e_t > a_t else 0.0

    for t, _ in series:
        if kbit_between(t, t + 0.1) >= 0.5 * kbit and kbit_between(t + 0.1, t + 0.2) >= 0.5 * kbit:
            return round(kbit_between(t + skip_s, t + length_s), 1)
    return None


def measure_at(lab: NetLab, kbit: int, *client_args: str) -> tuple[dict, float]:
    """Shape the link to ``kbit`` and run one client check; (result, wall seconds)."""
    shape(lab, kbit)
    start = time.monotonic()
    result = run_client(lab, *client_args)
    return result, time.monotonic() - start
