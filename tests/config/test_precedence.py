"""Precedence: command line > user > policy > default, IT locks, source tracking."""

from __future__ import annotations

import itertools

import pytest

from client_core.config import AGENT_DESKTOP, SPECS, Layer, Settings, Source, resolve

# Three values per key, one per layer, so the winner is visible.
CASES = {
    "hub_url": ("wss://cli.example/ws", "wss://user.example/ws", "wss://policy.example/ws"),
    "kiosk_mode": (False, True, "1"),
    "ui_language": ("en", "sv", "ru"),
    "auto_update": ("no", False, 1),
}
EXPECTED = {
    "hub_url": ("wss://cli.example/ws", "wss://user.example/ws", "wss://policy.example/ws"),
    "kiosk_mode": (False, True, True),
    "ui_language": ("en", "sv", "ru"),
    "auto_update": (False, False, True),
}


def layers(
    cli: dict | None = None,
    user: dict | None = None,
    policy: dict | None = None,
    locked: set[str] = frozenset(),
) -> dict[str, Layer]:
    return {
        "command_line": Layer(Source.COMMAND_LINE, "command line", dict(cli or {})),
        "user": Layer(Source.USER, "/home/u/.config/AgentDesktop/settings.json", dict(user or {})),
        "policy": Layer(
            Source.POLICY,
            "/etc/kela-agent-desktop/policy.toml",
            dict(policy or {}),
            locked=frozenset(locked),
        ),
    }


@pytest.mark.parametrize("key", sorted(CASES))
@pytest.mark.parametrize("present", list(itertools.product([True, False], repeat=3)))
def test_every_layer_combination(key: str, present: tuple[bool, bool, bool]) -> None:
    raw = CASES[key]
    given = [{key: raw[i]} if present[i] else {} for i in range(3)]
    settings = resolve(AGENT_DESKTOP, **layers(*given))

    order = [Source.COMMAND_LINE, Source.USER, Source.POLICY]
    winner = next((i for i in range(3) if present[i]), None)
    default = next(s.default for s in SPECS if s.key == key)
    expected_value = default if winner is None else EXPECTED[key][winner]
    expected_source = Source.DEFAULT if winner is None else order[winner]

    assert getattr(settings, key) == expected_value
    assert settings.source_of(key) == expected_source
    assert not settings.is_locked(key)
    assert settings.problems == ()


def test_defaults_and_types() -> None:
    s = resolve(AGENT_DESKTOP)
    assert s.hub_url == "ws://127.0.0.1:8750/ws"
    assert s.kiosk_mode is False and s.auto_update is True
    assert s.ui_language == "fi"
    assert {row.source for row in s.rows()} == {Source.DEFAULT}
    assert [row.key for row in s.rows()] == [spec.key for spec in SPECS]


def test_settings_fields_match_specs() -> None:
    fields = set(Settings.__dataclass_fields__)
    assert {spec.key for spec in SPECS} <= fields


def test_source_location_is_recorded() -> None:
    s = resolve(AGENT_DESKTOP, **layers(user={"ui_language": "sv"}, policy={"kiosk_mode": True}))
    assert s.resolved["ui_language"].location.endswith("settings.json")
    assert s.resolved["kiosk_mode"].location == "/etc/kela-agent-desktop/policy.toml"
    assert s.resolved["hub_url"].location == "built in"


def test_locked_policy_beats_user_and_command_line() -> None:
    s = resolve(
        AGENT_DESKTOP,
        **layers(
            cli={"hub_url": "wss://cli.example/ws", "kiosk_mode": False},
            user={"hub_url": "wss://user.example/ws"},
            policy={"hub_url": "wss://policy.example/ws", "kiosk_mode": True},
            locked={"hub_url", "kiosk_mode"},
        ),
    )
    assert s.hub_url == "wss://policy.example/ws" and s.source_of("hub_url") == Source.POLICY
    assert s.kiosk_mode is True and s.is_locked("kiosk_mode")
    ignored = {(p.source, p.key) for p in s.problems}
    assert ignored == {
        (Source.COMMAND_LINE, "hub_url"),
        (Source.USER, "hub_url"),
        (Source.COMMAND_LINE, "kiosk_mode"),
    }
    assert all("locked" in p.message for p in s.problems)


def test_locked_without_policy_value_forces_default() -> None:
    s = resolve(AGENT_DESKTOP, **layers(user={"auto_update": False}, locked={"auto_update"}))
    assert s.auto_update is True
    assert s.source_of("auto_update") == Source.DEFAULT and s.is_locked("auto_update")


def test_unlocked_policy_keys_are_overridable() -> None:
    s = resolve(
        AGENT_DESKTOP,
        **layers(
            user={"ui_language": "en"},
            policy={"ui_language": "fi", "kiosk_mode": True},
            locked={"kiosk_mode"},
        ),
    )
    assert s.ui_language == "en" and not s.is_locked("ui_language")


def test_policy_only_key_ignores_user_value() -> None:
    good = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA"
    s = resolve(
        AGENT_DESKTOP,
        **layers(
            user={"kiosk_admin_key_hash": "$argon2id$user"}, policy={"kiosk_admin_key_hash": good}
        ),
    )
    assert s.kiosk_admin_key_hash == good and s.source_of("kiosk_admin_key_hash") == Source.POLICY
    [problem] = s.problems
    assert problem.source == Source.USER and "only machine policy" in problem.message


@pytest.mark.parametrize(
    ("key", "bad", "fragment"),
    [
        ("hub_url", "http://hub.example/ws", "ws:// or wss://"),
        ("ui_language", "de", "fi, sv, en, ru, ckb"),
        ("kiosk_mode", "maybe", "yes/no"),
        ("kiosk_mode", 7, "yes/no"),
        ("turn_url", "https://turn.example", "turn:"),
        ("turn_username", 42, "expected text"),
    ],
)
def test_invalid_policy_value_names_source_and_key_and_falls_back(key, bad, fragment) -> None:
    s = resolve(AGENT_DESKTOP, **layers(policy={key: bad}))
    assert s.source_of(key) == Source.DEFAULT
    [problem] = s.problems
    assert problem.source == Source.POLICY and problem.key == key
    text = str(problem)
    assert "policy" in text and "/etc/kela-agent-desktop/policy.toml" in text and key in text
    assert fragment in text


def test_invalid_user_value_falls_back_to_policy() -> None:
    s = resolve(AGENT_DESKTOP, **layers(user={"ui_language": "xx"}, policy={"ui_language": "sv"}))
    assert s.ui_language == "sv" and s.source_of("ui_language") == Source.POLICY
    assert [p.source for p in s.problems] == [Source.USER]


def test_invalid_secret_is_not_quoted_in_problem() -> None:
    s = resolve(AGENT_DESKTOP, **layers(policy={"turn_credential": 12345678}))
    assert "12345678" not in str(s.problems[0])


@pytest.mark.parametrize(
    ("raw", "value"),
    [("1", True), ("0", False), ("TRUE", True), (" off ", False), (1, True), (0, False)],
)
def test_bool_spellings(raw, value) -> None:
    assert resolve(AGENT_DESKTOP, **layers(policy={"notifications": raw})).notifications is value


def test_repr_hides_secrets_and_url_passwords() -> None:
    s = resolve(
        AGENT_DESKTOP,
        **layers(
            policy={"turn_credential": "s3cret-pw", "hub_url": "wss://bob:pw123@h.example/ws"}
        ),
    )
    text = repr(s)
    assert "s3cret-pw" not in text and "pw123" not in text
    assert "h.example" in text
