"""Authenticode signing with osslsigncode (packaging/windows/sign.py): the MSI and the
.exe files, with a code-signing certificate and a timestamping key the test makes."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from tests.realparts import MSITOOLS, OSSLSIGNCODE, WINE, missing_tools, require

from .helpers import load_module

sign = load_module("windows/sign.py", "kela_sign")
wxs_tools = load_module("windows/wxs_tools.py", "wxs_tools")
PASSWORD = "test-only-password"
WINE_PE = Path("/usr/lib/x86_64-linux-gnu/wine/x86_64-windows/hostname.exe")  # a real PE file


def _cert(name: str, key, issuer_cert=None, issuer_key=None, *, ca=False, usage=None):  # noqa: ANN001, ANN202
    now = dt.datetime.now(dt.UTC)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Kela test")])
    builder = (x509.CertificateBuilder().subject_name(subject)
               .issuer_name(issuer_cert.subject if issuer_cert else subject)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if usage:
        builder = builder.add_extension(x509.ExtendedKeyUsage([usage]), critical=usage
                                        == ExtendedKeyUsageOID.TIME_STAMPING)
    return builder.sign(issuer_key or key, hashes.SHA256())


def _pem(obj) -> bytes:  # noqa: ANN001
    if isinstance(obj, x509.Certificate):
        return obj.public_bytes(serialization.Encoding.PEM)
    return obj.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A test CA, a code-signing certificate (PKCS#12) and a timestamping key under it."""
    require(OSSLSIGNCODE, missing_tools("osslsigncode"))  # Debian: osslsigncode (setup.sh)
    require(MSITOOLS, missing_tools("wixl", "msibuild", "msiinfo"))
    out = tmp_path_factory.mktemp("pki")
    keys = {n: rsa.generate_private_key(public_exponent=65537, key_size=2048)
            for n in ("ca", "other", "code", "tsa")}
    ca = _cert("Kela Test CA", keys["ca"], ca=True)
    other = _cert("Someone Else's CA", keys["other"], ca=True)
    code = _cert("Kela Test Code Signing", keys["code"], ca, keys["ca"],
                 usage=ExtendedKeyUsageOID.CODE_SIGNING)
    tsa = _cert("Kela Test Timestamps", keys["tsa"], ca, keys["ca"],
                usage=ExtendedKeyUsageOID.TIME_STAMPING)
    files = {"ca": _pem(ca), "other": _pem(other), "tsa_cert": _pem(tsa) + _pem(ca),
             "tsa_key": _pem(keys["tsa"])}
    paths = {name: out / f"{name}.pem" for name in files}
    for name, data in files.items():
        paths[name].write_bytes(data)
    paths["p12"] = out / "code.p12"
    paths["p12"].write_bytes(pkcs12.serialize_key_and_certificates(
        b"kela", keys["code"], code, [ca],
        serialization.BestAvailableEncryption(PASSWORD.encode())))
    return paths


def small_msi(tmp_path: Path) -> Path:
    bundle = tmp_path / "customer-client"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "customer-client.exe").write_bytes(b"MZ stand-in")
    (bundle / "_internal" / "python311.dll").write_bytes(b"dll")
    return wxs_tools.build_msi(bundle, "customer_client", "0.1.0", tmp_path / "cc.msi")


def test_msi_is_signed_timestamped_and_verifies(pki: dict[str, Path], tmp_path: Path) -> None:
    msi = small_msi(tmp_path)
    assert not sign.verify(msi, pki["ca"])[0]  # unsigned
    signer = sign.Signer(pki["p12"], PASSWORD, tsa_cert=pki["tsa_cert"], tsa_key=pki["tsa_key"])
    signer.sign(msi)
    ok, report = sign.verify(msi, pki["ca"], pki["ca"])
    assert ok, report
    assert "Subject: /CN=Kela Test Code Signing" in report
    assert "Timestamp Server Signature verification: ok" in report
    # The installer still is one: its tables read as before.
    assert wxs_tools.msi_property(msi, "ProductVersion") == "0.1.0"
    # Not trusted through another CA.
    assert not sign.verify(msi, pki["other"])[0]


def test_a_changed_msi_fails_verification(pki: dict[str, Path], tmp_path: Path) -> None:
    msi = sign.Signer(pki["p12"], PASSWORD).sign(small_msi(tmp_path))
    assert sign.verify(msi, pki["ca"])[0]
    subprocess.run(["msibuild", str(msi), "-q",
                    "UPDATE `Property` SET `Value` = 'wss://evil.example/ws' "
                    "WHERE `Property` = 'ARPURLINFOABOUT'"], check=True, capture_output=True)
    ok, report = sign.verify(msi, pki["ca"])
    assert not ok and "mismatch" in report.lower()


def test_bundle_executables_are_signed(pki: dict[str, Path], tmp_path: Path) -> None:
    """A stand-in Windows bundle whose .exe is a real PE file (one of wine's programs)."""
    require(WINE, None if WINE_PE.is_file() else f"no {WINE_PE} (Debian: wine64)")
    bundle = tmp_path / "customer-client"
    (bundle / "_internal").mkdir(parents=True)
    shutil.copy(WINE_PE, bundle / "customer-client.exe")
    (bundle / "_internal" / "notes.txt").write_text("not signed")
    signed = sign.Signer(pki["p12"], PASSWORD).sign_bundle(bundle)
    assert signed == [bundle / "customer-client.exe"]
    ok, report = sign.verify(bundle / "customer-client.exe", pki["ca"])
    assert ok, report


def test_password_is_not_on_the_command_line(pki: dict[str, Path], tmp_path: Path) -> None:
    cmd = sign.Signer(pki["p12"], PASSWORD).command(tmp_path / "a", tmp_path / "b",
                                                   tmp_path / "pw")
    assert PASSWORD not in cmd and "-readpass" in cmd


def test_cli_signs_and_verifies(pki: dict[str, Path], tmp_path: Path, monkeypatch) -> None:
    msi = small_msi(tmp_path)
    monkeypatch.setenv("SIGN_PASSWORD", PASSWORD)
    assert sign.main(["sign", "--pkcs12", str(pki["p12"]), str(msi)]) == 0
    assert sign.main(["verify", "--ca-file", str(pki["ca"]), str(msi)]) == 0
    assert sign.main(["verify", "--ca-file", str(pki["other"]), str(msi)]) == 1
