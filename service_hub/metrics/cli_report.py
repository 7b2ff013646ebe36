"""`service-hub report`: the trial report of a period as CSV or JSON.

    service-hub --data-dir /srv/hub report --from 2024-03-01 --to 2024-03-31 --format csv
    service-hub report --from 2024-03-01 --to 2024-03-01 --format json --output day.json

Dates are Europe/Helsinki calendar days, both included. Exit status 2 for a
bad date or range (the message says which), 1 when the file cannot be written.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hub_protocol.report import report_to_csv

from .report import build_report
from .store_source import PeriodError, load_records, parse_period, report_document


def add_report_parser(sub: Any, config_of: Callable[[argparse.Namespace], Any]) -> None:
    report = sub.add_parser("report", help="trial metrics of a period (Helsinki days) as CSV or JSON",
                            description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    report.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD",
                        help="first day (Europe/Helsinki), included")
    report.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD",
                        help="last day (Europe/Helsinki), included")
    report.add_argument("--format", choices=("csv", "json"), default="csv")
    report.add_argument("--channel", action="append", default=[], metavar="CHANNEL",
                        help="only this channel (chat, video); repeat for several; default: all")
    report.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output")
    report.set_defaults(func=lambda args: cmd_report(args, config_of))


def cmd_report(args: argparse.Namespace, config_of: Callable[[argparse.Namespace], Any]) -> int:
    try:
        period = parse_period(args.first, args.last)
    except PeriodError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    config = config_of(args)

    async def build() -> str:
        from ..store.db import make_engine, migrate
        from ..store.repo import Store

        store = Store(make_engine(config.resolved_database_url()))
        try:
            await migrate(store.engine)
            records = await load_records(store, period, args.channel)
        finally:
            await store.close()
        if args.format == "csv":
            return report_to_csv(build_report(records))
        return json.dumps(report_document(records, period, args.channel), ensure_ascii=False, indent=2) + "\n"

    text = asyncio.run(build())
    if not args.output:
        sys.stdout.write(text)
        return 0
    try:
        Path(args.output).write_text(text, encoding="utf-8")
    except OSError as exc:
        print(f"error: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.output}", file=sys.stderr)
    return 0
