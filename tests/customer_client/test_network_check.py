"""The customer's real network check against a real hub process (nothing injected).

``hub_network_probe`` derives the hub's HTTP base from its WebSocket URL and
runs client_core's measurement (WebRTC data channels to ``POST /precheck/offer``)
within the 6 s network budget; the page grades it with client_core's verdicts.
"""

from __future__ import annotations

import time
from typing import Any

from client_core.precheck.verdicts import Verdict
from customer_client.app import default_runner
from customer_client.domain.precheck import NETWORK_BUDGET_S, Row
from customer_client.services.precheck_runner import http_base, hub_network_probe
from tests.customer_client.conftest import UI, make_page


def test_http_base_follows_the_ws_url() -> None:
    assert http_base("ws://127.0.0.1:8750/ws") == "http://127.0.0.1:8750"
    assert http_base("wss://hub.example.org/ws") == "https://hub.example.org"


def test_network_check_against_a_real_hub_within_budget(hub_process: Any, ui: UI) -> None:
    probe = hub_network_probe(hub_process.ws_url)
    started = time.monotonic()
    m = ui.run(probe(), timeout=NETWORK_BUDGET_S + 2)
    took = time.monotonic() - started
    assert m.connected and m.error is None, m
    assert took <= NETWORK_BUDGET_S, f"network check took {took:.2f} s"
    # Loopback: far above the agency's 1200 kbit/s both ways, no loss.
    assert m.up_kbit is not None and m.up_kbit >= 1500, m
    assert m.down_kbit is not None and m.down_kbit >= 1500, m
    assert m.rtt_ms is not None and m.rtt_ms < 150 and m.loss_pct is not None, m
    assert m.pings_sent > 0


def test_precheck_page_with_the_real_runner(hub_process: Any, ui: UI, qtbot: Any) -> None:
    """The app's own runner: lavfi devices, the real network check, one report."""
    page = make_page(qtbot, default_runner, hub_url=hub_process.ws_url)
    page.show()
    page.start()
    ui.until(lambda: not page.running, timeout=12, what="check finished")
    page.yes.click()
    checklist = page.checklist
    assert checklist is not None and checklist.network is not None
    assert checklist.network.connected, checklist.network
    assert checklist.elapsed_s is not None and checklist.elapsed_s <= 10
    for row in (Row.WEBRTC, Row.BANDWIDTH, Row.RTT, Row.JITTER, Row.LOSS):
        assert page.rows[row].result.verdict is Verdict.OK, (row, checklist.network)
    assert checklist.passed and page.go.isEnabled()
    assert not page.rows[Row.RELAY].isVisible()  # this hub names no relay: no such row


def test_an_unreachable_relay_is_a_row_that_says_what_to_ask_it(hub_process: Any, ui: UI,
                                                                qtbot: Any) -> None:
    """The runner's relay check (client_core.precheck.relay), here against TURN listeners
    where nothing answers (the lab tests it against coturn): the customer is told what
    to ask their IT, and may not queue."""
    from client_core.call import IceServer
    from client_core.precheck.relay import check_relays

    dead = (IceServer(("turn:127.0.0.1:9?transport=udp", "turn:127.0.0.1:9?transport=tcp"),
                      "1:x", "y"),)

    def runner(hub_url: str, probes: Any) -> Any:
        r = default_runner(hub_url, probes)
        r.relay = lambda: check_relays(dead, timeout=1.0)
        return r

    page = make_page(qtbot, runner, hub_url=hub_process.ws_url)
    page.show()
    page.start()
    ui.until(lambda: not page.running, timeout=12, what="check finished")
    page.yes.click()
    row = page.rows[Row.RELAY]
    assert row.result.verdict is Verdict.FAIL
    assert row.isVisible() and "IT support" in row.remedy.text() and "3478" in row.remedy.text()
    assert page.checklist is not None and not page.checklist.passed and not page.go.isEnabled()
    assert page.checklist.elapsed_s is not None and page.checklist.elapsed_s <= 10
