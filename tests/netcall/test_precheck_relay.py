"""The pre-session check's relay item against the real coturn, from the customer's
namespace, through networks that let different things out."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from service_hub import turn
from tests.netcall.conftest import real_part_missing
from tests.netlab.callsetup import site
from tests.netlab.topology import LabUnavailable
from tests.realparts import NETNS


def relay_check(where: Any, secret: str) -> dict[str, Any]:
    settings = turn.TurnSettings(secret, tuple(where.turn.urls()))
    servers, _ = turn.ice_servers(settings, "customer-precheck", datetime.now(UTC), 600)
    out = subprocess.run(
        where.lab.argv("cust", sys.executable, "-m", "tests.netlab.relaycheck", json.dumps(servers)),
        capture_output=True, text=True, timeout=30, env={**where.lab.python_env(), **where.env},
        cwd=where.lab.state_dir)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


CASES = [  # firewall policy, wrong secret, verdict, remedy, outcome per transport
    ("open", False, "ok", None, {"udp": "ok", "tcp": "ok", "tls": "ok"}),
    ("no_udp", False, "warn", "relay_udp_blocked", {"udp": "unreachable", "tcp": "ok", "tls": "ok"}),
    ("no_relay", False, "fail", "relay_blocked",
     {"udp": "unreachable", "tcp": "unreachable", "tls": "unreachable"}),
    ("open", True, "warn", "relay_refused", {"udp": "refused", "tcp": "refused", "tls": "refused"}),
]


def test_the_relay_item_says_what_this_network_lets_through(lab_dir: Path) -> None:
    try:
        with site(lab_dir) as where:
            for policy, wrong_secret, verdict, remedy, outcomes in CASES:
                where.lab.firewall(policy)
                got = relay_check(where, "not-the-secret" if wrong_secret else where.turn.secret)
                case = (policy, wrong_secret)
                assert {r["transport"]: r["outcome"] for r in got["results"]} == outcomes, case
                report = got["report"]
                assert (report["verdict"], report["remedy_code"]) == (verdict, remedy), case
                if verdict == "ok":
                    assert all(r["ms"] is not None and r["ms"] < 1000 for r in got["results"])
    except LabUnavailable as exc:
        real_part_missing(NETNS, str(exc))
