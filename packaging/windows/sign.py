#!/usr/bin/env python3
"""Authenticode signatures for the MSIs and the programs' .exe files, with osslsigncode.

    # the agency's certificate (PKCS#12), timestamped by its timestamping service:
    SIGN_PASSWORD=... python packaging/windows/sign.py sign --pkcs12 kela-codesign.p12 \\
        --timestamp http://timestamp.example.fi dist/windows/customer-client-0.1.0-x64.msi
    # every .exe of a one-folder bundle (before the MSI is built from it):
    python packaging/windows/sign.py sign --pkcs12 kela-codesign.p12 --bundle dist/windows/customer-client
    python packaging/windows/sign.py verify --ca-file kela-ca.pem customer-client-0.1.0-x64.msi

Runs on any build host with Debian's osslsigncode (a Windows host can use signtool
instead: packaging/windows/build_msi.ps1 -SignThumbprint). The tests sign with a
certificate they make themselves and a local timestamping key (--tsa-cert/--tsa-key,
osslsigncode's built-in TSA), since they may not reach a real timestamping service.
Sign the .exe files before harvesting the bundle into the MSI, then the MSI.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

DESCRIPTION = "Kela remote customer service"
INFO_URL = "https://www.kela.fi"


@dataclass(frozen=True)
class Signer:
    pkcs12: Path
    password: str = ""
    timestamp_urls: tuple[str, ...] = ()  # RFC 3161 services, tried in order
    tsa_cert: Path | None = None  # tests: osslsigncode's built-in timestamping
    tsa_key: Path | None = None

    def command(self, src: Path, out: Path, password_file: Path | None = None) -> list[str]:
        cmd = ["osslsigncode", "sign", "-pkcs12", str(self.pkcs12), "-h", "sha256",
               "-n", DESCRIPTION, "-i", INFO_URL]
        if password_file is not None:  # a file, not -pass: no password in the process list
            cmd += ["-readpass", str(password_file)]
        for url in self.timestamp_urls:
            cmd += ["-ts", url]
        if self.tsa_cert and self.tsa_key:
            cmd += ["-TSA-certs", str(self.tsa_cert), "-TSA-key", str(self.tsa_key)]
        return [*cmd, "-in", str(src), "-out", str(out)]

    def sign(self, path: Path) -> Path:
        """Sign `path` in place (an .msi, .exe or .dll); raises CalledProcessError."""
        with tempfile.TemporaryDirectory(prefix="sign-") as tmp:
            out = Path(tmp) / path.name
            secret = None
            if self.password:
                secret = Path(tmp) / "password"
                secret.touch(0o600)
                secret.write_text(self.password)
            subprocess.run(self.command(path, out, secret), check=True, capture_output=True,
                           text=True)
            shutil.copymode(path, out)
            os.replace(out, path)
        return path

    def sign_bundle(self, bundle: Path) -> list[Path]:
        """Sign the bundle's own executables (PyInstaller's .exe files)."""
        return [self.sign(p) for p in sorted(bundle.rglob("*.exe"))]


def verify(path: Path, ca_file: Path, tsa_ca_file: Path | None = None) -> tuple[bool, str]:
    """(valid, osslsigncode's report): signature, file digest and chain up to `ca_file`."""
    cmd = ["osslsigncode", "verify", "-CAfile", str(ca_file)]
    if tsa_ca_file:
        cmd += ["-TSA-CAfile", str(tsa_ca_file)]
    done = subprocess.run([*cmd, "-in", str(path)], capture_output=True, text=True, check=False)
    report = done.stdout + done.stderr
    return done.returncode == 0 and "Signature verification: ok" in report, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sign = sub.add_parser("sign", help="sign files in place")
    sign.add_argument("--pkcs12", type=Path, required=True, help="certificate and key (.p12/.pfx)")
    sign.add_argument("--password-env", default="SIGN_PASSWORD",
                      help="environment variable holding the .p12 password (default SIGN_PASSWORD)")
    sign.add_argument("--timestamp", action="append", default=[], help="RFC 3161 URL (repeatable)")
    sign.add_argument("--bundle", type=Path, action="append", default=[],
                      help="sign every .exe in this one-folder bundle")
    sign.add_argument("files", type=Path, nargs="*")
    check = sub.add_parser("verify", help="verify signatures against a CA certificate")
    check.add_argument("--ca-file", type=Path, required=True)
    check.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args(argv)
    if args.command == "sign":
        signer = Signer(args.pkcs12, os.environ.get(args.password_env, ""), tuple(args.timestamp))
        for bundle in args.bundle:
            for path in signer.sign_bundle(bundle):
                print(f"signed {path}")
        for path in args.files:
            print(f"signed {signer.sign(path)}")
        return 0
    failed = 0
    for path in args.files:
        ok, report = verify(path, args.ca_file)
        print(f"{'ok' if ok else 'FAILED'}: {path}")
        if not ok:
            failed += 1
            print(report, file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
