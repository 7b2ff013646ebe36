"""The customer's pre-session check as the agent sees it: one row per item in plain
words, and a one-line summary for the offer card and the details."""

from __future__ import annotations

from agent_desktop.qt import labels
from agent_desktop.qt.video_pane import precheck_model
from client_core.precheck.verdicts import (
    PlatformInfo,
    PrecheckReport,
    check_bandwidth,
    check_os,
    check_rtt,
)


def test_report_rows_read_item_then_verdict_with_figures_below(qapp) -> None:  # type: ignore[no-untyped-def]
    report = PrecheckReport.build(
        [check_os(PlatformInfo("Windows", "10.0.19045", None)), check_bandwidth("up", 900.0)], None
    ).to_dict()
    model = precheck_model(report)
    rows = {model.item(r, 0).text(): model.item(r, 1).text() for r in range(model.rowCount())}
    assert rows["Result"] == "✗ failed"
    assert rows["Upload speed"] == "✗ failed" and rows["Operating system"] == "✓ passed"
    assert "schema" not in rows and not any("_" in name for name in rows)  # no internal keys
    bandwidth = next(r for r in range(model.rowCount()) if model.item(r, 0).text() == "Upload speed")
    parent = model.item(bandwidth, 0)
    children = {parent.child(i, 0).text(): parent.child(i, 1).text() for i in range(parent.rowCount())}
    assert children["Measured (kbit/s)"] == "900.0"
    assert all(v != "None" for v in children.values())


def test_summary_names_what_was_weak(qapp) -> None:  # type: ignore[no-untyped-def]
    report = PrecheckReport.build(
        [check_os(PlatformInfo("Linux", "6.1.0", "2.36")), check_bandwidth("down", 1350.0),
         check_bandwidth("up", 2400.0), check_rtt(40.0)], None).to_dict()
    assert labels.precheck_summary(report) == "Passed with warnings: Download speed weak (1\u00a0350 kbit/s)"
    good = PrecheckReport.build([check_bandwidth("up", 2400.0), check_bandwidth("down", 2400.0)], None).to_dict()
    assert labels.precheck_summary(good) == "All checks passed"
    assert labels.precheck_summary(None) == "No check results"
    # Present but not as items: what can be read is said, and never "no results".
    assert labels.precheck_summary({"verdict": "ok", "camera": {"ok": True}}) == "All checks passed"
    assert labels.precheck_summary({"camera": "fine"}) == "Check results could not be read"


def test_offer_card_speaks_plain_words(qapp) -> None:  # type: ignore[no-untyped-def]
    from agent_desktop.domain.offer import summarize_offer
    from agent_desktop.qt.offer_card import OfferCard

    card = OfferCard()
    card.show_offer(summarize_offer(
        offer_id="o1", conversation_id="c1", channel="chat", language="fi", topic="social_assistance",
        waited_s=5, expires_in_s=20, transferred_by="Anna",
        context={"application_step": "housing", "intents": ["report_changes", "rent_deposit"],
                 "transfer_notes": ["Asks about the deposit"]},
        messages=[("customer", "Voinko saada vuokravakuuden?"), ("agent", "Katsotaan.")]))
    shown = {key: value.text() for key, (_name, value) in card._fact_labels.items()}
    assert shown["step"] == "Housing costs"
    assert shown["talked"] == "Reporting changes after applying, Rent deposit"
    assert (shown["from"], shown["note"]) == ("Anna", "Asks about the deposit")
    assert "Voinko saada vuokravakuuden?" in card.preview.text()
    assert "_" not in " ".join(shown.values())  # no internal codes
