#!/usr/bin/env python3
"""Run a bundled program once with --smoke-test, off screen, and check it started.

    python packaging/smoke_test.py dist/linux/agent-desktop/agent-desktop
    python packaging/smoke_test.py --timeout 90 path/to/customer-client -- --ui-language sv
    python packaging/smoke_test.py --call --no-server-code dist/linux/customer-client/customer-client

The contract the programs implement (docs/deployment.md, "Smoke test"):
with `--smoke-test` the program starts as usual, shows its first window, then
prints a line starting with `SMOKE-TEST OK` to stdout (flushed) and exits 0
within the time limit, without needing a hub.  A windowed Windows build has no
stdout, so there use `--exit-code-only`.

`--call` adds `--smoke-call`: before the marker the program makes a loopback
video call with lavfi test media through its own call engine (ICE, DTLS, SRTP,
VP8, Opus) and video view, and the marker line must say `call=ok` and
`multimedia=ok` (QtMultimedia's backend plugin loaded: without it video views
stay black).
`--no-server-code` requires the marker's `service_hub=absent`: the program
cannot import the server package, so it is not in the bundle.

Pure standard library: runs on build machines without the project installed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MARKER = "SMOKE-TEST OK"
# Port 9 (discard) on loopback: nothing listens, so a connection attempt fails
# at once instead of reaching a developer's hub on the default port.
UNREACHABLE_HUB = "ws://127.0.0.1:9/ws"


def smoke_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Fresh per-user dirs so a developer's own settings cannot change the result.
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(home / var.lower())
    if sys.platform == "win32":
        env["APPDATA"] = env["LOCALAPPDATA"] = str(home / "appdata")
    return env


def run(executable: str, extra: list[str], timeout: float, exit_code_only: bool,
        required: tuple[str, ...] = ()) -> int:
    """`required`: words the marker line must contain (e.g. "call=ok")."""
    cmd = [executable, "--smoke-test", "--hub-url", UNREACHABLE_HUB, *extra]
    with tempfile.TemporaryDirectory(prefix="smoke-") as home:
        start = time.monotonic()
        try:
            proc = subprocess.run(
                cmd, env=smoke_env(Path(home)), capture_output=True, text=True,
                timeout=timeout, stdin=subprocess.DEVNULL, check=False,
            )
        except subprocess.TimeoutExpired as exc:
            print(f"FAIL: {executable} did not exit within {timeout:.0f} s", file=sys.stderr)
            _dump(exc.stdout, exc.stderr)
            return 1
        except OSError as exc:
            print(f"FAIL: cannot start {executable}: {exc}", file=sys.stderr)
            return 1
    elapsed = time.monotonic() - start
    if proc.returncode != 0:
        print(f"FAIL: {executable} exited {proc.returncode} after {elapsed:.1f} s", file=sys.stderr)
        _dump(proc.stdout, proc.stderr)
        return 1
    if exit_code_only:
        print(f"ok: {Path(executable).name} exited 0 in {elapsed:.1f} s")
        return 0
    lines = [line for line in proc.stdout.splitlines() if line.startswith(MARKER)]
    if not lines:
        print(f"FAIL: {executable} exited 0 but never printed {MARKER!r}", file=sys.stderr)
        _dump(proc.stdout, proc.stderr)
        return 1
    missing = [word for word in required if word not in lines[0].split()]
    if missing:
        print(f"FAIL: the marker line lacks {', '.join(missing)}: {lines[0]}", file=sys.stderr)
        _dump(proc.stdout, proc.stderr)
        return 1
    print(f"ok: {Path(executable).name} smoke test passed in {elapsed:.1f} s: {lines[0]}")
    return 0


def _dump(stdout: str | bytes | None, stderr: str | bytes | None) -> None:
    for name, data in (("stdout", stdout), ("stderr", stderr)):
        if isinstance(data, bytes):
            data = data.decode(errors="replace")
        tail = "\n".join((data or "").splitlines()[-40:])
        print(f"--- {name} (last 40 lines) ---\n{tail}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("executable", help="bundled program (or any command that takes --smoke-test)")
    parser.add_argument("extra", nargs="*", help="more arguments for the program (after --)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds (default 60)")
    parser.add_argument("--exit-code-only", action="store_true",
                        help="do not require the SMOKE-TEST OK line (windowed Windows builds)")
    parser.add_argument("--call", action="store_true",
                        help="also make a loopback video call (--smoke-call); require call=ok")
    parser.add_argument("--no-server-code", action="store_true",
                        help="require service_hub=absent (the server package is not bundled)")
    args = parser.parse_args(argv)
    extra = [*args.extra, *(["--smoke-call"] if args.call else [])]
    required = (*(["call=ok", "multimedia=ok"] if args.call else []),
                *(["service_hub=absent"] if args.no_server_code else []))
    return run(args.executable, extra, args.timeout, args.exit_code_only, required)


if __name__ == "__main__":
    sys.exit(main())
