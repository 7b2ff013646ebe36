"""Routing invariants under random sequences of operations (hypothesis).

After every operation the router's state is checked against brute-force
reference rules, reading its internals (white box on purpose: the indexes
are what could go wrong):

* no agent over capacity, video exclusive;
* every contact in exactly one place; nobody assigned twice; one offer per agent;
* an offer never relaxes the language, and the topic only after the wait;
* order within a priority: no offer went to a contact while a better one
  (priority, returned-to-front, enqueue time) that the same agent could take waits;
* nobody starves: no agent able to take an offer qualifies for a waiting
  contact (work-conserving), and at the end everyone is served.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service_hub.routing import (
    AgentCapacity,
    AgentState,
    Channel,
    Language,
    OfferEnded,
    OfferGone,
    OfferMade,
    RoutingError,
    Skills,
    Topic,
)
from service_hub.routing._index import ASSIGNED, OFFERED, WAITING

from .helpers import make_router, queue

LANGS = [Language.FI, Language.SV]
TOPICS = [Topic.SOCIAL_ASSISTANCE, Topic.HOUSING_ALLOWANCE]
QUEUES = [
    queue(
        ch,
        lang,
        topic,
        relax=(30.0 if topic is Topic.HOUSING_ALLOWANCE else None),
        priority=int(lang is Language.SV and ch is Channel.CHAT),
    )
    for ch in Channel
    for lang in LANGS
    for topic in TOPICS
]
N_AGENTS = 5

skills_st = st.builds(
    Skills,
    st.dictionaries(st.sampled_from(LANGS), st.sampled_from([2, 3, 4, 5, 5]), min_size=1),
    st.frozensets(st.sampled_from(TOPICS), min_size=1),
    st.frozensets(st.sampled_from(list(Channel)), min_size=1),
)
cap_st = st.builds(
    AgentCapacity,
    st.fixed_dictionaries({Channel.CHAT: st.integers(1, 3), Channel.VIDEO: st.just(1)}),
)
enqueue_st = st.tuples(st.just("enqueue"), st.integers(0, len(QUEUES) - 1))
accept_st = st.tuples(st.just("accept"), st.integers(0, 20))
# Repeated entries weight the mix towards what creates routing work.
ops = st.one_of(
    enqueue_st,
    enqueue_st,
    enqueue_st,
    accept_st,
    accept_st,
    accept_st,
    st.tuples(st.just("sign_in"), st.integers(0, N_AGENTS - 1), skills_st, cap_st, st.booleans()),
    st.tuples(st.just("sign_in"), st.integers(0, N_AGENTS - 1), skills_st, cap_st, st.just(True)),
    st.tuples(
        st.just("presence"),
        st.integers(0, N_AGENTS - 1),
        st.sampled_from(["available", "away", "offline"]),
    ),
    st.tuples(st.just("accept"), st.integers(0, 20)),
    st.tuples(st.just("decline"), st.integers(0, 20)),
    st.tuples(st.just("finish"), st.integers(0, 20)),
    st.tuples(st.just("leave"), st.integers(0, 20)),
    st.tuples(st.just("transfer"), st.integers(0, 20), st.integers(0, len(QUEUES) - 1)),
    st.tuples(st.just("transfer_agent"), st.integers(0, 20), st.integers(0, N_AGENTS - 1)),
    st.tuples(st.just("advance"), st.sampled_from([1, 5, 21, 31, 61])),
    st.tuples(st.just("end_wrap"), st.integers(0, N_AGENTS - 1)),
)


def qualifies(a, c, now, strict_only=False) -> bool:
    """Reference rule: may agent ``a`` be offered contact ``c`` right now (ignoring room)?"""
    cfg = c.queue.cfg
    ch, lang, topic = cfg.key
    if ch not in a.skills.channels or a.skills.languages.get(lang, 0) < cfg.min_proficiency:
        return False
    if topic in a.skills.topics:
        return True
    return (
        not strict_only
        and cfg.topic_relax_after_s is not None
        and now - c.enq >= cfg.topic_relax_after_s
    )


def in_cooldown(c, a, now) -> bool:
    return bool(c.cooldown) and c.cooldown.get(a, 0.0) > now


def room(a, ch) -> int:
    return a.cap.room(ch, a.active)


def check_state(r, now) -> None:
    contacts = r._contacts
    offered_contacts = [c for _, c, _ in r._offers.values()]
    assert len(offered_contacts) == len(set(map(id, offered_contacts)))
    offer_agents = [a for _, _, a in r._offers.values()]
    assert len(offer_agents) == len(set(map(id, offer_agents))), "two pending offers for one agent"
    held = {}
    for a in r._agents.values():
        active = {ch: 0 for ch in Channel}
        for c in a.contacts:
            assert id(c) not in held, f"{c.id} assigned twice"
            held[id(c)] = a
            assert c.agent is a and c.state == ASSIGNED
            active[c.queue.key.channel] += 1
        for ch in Channel:
            assert active[ch] == a.active.get(ch, 0)
            assert active[ch] <= a.cap.per_channel.get(ch, 0), "over capacity"
        if active[Channel.VIDEO]:
            assert sum(active.values()) == 1, "chat during a video call"
        if a.offer_id is not None:
            assert r._offers[a.offer_id][2] is a
    for c in contacts.values():
        if c.state == ASSIGNED:
            assert held.get(id(c)) is c.agent
        elif c.state == OFFERED:
            assert c.offer_id in r._offers and r._offers[c.offer_id][1] is c
        else:
            assert c.state == WAITING and c.offer_id is None
    for q in r._queues.values():
        assert q.waiting == sum(1 for c in contacts.values() if c.state == WAITING and c.queue is q)
        assert [c.id for c in q.live()] == sorted(
            (c.id for c in contacts.values() if c.state == WAITING and c.queue is q),
            key=lambda cid: contacts[cid].order_key(),
        )
    # Work-conserving: nobody who could take an offer is left idle next to a contact they qualify for.
    for a in r._agents.values():
        if not a.can_take_offers(now):
            continue
        for c in contacts.values():
            if c.state == WAITING and room(a, c.queue.key.channel) > 0 and qualifies(a, c, now):
                assert in_cooldown(c, a, now), f"{a.id} idle while {c.id} waits"


def check_views(r, now: float) -> None:
    """Positions, estimates and summaries agree with the waiting contacts in service order."""
    for q in r._queues.values():
        in_order = sorted((c for c in r._contacts.values() if c.state == WAITING and c.queue is q),
                          key=lambda c: c.order_key())
        positions = r.positions(q.key)
        assert [e.contact_id for e in positions] == [c.id for c in in_order]
        for i, c in enumerate(in_order, start=1):
            assert r.estimate(c.id).position == i
        summary = r.summary(q.key)
        assert summary.waiting == len(in_order)
        assert summary.longest_wait_s == pytest.approx(max((now - c.enq for c in in_order), default=0.0))


def check_decisions(r) -> list:
    """Wrap the router's offer-making so every decision is checked when it is made."""
    made = []
    original = r._make_offer

    def checked(c, a, now, direct=False):
        if not direct:
            cfg = c.queue.cfg
            assert c.state == WAITING and a.can_take_offers(now)
            assert room(a, cfg.key.channel) > 0, "offer to an agent without room"
            assert a.skills.languages.get(cfg.key.language, 0) >= cfg.min_proficiency, (
                "language relaxed"
            )
            assert qualifies(a, c, now), "topic relaxed too early"
            assert not in_cooldown(c, a, now), "re-offered during cooldown"
            mine = (c.queue.prio, 0 if c.front else 1, c.enq)
            for other in r._contacts.values():
                if (
                    other is not c
                    and other.state == WAITING
                    and room(a, other.queue.key.channel) > 0
                    and qualifies(a, other, now)
                    and not in_cooldown(other, a, now)
                ):
                    theirs = (other.queue.prio, 0 if other.front else 1, other.enq)
                    assert not theirs < mine, f"{other.id} passed over for {c.id}"
        made.append(c.id)
        return original(c, a, now, direct)

    r._make_offer = checked
    return made


def pick(items, k):
    items = sorted(items)
    return items[k % len(items)] if items else None


def run(r, clock, op, pending: dict, n: int) -> None:
    kind = op[0]
    if kind == "enqueue":
        r.enqueue(f"c{n}", QUEUES[op[1]].key)
    elif kind == "sign_in":
        r.sign_in(f"a{op[1]}", op[2], op[3], available=op[4])
    elif kind == "presence":
        aid = f"a{op[1]}"
        if aid in r._agents:
            r.set_presence(aid, AgentState(op[2]))
    elif kind in ("accept", "decline"):
        oid = pick(pending, op[1])
        if oid is not None:
            try:
                (r.accept if kind == "accept" else r.decline)(oid)
            except OfferGone:
                raise AssertionError("a pending offer was gone") from None
    elif kind in ("finish", "transfer", "leave", "transfer_agent"):
        if kind == "leave":
            cid = pick(r._contacts, op[1])
        else:
            cid = pick([c.id for c in r._contacts.values() if c.state == ASSIGNED], op[1])
        if cid is None:
            return
        if kind == "finish":
            r.finish(cid)
        elif kind == "leave":
            r.leave(cid)
        elif kind == "transfer":
            r.transfer(cid, to_queue=QUEUES[op[2]].key, note="moved")
        else:
            try:
                r.transfer(cid, to_agent=f"a{op[2]}", note="to you")
            except RoutingError:
                pass
    elif kind == "advance":
        clock.advance(op[1])
        r.tick()
    elif kind == "end_wrap":
        try:
            r.end_wrap_up(f"a{op[1]}")
        except RoutingError:
            pass


# ROUTING_PROPERTY_EXAMPLES=3000 for a deeper search than the default quick run.
@settings(max_examples=int(os.environ.get("ROUTING_PROPERTY_EXAMPLES", "150")), deadline=None)
@given(st.lists(ops, min_size=20, max_size=60), st.sampled_from([0.0, 10.0]))
def test_routing_invariants_hold_after_every_operation(operations, wrap_up):
    r, clock = make_router(QUEUES, wrap_up_s=wrap_up, offer_timeout_s=20, decline_cooldown_s=30)
    pending: dict[str, object] = {}
    check_decisions(r)
    for n, op in enumerate(operations):
        run(r, clock, op, pending, n)
        now = clock().timestamp()
        events = r.drain_events()
        for e in events:
            if isinstance(e, OfferMade):
                pending[e.offer.offer_id] = e.offer
            elif isinstance(e, OfferEnded):
                pending.pop(e.offer.offer_id, None)
        assert set(pending) == set(r._offers)
        check_state(r, now)
        check_views(r, now)

    # Nobody starves: with one expert who can serve everything, every contact is served.
    everything = Skills({lang: 5 for lang in LANGS}, frozenset(TOPICS), frozenset(Channel))
    r.sign_in("universal", everything)
    for _ in range(4 * len(r._contacts) + 10):
        if not r._contacts:
            break
        for oid in list(r._offers):
            r.accept(oid)
        for c in [c for c in r._contacts.values() if c.state == ASSIGNED]:
            r.finish(c.id)
        clock.advance(31)
        r.tick()
        check_state(r, clock().timestamp())
    assert not r._contacts, f"starved: {sorted(r._contacts)}"
