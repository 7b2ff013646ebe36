"""The README's first steps on a new machine: commands create the data directory."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "service_hub.cli", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=60)


def test_add_agent_and_purge_on_a_data_dir_that_does_not_exist_yet(tmp_path: Path) -> None:
    data_dir = tmp_path / "new" / "hub"
    added = _cli(data_dir, "add-agent", "anna", "--password", "long enough")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["username"] == "anna"
    again = _cli(data_dir, "add-agent", "anna", "--password", "long enough")
    assert again.returncode == 1 and "already exists" in again.stderr
    short = _cli(data_dir, "add-agent", "bo", "--password", "short")
    assert short.returncode == 2 and "8 characters" in short.stderr
    purged = _cli(tmp_path / "other", "purge", "--days", "30", "--dry-run")
    assert purged.returncode == 0, purged.stderr
    assert json.loads(purged.stdout)["dry_run"] is True


# ------------------------------------------------------------------ sentences, not tracebacks (issue 21)


def _run(data_dir: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "service_hub.cli", "--data-dir", str(data_dir), *args],
                          input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=60)


def test_add_agent_without_a_terminal_asks_for_password_stdin_instead_of_a_traceback(tmp_path: Path) -> None:
    # As a provisioning script runs it: no terminal, nothing on standard input.
    asked = _run(tmp_path, "add-agent", "anna")
    assert asked.returncode == 2
    assert "--password-stdin" in asked.stderr and "Traceback" not in asked.stderr
    added = _run(tmp_path, "add-agent", "anna", "--password-stdin", stdin="long enough\n")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["username"] == "anna"


def test_commands_on_an_unreachable_postgresql_say_so_in_a_sentence(tmp_path: Path) -> None:
    from tests.hubkit import free_port

    url = f"postgresql://hub:secret-pw@127.0.0.1:{free_port()}/hub"  # nobody listens there
    # (serve with the demo identity switch: without a provider it stops before the database)
    for command in (["serve", "--demo-identity", "--port", str(free_port())],
                    ["add-agent", "anna", "--password", "long enough"],
                    ["report", "--from", "2026-11-02", "--to", "2026-11-06"]):
        result = _run(tmp_path, "--database-url", url, *command)
        assert result.returncode == 1, (command, result.stderr)
        assert "error: cannot open the database at postgresql" in result.stderr, command
        assert "PostgreSQL runs there" in result.stderr
        assert "Traceback" not in result.stderr and "secret-pw" not in result.stderr, command


def test_csv_report_of_a_period_without_data_is_its_header(tmp_path: Path) -> None:
    result = _run(tmp_path, "report", "--from", "2026-11-02", "--to", "2026-11-06", "--format", "csv")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith("group_by,group,conversations,handed_off,")
    assert "reason_asked" in lines[0] and lines[0].endswith("feedback_5")
