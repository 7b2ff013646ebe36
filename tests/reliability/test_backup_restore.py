"""Backup and restore, short form, on both databases: an online backup while a
hub serves chats under load, restored into a fresh database that a fresh hub
serves. The long form is ``bench/backup.py``; the checks, backup_drill.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hubkit import fresh_postgres_database
from tests.reliability.backup_drill import BackupDrill, BackupSettings


def test_restore_never_overwrites_a_database_that_has_data(tmp_path: Path) -> None:
    import subprocess
    import sys

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "service_hub.cli", "--data-dir", str(tmp_path / "hub"), *args],
                              capture_output=True, text=True, timeout=60)

    assert cli("add-agent", "anna", "--password", "long enough").returncode == 0
    made = cli("backup", "--output", str(tmp_path / "hub.backup"))
    assert made.returncode == 0, made.stderr
    again = cli("restore", "--input", str(tmp_path / "hub.backup"))
    assert again.returncode == 1 and "restore into a new data directory" in again.stderr
    missing = cli("restore", "--input", str(tmp_path / "nothing.backup"))
    assert missing.returncode == 1 and "there is no backup" in missing.stderr


@pytest.mark.slow
async def test_online_backup_restored_into_a_fresh_hub_has_every_acknowledged_message(
    tmp_path: Path, database_url: str
) -> None:
    target = await fresh_postgres_database() if database_url else ""
    drill = BackupDrill(database_url, target, tmp_path, BackupSettings(filler_messages=2000))
    try:
        f = await drill.run()
    finally:
        await drill.close()
    assert f.acked_before_backup > 100, "there was load before the backup"
    assert f.acked_during_backup > 0, "and the hub went on serving while it ran"
    assert f.missing_after_restore == [], "every message acknowledged before the backup is in it, once"
    assert f.torn_conversations == [], "one snapshot: every conversation's seqs run 1..last_seq"
    assert f.messages_in_backup >= 2000 + f.acked_before_backup
    assert f.resumed_ok and f.continued_seq == 1, "the restored hub serves the conversation on"
