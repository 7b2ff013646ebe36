"""A small Internet in network namespaces: two NATed homes, a relay, a hub.

::

    cust 10.10.1.2 --[wire c]-- natc 10.10.1.1 | 198.18.1.2 --+
                                                             inet 198.18.1.1 / 198.18.2.1
    exp  10.10.2.2 --[wire e]-- nate 10.10.2.1 | 198.18.2.2 --+   lo: hub 198.18.0.10
                                                                  lo: TURN 198.18.0.20

* ``cust`` is the customer's computer behind a home router (``natc``,
  iptables MASQUERADE), ``exp`` the service expert's behind the agency's
  firewall (``nate``, MASQUERADE too). Neither private network is routed
  anywhere else, so the two can only reach each other through the public
  side, and only where the firewalls let them.
* ``inet`` is the public side: it routes between the two and holds the hub
  and coturn on their own addresses (198.18.0.0/15 is the range set aside
  for benchmarks, RFC 2544).
* Each access link runs through a ``wire`` namespace where
  :mod:`tests.netlab.wire` forwards frames with the link's impairments.

Every namespace is made here with a unique name, is connected to nothing
but the others (no link to the host's namespace) and is deleted on exit,
whatever happened. Needs root, iproute2, iptables and ethtool.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parents[2]

HUB_IP = "198.18.0.10"
TURN_IP = "198.18.0.20"
CUSTOMER_IP = "10.10.1.2"
EXPERT_IP = "10.10.2.2"
ROLES = ("inet", "natc", "nate", "wirec", "wiree", "cust", "exp")

# Firewall policies (iptables FORWARD rules), by where they apply.
POLICIES: dict[str, dict[str, list[list[str]]]] = {
    # Nothing filtered: NAT on both sides is the only obstacle.
    "open": {},
    # The two homes cannot exchange UDP directly (no hole punching either):
    # the relay is the only way.
    "no_direct_udp": {
        "inet": [["-p", "udp", "-s", "198.18.1.0/24", "-d", "198.18.2.0/24", "-j", "DROP"],
                 ["-p", "udp", "-s", "198.18.2.0/24", "-d", "198.18.1.0/24", "-j", "DROP"]],
    },
    # No UDP leaves either private network: TURN over TCP or TLS only.
    "no_udp": {
        "natc": [["-p", "udp", "-j", "DROP"]],
        "nate": [["-p", "udp", "-j", "DROP"]],
    },
    # The customer's network lets nothing reach the relay at all.
    "no_relay": {
        "natc": [["-d", "198.18.0.20", "-j", "DROP"]],
    },
    # The agency firewall lets out only TCP to port 443 (the customer's home is open,
    # but direct UDP between the two is blocked as above).
    "agency_tcp443": {
        "nate": [["-m", "conntrack", "--ctstate", "ESTABLISHED,RELATED", "-j", "ACCEPT"],
                 ["-i", "lan", "-p", "tcp", "--dport", "443", "-j", "ACCEPT"],
                 ["-j", "DROP"]],
        "inet": [["-p", "udp", "-s", "198.18.1.0/24", "-d", "198.18.2.0/24", "-j", "DROP"],
                 ["-p", "udp", "-s", "198.18.2.0/24", "-d", "198.18.1.0/24", "-j", "DROP"]],
    },
}


class LabUnavailable(RuntimeError):
    """The machine cannot build the lab (not root, a tool or kernel feature missing)."""


def _run(*argv: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(argv), check=check, capture_output=True, text=True, timeout=20)


def unavailable_reason() -> str | None:
    """Why the lab cannot be built here, or None if it can."""
    for tool in ("ip", "iptables", "ethtool"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (scripts/setup.sh installs it)"
    if os.geteuid() != 0:
        return "network namespaces need root"
    return None


@dataclass
class WireHandle:
    proc: subprocess.Popen[str]

    def set(self, **profile: Any) -> None:
        """Both directions get ``profile`` (see :class:`tests.netlab.wire.Profile`)."""
        self.send({"both": profile})

    def send(self, message: dict[str, Any]) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(message) + "\n")
        self.proc.stdin.flush()
        reply = self.proc.stdout.readline().strip()
        if reply != "ok":
            raise RuntimeError(f"wire did not take {message}: {reply!r}")

    def close(self) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        try:
            self.proc.stdin.write(json.dumps({"quit": True}) + "\n")
            self.proc.stdin.flush()
            out = self.proc.stdout.read()
            self.proc.wait(5)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()
            return {}
        lines = [line for line in out.splitlines() if line.startswith("{")]
        return json.loads(lines[-1]) if lines else {}


@dataclass
class CallLab:
    tag: str
    state_dir: Path
    ns: dict[str, str] = field(default_factory=dict)
    wires: dict[str, WireHandle] = field(default_factory=dict)
    procs: list[subprocess.Popen[Any]] = field(default_factory=list)
    customer_ip: str = CUSTOMER_IP

    # -- running things inside ---------------------------------------------------------

    def argv(self, role: str, *argv: str) -> list[str]:
        return ["ip", "netns", "exec", self.ns[role], *argv]

    def run(self, role: str, *argv: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return _run(*self.argv(role, *argv), check=check)

    def spawn(self, role: str, argv: Sequence[str], *, log: str | None = None,
              env: dict[str, str] | None = None, stdin: int | IO[Any] | None = subprocess.PIPE,
              stdout: int | IO[Any] | None = subprocess.PIPE) -> subprocess.Popen[str]:
        """Start ``argv`` in the namespace of ``role``; stopped when the lab closes."""
        err: Any = open(self.state_dir / log, "ab") if log else subprocess.DEVNULL
        proc = subprocess.Popen(self.argv(role, *argv), cwd=ROOT, env={**python_env(), **(env or {})},
                                stdin=stdin, stdout=stdout, stderr=err, text=True)
        self.procs.append(proc)
        return proc

    def python(self, role: str, module: str, *args: str, **kw: Any) -> subprocess.Popen[str]:
        return self.spawn(role, [sys.executable, "-u", "-m", module, *args], **kw)

    @staticmethod
    def python_env() -> dict[str, str]:
        return python_env()

    # -- changing the network ----------------------------------------------------------

    def firewall(self, policy: str) -> None:
        """Replace every FORWARD rule with ``policy`` (a key of ``POLICIES``)."""
        for role in ("inet", "natc", "nate"):
            self.run(role, "iptables", "-F", "FORWARD")
            for rule in POLICIES[policy].get(role, []):
                self.run(role, "iptables", "-A", "FORWARD", *rule)

    def link(self, side: str = "c", **profile: Any) -> None:
        """Impair the customer's (``c``) or the expert's (``e``) access link, both ways."""
        self.wires[side].set(**profile)

    def move_customer(self, new_ip: str = "10.10.1.3") -> None:
        """The customer's computer changes address (another Wi-Fi, a phone's hotspot)."""
        self.run("cust", "ip", "addr", "flush", "dev", "eth0")
        self.run("cust", "ip", "addr", "add", f"{new_ip}/24", "dev", "eth0")
        self.run("cust", "ip", "route", "replace", "default", "via", "10.10.1.1")
        self.customer_ip = new_ip


def python_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.pop("KELA_WEBRTC_LOOPBACK_ONLY", None)  # inside the lab, the lab's interfaces are the point
    return env


def _veth(a_ns: str, a_if: str, b_ns: str, b_if: str) -> None:
    # Made inside the namespaces: no name ever exists in the host's namespace.
    _run("ip", "-n", a_ns, "link", "add", a_if, "type", "veth", "peer", "name", b_if, "netns", b_ns)
    for ns, ifname in ((a_ns, a_if), (b_ns, b_if)):
        _run("ip", "-n", ns, "link", "set", ifname, "up")


def _addr(ns: str, ifname: str, cidr: str) -> None:
    _run("ip", "-n", ns, "addr", "add", cidr, "dev", ifname)


def _plain_frames(ns: str, ifname: str) -> None:
    # Frames leaving through a user-space wire must be complete: no checksum left
    # for the hardware to fill in, no 64 KiB segmentation super-frames.
    _run("ip", "netns", "exec", ns, "ethtool", "-K", ifname, "tx", "off", "tso", "off",
         "gso", "off", "gro", "off", check=False)


def _start_wire(lab: CallLab, side: str) -> WireHandle:
    proc = lab.python(f"wire{side}", "tests.netlab.wire", "w0", "w1", log=f"wire{side}.log")
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if line != "ready":
        raise LabUnavailable(f"the link emulator did not start: {line!r} (see {lab.state_dir}/wire{side}.log)")
    return WireHandle(proc)


def _build(lab: CallLab) -> None:
    ns = lab.ns
    for role in ROLES:
        _run("ip", "netns", "add", ns[role])
        _run("ip", "-n", ns[role], "link", "set", "lo", "up")
        _run("ip", "netns", "exec", ns[role], "sysctl", "-qw", "net.ipv6.conf.all.disable_ipv6=1",
             check=False)
    _addr(ns["inet"], "lo", f"{HUB_IP}/32")
    _addr(ns["inet"], "lo", f"{TURN_IP}/32")
    for side, home, public in (("c", "natc", "1"), ("e", "nate", "2")):
        host = "cust" if side == "c" else "exp"
        _veth(ns["inet"], f"pub{side}", ns[home], "wan")
        _addr(ns["inet"], f"pub{side}", f"198.18.{public}.1/24")
        _addr(ns[home], "wan", f"198.18.{public}.2/24")
        _run("ip", "-n", ns[home], "route", "add", "default", "via", f"198.18.{public}.1")
        _veth(ns[home], "lan", ns[f"wire{side}"], "w1")
        _veth(ns[f"wire{side}"], "w0", ns[host], "eth0")
        _addr(ns[home], "lan", f"10.10.{public}.1/24")
        _addr(ns[host], "eth0", f"10.10.{public}.2/24")
        _run("ip", "-n", ns[host], "route", "add", "default", "via", f"10.10.{public}.1")
        for where, ifname in ((home, "lan"), (f"wire{side}", "w1"), (f"wire{side}", "w0"), (host, "eth0")):
            _plain_frames(ns[where], ifname)
        lab.run(home, "iptables", "-t", "nat", "-A", "POSTROUTING", "-o", "wan", "-j", "MASQUERADE")
    # The public side's default route leads nowhere, silently, as the Internet does
    # for a private address: without one, coturn's sendto() to a peer's private
    # host candidate fails at once, and coturn drops that relay socket altogether.
    _run("ip", "-n", ns["inet"], "link", "add", "void0", "type", "veth", "peer", "name", "void1")
    for ifname in ("void0", "void1"):
        _run("ip", "-n", ns["inet"], "link", "set", ifname, "up")
    _addr(ns["inet"], "void0", "192.0.2.1/30")  # TEST-NET-1
    _run("ip", "-n", ns["inet"], "neigh", "add", "192.0.2.2", "lladdr", "02:00:00:00:00:02",
         "dev", "void0", "nud", "permanent")
    _run("ip", "-n", ns["inet"], "route", "add", "default", "via", "192.0.2.2")
    for role in ("inet", "natc", "nate"):
        lab.run(role, "sysctl", "-qw", "net.ipv4.ip_forward=1")
    for side in ("c", "e"):
        lab.wires[side] = _start_wire(lab, side)


@contextmanager
def call_lab(state_dir: Path, policy: str = "open") -> Iterator[CallLab]:
    """Build the namespaces (see the module docstring); everything is removed on exit."""
    reason = unavailable_reason()
    if reason:
        raise LabUnavailable(reason)
    tag = f"{os.getpid() % 100000}{secrets.token_hex(2)}"
    state_dir = state_dir.resolve()
    state_dir.mkdir(parents=True, exist_ok=True)
    lab = CallLab(tag, state_dir, {role: f"cl{tag}{role}" for role in ROLES})
    try:
        try:
            _build(lab)
        except subprocess.CalledProcessError as exc:
            raise LabUnavailable(f"{' '.join(exc.cmd)}: {exc.stderr.strip()}") from None
        lab.firewall(policy)
        yield lab
    finally:
        for proc in reversed(lab.procs):
            if proc.poll() is None:
                proc.terminate()
        for proc in reversed(lab.procs):
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        for role in ROLES:
            _run("ip", "netns", "del", lab.ns[role], check=False)
