"""coturn for the tests: Debian's ``turnserver`` with our configuration, in the lab.

The configuration is ``turnserver.conf`` next to this file; its state (the
filled-in configuration, a test CA and the server's certificate, the log and
the pid file) goes under the worktree's ``var/``. It listens only on the
address it is given (a namespace address) and is stopped by its owner.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from .topology import CallLab, LabUnavailable

CONFIG_TEMPLATE = Path(__file__).with_name("turnserver.conf")
REALM = "turn.test.invalid"


@dataclass(frozen=True)
class TestCertificates:
    ca: Path  # what clients trust (SSL_CERT_FILE)
    cert: Path
    key: Path


def make_certificates(state: Path, ip: str, hostname: str = REALM) -> TestCertificates:
    """A throw-away CA and a server certificate for ``ip`` and ``hostname``."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "call tests CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False,
                                       data_encipherment=False, key_agreement=False,
                                       encipher_only=False, decipher_only=False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hostname)]))
            .issuer_name(ca_name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName(
                [x509.DNSName(hostname), x509.IPAddress(ipaddress.ip_address(ip))]), critical=False)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    out = TestCertificates(state / "test-ca.pem", state / "turn-cert.pem", state / "turn-key.pem")
    out.ca.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    out.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    out.key.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                          serialization.PrivateFormat.TraditionalOpenSSL,
                                          serialization.NoEncryption()))
    out.key.chmod(0o600)
    return out


@dataclass
class Coturn:
    ip: str
    secret: str
    certificates: TestCertificates
    proc: subprocess.Popen[str]
    state: Path

    def urls(self) -> list[str]:
        """Every listener, in the order a client should try them (UDP, TCP, TLS 443)."""
        return [f"turn:{self.ip}:3478?transport=udp", f"turn:{self.ip}:3478?transport=tcp",
                f"turns:{self.ip}:443?transport=tcp"]

    def log(self) -> str:
        path = self.state / "turnserver.log"
        return path.read_text(errors="replace") if path.exists() else ""


def start_coturn(lab: CallLab, role: str, ip: str, secret: str, *, timeout: float = 10.0,
                 database_secrets: tuple[str, ...] = ()) -> Coturn:
    """Run coturn in ``role``'s namespace on ``ip``; ready when its listeners answer.

    ``database_secrets``: the secrets live in coturn's database instead of its
    configuration, several at once (how a secret is rotated, docs/deployment.md).
    """
    binary = shutil.which("turnserver")
    if binary is None:
        raise LabUnavailable("coturn (turnserver) is not installed (scripts/setup.sh installs it)")
    state = lab.state_dir / "coturn"
    state.mkdir(parents=True, exist_ok=True)
    certs = make_certificates(state, ip)
    conf = state / "turnserver.conf"
    text = CONFIG_TEMPLATE.read_text().format(
        ip=ip, secret=secret, realm=REALM, cert=certs.cert, key=certs.key, state=state)
    if database_secrets:
        text = "\n".join(line for line in text.splitlines()
                         if not line.startswith("static-auth-secret="))
        for value in database_secrets:
            subprocess.run([shutil.which("turnadmin") or "turnadmin", "-s", value, "-r", REALM,
                            "-b", str(state / "turndb")], check=True, capture_output=True,
                           timeout=20)
    conf.write_text(text)
    proc = lab.spawn(role, [binary, "-c", str(conf)], log="coturn.out", stdin=subprocess.DEVNULL,
                     stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    probe = [*lab.argv(role), sys.executable, "-c", _PROBE, ip]
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise LabUnavailable(f"coturn exited with {proc.returncode}: {_tail(state / 'turnserver.log')}")
        if subprocess.run(probe, capture_output=True, timeout=10).returncode == 0:
            return Coturn(ip, secret, certs, proc, state)
        time.sleep(0.1)
    proc.kill()
    raise LabUnavailable(f"coturn did not listen within {timeout:g} s: {_tail(state / 'turnserver.log')}")


def _tail(path: Path) -> str:
    return path.read_text(errors="replace")[-800:] if path.exists() else "(no log)"


# Both TCP listeners accept, and a STUN binding request on UDP 3478 is answered.
_PROBE = """
import os, socket, struct, sys
ip = sys.argv[1]
for port in (3478, 443):
    socket.create_connection((ip, port), timeout=0.5).close()
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.settimeout(0.5)
s.sendto(struct.pack("!HHI", 1, 0, 0x2112A442) + os.urandom(12), (ip, 3478))
s.recvfrom(1500)
"""

