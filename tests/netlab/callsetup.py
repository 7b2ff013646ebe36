"""A whole appointment in the lab: coturn and the hub on the public side, the
customer and the expert behind their NATs, each a process (tests.netlab.endpoint).

Used by the tests in tests/netcall/ and by bench/call_network.py.
"""

from __future__ import annotations

import json
import queue
import secrets
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .coturn import Coturn, start_coturn
from .topology import HUB_IP, TURN_IP, CallLab, LabUnavailable, call_lab

AGENT = "anna"
PASSWORD = "correct horse"


@dataclass
class EndpointProc:
    """An endpoint process and the events it printed, read by a thread."""

    name: str
    proc: subprocess.Popen[str]
    events: list[dict[str, Any]] = field(default_factory=list)
    _queue: queue.Queue[dict[str, Any]] = field(default_factory=queue.Queue)

    def start_reader(self) -> None:
        def read() -> None:
            assert self.proc.stdout is not None
            for line in self.proc.stdout:
                line = line.strip()
                if line.startswith("{"):
                    event = json.loads(line)
                    self.events.append(event)
                    self._queue.put(event)

        threading.Thread(target=read, daemon=True, name=f"reader-{self.name}").start()

    def wait(self, timeout: float = 30.0, **match: Any) -> dict[str, Any]:
        """The first event (already seen or coming) with these fields."""
        for event in self.events:
            if all(event.get(k) == v for k, v in match.items()):
                return event
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"{self.name}: no {match} in {timeout:g} s; got {self.events[-8:]}")
            try:
                event = self._queue.get(timeout=left)
            except queue.Empty:
                continue
            if all(event.get(k) == v for k, v in match.items()):
                return event

    def command(self, timeout: float = 10.0, **cmd: Any) -> dict[str, Any]:
        """Send a command; the answer is the next event of the expected kind."""
        answers = {"figures": "figures", "path": "path", "restart": "ok", "hangup": "hung_up"}
        seen = len(self.events)
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for event in self.events[seen:]:
                if event.get("event") == answers[cmd["cmd"]]:
                    return event
            time.sleep(0.02)
        raise TimeoutError(f"{self.name}: no answer to {cmd}")

    def figures(self, since: float, until: float, after: float = 0.0) -> dict[str, Any]:
        """The media meter over [since, until] (monotonic seconds), once ``until`` has passed."""
        wait = until - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        return self.command(cmd="figures", since=since, until=until, after=after)

    def stop(self) -> None:
        """Quit (hanging up and leaving the hub), killed if it does not within 5 s."""
        if self.proc.poll() is None and self.proc.stdin is not None:
            try:
                self.proc.stdin.write(json.dumps({"cmd": "quit"}) + "\n")
                self.proc.stdin.flush()
                self.proc.wait(5)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()

    def states(self, peer: bool = True) -> list[str]:
        return [e["state"] for e in self.events
                if e.get("event") == "state" and (e.get("peer") is not None) == peer]


@dataclass
class Appointment:
    lab: CallLab
    turn: Coturn
    hub_url: str
    customer: EndpointProc
    agent: EndpointProc

    def connected(self, timeout: float = 30.0) -> float:
        """Both sides connected; returns the later of the two times."""
        times = [side.wait(timeout, event="state", state="connected")["t"]
                 for side in (self.agent, self.customer)]
        return max(times)


#: Adds the experts in one process (one import of the hub, not one per expert).
_ADD_AGENTS = """
import sys
from service_hub.cli import main
data, password, *names = sys.argv[1:]
for name in names:
    assert main(["--data-dir", data, "add-agent", name, "--password", password,
                 "--name", name.capitalize(), "--languages", "fi,sv,en"]) == 0
"""


def _add_agents(data: Path, agents: tuple[str, ...]) -> subprocess.Popen[bytes]:
    """Started before the lab is built: it needs no network, and takes seconds."""
    shutil.rmtree(data, ignore_errors=True)  # a fresh hub each time
    data.mkdir(parents=True)
    return subprocess.Popen([sys.executable, "-c", _ADD_AGENTS, str(data), PASSWORD, *agents],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _hub(lab: CallLab, data: Path, secret: str, turn_urls: list[str], port: int,
         adding: subprocess.Popen[bytes]) -> str:
    env = {"HUB_QUEUE_CONFIG": str(Path(__file__).resolve().parents[2] / "resources" / "demo-queues.toml"),
           "HUB_TURN_SECRET": secret, "HUB_TURN_URLS": ",".join(turn_urls),
           "HUB_OFFER_TIMEOUT_S": "20", "HUB_AGENT_GRACE_S": "30", "HUB_WS_HEARTBEAT_S": "5"}
    cli = [sys.executable, "-m", "service_hub.cli", "--data-dir", str(data)]
    _, err = adding.communicate(timeout=60)
    if adding.returncode != 0:
        raise RuntimeError(f"adding the experts failed: {err.decode(errors='replace')[-2000:]}")
    # The demo identity provider: customer tokens made by mint-customer-token.
    lab.spawn("inet", [*cli, "serve", "--demo-identity", "--host", HUB_IP, "--port", str(port)], env=env,
              log="hub.log", stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    probe = [*lab.argv("inet"), sys.executable, "-c",
             f"import urllib.request; urllib.request.urlopen('http://{HUB_IP}:{port}/readyz', timeout=1)"]
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if subprocess.run(probe, capture_output=True, timeout=10).returncode == 0:
            return f"ws://{HUB_IP}:{port}/ws"
        time.sleep(0.2)
    raise LabUnavailable(f"the hub did not start; see {lab.state_dir}/hub.log")


def customer_token(data: Path) -> str:
    out = subprocess.run([sys.executable, "-m", "service_hub.cli", "--data-dir", str(data),
                          "mint-customer-token", f"cust-{secrets.token_hex(3)}", "--name", "Maija"],
                         check=True, capture_output=True, text=True, timeout=60)
    return out.stdout.strip()


def start_endpoint(lab: CallLab, role: str, hub_url: str, credential: str, *extra: str,
                   env: dict[str, str] | None = None) -> EndpointProc:
    where = "cust" if role == "customer" else "exp"
    proc = lab.python(where, "tests.netlab.endpoint", role, hub_url, credential, *extra,
                      log=f"{role}.log", env=env)
    ep = EndpointProc(role, proc)
    ep.start_reader()
    return ep


@dataclass
class Site:
    """The lab with coturn and the hub running on its public side.

    One site can hold several appointments in turn (:func:`appointment_at`), each
    with an expert of its own: the lab and the hub take longer to start than most
    tests take to run.
    """

    lab: CallLab
    turn: Coturn
    hub_url: str
    data: Path
    agents: list[str] = field(default_factory=lambda: [AGENT])

    @property
    def env(self) -> dict[str, str]:
        return {"SSL_CERT_FILE": str(self.turn.certificates.ca)}  # the test CA, for turns:

    def agent(self) -> str:
        """An expert no earlier appointment here has used (no conversation left over)."""
        if not self.agents:
            raise RuntimeError("this site has no unused expert left; make it with more")
        return self.agents.pop(0)


@contextmanager
def site(state_dir: Path, *, policy: str = "open", hub_port: int = 8750,
         agents: int = 1) -> Iterator[Site]:
    secret = secrets.token_urlsafe(24)
    names = tuple([AGENT] + [f"{AGENT}{i}" for i in range(2, agents + 1)])
    data = state_dir.resolve() / "hub"
    adding = _add_agents(data, names)
    try:
        with call_lab(state_dir, policy=policy) as lab:
            coturn = start_coturn(lab, "inet", TURN_IP, secret)
            url = _hub(lab, data, secret, coturn.urls(), hub_port, adding)
            yield Site(lab, coturn, url, data, list(names))
    finally:
        if adding.poll() is None:
            adding.kill()
            adding.wait()


@contextmanager
def appointment_at(where: Site, *, policy: str = "open", turn: bool = True,
                   customer_args: tuple[str, ...] = (), agent_args: tuple[str, ...] = (),
                   link: dict[str, Any] | None = None) -> Iterator[Appointment]:
    """An appointment being called at a running site: the expert calls once both are in.
    The site's firewall takes ``policy`` and the customer's line ``link`` (clean after)."""
    lab, hub_url = where.lab, where.hub_url
    lab.firewall(policy)
    lab.link("c", **(link or {}))
    flags = ("--turn",) if turn else ()
    agent = start_endpoint(lab, "agent", hub_url, where.agent(), *flags, *agent_args, env=where.env)
    customer: EndpointProc | None = None
    try:
        agent.wait(30, event="waiting")
        customer = start_endpoint(lab, "customer", hub_url, customer_token(where.data), *flags,
                                  *customer_args, env=where.env)
        yield Appointment(lab, where.turn, hub_url, customer, agent)
    finally:
        for side in (customer, agent):
            if side is not None:
                side.stop()
        lab.link("c")


@contextmanager
def appointment(state_dir: Path, *, policy: str = "open", turn: bool = True,
                customer_args: tuple[str, ...] = (), agent_args: tuple[str, ...] = (),
                hub_port: int = 8750, link: dict[str, Any] | None = None) -> Iterator[Appointment]:
    """A lab of its own with one appointment (:func:`appointment_at`)."""
    with site(state_dir, policy=policy, hub_port=hub_port) as where, appointment_at(
            where, policy=policy, turn=turn, customer_args=customer_args,
            agent_args=agent_args, link=link) as appt:
        yield appt
