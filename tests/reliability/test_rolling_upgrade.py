"""Rolling upgrade, short form: two hub processes on PostgreSQL behind a load
balancer, under chat load, each drained (SIGTERM) and started again in turn.
The long form is ``bench/upgrade.py``; what is checked, tests/reliability/upgrade_drill.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hubkit import NO_POSTGRES, fresh_postgres_database
from tests.realparts import POSTGRES, needs
from tests.reliability.upgrade_drill import Drill, DrillSettings

pytestmark = [pytest.mark.slow, pytest.mark.postgres, needs(POSTGRES, NO_POSTGRES)]  # two processes, one database


async def test_rolling_upgrade_loses_nothing_and_keeps_every_place(tmp_path: Path) -> None:
    drill = Drill(await fresh_postgres_database(), tmp_path, DrillSettings())
    try:
        f = await drill.run()
    finally:
        await drill.close()
    assert f.exit_codes == [0, 0], "each process drained and exited cleanly"
    assert f.acked > 200 and f.acked == f.sent, "there was load, and everything sent was acknowledged"
    assert not f.errors, f.errors
    assert f.unacknowledged == {}, "every client's outbox emptied"
    assert f.lost == [] and f.duplicates == []
    assert f.queue_after == f.queue_before and len(f.queue_before) == 3, "the waiting kept their places"
    assert f.served_in_order == f.queue_before[:2], "and are served first come, first served"
    assert f.arrivals >= 5 and f.arrivals_unserved == [], "customers arriving during the drains were served"
    assert f.offers_shown_twice == [] and f.on_offer_twice == []
    # Protocol 2 clients come back within the announced spread (0.5 s), not after a back-off.
    assert max(f.away_s) < 5.0, f.away_s
