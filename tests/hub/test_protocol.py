"""The protocol itself: every frame type survives encode -> parse unchanged."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hub_protocol import frames as p

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
MSG = p.ChatMessage(conversation_id="c", seq=1, sender="bot", sender_name="Assistant", text="Hei", sent_at=NOW)

SERVER_SAMPLES = [
    p.Welcome(role="agent", user_id="1", display_name="Anna", server_time=NOW, agent_state="offline"),
    p.Ack(ref="r", conversation_id="c", seq=3),
    p.ErrorFrame(code="forbidden", message="no", ref="r"),
    p.Pong(),
    MSG,
    p.ConversationStatus(conversation_id="c", state="queued", channel="chat", language="fi", topic="t"),
    p.HandoffStatus(conversation_id="c", available=False, reason="closed", next_opening=NOW,
                    alternatives=[{"kind": "phone"}]),
    p.ServicesCatalog(services=[p.ServiceInfo(
        queue=p.QueueKey(channel="video", language="en", topic="pensions"),
        hours={"mon": ["09:00-15:00"]}, valid_from=NOW.date(), valid_until=NOW.date(),
        alternatives=[p.AlternativeService(code="phone_en", kind="phone", languages=["en"],
                                           hours={"fri": ["09:00-16:00"]})])]),
    p.QueueStatus(conversation_id="c", position=2, estimated_wait_s=None),
    p.FeedbackRequest(conversation_id="c"),
    p.Offer(offer_id="c", conversation_id="c", channel="video", language="ru", topic="t", waited_s=3,
            expires_in_s=30, context={"reason": "asked"}, precheck=None),
    p.OfferRevoked(offer_id="c", reason="timeout"),
    p.ConversationAssigned(conversation_id="c", customer_id="x", customer_name="X", channel="chat",
                           language="fi", topic="t", messages=[MSG]),
    p.ConversationInvited(conversation_id="c", customer_id="x", customer_name="X", channel="video",
                          language="ru", topic="t", invited_by="Anna",
                          participants=["customer:x", "agent:1"], messages=[MSG]),
    p.AgentStatus(state="wrap_up", since=NOW),
    p.QueuesSnapshot(queues=[p.QueueSummary(queue=p.QueueKey(channel="chat", language="fi", topic="t"),
                                            waiting=1, longest_wait_s=5, agents_available=0, open=False)],
                     agents=[p.AgentSummary(agent_id=2, display_name="Bo", state="available")]),
    p.HistoryResults(customer_ref="x", conversations=[p.HistoryItem(
        conversation_id="c", channel="chat", language="fi", topic="t", started_at=NOW)]),
    p.HistoryTranscript(conversation_id="c", customer_id="x", customer_name="X", channel="video",
                        language="ru", topic="t", started_at=NOW, messages=[MSG]),
    p.RtcSignalRelay(conversation_id="c", sender="agent:1", kind="offer", payload={"sdp": "v=0"}),
    p.RtcIceServers(id="r", conversation_id="c", expires_at=NOW, ice_servers=[
        p.IceServer(urls=["turn:turn.example.fi:3478?transport=udp"], username="1:x", credential="y")]),
    p.TypingRelay(conversation_id="c", sender="customer"),
    p.Wallboard(at=NOW, queues=[p.QueueTile(queue=p.QueueKey(channel="chat", language="fi", topic="t"), waiting=2,
                                            longest_wait_s=70, agents_available=1, open=True, answered=9,
                                            answered_in_level=7, abandoned=1)],
                experts=[p.ExpertTile(agent_id=2, display_name="Bo", state="busy", since=NOW, contacts=[
                    p.ContactTile(conversation_id="c", customer_name="X", channel="chat", language="fi", topic="t",
                                  since=NOW)])]),
    p.MonitorOpened(conversation_id="c", customer_name="X", agent_name="Bo", channel="chat", language="fi",
                    topic="t", messages=[MSG], whispers=[p.WhisperNote(conversation_id="c", from_name="Sofia",
                                                                       text="ask about rent", sent_at=NOW)]),
    p.WhisperNote(conversation_id="c", from_name="Sofia", text="ask about rent", sent_at=NOW),
    p.ConversationMonitoring(conversation_id="c", supervisors=["Sofia"]),
    p.HubRestarting(reconnect_after_ms=1500),
]


def test_every_server_frame_type_has_a_sample() -> None:
    assert {s.type for s in SERVER_SAMPLES} == set(p._SERVER_TYPES)


@pytest.mark.parametrize("frame", SERVER_SAMPLES, ids=lambda f: f.type)
def test_server_frames_round_trip(frame) -> None:
    assert p.parse_server_frame(p.encode(frame)) == frame


@settings(max_examples=300, deadline=None)
@given(st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
))
def test_arbitrary_json_never_escapes_as_anything_but_protocol_error(value) -> None:
    import json

    try:
        p.parse_client_frame(json.dumps(value))
    except p.ProtocolError as exc:
        # bad_json: integers beyond +-2**53 and Infinity are not I-JSON (hub_protocol/wire_json.py).
        assert exc.code in {"bad_json", "bad_frame", "bad_text", "unsupported_version", "update_required",
                            "unknown_type", "invalid_frame"}
