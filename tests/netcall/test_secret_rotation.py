"""Rotating the relay's shared secret as docs/deployment.md says: both secrets in
coturn's database, credentials made with either work, the removed one's no longer."""

from __future__ import annotations

import secrets
import subprocess
from pathlib import Path

from tests.netcall.conftest import real_part_missing
from tests.netcall.test_precheck_relay import relay_check
from tests.netlab.callsetup import site
from tests.netlab.coturn import REALM, start_coturn
from tests.netlab.topology import TURN_IP, LabUnavailable
from tests.realparts import TURN


def test_credentials_of_the_old_and_the_new_secret_work_until_the_old_is_removed(
    lab_dir: Path,
) -> None:
    old, new = secrets.token_urlsafe(16), secrets.token_urlsafe(16)
    try:
        with site(lab_dir) as where:
            where.turn.proc.terminate()  # this test's coturn keeps its secrets in its database
            where.turn.proc.wait(5)
            where.turn = start_coturn(where.lab, "inet", TURN_IP, old, database_secrets=(old, new))
            for secret in (old, new):
                got = relay_check(where, secret)
                assert {r["outcome"] for r in got["results"]} == {"ok"}, (secret, got)
            subprocess.run(["turnadmin", "-X", old, "-r", REALM, "-b",
                            str(where.turn.state / "turndb")], check=True, capture_output=True)
            got = relay_check(where, old)
            assert {r["outcome"] for r in got["results"]} == {"refused"}, got
            assert {r["outcome"] for r in relay_check(where, new)["results"]} == {"ok"}
    except LabUnavailable as exc:
        real_part_missing(TURN, str(exc))
