"""The first screen does not load the call stack (issue 22: idle memory of the customer
client). aiortc, PyAV and numpy (with cryptography and pylibsrtp under aiortc) are about
50 MB of RSS; they load when the pre-session check or a call starts."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["CUSTOMER_CLIENT_SMOKE_DELAY_MS"] = "300"
import customer_client.app as app
assert app.main(["--smoke-test", "--hub-url", "ws://127.0.0.1:9/ws"]) == 0
print("LOADED", sorted(m for m in ("aiortc", "av", "numpy", "cryptography", "pylibsrtp")
                      if m in sys.modules))
"""


def test_first_screen_loads_no_call_stack(tmp_path) -> None:
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "SMOKE-TEST OK customer-client" in done.stdout
    assert "LOADED []" in done.stdout, done.stdout
