"""Machine-policy readers for each OS, pointed at temp files or a fake registry."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from client_core.config import AGENT_DESKTOP, CUSTOMER_CLIENT, Source, policy_location, read_policy
from client_core.config.policy import (
    linux_policy_path,
    macos_policy_path,
    read_plist_policy,
    read_registry_policy,
    read_toml_policy,
)


def test_default_locations() -> None:
    assert linux_policy_path(AGENT_DESKTOP) == Path("/etc/kela-agent-desktop/policy.toml")
    assert macos_policy_path(CUSTOMER_CLIENT) == Path(
        "/Library/Managed Preferences/fi.kela.customerclient.plist"
    )
    assert policy_location(AGENT_DESKTOP, "win32") == r"HKLM\SOFTWARE\Policies\Kela\AgentDesktop"


def test_missing_files_are_empty_policy(tmp_path: Path) -> None:
    for layer in (read_toml_policy(tmp_path / "no.toml"), read_plist_policy(tmp_path / "no.plist")):
        assert layer.source == Source.POLICY and layer.values == {} and layer.problems == []


def test_toml_policy(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(
        'hub_url = "wss://hub.example/ws"\nkiosk_mode = true\nturn_url = ""\n'
        'colour = "red"\nlocked = ["hub_url", "nope"]\n',
        encoding="utf-8",
    )
    layer = read_policy(AGENT_DESKTOP, platform="linux", path=path)
    assert layer.values == {"hub_url": "wss://hub.example/ws", "kiosk_mode": True}
    assert layer.locked == {"hub_url"}
    assert layer.location == str(path)
    assert sorted(str(p) for p in layer.problems) == [
        f"policy ({path}), colour: unknown setting, ignored",
        f"policy ({path}), locked: unknown setting 'nope' in locked list, ignored",
    ]


def test_broken_toml_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text("hub_url = \n", encoding="utf-8")
    layer = read_toml_policy(path)
    assert layer.values == {}
    [problem] = layer.problems
    assert problem.key is None and str(path) in str(problem) and "cannot read" in str(problem)


def test_plist_policy_skips_payload_keys(tmp_path: Path) -> None:
    path = tmp_path / "fi.kela.agentdesktop.plist"
    path.write_bytes(
        plistlib.dumps(
            {
                "PayloadUUID": "x",
                "hub_url": "wss://mac.example/ws",
                "auto_update": False,
                "locked": ["auto_update"],
            }
        )
    )
    layer = read_policy(AGENT_DESKTOP, platform="darwin", path=path)
    assert layer.values == {"hub_url": "wss://mac.example/ws", "auto_update": False}
    assert layer.locked == {"auto_update"} and layer.problems == []


def test_broken_plist(tmp_path: Path) -> None:
    path = tmp_path / "x.plist"
    path.write_bytes(b"not a plist")
    assert "cannot read managed preferences" in str(read_plist_policy(path).problems[0])


class FakeWinreg:
    """The part of the winreg module the reader uses, backed by a dict."""

    HKEY_LOCAL_MACHINE = 0x80000002
    KEY_READ = 0x20019
    KEY_WOW64_64KEY = 0x0100
    REG_SZ, REG_EXPAND_SZ, REG_BINARY, REG_DWORD, REG_MULTI_SZ = 1, 2, 3, 4, 7

    def __init__(self, keys: dict[str, list[tuple[str, object, int]]]) -> None:
        self.keys = keys
        self.opened_with: int | None = None

    def OpenKey(self, root, path, reserved, access):  # noqa: N802 - winreg's name
        assert root == self.HKEY_LOCAL_MACHINE
        self.opened_with = access
        if path not in self.keys:
            raise FileNotFoundError(path)
        values = self.keys[path]

        class Key:
            def __enter__(self):
                return values

            def __exit__(self, *exc):
                return False

        return Key()

    def EnumValue(self, key, index):  # noqa: N802
        values = key.__enter__()
        if index >= len(values):
            raise OSError("no more data")
        return values[index]

    def ExpandEnvironmentStrings(self, value):  # noqa: N802
        return value.replace("%PROGRAMDATA%", r"C:\ProgramData")


def test_registry_policy() -> None:
    reg = FakeWinreg(
        {
            AGENT_DESKTOP.registry_key: [
                (
                    "Hub_Url",
                    "wss://win.example/ws",
                    FakeWinreg.REG_SZ,
                ),  # names are case-insensitive
                ("kiosk_mode", 1, FakeWinreg.REG_DWORD),
                ("auto_update", "0", FakeWinreg.REG_SZ),  # what the MSI writes
                ("turn_url", "", FakeWinreg.REG_SZ),  # MSI/GPO "not configured"
                ("turn_username", "%PROGRAMDATA%", FakeWinreg.REG_EXPAND_SZ),
                ("alert_sound", b"\x01", FakeWinreg.REG_BINARY),
                ("locked", "hub_url, kiosk_mode", FakeWinreg.REG_SZ),
            ]
        }
    )
    layer = read_policy(AGENT_DESKTOP, platform="win32", winreg=reg)
    assert reg.opened_with & FakeWinreg.KEY_WOW64_64KEY
    assert layer.location == r"HKLM\SOFTWARE\Policies\Kela\AgentDesktop"
    assert layer.values == {
        "hub_url": "wss://win.example/ws",
        "kiosk_mode": 1,
        "auto_update": "0",
        "turn_username": r"C:\ProgramData",
    }
    assert layer.locked == {"hub_url", "kiosk_mode"}
    [problem] = layer.problems
    assert problem.key == "alert_sound" and "unsupported registry type" in problem.message


def test_registry_multi_sz_locked_list() -> None:
    reg = FakeWinreg(
        {
            AGENT_DESKTOP.registry_key: [
                ("locked", ["ui_language", "auto_update"], FakeWinreg.REG_MULTI_SZ)
            ]
        }
    )
    assert read_registry_policy(AGENT_DESKTOP.registry_key, winreg=reg).locked == {
        "ui_language",
        "auto_update",
    }


def test_registry_key_missing() -> None:
    layer = read_registry_policy(AGENT_DESKTOP.registry_key, winreg=FakeWinreg({}))
    assert layer.values == {} and layer.problems == []


@pytest.mark.parametrize("raw", [42, {"a": 1}, [1, 2]])
def test_bad_locked_value(tmp_path: Path, raw) -> None:
    path = tmp_path / "p.plist"
    path.write_bytes(plistlib.dumps({"locked": raw}))
    layer = read_plist_policy(path)
    assert layer.locked == frozenset()
    assert layer.problems[0].key == "locked"
