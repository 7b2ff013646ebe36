"""The apps seen the way assistive technology sees them: AT-SPI on a private desktop.

``Desktop`` starts Xvfb (a free display), a session D-Bus of its own and the
AT-SPI bus (``at-spi-bus-launcher``, which starts ``at-spi2-registryd``).
``AtSpi`` is the screen reader's side: ``atspi_agent.py`` under the system
Python (Debian's pyatspi), asked over a pipe; it walks trees, reads the focus,
presses keys through the registry (XTest) and collects announcements.
``App`` is one of the real programs (``customer-client``, ``agent-desktop``)
started on that desktop with Qt's AT-SPI bridge on.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
SCREEN = (1400, 1000)


def why_atspi_missing() -> str | None:
    """None when the desktop can start here, else what is missing."""
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path(BUS_LAUNCHER).exists():
        return "at-spi2-core is not installed (no at-spi-bus-launcher)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0'); "
                            "import pyatspi"], capture_output=True, text=True)
    if probe.returncode != 0:
        return "python3-pyatspi / gir1.2-atspi-2.0 are not installed for /usr/bin/python3"
    return None


@dataclass
class Desktop:
    """Xvfb + a session bus + the accessibility bus; ``env`` for the programs on it."""

    workdir: Path
    env: dict[str, str] = field(default_factory=dict)
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def start(self) -> Desktop:
        self.workdir.mkdir(parents=True, exist_ok=True)
        runtime = self.workdir / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        log = open(self.workdir / "desktop.log", "ab")  # noqa: SIM115 - closed with the procs
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
             "-nolisten", "tcp", "-noreset"], pass_fds=(write,), stdout=log, stderr=log)
        os.close(write)
        self.procs.append(xvfb)
        with os.fdopen(read) as pipe:
            display = pipe.readline().strip()
        if not display:
            raise RuntimeError(f"Xvfb did not start; see {self.workdir}/desktop.log")
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                               stdout=subprocess.PIPE, stderr=log)
        self.procs.append(bus)
        address = bus.stdout.readline().decode().strip() if bus.stdout else ""
        if not address:
            raise RuntimeError("the session D-Bus did not start")
        self.env = {**os.environ, "DISPLAY": f":{display}", "DBUS_SESSION_BUS_ADDRESS": address,
                    "XDG_RUNTIME_DIR": str(runtime), "NO_AT_BRIDGE": "0",
                    "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1",
                    "QT_QPA_PLATFORM": "xcb"}
        # The PulseAudio the test run started lives in the run's own runtime dir.
        if "XDG_RUNTIME_DIR" in os.environ:
            self.env["PULSE_SERVER"] = f"unix:{os.environ['XDG_RUNTIME_DIR']}/pulse/native"
        launcher = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], env=self.env,
                                    stdout=log, stderr=log)
        self.procs.append(launcher)
        return self

    def stop(self) -> None:
        for proc in reversed(self.procs):
            with contextlib.suppress(ProcessLookupError):
                proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
        self.procs.clear()


class AtSpiError(RuntimeError):
    pass


class AtSpi:
    """The screen reader's side (``atspi_agent.py``), asked one line at a time."""

    def __init__(self, desktop: Desktop) -> None:
        self.desktop = desktop
        self.proc: asyncio.subprocess.Process | None = None
        self.heard: list[dict[str, Any]] = []  # events collected so far (see ``events``)

    async def start(self) -> AtSpi:
        self.proc = await asyncio.create_subprocess_exec(
            SYSTEM_PYTHON, str(HERE / "atspi_agent.py"), env=self.desktop.env,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, limit=64 * 1024 * 1024)
        assert self.proc.stdout is not None
        ready = json.loads(await asyncio.wait_for(self.proc.stdout.readline(), 20))
        assert ready.get("ready"), ready
        return self

    async def stop(self) -> None:
        if self.proc is not None and self.proc.returncode is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            try:
                await asyncio.wait_for(self.proc.wait(), 5)
            except TimeoutError:
                self.proc.kill()

    async def ask(self, **request: Any) -> dict[str, Any]:
        assert self.proc and self.proc.stdin and self.proc.stdout
        self.proc.stdin.write((json.dumps(request) + "\n").encode())
        await self.proc.stdin.drain()
        answer = json.loads(await asyncio.wait_for(self.proc.stdout.readline(), 30))
        if not answer.get("ok"):
            raise AtSpiError(f"{request}: {answer.get('error')}")
        return answer

    async def apps(self) -> list[str]:
        return (await self.ask(cmd="apps"))["apps"]

    async def tree(self, app: str) -> Node:
        tree = (await self.ask(cmd="tree", app=app))["tree"]
        if tree is None:
            raise AtSpiError(f"no application {app!r} on the accessibility bus")
        return Node(tree)

    async def focus(self, app: str) -> dict[str, Any] | None:
        return (await self.ask(cmd="focus", app=app))["focus"]

    async def key(self, key: str, *modifiers: str, settle_s: float = 0.25) -> None:
        await self.ask(cmd="key", key=key, modifiers=list(modifiers))
        await asyncio.sleep(settle_s)

    async def type(self, text: str) -> None:
        await self.ask(cmd="type", text=text)
        await asyncio.sleep(0.2)

    async def events(self) -> list[dict[str, Any]]:
        """Everything heard since the last call (kept in ``heard`` as well)."""
        got = (await self.ask(cmd="events"))["events"]
        self.heard += got
        return got

    async def announcements(self) -> list[str]:
        await self.events()
        return [e["data"] for e in self.heard if e["type"] == "object:announcement"]

    async def until(self, what: str, check: Callable[[], Any], timeout: float = 15.0) -> Any:
        """Poll ``check`` (a coroutine function or plain function) until it is truthy."""
        deadline = time.monotonic() + timeout
        last: Any = None
        while time.monotonic() < deadline:
            last = check()
            if asyncio.iscoroutine(last):
                last = await last
            if last:
                return last
            await asyncio.sleep(0.2)
        raise AssertionError(f"timed out waiting for {what} (last: {last!r})")

    async def focused_after(self, app: str, key: str, *modifiers: str) -> dict[str, Any] | None:
        await self.key(key, *modifiers)
        return await self.focus(app)


class Node:
    """One accessible object of a walked tree."""

    def __init__(self, data: dict[str, Any], parent: Node | None = None) -> None:
        self.data = data
        self.parent = parent
        self.children = [Node(c, self) for c in data.get("children", [])]

    role = property(lambda self: self.data["role"])
    name = property(lambda self: self.data["name"])
    description = property(lambda self: self.data["description"])
    states = property(lambda self: set(self.data["states"]))
    extents = property(lambda self: self.data["extents"])
    text = property(lambda self: self.data.get("text"))
    path = property(lambda self: self.data["path"])
    actions = property(lambda self: self.data["actions"])
    relations = property(lambda self: self.data["relations"])

    def __repr__(self) -> str:
        return f"<{self.role} {self.name!r}>"

    def walk(self) -> Iterator[Node]:
        yield self
        for c in self.children:
            yield from c.walk()

    @property
    def showing(self) -> bool:
        return "showing" in self.states and "visible" in self.states

    def find_all(self, role: str | None = None, name: str | None = None,
                 showing: bool = True, contains: str | None = None) -> list[Node]:
        return [n for n in self.walk() if (role is None or n.role == role)
                and (name is None or n.name == name)
                and (contains is None or contains in n.name or contains in (n.text or ""))
                and (not showing or n.showing)]

    def find(self, role: str | None = None, name: str | None = None, **kw: Any) -> Node:
        found = self.find_all(role, name, **kw)
        if not found:
            raise AssertionError(f"no {role} {name!r} {kw} in\n{self.dump()}")
        return found[0]

    def dump(self, depth: int = 0, showing_only: bool = True) -> str:
        if showing_only and not self.showing and depth:
            return ""
        line = "  " * depth + f"{self.role} {self.name!r}" + (
            f" text={self.text!r}" if self.text else "") + f" {sorted(self.states - {'enabled', 'sensitive', 'visible', 'showing'})}"
        return "\n".join([line, *filter(None, (c.dump(depth + 1, showing_only)
                                               for c in self.children))])


@dataclass
class App:
    """A real program on the desktop: its process, log, and name on the bus."""

    name: str  # the application's name on the AT-SPI bus
    proc: subprocess.Popen[bytes]
    log: Path

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


def launch(desktop: Desktop, module: str, bus_name: str, args: list[str], workdir: Path,
           env: dict[str, str] | None = None) -> App:
    workdir.mkdir(parents=True, exist_ok=True)
    log = workdir / f"{module.replace('.', '-')}.log"
    full_env = {**desktop.env, "XDG_CONFIG_HOME": str(workdir / "config"),
                "XDG_DATA_HOME": str(workdir / "data"), "XDG_CACHE_HOME": str(workdir / "cache"),
                **(env or {})}
    proc = subprocess.Popen([sys.executable, "-m", module, *args], env=full_env, cwd=ROOT,
                            stdout=open(log, "ab"), stderr=subprocess.STDOUT)  # noqa: SIM115
    return App(bus_name, proc, log)
