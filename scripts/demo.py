"""Run the demo: a hub on embedded SQLite, the agent desktop signed in, and the
customer client asking the bot and then for a human.

    scripts/demo.sh                      # on a desktop: windows appear; Ctrl+C ends it
    scripts/demo.sh --duration 40        # end by itself after 40 s
    scripts/demo.sh --screenshots DIR    # also save a screenshot of the screen every 6 s

With no display (a server, CI), the programs run on a virtual screen (Xvfb).
Everything lives in var/demo/ (or --var DIR) and is made afresh on every run.
However the launcher ends (the duration is up, Ctrl+C, SIGTERM from a service
manager or ``kill``, an error, one of the programs exiting) it stops the hub,
both apps and the virtual screen.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.children import Children  # noqa: E402

PYTHON = sys.executable
DEMO_PASSWORD = "demo-password"
SHOT_EVERY_S = 6.0


class DemoError(Exception):
    """Why the demo cannot go on; printed, exit status 1."""


def run_cli(data_dir: Path, *args: str) -> str:
    out = subprocess.run(
        [PYTHON, "-m", "service_hub.cli", "--data-dir", str(data_dir), *args],
        check=True, capture_output=True, text=True, cwd=ROOT,
    )
    return out.stdout.strip()


def wait_ready(port: int, proc: subprocess.Popen[bytes], log: Path, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise DemoError(f"the hub exited with code {proc.returncode}; see {log}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise DemoError(f"the hub did not become ready in {timeout:.0f} s; see {log}")


def start_virtual_display(children: Children) -> None:
    """Xvfb on a free display number (it picks one and tells us: -displayfd)."""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return
    if not shutil.which("Xvfb"):
        raise DemoError("no display and no Xvfb; run scripts/setup.sh first")
    read_fd, write_fd = os.pipe()
    children.popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "2600x1000x24", "-nolisten", "tcp"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, pass_fds=(write_fd,))
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        raise DemoError("Xvfb did not start")
    os.environ["DISPLAY"] = f":{number}"
    print(f"demo: no display found, running on the virtual screen :{number}")
    start_session_bus(children)


def start_session_bus(children: Children) -> None:
    """A D-Bus session bus of the demo's own: with none, Qt has libdbus
    autolaunch one on the virtual screen, and that one outlives the demo."""
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS") or not shutil.which("dbus-daemon"):
        return
    bus = children.popen(["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    if not address:
        raise DemoError("dbus-daemon did not start")
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address


def grab_screen(path: Path | None) -> None:
    """A PNG of the whole screen, taken by Qt in a process of its own (X11
    only); with no path, only whether it can be taken."""
    out = subprocess.run([PYTHON, str(ROOT / "scripts" / "grab_screen.py"), str(path or "--check")],
                         capture_output=True, text=True, timeout=30)
    if out.returncode != 0:
        raise DemoError(f"--screenshots: {out.stderr.strip() or 'grab_screen.py failed'}")


def start_programs(children: Children, args: argparse.Namespace, var: Path) -> None:
    data_dir = var / "hub"
    data_dir.mkdir(parents=True)
    os.environ["KELA_WEBRTC_LOOPBACK_ONLY"] = "1"  # keep the demo's WebRTC on 127.0.0.1
    env = {**os.environ, "HUB_LOG_LEVEL": "INFO", "HUB_QUEUE_CONFIG": str(ROOT / "resources" / "demo-queues.toml")}
    # The demo's customer is signed in by the hub's own demo provider: the
    # switch says so, and the hub's log warns about it.
    hub = children.popen(
        [PYTHON, "-m", "service_hub.cli", "--data-dir", str(data_dir), "serve", "--demo-identity",
         "--host", "127.0.0.1", "--port", str(args.port)],
        cwd=ROOT, env=env, stdout=open(var / "hub.log", "wb"), stderr=subprocess.STDOUT,
    )
    wait_ready(args.port, hub, var / "hub.log")
    run_cli(data_dir, "add-agent", "anna", "--name", "Anna Asiantuntija", "--password", DEMO_PASSWORD,
            "--languages", "fi,sv,en,ru,ckb")
    token = run_cli(data_dir, "mint-customer-token", "demo-customer-1", "--name", "Maija Meikäläinen")
    hub_url = f"ws://127.0.0.1:{args.port}/ws"
    print(f"demo: hub ready on {hub_url} (SQLite in {data_dir})")

    children.popen(
        [PYTHON, "-m", "agent_desktop.app", "--hub-url", hub_url, "--username", "anna", "--available",
         "--settings-file", str(var / "agent-settings.toml"), "-geometry", "1360x980+0+0"],
        cwd=ROOT, env={**os.environ, "AGENT_DESKTOP_PASSWORD": DEMO_PASSWORD},
        stdout=open(var / "agent-desktop.log", "wb"), stderr=subprocess.STDOUT,
    )
    time.sleep(3)  # let the agent sign in and go Available before the customer asks
    children.popen(
        [PYTHON, "-m", "customer_client.app", "--hub-url", hub_url, "--demo-script",
         "--synthetic-media", "--settings-file", str(var / "customer-settings.toml"),
         "-geometry", "1200x980+1380+0"],
        cwd=ROOT, env={**os.environ, "CUSTOMER_TOKEN": token},
        stdout=open(var / "customer-client.log", "wb"), stderr=subprocess.STDOUT,
    )
    print("demo: agent desktop (user anna) and customer client started; "
          "the customer asks the bot, then for a human: accept the offer on the agent desktop.", flush=True)
    print(f"demo: logs in {var}; Ctrl+C ends the demo", flush=True)


def watch(children: Children, args: argparse.Namespace) -> int:
    """Until the duration is up or a program exits (its exit code is the demo's)."""
    started = time.monotonic()
    shot = 0
    while not args.duration or time.monotonic() - started < args.duration:
        for child in children.processes:
            if child.poll() is not None:
                print(f"demo: {' '.join(map(str, child.args[:3]))} exited with code {child.returncode}")
                return child.returncode or 0
        if args.screenshots and time.monotonic() - started > SHOT_EVERY_S * (shot + 1):
            grab_screen(args.screenshots / f"demo-{shot}.png")
            shot += 1
        time.sleep(0.5)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=8750)
    parser.add_argument("--duration", type=float, default=0, help="seconds; 0 runs until Ctrl+C")
    parser.add_argument("--screenshots", type=Path, help="save screenshots here while it runs")
    parser.add_argument("--var", type=Path, default=ROOT / "var" / "demo",
                        help="the demo's data and logs (emptied first; default var/demo)")
    args = parser.parse_args()

    shutil.rmtree(args.var, ignore_errors=True)
    args.var.mkdir(parents=True)
    if args.screenshots:
        args.screenshots.mkdir(parents=True, exist_ok=True)
    try:
        with Children() as children:
            start_virtual_display(children)
            if args.screenshots:
                grab_screen(None)  # fail now, not after the set-up
            start_programs(children, args, args.var)
            return watch(children, args)
    except KeyboardInterrupt:
        return 0
    except DemoError as exc:
        print(f"demo: {exc}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        print(f"demo: {exc}\n{exc.stderr or ''}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
