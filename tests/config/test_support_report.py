"""The support report: versions, every setting with its source, secrets redacted."""

from __future__ import annotations

from datetime import UTC, datetime

from client_core.config import AGENT_DESKTOP, SPECS, Layer, Source, resolve, support_report

SECRET_PW = "turn-pw-Zx81"
HASH = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$SECRETHASHVALUE"


def make_settings():
    return resolve(
        AGENT_DESKTOP,
        command_line=Layer(Source.COMMAND_LINE, "command line", {"ui_language": "en"}),
        user=Layer(
            Source.USER,
            "/u/settings.json",
            {"hub_url": "wss://agent:hubpw@hub.example/ws?token=TOKEN123&x=1"},
        ),
        policy=Layer(
            Source.POLICY,
            "/etc/kela-agent-desktop/policy.toml",
            {
                "turn_url": "turn:turn.example:3478",
                "turn_username": "agent",
                "turn_credential": SECRET_PW,
                "kiosk_admin_key_hash": HASH,
                "kiosk_mode": "banana",
            },
            locked=frozenset({"turn_url"}),
        ),
        user_settings_path=None,
    )


def test_report_has_versions_settings_sources_and_no_secrets() -> None:
    text = support_report(make_settings(), now=datetime(2026, 1, 2, tzinfo=UTC))
    for secret in (SECRET_PW, "SECRETHASHVALUE", "hubpw", "TOKEN123"):
        assert secret not in text
    for name in ("Python:", "OS:", "Qt:", "aiortc:", "av:"):
        assert f"  {name}" in text
    for spec in SPECS:
        assert f"  {spec.key} = " in text
    assert "  turn_credential = <redacted> - policy [/etc/kela-agent-desktop/policy.toml]" in text
    assert "  ui_language = en - command line" in text
    assert "  turn_url = turn:turn.example:3478 - policy, locked by IT" in text
    assert "  hub_url = wss://agent:<redacted>@hub.example/ws?token=<redacted>&x=1 - user" in text
    assert "  notifications = yes - default" in text
    assert "kiosk_mode: invalid value: 'banana'" in text
    assert text.startswith(
        "Kela Agent Desktop support report\nGenerated: 2026-01-02T00:00:00+00:00"
    )
