#!/usr/bin/env python3
"""Screenshot of the supervisor's trial-metrics window: docs/screenshots/agent-metrics.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_metrics.py
    .venv/bin/python scripts/screenshots_metrics.py --language fi   # agent-metrics-fi.png

A month of plausible trial traffic (seeded, so the picture is stable) is
written through the store into a fresh SQLite file; a real hub process serves
it, and the agent desktop signs in as a supervisor and opens View > Trial metrics.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
HOME = Path(tempfile.mkdtemp(prefix="metrics-shots-"))
os.environ["XDG_CONFIG_HOME"] = str(HOME / "config")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = ROOT / "docs" / "screenshots"
HELSINKI = ZoneInfo("Europe/Helsinki")
FIRST, LAST = date(2024, 11, 4), date(2024, 11, 29)
SIZE = (1400, 920)


async def write_month(db: Path, seed: int = 7) -> int:
    """About 1 100 conversations on the weekdays of November 2024, 09-16 Helsinki time."""
    from service_hub.store.db import make_engine, migrate, sqlite_url
    from service_hub.store.models import Conversation, Customer, Feedback
    from service_hub.store.repo import Store

    rng = random.Random(seed)
    store = Store(make_engine(sqlite_url(db), sqlite_synchronous="OFF"))
    await migrate(store.engine)
    rows: list[Any] = [Customer(id="c-demo", display_name="Demo")]
    day, n = FIRST, 0
    weekdays = [d for d in (FIRST + timedelta(days=i) for i in range((LAST - FIRST).days + 1)) if d.weekday() < 5]
    for index, day in enumerate(weekdays):
        progress = index / max(1, len(weekdays) - 1)  # the bot gets better over the month
        for _ in range(rng.randint(38, 58)):
            start = datetime(day.year, day.month, day.day, 9, tzinfo=HELSINKI) + timedelta(
                seconds=rng.uniform(0, 7 * 3600))
            language = rng.choices(["fi", "sv", "en"], [76, 15, 9])[0]
            channel = "video" if rng.random() < 0.12 else "chat"
            topic = rng.choices(["social_assistance", "housing_allowance", "unemployment",
                                 "families_with_children", "students"], [46, 20, 16, 10, 8])[0]
            conv = Conversation(id=f"m{n:05d}", customer_id="c-demo", channel=channel, language=language,
                                topic=topic, state="ended", created_at=start.astimezone(UTC))
            n += 1
            handed = channel == "video" or rng.random() < 0.36 - 0.12 * progress
            if handed:
                conv.handoff_reason = "asked" if channel == "video" else rng.choices(
                    ["asked", "bot_failed", "bot_suggested"], [52, 27, 21])[0]
                conv.handed_off_at = conv.created_at + timedelta(seconds=rng.uniform(40, 400))
                if rng.random() < 0.07:
                    conv.abandoned = True
                    conv.ended_at = conv.handed_off_at + timedelta(seconds=rng.uniform(120, 900))
                else:
                    wait = min(2400.0, rng.lognormvariate(math.log(170), 0.85))
                    conv.assigned_at = conv.handed_off_at + timedelta(seconds=wait)
                    conv.ended_at = conv.assigned_at + timedelta(
                        seconds=rng.lognormvariate(math.log(560 if channel == "chat" else 1200), 0.45))
            else:
                conv.ended_at = conv.created_at + timedelta(seconds=rng.uniform(60, 600))
            rows.append(conv)
            if rng.random() < (0.55 if handed else 0.3):
                weights = [3, 5, 11, 34, 47] if handed else [8, 9, 18, 35, 30]
                rows.append(Feedback(conversation_id=conv.id, rating=rng.choices([1, 2, 3, 4, 5], weights)[0]))
    async with store.sessions.begin() as session:
        session.add_all(rows[:1])
        await session.flush()
        session.add_all([r for r in rows[1:] if isinstance(r, Conversation)])
        await session.flush()
        session.add_all([r for r in rows[1:] if isinstance(r, Feedback)])
    await store.close()
    return n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--language", default="en", choices=("en", "fi", "sv"))
    args = parser.parse_args()

    import qasync
    from PySide6.QtWidgets import QApplication

    from agent_desktop.app import apply_look
    from agent_desktop.domain.canned import CannedLibrary
    from agent_desktop.qt.main_window import MainWindow
    from client_core.config import AGENT_DESKTOP, load_settings
    from tests.hubkit import launch_hub_process

    app = QApplication([sys.argv[0]])
    app.setOrganizationName("Kela")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    OUT.mkdir(parents=True, exist_ok=True)
    data = HOME / "hub"
    data.mkdir()

    def run(coro: Any, timeout: float = 60) -> Any:
        return loop.run_until_complete(asyncio.wait_for(coro, timeout))

    def until(pred: Callable[[], Any], timeout: float = 20) -> None:
        async def poll() -> None:
            end = time.monotonic() + timeout
            while not pred():
                if time.monotonic() > end:
                    raise TimeoutError(str(pred))
                await asyncio.sleep(0.03)
        run(poll(), timeout + 2)

    count = run(write_month(data / "hub.db"))
    print(f"wrote {count} conversations")
    hub = launch_hub_process(data)
    try:
        hub.add_agent("sonja", "correct horse", "--supervisor")
        settings = load_settings(AGENT_DESKTOP, ["--hub-url", hub.ws_url, "--no-alert-sound",
                                                 "--ui-language", args.language],
                                 user_settings_path=HOME / "settings.json")
        apply_look(app, settings, "default", 100)
        window = MainWindow(settings, CannedLibrary.load(ROOT / "resources" / "canned"))
        window.force_close = True
        window.resize(1280, 800)
        window.show()
        run(window.sign_in_with("sonja", "correct horse"))
        dialog = window.metrics_entry.open()
        assert dialog is not None
        until(lambda: not dialog.loading and dialog.data is not None)
        dialog.set_period(FIRST, LAST)
        dialog.channel_box.setCurrentIndex(dialog.channel_box.findData("chat"))
        run(dialog.refresh())
        dialog.resize(*SIZE)
        run(asyncio.sleep(0.6))
        suffix = "" if args.language == "en" else f"-{args.language}"
        path = OUT / f"agent-metrics{suffix}.png"
        dialog.grab().save(str(path))
        print("wrote", path.relative_to(ROOT))
        run(window.sign_out())
    finally:
        hub.proc.terminate()
        hub.proc.wait(10)
    return 0


if __name__ == "__main__":
    from scripts.children import Children

    # SIGTERM ends it through main's finally (which stops the hub); the home goes too.
    with Children() as cleanup:
        cleanup.callback(shutil.rmtree, HOME, ignore_errors=True)
        sys.exit(main())
