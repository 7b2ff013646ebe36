"""The settings both programs know: names, types, defaults, validation.

Pure Python, no I/O: every layer (command line, user file, machine policy)
hands raw values to `SettingSpec.coerce`, which either returns a typed value
or raises `SettingValueError` with a message fit to show IT.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import urlsplit, urlunsplit

UI_LANGUAGES = ("fi", "sv", "en", "ru", "ckb")
# Name of the policy value listing keys that IT forces (see docs/deployment.md).
LOCKED_KEY = "locked"

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


class Source(StrEnum):
    """Where a value came from, lowest precedence first."""

    DEFAULT = "default"
    POLICY = "policy"
    USER = "user"
    COMMAND_LINE = "command line"


class SettingValueError(ValueError):
    """A raw value that does not fit its setting."""


def _check_hub_url(value: str) -> str | None:
    parts = urlsplit(value)
    if parts.scheme not in ("ws", "wss") or not parts.hostname:
        return "must be a ws:// or wss:// URL with a host"
    return None


def _check_turn_url(value: str) -> str | None:
    # RFC 7064/7065 URIs have no "//": turn:host:3478?transport=udp
    scheme, _, rest = value.partition(":")
    if value and (scheme not in ("turn", "turns", "stun", "stuns") or not rest.strip("/")):
        return "must be a turn:, turns:, stun: or stuns: URI (or empty)"
    return None


def _check_language(value: str) -> str | None:
    if value not in UI_LANGUAGES:
        return f"must be one of {', '.join(UI_LANGUAGES)}"
    return None


def _check_http_url(value: str) -> str | None:
    parts = urlsplit(value)
    if value and (parts.scheme not in ("https", "http") or not parts.hostname):
        return "must be an https:// URL (or empty)"
    return None


def _check_admin_hash(value: str) -> str | None:
    # The kiosk exit key is stored only as an argon2 hash (argon2-cffi format).
    if value and not value.startswith("$argon2"):
        return "must be an argon2 hash ($argon2id$...) or empty"
    return None


@dataclass(frozen=True)
class SettingSpec:
    key: str
    type: type[str] | type[bool]
    default: str | bool
    help: str
    secret: bool = False  # redacted in reports and dialogs
    # Only defaults and machine policy may set it: a user-writable kiosk exit
    # key would let anyone at a kiosk leave kiosk mode.
    policy_only: bool = False
    check: Callable[[str], str | None] | None = None

    @property
    def cli_flag(self) -> str:
        return "--" + self.key.replace("_", "-")

    def coerce(self, raw: object) -> str | bool:
        """Typed value from a raw one, or SettingValueError (secrets never quoted)."""
        if self.type is bool:
            value = _to_bool(raw)
            if value is None:
                raise SettingValueError(
                    f"{self.shown(raw)} is not a yes/no value (use true/false or 1/0)"
                )
            return value
        if not isinstance(raw, str):
            raise SettingValueError(f"expected text, got {type(raw).__name__} {self.shown(raw)}")
        value = raw.strip()
        problem = self.check(value) if self.check else None
        if problem:
            raise SettingValueError(f"{self.shown(value)} {problem}")
        return value

    def shown(self, value: object) -> str:
        """How a value may appear in reports, dialogs and log lines."""
        if self.secret:
            return "<redacted>" if value not in ("", None) else "<not set>"
        if isinstance(value, str):
            return repr(redact_url(value))
        return repr(value)


def _to_bool(raw: object) -> bool | None:
    # Registry DWORDs and plist integers arrive as int; MSI properties as text.
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int) and raw in (0, 1):
        return bool(raw)
    if isinstance(raw, str):
        # "#1": a REG_DWORD read back by the MSI's RegistrySearch and rewritten as text.
        text = raw.strip().lower().removeprefix("#")
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    return None


_SENSITIVE_QUERY = re.compile(r"(token|secret|password|passwd|credential|key|auth)", re.I)


def redact_url(value: str) -> str:
    """Hide a password in user info and sensitive query values of a URL-ish string."""
    parts = urlsplit(value)
    if not parts.scheme or not (parts.netloc or parts.query):
        return value
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, hostport = netloc.rpartition("@")
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}:<redacted>@{hostport}" if ":" in userinfo else netloc
    query = "&".join(
        f"{name}=<redacted>" if _SENSITIVE_QUERY.search(name) else f"{name}={val}" if sep else name
        for name, sep, val in (item.partition("=") for item in parts.query.split("&") if item)
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "hub_url",
        str,
        "ws://127.0.0.1:8750/ws",
        "WebSocket address of the service hub",
        check=_check_hub_url,
    ),
    SettingSpec(
        "turn_url", str, "", "TURN server URI for calls through firewalls", check=_check_turn_url
    ),
    SettingSpec("turn_username", str, "", "TURN user name"),
    SettingSpec("turn_credential", str, "", "TURN password", secret=True),
    SettingSpec("ui_language", str, "fi", "user-interface language", check=_check_language),
    SettingSpec("kiosk_mode", bool, False, "run as an office kiosk (full screen, no exit)"),
    SettingSpec(
        "kiosk_admin_key_hash",
        str,
        "",
        "argon2 hash of the kiosk staff exit key",
        secret=True,
        policy_only=True,
        check=_check_admin_hash,
    ),
    # The identity provider (OpenID Connect) people sign in at; docs/deployment.md.
    SettingSpec("idp_issuer", str, "", "OpenID provider's issuer URL (discovery)", check=_check_http_url),
    SettingSpec("idp_client_id", str, "", "this program's client id at the provider "
                "(empty: customer-client, customer-kiosk or agent-desktop)"),
    SettingSpec("idp_resource", str, "", "the hub's resource indicator (empty: the program's default)"),
    SettingSpec("idp_acr_values", str, "", "assurance levels to ask for, strongest first"),
    SettingSpec("auto_update", bool, True, "check for and install updates"),
    SettingSpec("alert_sound", bool, True, "play a sound on new customers and messages"),
    SettingSpec("notifications", bool, True, "show desktop notifications"),
    # Audio processing on the microphone (WebRTC APM); each part can be turned off.
    SettingSpec("echo_cancellation", bool, True,
                "cancel the other side's voice coming back from the speakers into the microphone"),
    SettingSpec("noise_suppression", bool, True, "suppress steady background noise"),
    SettingSpec("auto_gain_control", bool, False,
                "keep the microphone's speech level even (raises residual echo, so off by default)"),
    SettingSpec("high_pass_filter", bool, True, "remove rumble below speech from the microphone"),
    # Devices: a device id as the program reports it, or part of the device's name
    # (e.g. "Jabra"); empty means the system's default. The user's choice is kept here.
    SettingSpec("camera", str, "", "camera to use (device id or part of its name)"),
    SettingSpec("microphone", str, "", "microphone to use (device id or part of its name)"),
    SettingSpec("speaker", str, "", "speakers or headset to use (device id or part of its name)"),
)
SPEC_BY_KEY: dict[str, SettingSpec] = {spec.key: spec for spec in SPECS}


@dataclass(frozen=True)
class Problem:
    """Something wrong (or worth knowing) about one source, for logs and the About dialog."""

    source: Source
    location: str  # file path, registry key or "command line"
    key: str | None  # None: the whole source (e.g. an unreadable file)
    message: str

    def __str__(self) -> str:
        same = self.location in ("", str(self.source))
        where = str(self.source) if same else f"{self.source} ({self.location})"
        return f"{where}, {self.key}: {self.message}" if self.key else f"{where}: {self.message}"


@dataclass
class Layer:
    """Raw values one source provides, before validation."""

    source: Source
    location: str
    values: dict[str, object]
    locked: frozenset[str] = frozenset()  # only meaningful for Source.POLICY
    problems: list[Problem] = field(default_factory=list)

    def problem(self, key: str | None, message: str) -> None:
        self.problems.append(Problem(self.source, self.location, key, message))
