"""Router policy, one behaviour per test."""

from __future__ import annotations

import pytest

from service_hub.routing import (
    AdmissionReason,
    AgentCapacity,
    AgentState,
    AgentStateChanged,
    Channel,
    Language,
    OfferEnded,
    OfferGone,
    OfferMade,
    OfferOutcome,
    Requeued,
    RequeueReason,
    RoutingError,
    ServiceCalendar,
    Topic,
)
from service_hub.routing.calendar import parse_weekly

from .helpers import FakeClock, hel, make_router, queue, skills

CHAT_SA = queue()
CHAT_HOUSING = queue(topic=Topic.HOUSING_ALLOWANCE)
VIDEO_SA = queue(channel=Channel.VIDEO)
CHAT_SV = queue(language=Language.SV)


def offers(router) -> list:
    return [e.offer for e in router.drain_events() if isinstance(e, OfferMade)]


def test_contact_waits_until_an_agent_signs_in_then_is_offered():
    r, _ = make_router([CHAT_SA])
    assert r.enqueue("c1", CHAT_SA.key).ok
    assert offers(r) == []
    r.sign_in("a1", skills())
    (o,) = offers(r)
    assert (o.contact_id, o.agent_id, o.queue) == ("c1", "a1", CHAT_SA.key)
    a = r.accept(o.offer_id)
    assert a.contact_id == "c1" and a.agent_id == "a1"
    assert r.agent_contacts("a1") == ["c1"]


def test_longest_waiting_first_within_priority_and_priority_first():
    low, high = queue(topic=Topic.HOUSING_ALLOWANCE), queue(priority=5)
    r, clock = make_router([low, high])
    for i, q in enumerate([low, low, high]):
        r.enqueue(f"c{i}", q.key)
        clock.advance(10)
    r.sign_in(
        "a1",
        skills(topics={Topic.HOUSING_ALLOWANCE, Topic.SOCIAL_ASSISTANCE}),
        AgentCapacity({Channel.CHAT: 1}),
    )
    served = []
    for _ in range(3):
        (o,) = offers(r)
        served.append(o.contact_id)
        r.accept(o.offer_id)
        r.finish(o.contact_id)
    assert served == ["c2", "c0", "c1"]  # high priority despite arriving last, then FIFO


def test_offered_to_longest_idle_agent():
    r, clock = make_router([CHAT_SA])
    for a in ("a1", "a2", "a3"):
        r.sign_in(a, skills())
        clock.advance(5)
    r.drain_events()
    r.enqueue("c1", CHAT_SA.key)
    (o,) = offers(r)
    assert o.agent_id == "a1"
    r.accept(o.offer_id)  # a1 just got work, so it is no longer the longest idle
    r.enqueue("c2", CHAT_SA.key)
    assert offers(r)[0].agent_id == "a2"


def test_topic_relaxes_after_configured_wait_but_language_never():
    housing = queue(topic=Topic.HOUSING_ALLOWANCE, relax=60)
    sv = queue(language=Language.SV, topic=Topic.HOUSING_ALLOWANCE, relax=60)
    r, clock = make_router([housing, sv, CHAT_SA])
    r.sign_in("fi_sa", skills({Language.FI: 5}, {Topic.SOCIAL_ASSISTANCE}))
    r.enqueue("c_fi", housing.key)
    r.enqueue("c_sv", sv.key)
    clock.advance(59)
    r.tick()
    assert offers(r) == []
    clock.advance(1)
    r.tick()
    (o,) = offers(r)
    assert o.contact_id == "c_fi" and o.agent_id == "fi_sa"
    r.accept(o.offer_id)
    clock.advance(10_000)
    r.tick()
    assert offers(r) == []  # the Swedish customer is never given to a Finnish-only agent
    assert r.estimate("c_sv").position == 1


def test_low_proficiency_does_not_qualify():
    r, _ = make_router([queue(min_proficiency=4)])
    r.sign_in("a1", skills({Language.FI: 3}))
    r.enqueue("c1", CHAT_SA.key)
    assert offers(r) == []
    r.sign_in("a2", skills({Language.FI: 4}))
    assert offers(r)[0].agent_id == "a2"


def test_decline_goes_to_next_agent_and_decliner_is_skipped_for_a_while():
    r, clock = make_router([CHAT_SA], decline_cooldown_s=30)
    r.sign_in("a1", skills())
    clock.advance(1)
    r.sign_in("a2", skills(), AgentCapacity({Channel.CHAT: 1}))
    r.enqueue("c1", CHAT_SA.key)
    (o,) = offers(r)
    assert o.agent_id == "a1"
    r.decline(o.offer_id)
    events = r.drain_events()
    assert OfferEnded(o, OfferOutcome.DECLINED) in events
    (o2,) = [e.offer for e in events if isinstance(e, OfferMade)]
    assert o2.agent_id == "a2" and o2.contact_id == "c1"
    r.decline(o2.offer_id)  # both declined: nobody may take it during the cooldown
    assert offers(r) == []
    clock.advance(30)
    r.tick()
    assert len(offers(r)) == 1
    with pytest.raises(OfferGone):
        r.accept(o.offer_id)


def test_offer_timeout_moves_on_and_two_misses_set_agent_away():
    r, clock = make_router([CHAT_SA], offer_timeout_s=20, decline_cooldown_s=0.5)
    r.sign_in("a1", skills())
    r.enqueue("c1", CHAT_SA.key)
    (o,) = offers(r)
    clock.advance(20)
    r.tick()
    ev = r.drain_events()
    assert OfferEnded(o, OfferOutcome.EXPIRED) in ev
    assert r.agent_state("a1") is AgentState.AVAILABLE  # one miss is not enough
    clock.advance(1)
    r.tick()
    (o2,) = offers(r)
    assert o2.agent_id == "a1"
    clock.advance(20)
    r.tick()
    ev = r.drain_events()
    assert AgentStateChanged("a1", AgentState.AWAY, "missed_offers") in ev
    assert r.agent_state("a1") is AgentState.AWAY
    assert r.estimate("c1").position == 1
    with pytest.raises(OfferGone):
        r.accept(o2.offer_id)


def test_accepting_resets_missed_count():
    r, clock = make_router([CHAT_SA], offer_timeout_s=20, decline_cooldown_s=0.5)
    r.sign_in("a1", skills())
    r.enqueue("c1", CHAT_SA.key)
    offers(r)
    clock.advance(21)
    r.tick()
    offers(r)
    clock.advance(1)
    r.tick()
    (o,) = offers(r)
    r.accept(o.offer_id)
    r.enqueue("c2", CHAT_SA.key)
    offers(r)
    clock.advance(21)
    r.tick()
    assert r.agent_state("a1") is AgentState.AVAILABLE


def test_agent_offline_mid_chat_returns_customer_to_front_with_original_time():
    r, clock = make_router([CHAT_SA])
    r.sign_in("a1", skills(), AgentCapacity({Channel.CHAT: 1}))
    r.enqueue("c_old", CHAT_SA.key)
    (o,) = offers(r)
    r.accept(o.offer_id)
    clock.advance(60)
    r.enqueue("c_new", CHAT_SA.key)  # arrived before c_old is returned, but must stay behind
    clock.advance(60)
    r.sign_out("a1")
    ev = r.drain_events()
    assert Requeued("c_old", CHAT_SA.key, RequeueReason.AGENT_OFFLINE, True) in ev
    assert [p.contact_id for p in r.positions(CHAT_SA.key)] == ["c_old", "c_new"]
    assert r.estimate("c_old").waited_s == 120  # original enqueue time kept
    r.sign_in("a2", skills())
    assert offers(r)[0].contact_id == "c_old"


def test_agent_offline_mid_offer_returns_customer_to_front():
    r, clock = make_router([CHAT_SA])
    r.sign_in("a1", skills())
    r.enqueue("c1", CHAT_SA.key)
    (o,) = offers(r)
    r.sign_out("a1")
    ev = r.drain_events()
    assert OfferEnded(o, OfferOutcome.WITHDRAWN) in ev
    assert Requeued("c1", CHAT_SA.key, RequeueReason.AGENT_OFFLINE, True) in ev
    assert r.agent_state("a1") is AgentState.OFFLINE
    with pytest.raises(OfferGone):
        r.accept(o.offer_id)


def test_chat_capacity_and_video_excludes_chats():
    r, _ = make_router([CHAT_SA, VIDEO_SA])
    r.sign_in("a1", skills(channels={Channel.CHAT, Channel.VIDEO}))
    r.enqueue("v1", VIDEO_SA.key)
    (o,) = offers(r)
    r.accept(o.offer_id)
    for i in range(3):
        r.enqueue(f"c{i}", CHAT_SA.key)
    assert offers(r) == []  # in a video call: no chats
    assert r.agent_state("a1") is AgentState.BUSY
    r.finish("v1")
    got = []
    while o := next(iter(offers(r)), None):
        got.append(o.contact_id)
        r.accept(o.offer_id)
    assert got == ["c0", "c1", "c2"]  # up to 3 chats
    r.enqueue("c3", CHAT_SA.key)
    r.enqueue("v2", VIDEO_SA.key)
    assert offers(r) == []  # full on chat, and video needs an agent with nothing open


def test_wrap_up_blocks_offers_until_timeout_or_end():
    r, clock = make_router([CHAT_SA], wrap_up_s=30)
    r.sign_in("a1", skills())
    r.enqueue("c1", CHAT_SA.key)
    r.accept(offers(r)[0].offer_id)
    r.finish("c1")
    assert r.agent_state("a1") is AgentState.WRAP_UP
    r.enqueue("c2", CHAT_SA.key)
    assert offers(r) == []
    clock.advance(30)
    r.tick()
    (o,) = offers(r)
    assert o.contact_id == "c2"
    r.accept(o.offer_id)
    r.finish("c2")
    r.enqueue("c3", CHAT_SA.key)
    assert offers(r) == []
    r.end_wrap_up("a1")
    assert offers(r)[0].contact_id == "c3"


def test_customer_leaves_while_waiting_or_offered():
    r, _ = make_router([CHAT_SA])
    r.enqueue("c1", CHAT_SA.key)
    r.enqueue("c2", CHAT_SA.key)
    r.leave("c1")
    assert r.waiting_count(CHAT_SA.key) == 1
    r.sign_in("a1", skills())
    (o,) = offers(r)
    assert o.contact_id == "c2"
    r.leave("c2")
    assert OfferEnded(o, OfferOutcome.WITHDRAWN) in r.drain_events()
    assert r.waiting_count(CHAT_SA.key) == 0
    assert r.agent_state("a1") is AgentState.AVAILABLE
    r.leave("unknown")  # harmless


def test_transfer_to_queue_keeps_wait_and_note():
    r, clock = make_router([CHAT_SA, CHAT_SV])
    r.sign_in("fi", skills())
    r.enqueue("c1", CHAT_SA.key)
    r.accept(offers(r)[0].offer_id)
    clock.advance(100)
    r.transfer("c1", to_queue=CHAT_SV.key, note="asks in Swedish")
    assert r.agent_contacts("fi") == []
    est = r.estimate("c1")
    assert est.queue == CHAT_SV.key and est.waited_s == 100
    r.sign_in("sv", skills({Language.SV: 5}))
    (o,) = offers(r)
    assert o.agent_id == "sv" and o.notes == ("asks in Swedish",)
    assert r.accept(o.offer_id).notes == ("asks in Swedish",)


def test_transfer_to_agent_direct_offer_and_fallback_to_front():
    r, clock = make_router([CHAT_SA])
    r.sign_in("a1", skills())
    r.sign_in("a2", skills())
    r.enqueue("c1", CHAT_SA.key)
    (o,) = offers(r)
    r.accept(o.offer_id)
    other = "a2" if o.agent_id == "a1" else "a1"
    r.enqueue("c2", CHAT_SA.key)
    r.accept(offers(r)[0].offer_id)
    r.transfer("c1", to_agent=other, note="pension question")
    (d,) = [x for x in offers(r) if x.direct]
    assert d.agent_id == other and d.contact_id == "c1" and d.notes == ("pension question",)
    r.decline(d.offer_id)
    ev = r.drain_events()
    assert Requeued("c1", CHAT_SA.key, RequeueReason.DECLINED, True) in ev
    with pytest.raises(RoutingError):
        r.transfer("c2", to_agent="nobody")


def test_admission_reasons():
    cal = ServiceCalendar(parse_weekly({"mon-fri": ["09:00-16:00"]}))
    q = queue(calendar=cal, max_waiting=1, require_agent=True)
    clock = FakeClock(hel("2027-04-14 10:00"))
    r, _ = make_router([q], clock)
    assert r.admission(q.key).reason is AdmissionReason.NO_AGENTS
    r.sign_in("a1", skills(), available=False)
    assert r.admission(q.key).reason is AdmissionReason.NO_AGENTS  # away does not count
    r.set_presence("a1", AgentState.AVAILABLE)
    assert r.admission(q.key).ok
    r.set_presence("a1", AgentState.AWAY)
    r.sign_in("a2", skills(), available=True)
    r.set_presence("a2", AgentState.AWAY)
    r.sign_in("a3", skills())
    assert r.enqueue("c1", q.key).ok
    offers(r)
    r.enqueue("c0", q.key)  # c1 is being offered, so there is room for one waiting
    assert r.enqueue("c2", q.key).reason is AdmissionReason.FULL
    clock.now = hel("2027-04-14 16:00")
    adm = r.admission(q.key)
    assert adm.reason is AdmissionReason.CLOSED and adm.closed.next_opening == hel(
        "2027-04-15 09:00"
    )
    assert r.admission(VIDEO_SA.key).reason is AdmissionReason.UNKNOWN_QUEUE


def test_estimate_uses_position_handling_time_and_slots():
    r, clock = make_router([CHAT_SA])
    for i in range(4):
        r.enqueue(f"c{i}", CHAT_SA.key)
    assert r.estimate("c3").estimated_wait_s is None  # nobody signed in: no made-up number
    r.sign_in("a1", skills(), AgentCapacity({Channel.CHAT: 2}))
    for _ in range(2):
        r.accept(offers(r)[0].offer_id)
    est = r.estimate("c3")
    assert est.position == 2
    assert est.estimated_wait_s == pytest.approx(2 * 600 / 2)  # default chat handling time
    clock.advance(100)
    r.finish("c0")  # one real sample replaces the default
    r.accept(offers(r)[0].offer_id)
    assert r.estimate("c3").estimated_wait_s == pytest.approx(1 * 100 / 2)


def test_summary():
    cal = ServiceCalendar(parse_weekly({"mon-fri": ["09:00-16:00"]}))
    q = queue(calendar=cal, max_waiting=2)
    clock = FakeClock(hel("2027-04-14 10:00"))
    r, _ = make_router([q], clock)
    r.sign_in("a1", skills(), AgentCapacity({Channel.CHAT: 1}))
    r.sign_in("a2", skills(), available=False)
    r.enqueue("c1", q.key)
    r.accept(offers(r)[0].offer_id)
    r.enqueue("c2", q.key)
    clock.advance(90)
    r.enqueue("c3", q.key)
    s = r.summary(q.key)
    assert (s.waiting, s.longest_wait_s, s.agents_signed_in, s.agents_available) == (2, 90, 1, 0)
    assert s.is_open and not s.has_room
    clock.now = hel("2027-04-16 16:30")
    s = r.summary(q.key)
    assert not s.is_open and s.next_opening == hel("2027-04-19 09:00")


def test_unknown_ids_and_bad_calls_raise():
    r, _ = make_router([CHAT_SA])
    with pytest.raises(RoutingError):
        r.set_presence("ghost", AgentState.AVAILABLE)
    r.sign_in("a1", skills())
    with pytest.raises(RoutingError):
        r.set_presence("a1", AgentState.BUSY)
    with pytest.raises(RoutingError):
        r.finish("c-not-served")
    r.enqueue("c1", CHAT_SA.key)
    with pytest.raises(RoutingError):
        r.enqueue("c1", CHAT_SA.key)


def test_returned_contact_goes_ahead_of_older_waiting_ones():
    # FRONT means front: a customer dropped by an agent going offline is served before
    # someone who arrived earlier but was still waiting.
    r, clock = make_router([CHAT_SA], decline_cooldown_s=600)
    r.sign_in("a1", skills(), AgentCapacity({Channel.CHAT: 1}))
    r.enqueue("c_early", CHAT_SA.key)
    r.decline(offers(r)[0].offer_id)  # a1 skips c_early for a while
    clock.advance(10)
    r.enqueue("c_late", CHAT_SA.key)
    (o,) = offers(r)
    assert o.contact_id == "c_late"
    r.accept(o.offer_id)
    r.sign_out("a1")
    assert [p.contact_id for p in r.positions(CHAT_SA.key)] == ["c_late", "c_early"]
    r.sign_in("a2", skills())
    assert offers(r)[0].contact_id == "c_late"
