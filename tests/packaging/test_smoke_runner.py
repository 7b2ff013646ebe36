"""packaging/smoke_test.py against small stand-in programs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from .helpers import load_module

smoke = load_module("smoke_test.py", "smoke_test_runner")

QT_APP = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
assert "--smoke-test" in sys.argv and sys.argv[sys.argv.index("--hub-url") + 1].startswith("ws://")
app = QApplication(sys.argv[:1])
w = QLabel("first window"); w.show(); app.processEvents()
print("SMOKE-TEST OK first window", flush=True)
sys.exit(0)
"""


def program(tmp_path: Path, body: str) -> str:
    path = tmp_path / "prog"
    path.write_text(f"#!{sys.executable}\n{body}")
    path.chmod(0o755)
    return str(path)


def test_passes_for_a_program_that_shows_a_window(tmp_path: Path, capsys) -> None:
    assert smoke.main([program(tmp_path, QT_APP), "--timeout", "60"]) == 0
    assert "smoke test passed" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("body", "args", "message"),
    [
        ("import sys; sys.exit(3)", [], "exited 3"),
        ("print('hello')", [], "never printed"),
        ("import time; time.sleep(30)", ["--timeout", "1"], "did not exit within"),
    ],
)
def test_failures_are_reported(tmp_path: Path, capsys, body, args, message) -> None:
    assert smoke.main([program(tmp_path, body), *args]) == 1
    assert message in capsys.readouterr().err


def test_exit_code_only(tmp_path: Path) -> None:
    assert smoke.main([program(tmp_path, "pass"), "--exit-code-only"]) == 0


def test_env_is_offscreen_and_isolated(tmp_path: Path) -> None:
    env = smoke.smoke_env(tmp_path)
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    assert env["XDG_CONFIG_HOME"].startswith(str(tmp_path))


MARKED = """
import sys
print("SMOKE-TEST OK prog service_hub=absent multimedia=ok" + (" call=ok" if "--smoke-call" in sys.argv else ""), flush=True)
"""


def test_call_and_server_code_words_are_required(tmp_path: Path, capsys) -> None:
    prog = program(tmp_path, MARKED)
    assert smoke.main([prog, "--call", "--no-server-code"]) == 0
    assert smoke.run(prog, [], 30, False, ("call=ok",)) == 1  # no --smoke-call, no call=ok
    assert "lacks call=ok" in capsys.readouterr().err
    present = program(tmp_path, 'print("SMOKE-TEST OK prog service_hub=present")')
    assert smoke.main([present, "--no-server-code"]) == 1


def test_a_missing_multimedia_backend_fails_the_call_check(tmp_path: Path, capsys) -> None:
    prog = program(tmp_path, 'print("SMOKE-TEST OK prog service_hub=absent multimedia=missing call=ok")')
    assert smoke.main([prog, "--call"]) == 1
    assert "lacks multimedia=ok" in capsys.readouterr().err
