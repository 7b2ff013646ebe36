"""Calls that only a TURN relay can carry, through coturn in the namespace lab.

Customer and expert each sit behind a NAT (iptables MASQUERADE); the hub and
coturn are on the public side. Each test reads the selected candidate pair
from the engines themselves (``engine.path``).
"""

from __future__ import annotations

from tests.netcall.conftest import call_at
from tests.netlab.callsetup import Site

SMALL = ("--size", "320", "240")


def _setup_s(appt) -> float:
    """From the expert's offer (the engine's ``call``) to both sides connected."""
    start = appt.agent.wait(10, event="ready")["t"]
    return appt.connected(20) - start


def test_behind_two_nats_without_direct_udp_the_call_goes_through_the_relay(net_site: Site) -> None:
    with call_at(net_site, policy="no_direct_udp", customer_args=SMALL,
                 agent_args=SMALL) as appt:
        setup_s = _setup_s(appt)
        for side in (appt.customer, appt.agent):
            path = side.command(cmd="path")["path"]
            assert path["local_type"] == "relay" and path["remote_type"] == "relay", path
            assert path["relay_transport"] == "udp", path  # the cheapest that works
        connected = appt.connected()
        for side in (appt.customer, appt.agent):
            figures = side.figures(connected + 1.0, connected + 3.0)
            assert figures["fps"] >= 20, figures  # media flows both ways through coturn
        assert setup_s <= 2.0, f"set-up through TURN took {setup_s:.2f} s"


def test_with_all_udp_blocked_the_relay_is_reached_over_tcp(net_site: Site) -> None:
    with call_at(net_site, policy="no_udp", customer_args=SMALL, agent_args=SMALL) as appt:
        setup_s = _setup_s(appt)
        for side in (appt.customer, appt.agent):
            path = side.command(cmd="path")["path"]
            assert path["local_type"] == "relay", path
            assert path["relay_transport"] in ("tcp", "tls"), path
        connected = appt.connected()
        figures = appt.customer.figures(connected + 1.0, connected + 3.0)
        assert figures["fps"] >= 20, figures
        # The blocked UDP allocation must not hold the set-up for its timeout (trickle).
        assert setup_s <= 2.0, f"set-up took {setup_s:.2f} s"


def test_behind_an_agency_firewall_open_only_to_tcp_443_turns_carries_the_call(
    net_site: Site,
) -> None:
    # The expert's firewall lets out nothing but TCP to port 443 (the hub listens there
    # too); the customer's home is open. TLS to coturn's 443 is the only way out.
    with call_at(net_site, policy="agency_tcp443", customer_args=SMALL,
                 agent_args=SMALL) as appt:
        appt.connected(20)
        path = appt.agent.command(cmd="path")["path"]
        assert path["local_type"] == "relay" and path["relay_transport"] == "tls", path


def test_wrong_turn_credentials_end_in_a_typed_error(net_site: Site) -> None:
    # The expert's relay password is wrong and no direct path exists: the call
    # fails, and the expert's engine says why (the apps explain "turn_auth"). It
    # gives up on finding a path after 8 s here (20 s in the apps).
    with call_at(net_site, policy="no_direct_udp", customer_args=SMALL,
                 agent_args=(*SMALL, "--bad-credential", "--ice-timeout", "8")) as appt:
        failed = appt.agent.wait(30, event="state", state="failed", peer=None)
        assert failed["error"] == "turn_auth", failed
        assert "relay refused" in failed["message"]
        log = appt.turn.log()
        assert "check_stun_auth" in log  # coturn itself refused it
