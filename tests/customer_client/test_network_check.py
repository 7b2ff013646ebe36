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
