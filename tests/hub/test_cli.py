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
