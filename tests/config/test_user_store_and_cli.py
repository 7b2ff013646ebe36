"""User-settings file and command-line parsing, and load_settings end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from client_core.config import (
    AGENT_DESKTOP,
    CUSTOMER_CLIENT,
    SettingValueError,
    Source,
    UserSettingsStore,
    default_user_settings_path,
    load_settings,
    parse_command_line,
)
from client_core.config.policy import read_toml_policy


def test_default_user_path_follows_platformdirs(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert (
        default_user_settings_path(CUSTOMER_CLIENT) == tmp_path / "CustomerClient" / "settings.json"
    )


def test_store_round_trip(tmp_path: Path) -> None:
    store = UserSettingsStore(tmp_path / "sub" / "settings.json")
    store.update({"ui_language": "sv", "alert_sound": "off"})
    assert json.loads(store.path.read_text()) == {"alert_sound": False, "ui_language": "sv"}
    store.update({"ui_language": None})
    assert store.read().values == {"alert_sound": False}
    assert list(store.path.parent.iterdir()) == [store.path]  # no temp files left


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"colour": "red"}, "unknown setting"),
        ({"kiosk_admin_key_hash": "$argon2id$x"}, "only be set by machine policy"),
        ({"ui_language": "de"}, "must be one of"),
    ],
)
def test_store_rejects_before_writing(tmp_path: Path, changes, message) -> None:
    store = UserSettingsStore(tmp_path / "settings.json")
    with pytest.raises(SettingValueError, match=message):
        store.update({"notifications": False, **changes})
    assert not store.path.exists()


@pytest.mark.parametrize("content", ["{not json", "[1, 2]"])
def test_broken_user_file_is_a_problem(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content)
    s = load_settings(
        AGENT_DESKTOP, [], user_settings_path=path, policy=read_toml_policy(tmp_path / "none.toml")
    )
    assert s.hub_url == "ws://127.0.0.1:8750/ws"
    [problem] = s.problems
    assert problem.source == Source.USER and str(path) in str(problem)


def test_command_line_flags_and_passthrough() -> None:
    cmd = parse_command_line(
        [
            "--hub-url",
            "wss://a.example/ws",
            "--kiosk-mode",
            "--no-auto-update",
            "-platform",
            "offscreen",
            "--smoke-test",
            "--app-specific",
            "x",
        ]
    )
    assert cmd.overrides == {
        "hub_url": "wss://a.example/ws",
        "kiosk_mode": True,
        "auto_update": False,
    }
    assert cmd.smoke_test and not cmd.support_report
    assert cmd.rest == ["-platform", "offscreen", "--app-specific", "x"]


def test_policy_only_key_has_no_flag() -> None:
    cmd = parse_command_line(["--kiosk-admin-key-hash", "$argon2id$x"])
    assert cmd.overrides == {} and cmd.rest == ["--kiosk-admin-key-hash", "$argon2id$x"]


def test_load_settings_end_to_end(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(
        'hub_url = "wss://policy.example/ws"\nkiosk_mode = true\n'
        'ui_language = "en"\nlocked = ["kiosk_mode"]\n'
    )
    user = tmp_path / "settings.json"
    UserSettingsStore(user).update({"ui_language": "sv", "kiosk_mode": False})
    s = load_settings(
        CUSTOMER_CLIENT,
        ["--hub-url", "wss://cli.example/ws"],
        user_settings_path=user,
        policy=read_toml_policy(policy),
    )
    assert (s.hub_url, s.source_of("hub_url")) == ("wss://cli.example/ws", Source.COMMAND_LINE)
    assert (s.ui_language, s.source_of("ui_language")) == ("sv", Source.USER)
    assert (s.kiosk_mode, s.source_of("kiosk_mode")) == (True, Source.POLICY)
    assert s.is_locked("kiosk_mode") and s.user_settings_path == user
    assert s.policy_location == str(policy)


def test_settings_file_flag(tmp_path: Path) -> None:
    user = tmp_path / "kiosk.json"
    user.write_text('{"notifications": false}')
    s = load_settings(
        AGENT_DESKTOP,
        ["--settings-file", str(user)],
        policy=read_toml_policy(tmp_path / "none.toml"),
    )
    assert s.notifications is False and s.user_settings_path == user
