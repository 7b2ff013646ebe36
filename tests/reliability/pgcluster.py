"""A throw-away PostgreSQL cluster of a test's own, so the test may stop and start it.

The shared test server (scripts/postgres.sh) is left alone: other tests use it.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.hubkit import free_port


def _pgbin() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: [int(x) for x in Path(d).parent.name.split(".")])
    return found[-1] if found else None


class Cluster:
    def __init__(self) -> None:
        self.bin = _pgbin()
        if self.bin is None:
            raise RuntimeError("no PostgreSQL server binaries")
        self.dir = Path(tempfile.mkdtemp(prefix="pg-fault-"))
        self.port = free_port()
        self.runas: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
            self.runas = ["runuser", "-u", "postgres", "--"]
        self._run("initdb", "-D", str(self.dir / "data"), "-U", "postgres", "-A", "trust", "--no-sync")
        self.start()

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run([*self.runas, f"{self.bin}/{tool}", *args], check=True, capture_output=True, timeout=60)

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.dir / "data"), "-l", str(self.dir / "server.log"), "-w", "-o",
                  f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "fast", "-w", "stop")

    def destroy(self) -> None:
        try:
            self.stop()
        except Exception:  # noqa: BLE001 - already stopped
            pass
        shutil.rmtree(self.dir, ignore_errors=True)
