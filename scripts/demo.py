"""Run the demo: a hub on embedded SQLite, the agent desktop signed in, and the
customer client asking the bot and then for a human.

    scripts/demo.sh                      # on a desktop: windows appear; Ctrl+C ends it
    scripts/demo.sh --duration 40        # end by itself after 40 s
    scripts/demo.sh --screenshots DIR    # also save screenshots of the screen (needs ImageMagick's import)

With no display (a server, CI), the programs run on a virtual screen (Xvfb).
Everything lives in var/demo/ and is made afresh on every run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DEMO_PASSWORD = "demo-password"


def run_cli(data_dir: Path, *args: str) -> str:
    out = subprocess.run(
        [PYTHON, "-m", "service_hub.cli", "--data-dir", str(data_dir), *args],
        check=True, capture_output=True, text=True, cwd=ROOT,
    )
    return out.stdout.strip()


def wait_ready(port: int, proc: subprocess.Popen[bytes], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"demo: the hub exited with code {proc.returncode}; see var/demo/hub.log")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("demo: the hub did not become ready")


def start_virtual_display() -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not shutil.which("Xvfb"):
        raise SystemExit("demo: no display and no Xvfb; run scripts/setup.sh first")
    display = ":87"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "2600x1000x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.environ["DISPLAY"] = display
    time.sleep(1.0)
    print(f"demo: no display found, running on the virtual screen {display}")
    return xvfb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=8750)
    parser.add_argument("--duration", type=float, default=0, help="seconds; 0 runs until Ctrl+C")
    parser.add_argument("--screenshots", type=Path, help="save screenshots here while it runs")
    args = parser.parse_args()

    var = ROOT / "var" / "demo"
    shutil.rmtree(var, ignore_errors=True)
    data_dir = var / "hub"
    data_dir.mkdir(parents=True)
    xvfb = start_virtual_display()
    children: list[subprocess.Popen[bytes]] = []
    try:
        os.environ["KELA_WEBRTC_LOOPBACK_ONLY"] = "1"  # keep the demo's WebRTC on 127.0.0.1
        env = {**os.environ, "HUB_LOG_LEVEL": "INFO", "HUB_QUEUE_CONFIG": str(ROOT / "resources" / "demo-queues.toml")}
        hub = subprocess.Popen(
            [PYTHON, "-m", "service_hub.cli", "--data-dir", str(data_dir), "serve",
             "--host", "127.0.0.1", "--port", str(args.port)],
            cwd=ROOT, env=env, stdout=open(var / "hub.log", "wb"), stderr=subprocess.STDOUT,
        )
        children.append(hub)
        wait_ready(args.port, hub)
        run_cli(data_dir, "add-agent", "anna", "--name", "Anna Asiantuntija", "--password", DEMO_PASSWORD,
                "--languages", "fi,sv,en,ru,ckb")
        token = run_cli(data_dir, "mint-customer-token", "demo-customer-1", "--name", "Maija Meikäläinen")
        hub_url = f"ws://127.0.0.1:{args.port}/ws"
        print(f"demo: hub ready on {hub_url} (SQLite in {data_dir})")

        agent = subprocess.Popen(
            [PYTHON, "-m", "agent_desktop.app", "--hub-url", hub_url, "--username", "anna", "--available",
             "--settings-file", str(var / "agent-settings.toml"), "-geometry", "1360x980+0+0"],
            cwd=ROOT, env={**os.environ, "AGENT_DESKTOP_PASSWORD": DEMO_PASSWORD},
            stdout=open(var / "agent-desktop.log", "wb"), stderr=subprocess.STDOUT,
        )
        children.append(agent)
        time.sleep(3)  # let the agent sign in and go Available before the customer asks
        customer = subprocess.Popen(
            [PYTHON, "-m", "customer_client.app", "--hub-url", hub_url, "--demo-script",
             "--synthetic-media", "--settings-file", str(var / "customer-settings.toml"),
             "-geometry", "1200x980+1380+0"],
            cwd=ROOT, env={**os.environ, "CUSTOMER_TOKEN": token},
            stdout=open(var / "customer-client.log", "wb"), stderr=subprocess.STDOUT,
        )
        children.append(customer)
        print("demo: agent desktop (user anna) and customer client started; "
              "the customer asks the bot, then for a human: accept the offer on the agent desktop.")
        print("demo: logs in var/demo/; Ctrl+C ends the demo")

        started = time.monotonic()
        shot = 0
        while not args.duration or time.monotonic() - started < args.duration:
            for child in children:
                if child.poll() is not None:
                    print(f"demo: {child.args[2]} exited with code {child.returncode}")
                    return child.returncode or 0
            if args.screenshots and shutil.which("import") and time.monotonic() - started > 6 * (shot + 1):
                args.screenshots.mkdir(parents=True, exist_ok=True)
                subprocess.run(["import", "-window", "root", str(args.screenshots / f"demo-{shot}.png")],
                               check=False)
                shot += 1
            time.sleep(0.5)
        return 0
    except KeyboardInterrupt:
        return 0
    finally:
        for child in reversed(children):
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)
        for child in children:
            try:
                child.wait(10)
            except subprocess.TimeoutExpired:
                child.kill()
        if xvfb is not None:
            xvfb.terminate()


if __name__ == "__main__":
    sys.exit(main())
