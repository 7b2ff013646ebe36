"""The trial-metrics window against a real hub process holding the generated data set
(tests/metrics/dataset.py): figures, charts, table and CSV export, and the
supervisor-only menu entry."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QAbstractBarSeries, QLineSeries

from agent_desktop.qt.metrics_window import MetricsWindow
from service_hub.store.db import make_engine, sqlite_url
from service_hub.store.repo import Store
from tests.agent_desktop.conftest import Aio
from tests.agent_desktop.helpers import make_window, sign_in
from tests.metrics.dataset import EXPECTED_WAIT_HISTOGRAM, write_dataset


def seed(aio: Aio, hub_process: Any) -> None:
    async def write() -> None:
        store = Store(make_engine(sqlite_url(hub_process.data_dir / "hub.db")))
        try:
            await write_dataset(store)
        finally:
            await store.close()

    aio.run(write(), 30)


def bar_values(chart: Any) -> list[float]:
    (series,) = chart.series()
    assert isinstance(series, QAbstractBarSeries)
    (bar_set,) = series.barSets()
    return [bar_set.at(i) for i in range(bar_set.count())]


def test_metrics_window_shows_the_trial_figures(hub_process: Any, aio: Aio, qtbot: Any, tmp_path: Path) -> None:
    hub_process.add_agent("anna")
    hub_process.add_agent("sonja", "correct horse", "--supervisor")
    seed(aio, hub_process)
    window = make_window(hub_process, tmp_path, qtbot)
    entry = window.metrics_entry
    assert not entry.action.isEnabled()  # signed out

    # --- an expert who is not a supervisor: the entry says why it is off
    sign_in(aio, window, "anna")
    assert not entry.action.isEnabled()
    assert "supervisors" in entry.action.text() and "supervisor" in entry.action.toolTip()
    anna_token = window.token_keeper.grant.token
    aio.run(window.sign_out())

    # --- a supervisor opens the window from the menu
    sign_in(aio, window, "sonja")
    assert entry.action.isEnabled()
    entry.action.trigger()
    dialog = entry.dialog
    assert isinstance(dialog, MetricsWindow) and dialog.isVisible()
    aio.until(lambda: dialog.data is not None and not dialog.loading, what="the default period")
    assert dialog.data.empty and dialog.tiles["conversations"].value.text() == "0"

    dialog.set_period(date(2024, 3, 29), date(2024, 4, 2))
    dialog.show_button.click()
    aio.until(lambda: dialog.data is not None and not dialog.data.empty and not dialog.loading,
              what="the figures of the data set")
    texts = {name: tile.value.text() for name, tile in dialog.tiles.items()}
    assert texts == {
        "conversations": "26",
        "handoff": "57.7 %",  # 15 / 26
        "containment": "42.3 %",  # 11 / 26
        "abandonment": "13.3 %",  # 2 / 15
        "feedback": "4.15 / 5",  # 54 / 13
        "wait_p50": "1 min 00 s",
        "wait_p90": "15 min 00 s",
        "handling": "10 min 00 s",
    }
    assert dialog.tiles["feedback"].note.text() == "13 ratings"
    assert dialog.tiles["handling"].note.text() == "90 %: 20 min 00 s"

    # --- every chart has its series, with the data set's numbers
    assert all(chart.series() for chart in dialog.charts.values())
    assert bar_values(dialog.charts["reasons"]) == [1.0, 1.0, 13.0]  # failed, suggested, asked
    assert bar_values(dialog.charts["waits"]) == [float(n) for n in EXPECTED_WAIT_HISTOGRAM]
    assert bar_values(dialog.charts["feedback"]) == [1.0, 1.0, 1.0, 2.0, 8.0]
    (line,) = dialog.charts["days"].series()
    assert isinstance(line, QLineSeries)
    assert [round(line.at(i).y()) for i in range(line.count())] == [40, 50, 100]

    # --- the table: 3 languages, 2 channels, 3 topics
    model = dialog.proxy
    assert model.rowCount() == 8
    rows = {(model.index(r, 0).data(), model.index(r, 1).data()): [model.index(r, c).data() for c in range(9)]
            for r in range(model.rowCount())}
    assert rows[("Language", "Swedish")][2:5] == ["10", "50.0 %", "40.0 %"]
    assert rows[("Channel", "Video")][2:4] == ["6", "100.0 %"]
    assert rows[("Topic", "Unemployment")][5] == "30 s"

    # --- export: the same CSV as `service-hub report`
    dialog.choose_file = lambda name: str(tmp_path / name)
    path = Path(dialog.export_csv())
    assert path.name == "trial-metrics-2024-03-29_2024-04-02.csv"
    lines = path.read_text().splitlines()
    assert lines[0].startswith("group_by,group,conversations,handed_off")
    assert lines[1].startswith("all,all,26,15,")

    # --- the period check happens before asking the hub
    dialog.set_period(date(2024, 4, 2), date(2024, 3, 29))
    assert aio.run(dialog.refresh()) is False
    assert "before it starts" in dialog.status.text()

    # --- the hub has the last word: a non-supervisor's token is refused
    async def anna_token_fn() -> str:
        return anna_token

    other = MetricsWindow(hub_process.ws_url, anna_token_fn, window)
    qtbot.addWidget(other)
    other.set_period(date(2024, 3, 29), date(2024, 4, 2))
    assert aio.run(other.refresh()) is False
    assert other.status.text() == "Only supervisors can see the trial metrics."
    assert other.data is None and not other.export_button.isEnabled()

    # --- signing out closes the window
    aio.run(window.sign_out())
    assert entry.dialog is None and not entry.action.isEnabled()
