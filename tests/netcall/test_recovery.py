"""Recovery without the user: an outage, a changed network, a peer that vanishes.

Through the relay (no direct UDP between the NATed homes), as in test_relay.py.
Times are CLOCK_MONOTONIC, which the namespaces share with the test.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from tests.netcall.conftest import lab_appointment

SMALL = ("--size", "320", "240")


def test_media_flows_again_by_itself_after_a_five_second_outage(lab_dir: Path) -> None:
    with lab_appointment(lab_dir, policy="no_direct_udp", customer_args=SMALL,
                         agent_args=SMALL) as appt:
        appt.connected(20)
        time.sleep(2)
        cut = time.monotonic()
        appt.lab.link("c", down=True)  # the customer's Wi-Fi drops ...
        time.sleep(5)
        appt.lab.link("c")  # ... and comes back
        back = time.monotonic()
        time.sleep(4)
        for side in (appt.customer, appt.agent):
            figures = side.figures(back, time.monotonic(), after=back)
            assert figures["first_video_after"] is not None, (side.name, figures)
            video_s = figures["first_video_after"] - back
            audio_s = figures["first_audio_after"] - back
            assert video_s <= 3.0 and audio_s <= 3.0, (side.name, video_s, audio_s)
            # Noticed by the engine itself within seconds, not after a long timeout;
            # and the call was never ended.
            states = [(e["state"], e["t"] - cut) for e in side.events
                      if e.get("event") == "state" and e.get("peer")]
            assert [s for s, _ in states][-2:] == ["reconnecting", "connected"], states
            assert 1.0 < states[-2][1] < 3.5, states
            # ... and keeps flowing (how well, on a loaded machine, is test_impaired's and
            # the bench's subject).
            assert figures["fps"] >= 10, figures


def test_a_changed_network_is_recovered_by_an_ice_restart(lab_dir: Path) -> None:
    with lab_appointment(lab_dir, policy="no_direct_udp", customer_args=SMALL,
                         agent_args=SMALL) as appt:
        appt.connected(20)
        before = appt.customer.command(cmd="path")["path"]
        moved = time.monotonic()
        appt.lab.move_customer("10.10.1.3")  # another network: the old path is gone for good
        deadline = moved + 20
        while time.monotonic() < deadline:
            after = appt.customer.command(cmd="path")
            if after["restarts"]:
                break
            time.sleep(0.25)
        assert after["restarts"] >= 1, after
        assert after["path"]["local_address"] != before["local_address"]
        time.sleep(2)
        now = time.monotonic()
        for side in (appt.customer, appt.agent):
            figures = side.figures(now - 1.5, now)
            assert figures["fps"] >= 10, (side.name, figures)
            assert side.states()[-1] == "connected"


def test_a_peer_that_vanishes_ends_the_call_as_peer_left_within_seconds(lab_dir: Path) -> None:
    with lab_appointment(lab_dir, policy="no_direct_udp", customer_args=SMALL,
                         agent_args=SMALL) as appt:
        appt.connected(20)
        time.sleep(1)
        killed = time.monotonic()
        os.kill(appt.customer.proc.pid, signal.SIGKILL)  # the app is killed: no goodbye
        ended = appt.agent.wait(15, event="state", state="ended", peer=None)
        assert ended["error"] == "peer_left", ended
        took = ended["t"] - killed
        assert took <= 10.0, took
        assert "failed" not in appt.agent.states()
