"""Hub configuration: defaults < TOML file < environment (HUB_*) < command line."""

from __future__ import annotations

import os
import secrets
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

from hub_protocol.frames import OLDEST_PROTOCOL_VERSION, PROTOCOL_VERSION

from .store.db import check_database_url, sqlite_url

APP_NAME = "kela-service-hub"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class HubConfig:
    host: str = "127.0.0.1"
    port: int = 8750
    data_dir: Path = field(default_factory=default_data_dir)
    # Empty: SQLite file in data_dir. PostgreSQL: postgresql://user@host/db (postgres://,
    # postgresql+psycopg:// and postgresql+asyncpg:// mean the same; the driver is psycopg).
    database_url: str = ""
    agent_token_secret: str = ""  # empty: generated once and kept in data_dir
    agent_token_ttl_s: int = 3600
    # Customers' identity provider (OpenID Connect). Its keys come from its JWKS
    # (idp_jwks_url, or found through the issuer's discovery document), kept and
    # fetched again when a token names an unknown key, at most every
    # idp_jwks_min_refetch_s. Without idp_issuer the hub refuses to start unless
    # demo_identity is on (docs/deployment.md).
    idp_issuer: str = ""
    idp_audience: str = "urn:kela:service-hub"
    idp_jwks_url: str = ""
    idp_algorithms: str = "ES256,RS256,PS256"
    idp_jwks_min_refetch_s: float = 30.0
    idp_leeway_s: int = 30
    # Assurance: acr values that mean strong identification, and what needs it
    # ("video": video appointments, "handoff": a human in chat). Empty: no rule.
    idp_strong_acr: str = ""
    strong_identification_for: str = "video,handoff"
    # The organisation's provider for service experts, supervisors and
    # interpreters (may be the same issuer with another audience). Roles come
    # from the staff_role_claim through staff_role_map ("group=role,...").
    staff_idp_issuer: str = ""
    staff_idp_audience: str = "urn:kela:service-hub:staff"
    staff_idp_jwks_url: str = ""
    staff_role_claim: str = "groups"
    staff_role_map: str = ""
    staff_languages_claim: str = "languages"
    staff_default_languages: str = "fi,sv"
    # The hub's own stand-in provider (demo_idp.py): for demos and tests only,
    # logged as a warning at every start.
    demo_identity: bool = False
    offer_timeout_s: float = 30.0
    missed_offers_before_away: int = 2
    wrap_up_timeout_s: float = 30.0
    agent_grace_s: float = 20.0
    max_connections_per_identity: int = 5
    max_chats_per_agent: int = 3
    queue_config: str = ""  # empty: resources/queues.toml
    bot_backend: str = "kb"  # "kb" (built-in knowledge base) or "http" (an NLU/LLM service)
    bot_url: str = ""
    bot_timeout_s: float = 3.0
    log_level: str = "INFO"
    log_json: bool = False
    sqlite_synchronous: str = "FULL"
    tls_cert_file: str = ""
    tls_key_file: str = ""
    # Per-connection limits (token buckets, burst = 2 s worth) and the WebSocket
    # ping interval that finds dead links (a cut network shows after ~1.5x this).
    rate_frames_per_s: float = 50.0
    rate_bytes_per_s: float = 256 * 1024
    ws_heartbeat_s: float = 30.0
    # Transcripts of conversations ended more than this many days ago are purged
    # by `service-hub purge`; 0: not configured (purge then needs --days).
    retention_days: int = 0
    # The supervisors' wallboard: the service level (share answered within so many
    # seconds) and when a tile turns amber or red.
    service_level_s: int = 60
    service_level_target: float = 0.8
    wallboard_wait_amber_s: int = 60
    wallboard_wait_red_s: int = 180
    wallboard_waiting_amber: int = 3
    wallboard_waiting_red: int = 8
    wallboard_state_amber_s: int = 600
    wallboard_state_red_s: int = 1200
    # Attachments: the size limit, and clamd's socket (a path, or host:port); an
    # unreachable scanner refuses every upload.
    attachment_max_bytes: int = 10 * 1024 * 1024
    clamd_address: str = "/var/run/clamav/clamd.ctl"
    clamd_timeout_s: float = 30.0
    # TURN (coturn with use-auth-secret): the shared secret and the URLs every
    # call gets, comma-separated, e.g. "turn:turn.example.fi:3478?transport=udp,
    # turn:turn.example.fi:3478?transport=tcp,turns:turn.example.fi:443?transport=tcp".
    # Credentials are minted per participant and expire after turn_ttl_s.
    # Empty turn_urls: no relay (direct paths only). See docs/deployment.md.
    turn_secret: str = ""
    turn_urls: str = ""
    stun_urls: str = ""
    turn_ttl_s: int = 4 * 3600
    # The oldest protocol version served (hub_protocol.frames): a client older
    # than this is told to update. Raise it once every desktop program is new.
    oldest_client_protocol: int = OLDEST_PROTOCOL_VERSION
    # Draining (SIGTERM, a rolling upgrade): clients are told to reconnect at
    # random moments within this many seconds (service_hub/drain.py).
    drain_spread_s: float = 3.0

    def __post_init__(self) -> None:
        if not OLDEST_PROTOCOL_VERSION <= self.oldest_client_protocol <= PROTOCOL_VERSION:
            raise ValueError(f"oldest_client_protocol must be {OLDEST_PROTOCOL_VERSION} to {PROTOCOL_VERSION} "
                             f"(this hub's protocol versions), not {self.oldest_client_protocol}")

    def resolved_database_url(self) -> str:
        return self.database_url or sqlite_url(self.data_dir / "hub.db")

    def resolved_secret(self) -> str:
        if self.agent_token_secret:
            return self.agent_token_secret
        path = self.data_dir / "agent-token.secret"
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_urlsafe(48))
            path.chmod(0o600)
        return path.read_text().strip()


def _coerce(name: str, value: Any) -> Any:
    kinds = {f.name: f.type for f in fields(HubConfig)}
    if name not in kinds:
        raise ValueError(f"unknown setting {name!r}")
    kind = kinds[name]
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    if kind == "bool":
        return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes", "on")
    if kind == "Path":
        return Path(value)
    if isinstance(value, dict):  # a TOML table, e.g. staff_role_map
        return ",".join(f"{k}={'+'.join(v) if isinstance(v, list) else v}" for k, v in value.items())
    if isinstance(value, list):  # a TOML array, e.g. idp_strong_acr
        return ",".join(str(v) for v in value)
    return str(value)


def load_config(
    file: Path | None = None,
    *,
    env: dict[str, str] | None = None,
    overrides: dict[str, Any] | None = None,
) -> HubConfig:
    values: dict[str, Any] = {}
    if file is not None:
        with open(file, "rb") as fh:
            try:
                data = tomllib.load(fh)
            except tomllib.TOMLDecodeError as exc:
                raise ValueError(f"{file}: {exc}") from None
        for key, value in data.get("hub", data).items():
            try:
                values[key] = _coerce(key, value)
            except ValueError as exc:
                raise ValueError(f"{file}: [hub] {key}: {exc}") from None
    env = os.environ if env is None else env
    for f in fields(HubConfig):
        raw = env.get(f"HUB_{f.name.upper()}")
        if raw is not None:
            values[f.name] = _coerce(f.name, raw)
    for key, value in (overrides or {}).items():
        if value is not None:
            values[key] = _coerce(key, value)
    check_database_url(values.get("database_url", ""))
    return replace(HubConfig(), **values)
