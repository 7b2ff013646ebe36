"""Helpers for the security tests: a hub process with TLS, raw WebSocket sign-in, certificates."""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
import ssl
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import aiohttp

from hub_protocol import frames as p
from tests.hubkit import ALWAYS_OPEN_QUEUES, ROOT, HubProcess, free_port


def self_signed_cert(directory: Path, host: str = "127.0.0.1") -> tuple[Path, Path]:
    """A throw-away certificate for ``host`` (IP SAN), made with ``cryptography``."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "service-hub test")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(host)),
                                                    x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    directory.mkdir(parents=True, exist_ok=True)
    cert_file, key_file = directory / "hub.crt", directory / "hub.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    key_file.chmod(0o600)
    return cert_file, key_file


def client_ssl_context(cert_file: Path) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=str(cert_file))
    return ctx


def launch_hub(data_dir: Path, env: dict[str, str] | None = None, *, ssl_ctx: ssl.SSLContext | None = None,
               log_file: Path | None = None, port: int | None = None) -> HubProcess:
    """A hub process (like hubkit.launch_hub_process) that may speak TLS and log where we say."""
    data_dir.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    full_env = {**os.environ, "HUB_OFFER_TIMEOUT_S": "10", "HUB_WRAP_UP_TIMEOUT_S": "1",
                "HUB_AGENT_GRACE_S": "2", "HUB_QUEUE_CONFIG": str(ALWAYS_OPEN_QUEUES), "HUB_DRAIN_SPREAD_S": "0.3",
                "HUB_DEMO_IDENTITY": "1", **(env or {})}
    log = open(log_file or data_dir.parent / f"hub-{port}.log", "ab")
    proc = subprocess.Popen(
        [sys.executable, "-m", "service_hub.cli", "--data-dir", str(data_dir), "serve",
         "--host", "127.0.0.1", "--port", str(port)],
        env=full_env, stdout=log, stderr=log, cwd=ROOT,
    )
    scheme = "https" if ssl_ctx else "http"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"hub exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{scheme}://127.0.0.1:{port}/readyz", timeout=1, context=ssl_ctx) as r:
                if r.status == 200:
                    return HubProcess(proc, data_dir, port)
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("hub did not become ready in 30 s")


def stop(hub: HubProcess) -> None:
    hub.proc.terminate()
    try:
        hub.proc.wait(10)
    except subprocess.TimeoutExpired:
        hub.proc.kill()
        hub.proc.wait(5)


async def signed_in(session: aiohttp.ClientSession, url: str, token: str, **kw: Any
                    ) -> aiohttp.ClientWebSocketResponse:
    ws = await session.ws_connect(url, **kw)
    await ws.send_str(p.encode(p.Hello(token=token)))
    welcome = json.loads((await ws.receive(timeout=10)).data)
    assert welcome["type"] == "welcome", welcome
    return ws


async def frames_until(ws: aiohttp.ClientWebSocketResponse, ref: str, timeout: float = 10) -> list[dict[str, Any]]:
    """Frames received up to and including the one that answers ``ref`` (ack, error or echo)."""
    got: list[dict[str, Any]] = []
    while True:
        msg = await ws.receive(timeout=timeout)
        if msg.type is not aiohttp.WSMsgType.TEXT:
            raise ConnectionError(f"connection ended: {msg.type} {ws.close_code}")
        frame = json.loads(msg.data)
        got.append(frame)
        if frame.get("ref") == ref or frame.get("id") == ref:
            return got


def urlopen_json(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None,
                 ctx: ssl.SSLContext | None = None) -> tuple[int, dict[str, Any]]:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method="POST" if data is not None else "GET")
    try:
        with urllib.request.urlopen(req, timeout=10, context=ctx) as resp:
            return resp.status, json.loads(resp.read() or b"{}")
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")
