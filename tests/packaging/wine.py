"""Debian's wine as a throw-away Windows for the MSI tests.

The prefix lives under the worktree's var/ (never the user's home: HOME and the
XDG folders point into it too), is 64-bit (the MSIs are x64), and is removed
with its wineserver when the test module ends. winemenubuilder is switched off,
so the Start-menu shortcut does not become a .desktop file anywhere.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from tests.realparts import WINE, missing_tools, require

from .helpers import REPO

REG_TYPES = {"REG_SZ": 1, "REG_EXPAND_SZ": 2, "REG_BINARY": 3, "REG_DWORD": 4, "REG_MULTI_SZ": 7}


@dataclass
class Wine:
    prefix: Path

    @classmethod
    def create(cls) -> Wine:
        require(WINE, missing_tools("wine", "wineserver"))  # Debian: wine wine64 (setup.sh)
        root = REPO / "var" / "wine" / uuid.uuid4().hex[:8]
        (root / "home").mkdir(parents=True)
        wine = cls(root / "prefix")
        wine.run(["wineboot", "--init"], timeout=300)
        return wine

    @property
    def env(self) -> dict[str, str]:
        home = self.prefix.parent / "home"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("WINE", "DISPLAY"))}
        env.update(
            WINEPREFIX=str(self.prefix), WINEARCH="win64", WINEDEBUG="-all",
            WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d", HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
            XDG_CACHE_HOME=str(home / ".cache"),
        )
        return env

    def run(self, args: list[str], timeout: float = 600) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["wine", *args], env=self.env, capture_output=True, text=True,
                              timeout=timeout, check=False)

    def msiexec(self, *args: str, log: Path | None = None) -> int:
        """msiexec with /qn; returns its exit code (0 ok, 1603 failed, 1638 newer installed...)."""
        extra = ["/l*v", self.windows_path(log)] if log else []
        done = self.run(["msiexec", *args, "/qn", *extra])
        return done.returncode

    def windows_path(self, path: Path) -> str:
        return "Z:" + str(path).replace("/", "\\")

    def drive_c(self, windows_path: str) -> Path:
        """The Linux path of C:\\..."""
        parts = PureWindowsPath(windows_path).parts[1:]
        return self.prefix / "drive_c" / Path(*parts)

    def reg_values(self, key: str) -> dict[str, tuple[int, object]] | None:
        """Values of HKLM\\key (64-bit view) as {name: (winreg type, value)}; None: no key."""
        done = self.run(["reg", "query", f"HKLM\\{key}"], timeout=60)
        if done.returncode != 0:
            return None
        values: dict[str, tuple[int, object]] = {}
        for line in done.stdout.splitlines():
            fields = line.strip("\r").split("    ")
            if len(fields) < 4 or fields[0] != "" or fields[2] not in REG_TYPES:
                continue
            name, kind, raw = fields[1], fields[2], "    ".join(fields[3:])
            value: object = raw
            if kind == "REG_DWORD":
                value = int(raw, 16)
            elif kind == "REG_MULTI_SZ":
                value = [v for v in raw.split("\\0") if v]
            values[name] = (REG_TYPES[kind], value)
        return values

    def close(self) -> None:
        subprocess.run(["wineserver", "-k"], env=self.env, check=False, timeout=60)
        shutil.rmtree(self.prefix.parent, ignore_errors=True)


class WineWinreg:
    """The part of the winreg module client_core's policy reader uses, answered by
    `wine reg query`: the app's own reader reads back what msiexec wrote."""

    HKEY_LOCAL_MACHINE = 0x80000002
    KEY_READ = 0x20019
    KEY_WOW64_64KEY = 0x0100
    REG_SZ, REG_EXPAND_SZ, REG_BINARY, REG_DWORD, REG_MULTI_SZ = 1, 2, 3, 4, 7

    def __init__(self, wine: Wine) -> None:
        self.wine = wine

    def OpenKey(self, root, path, reserved, access):  # noqa: N802 - winreg's name
        assert root == self.HKEY_LOCAL_MACHINE and access & self.KEY_WOW64_64KEY
        values = self.wine.reg_values(path)
        if values is None:
            raise FileNotFoundError(path)
        rows = [(name, value, kind) for name, (kind, value) in values.items()]

        class Key:
            def __enter__(self):
                return rows

            def __exit__(self, *exc):
                return False

        return Key()

    def EnumValue(self, key, index):  # noqa: N802
        rows = key.__enter__()
        if index >= len(rows):
            raise OSError("no more data")
        return rows[index]

    def ExpandEnvironmentStrings(self, value):  # noqa: N802
        return value
