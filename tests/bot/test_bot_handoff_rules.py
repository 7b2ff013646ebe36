"""decide_handoff as a pure function of the facts."""

import pytest

from service_hub.bot import HandoffFacts, HandoffReason, Unavailable, decide_handoff


@pytest.mark.parametrize("reason", list(HandoffReason))
@pytest.mark.parametrize(
    ("queue_open", "queue_full", "agents", "blocked"),
    [
        (True, False, 1, None),
        (True, False, 5, None),
        (False, False, 3, Unavailable.CLOSED),
        (False, True, 0, Unavailable.CLOSED),
        (True, True, 3, Unavailable.FULL),
        (True, False, 0, Unavailable.NO_AGENTS),
        (True, True, 0, Unavailable.NO_AGENTS),
    ],
)
def test_offer_only_when_open_not_full_and_staffed(reason, queue_open, queue_full, agents, blocked):
    decision = decide_handoff(reason, HandoffFacts(queue_open, queue_full, agents))
    assert decision.offer is (blocked is None)
    assert decision.unavailable is blocked
    assert decision.reason is reason


def test_nothing_to_decide_without_a_reason():
    decision = decide_handoff(None, HandoffFacts(True, False, 1))
    assert not decision.offer and decision.reason is None and decision.unavailable is None
