"""A standard browser as the customer: Debian's Chromium, headless, fake camera and
microphone, running tests/netlab/customer_page (which speaks the hub's protocol)
in the customer's namespace, calling a service expert's CallEngine through the
real hub and coturn. Whatever a browser needs is in the engine, not the page.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from tests.netcall.conftest import real_part_missing
from tests.netlab.callsetup import EndpointProc, Site, customer_token, start_endpoint
from tests.netlab.chromium import Chromium, chromium_binary, page_url
from tests.netlab.topology import LabUnavailable
from tests.realparts import CHROMIUM, NETNS, require

SMALL = ("--size", "320", "240")


@contextmanager
def browser_call(where: Site, *, customer_offers: bool) -> Iterator[tuple[EndpointProc, Chromium]]:
    require(CHROMIUM, None if chromium_binary() else "chromium is not installed (scripts/setup.sh)")
    where.lab.firewall("no_direct_udp")
    agent = start_endpoint(where.lab, "agent", where.hub_url, where.agent(), "--turn", *SMALL,
                           *(("--no-call",) if customer_offers else ()), env=where.env)
    try:
        agent.wait(30, event="waiting")
        # An empty profile for each browser.
        profile = where.lab.state_dir / ("chromium-offers" if customer_offers else "chromium")
        browser = Chromium(where.lab, "cust", profile)
        try:
            browser.open(page_url(where.hub_url, customer_token(where.data), offer=customer_offers))
            yield agent, browser
        finally:
            browser.close()
    except LabUnavailable as exc:
        real_part_missing(CHROMIUM if "chromium" in str(exc) else NETNS, str(exc))
    finally:
        agent.stop()


def media_both_ways(agent: EndpointProc, browser: Chromium) -> dict:
    page = browser.wait(lambda s: s.get("framesDecoded", 0) >= 30, 40, "decoded 30 frames")
    agent.wait(20, event="state", state="connected", peer=None)
    time.sleep(1.0)
    now = time.monotonic()
    figures = agent.figures(now - 1.0, now)
    assert figures["frames"] >= 5, figures  # the browser's camera, decoded by the engine
    assert page["framesEncoded"] > 0 and page["audioReceived"] > 0
    return page


def test_the_expert_calls_a_browser_restarts_either_way_and_the_browser_hangs_up(net_site: Site) -> None:
    with browser_call(net_site, customer_offers=False) as (agent, browser):
        page = media_both_ways(agent, browser)
        assert page["offersReceived"] == 1 and page["offersSent"] == 0
        assert "relay" in (page["localType"], page["remoteType"])
        # The engine restarts ICE: a standard re-offer with new credentials, which the
        # browser takes on its own connection (it never rebuilds it).
        ufrag = page["ufrag"]
        agent.command(cmd="restart")
        page = browser.wait(lambda s: s["ufrag"] != ufrag, 15, "saw the restart")
        frames = page["framesDecoded"]
        page = browser.wait(lambda s: s["framesDecoded"] > frames + 20, 15, "kept decoding")
        assert page["pcState"] == "connected" and page["offersReceived"] == 2
        # The browser restarts ICE (pc.restartIce()): the engine answers in place.
        browser.evaluate("window.restartIce()")
        deadline = time.monotonic() + 15
        while agent.command(cmd="path")["restarts"] < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert agent.command(cmd="path")["restarts"] >= 2
        time.sleep(1.0)
        now = time.monotonic()
        assert agent.figures(now - 1.0, now)["frames"] >= 5
        # The customer hangs up in the browser: the expert's call ends as "peer left".
        browser.evaluate("window.hangUp()")
        ended = agent.wait(10, event="state", state="ended", peer=None)
        assert ended["error"] == "peer_left", ended


def test_a_browser_calls_the_expert_who_hangs_up(net_site: Site) -> None:
    with browser_call(net_site, customer_offers=True) as (agent, browser):
        page = media_both_ways(agent, browser)
        assert page["offersSent"] >= 1  # the browser made the offer, trickling its candidates
        agent.command(cmd="hangup")
        page = browser.wait(lambda s: s["phase"] == "ended", 10, "ended")
        assert page["endReason"] == "hangup"
