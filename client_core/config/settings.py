"""Resolve the layers into one typed, source-tracked `Settings` object.

Precedence, highest first:  command line > user settings > machine policy > default.
Exception: keys IT lists in the policy's `locked` value take the policy value
(or the default, if policy has none) and ignore user settings and the command
line, and `policy_only` keys (kiosk_admin_key_hash) never come from a user.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .apps import AppIdentity
from .cli import CommandLine, parse_command_line
from .policy import read_policy
from .schema import SPEC_BY_KEY, SPECS, Layer, Problem, SettingValueError, Source
from .user_store import UserSettingsStore, default_user_settings_path

log = logging.getLogger("client_core.config")


@dataclass(frozen=True)
class ResolvedValue:
    key: str
    value: str | bool
    source: Source
    location: str  # file, registry key, "command line" or "built in"
    locked: bool  # IT forced it: the UI must not offer to change it
    secret: bool

    @property
    def display(self) -> str:
        """Value as text for dialogs and reports, secrets and URL passwords hidden."""
        spec = SPEC_BY_KEY[self.key]
        if self.secret:
            return spec.shown(self.value)
        if isinstance(self.value, bool):
            return "yes" if self.value else "no"
        return spec.shown(self.value)[1:-1] or "(empty)"


@dataclass(frozen=True, repr=False)
class Settings:
    """All settings of one program; attribute per key, plus where each came from."""

    app: AppIdentity
    hub_url: str
    turn_url: str
    turn_username: str
    turn_credential: str
    ui_language: str
    kiosk_mode: bool
    kiosk_admin_key_hash: str
    idp_issuer: str
    idp_client_id: str
    idp_resource: str
    idp_acr_values: str
    auto_update: bool
    alert_sound: bool
    notifications: bool
    echo_cancellation: bool
    noise_suppression: bool
    auto_gain_control: bool
    high_pass_filter: bool
    camera: str
    microphone: str
    speaker: str
    resolved: Mapping[str, ResolvedValue]
    problems: tuple[Problem, ...] = ()
    user_settings_path: Path | None = None
    policy_location: str = ""

    def __repr__(self) -> str:
        # Settings end up in logs and tracebacks: never show secrets there.
        shown = ", ".join(f"{row.key}={row.display!r}" for row in self.rows())
        return f"Settings({self.app.key}: {shown})"

    def source_of(self, key: str) -> Source:
        return self.resolved[key].source

    def is_locked(self, key: str) -> bool:
        return self.resolved[key].locked

    def rows(self) -> list[ResolvedValue]:
        """Every setting in a stable order, for the About dialog and the report."""
        return [self.resolved[spec.key] for spec in SPECS]


def resolve(
    app: AppIdentity,
    *,
    command_line: Layer | None = None,
    user: Layer | None = None,
    policy: Layer | None = None,
    user_settings_path: Path | None = None,
) -> Settings:
    """Pure function: layers in, Settings out.  Invalid values fall through to the next layer."""
    cli = command_line or Layer(Source.COMMAND_LINE, "command line", {})
    user = user or Layer(Source.USER, str(user_settings_path or ""), {})
    policy = policy or Layer(Source.POLICY, "", {})
    problems: list[Problem] = [*policy.problems, *user.problems, *cli.problems]
    resolved: dict[str, ResolvedValue] = {}

    for spec in SPECS:
        locked = spec.key in policy.locked
        layers = [cli, user, policy]
        if locked or spec.policy_only:
            for ignored in (cli, user):
                if spec.key in ignored.values:
                    why = "IT locked this setting" if locked else "only machine policy may set it"
                    problems.append(
                        Problem(ignored.source, ignored.location, spec.key, f"value ignored: {why}")
                    )
            layers = [policy]

        chosen = ResolvedValue(
            spec.key, spec.default, Source.DEFAULT, "built in", locked, spec.secret
        )
        for layer in layers:
            if spec.key not in layer.values:
                continue
            try:
                value = spec.coerce(layer.values[spec.key])
            except SettingValueError as exc:
                problems.append(
                    Problem(
                        layer.source,
                        layer.location,
                        spec.key,
                        f"invalid value: {exc}; using the next source instead",
                    )
                )
                continue
            chosen = ResolvedValue(
                spec.key, value, layer.source, layer.location, locked, spec.secret
            )
            break
        resolved[spec.key] = chosen

    for problem in problems:
        log.warning("settings: %s", problem)
    return Settings(
        app=app,
        **{key: rv.value for key, rv in resolved.items()},  # type: ignore[arg-type]
        resolved=resolved,
        problems=tuple(problems),
        user_settings_path=user_settings_path,
        policy_location=policy.location,
    )


def load_settings(
    app: AppIdentity,
    command_line: CommandLine | Sequence[str] = (),
    *,
    user_settings_path: Path | None = None,
    policy: Layer | None = None,
) -> Settings:
    """Read every layer for `app` and resolve them.

    `command_line` is either a parsed CommandLine or argv without the program
    name.  `user_settings_path` and `policy` replace the real locations (tests,
    kiosk images); by default they are the platformdirs file and this OS's
    machine policy.
    """
    if not isinstance(command_line, CommandLine):
        command_line = parse_command_line(command_line)
    path = command_line.settings_file or user_settings_path or default_user_settings_path(app)
    return resolve(
        app,
        command_line=command_line.layer(),
        user=UserSettingsStore(path).read(),
        policy=policy if policy is not None else read_policy(app),
        user_settings_path=path,
    )
