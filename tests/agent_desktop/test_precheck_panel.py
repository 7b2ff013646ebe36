"""The customer's pre-session check as the agent sees it: one row per item."""

from __future__ import annotations

from agent_desktop.qt.video_pane import precheck_model
from client_core.precheck.verdicts import PlatformInfo, PrecheckReport, check_bandwidth, check_os


def test_report_rows_read_item_then_verdict_with_figures_below(qapp) -> None:  # type: ignore[no-untyped-def]
    report = PrecheckReport.build(
        [check_os(PlatformInfo("Windows", "10.0.19045", None)), check_bandwidth("up", 900.0)], None
    ).to_dict()
    model = precheck_model(report)
    rows = {model.item(r, 0).text(): model.item(r, 1).text() for r in range(model.rowCount())}
    assert rows["verdict"] == "✗ fail"
    assert "schema" not in rows
    bandwidth = next(r for r in range(model.rowCount()) if model.item(r, 1).text() == "✗ fail"
                     and model.item(r, 0).text() != "verdict")
    parent = model.item(bandwidth, 0)
    children = {parent.child(i, 0).text(): parent.child(i, 1).text() for i in range(parent.rowCount())}
    assert "900.0" in children.values()
    assert all(v != "None" for v in children.values())
