"""The pre-session relay check as a process in a lab namespace (tests/netcall).

    python -m tests.netlab.relaycheck '<ice servers as browser JSON>'

prints the results (client_core.precheck.relay) and their grade as one JSON line.
"""

from __future__ import annotations

import asyncio
import json
import sys

from client_core.call import CallConfig
from client_core.precheck.relay import check_relays
from client_core.precheck.verdicts import check_relay


async def main(servers_json: str) -> None:
    servers = CallConfig.ice_servers_from_json(json.loads(servers_json))
    results = await check_relays(servers)
    report = check_relay(results)
    print(json.dumps({"results": [r.to_dict() for r in results],
                      "report": report.to_dict() if report else None}), flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
