"""The trial report end to end: a generated data set written through the real store
(SQLite and PostgreSQL), read back by the CLI and by GET /api/metrics, checked
against answers worked out by hand (tests/metrics/dataset.py)."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from sqlalchemy import event

from service_hub.auth import hash_password
from service_hub.cli import main as cli_main
from service_hub.metrics.store_source import PeriodError, load_records, parse_period
from tests.hubkit import RunningHub
from tests.metrics.dataset import (
    EXPECTED_ALL,
    EXPECTED_CHAT_ONLY,
    FIRST_DAY,
    LAST_DAY,
    check_document,
    write_dataset,
)

PASSWORD = "correct horse"


async def seeded(hub: RunningHub) -> None:
    await write_dataset(hub.hub.store)
    await hub.hub.store.add_agent("sonja", "Sonja Supervisor", hash_password(PASSWORD),
                                  {"languages": {"fi": 5}, "channels": ["chat"]}, is_supervisor=True)


async def get_metrics(hub: RunningHub, token: str | None, **query: str) -> tuple[int, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    async with aiohttp.ClientSession() as http, http.get(
        f"{hub.http_url}/api/metrics", params=query, headers=headers
    ) as resp:
        return resp.status, await resp.json()


def cli_args(hub: RunningHub) -> list[str]:
    args = ["--data-dir", str(hub.config.data_dir)]
    if hub.config.database_url:
        args += ["--database-url", hub.config.database_url]
    return args


async def run_cli(*argv: str) -> int:
    # The CLI runs its own asyncio loop: give it a thread, as a shell would a process.
    return await asyncio.get_running_loop().run_in_executor(None, cli_main, list(argv))


async def test_http_and_cli_report_match_the_construction(hub: RunningHub, tmp_path: Path) -> None:
    await seeded(hub)
    token = await hub.agent_token("sonja", PASSWORD)

    status, doc = await get_metrics(hub, token, **{"from": FIRST_DAY, "to": LAST_DAY})
    assert status == 200, doc
    assert (doc["from"], doc["to"], doc["timezone"]) == (FIRST_DAY, LAST_DAY, "Europe/Helsinki")
    check_document(doc)

    status, chat = await get_metrics(hub, token, **{"from": FIRST_DAY, "to": LAST_DAY, "channel": "chat"})
    overall = next(g for g in chat["groups"] if g["group_by"] == "all")
    assert {k: overall[k] for k in EXPECTED_CHAT_ONLY} == EXPECTED_CHAT_ONLY

    # One Helsinki day only: the DST day holds exactly day B.
    status, one = await get_metrics(hub, token, **{"from": "2024-03-31", "to": "2024-03-31"})
    assert [(g["group"], g["conversations"]) for g in one["groups"] if g["group_by"] == "day"] == \
        [("2024-03-31", 10)]

    audit = [e for e in await hub.hub.store.audit_entries() if e.action == "metrics.read"]
    assert [e.allowed for e in audit] == [True, True, True]
    assert audit[0].object_ref == f"metrics:{FIRST_DAY}..{LAST_DAY}"

    # The CLI: the same numbers as JSON, and as CSV
    out_json = tmp_path / "report.json"
    assert await run_cli(*cli_args(hub), "report", "--from", FIRST_DAY, "--to", LAST_DAY,
                         "--format", "json", "--output", str(out_json)) == 0
    check_document(json.loads(out_json.read_text()))
    out_csv = tmp_path / "report.csv"
    assert await run_cli(*cli_args(hub), "report", "--from", FIRST_DAY, "--to", LAST_DAY,
                         "--format", "csv", "-o", str(out_csv)) == 0
    rows = {(r["group_by"], r["group"]): r for r in csv.DictReader(io.StringIO(out_csv.read_text()))}
    overall_row = rows[("all", "all")]
    assert int(overall_row["conversations"]) == EXPECTED_ALL["conversations"]
    assert int(overall_row["handed_off"]) == EXPECTED_ALL["handed_off"]
    assert float(overall_row["queue_wait_s_p90"]) == 900.0
    assert float(overall_row["feedback_mean"]) == pytest.approx(54 / 13)
    assert overall_row["reason_bot_failed"] == "1" and overall_row["feedback_5"] == "8"
    assert rows[("day", "2024-04-02")]["handoff_rate"] == "1.0"
    assert rows[("language", "sv")]["abandoned"] == "2"


async def test_the_period_is_loaded_with_one_query(hub: RunningHub) -> None:
    await seeded(hub)
    store = hub.hub.store
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(store.engine.sync_engine, "before_cursor_execute", count)
    try:
        records = await load_records(store, parse_period(FIRST_DAY, LAST_DAY))
    finally:
        event.remove(store.engine.sync_engine, "before_cursor_execute", count)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 1 and "JOIN feedback" in selects[0]
    assert len(records) == 26
    assert sorted(r.started_at for r in records) == [r.started_at for r in records]


async def test_http_refuses_others_and_audits(hub: RunningHub) -> None:
    await seeded(hub)
    await hub.add_agent("anna", PASSWORD)
    period = {"from": FIRST_DAY, "to": LAST_DAY}

    status, body = await get_metrics(hub, await hub.agent_token("anna", PASSWORD), **period)
    assert status == 403 and body["error"] == "forbidden"
    status, body = await get_metrics(hub, hub.customer_token("cust-9"), **period)
    assert status == 403
    status, body = await get_metrics(hub, None, **period)
    assert status == 401
    status, body = await get_metrics(hub, "not-a-token", **period)
    assert status == 401 and body["error"] == "bad_token"

    refused = [e for e in await hub.hub.store.audit_entries() if e.action == "metrics.read"]
    assert [(e.actor.split(":")[0], e.allowed) for e in refused] == [
        ("agent", False), ("customer", False), ("anonymous", False)]
    assert refused[0].object_ref == f"metrics:{FIRST_DAY}..{LAST_DAY}"

    sup = await hub.agent_token("sonja", PASSWORD)
    for query, code in (({"from": "2024-13-01", "to": LAST_DAY}, "bad_date"),
                        ({"from": LAST_DAY, "to": FIRST_DAY}, "bad_range"),
                        ({"to": LAST_DAY}, "missing_date"),
                        ({"from": "2023-01-01", "to": "2024-12-31"}, "range_too_long")):
        status, body = await get_metrics(hub, sup, **query)
        assert (status, body["error"]) == (400, code), query


@pytest.mark.parametrize(("first", "last", "message"), [
    ("2024-02-30", "2024-03-01", "not a date in the form YYYY-MM-DD"),
    ("1.3.2024", "2024-03-01", "not a date in the form YYYY-MM-DD"),
    ("2024-03-02", "2024-03-01", "ends (2024-03-01) before it starts (2024-03-02)"),
])
def test_cli_explains_bad_dates(first: str, last: str, message: str, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    code = cli_main(["--data-dir", str(tmp_path), "report", "--from", first, "--to", last])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err
    assert not (tmp_path / "hub.db").exists()  # refused before touching the store


def test_cli_requires_both_dates_and_a_known_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli_main(["--data-dir", str(tmp_path), "report", "--from", "2024-03-01"])
    assert exit_info.value.code == 2 and "--to" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli_main(["--data-dir", str(tmp_path), "report", "--from", "2024-03-01", "--to", "2024-03-01",
                  "--format", "xlsx"])
    assert "invalid choice" in capsys.readouterr().err


def test_cli_reports_an_unwritable_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli_main(["--data-dir", str(tmp_path), "report", "--from", "2024-03-01", "--to", "2024-03-01",
                     "--output", str(tmp_path / "no-such-dir" / "r.csv")])
    assert code == 1 and "cannot write" in capsys.readouterr().err


def test_period_bounds_follow_helsinki_daylight_saving() -> None:
    start, end = parse_period("2024-03-31", "2024-03-31").utc_bounds()
    assert (start.isoformat(), end.isoformat()) == ("2024-03-30T22:00:00+00:00", "2024-03-31T21:00:00+00:00")
    with pytest.raises(PeriodError):
        parse_period("2024-03-01", "2024-03-01 ")
