"""ICE restart in place, trickle and failure detection between two engines on loopback.

The same connection (and DTLS session) carries on over a new ICE generation,
as a browser does it (client_core/call/ice.py reaches into aiortc for that: an
aiortc upgrade that moves what it uses fails here). Real networks, NAT,
relays and outages are in tests/netcall/.
"""

from __future__ import annotations

import asyncio

from conftest import EngineFactory

from client_core.call import CallEngine, CallState, MemorySignalingHub, PeerLeftError
from client_core.call.config import CallConfig


async def connect(caller: CallEngine, callee: CallEngine) -> None:
    await callee.start()
    await caller.call(callee.local_id)
    await caller.wait_for(CallState.CONNECTED, timeout=10)
    await callee.wait_for(CallState.CONNECTED, timeout=10)


async def restarted(*pairs: tuple[CallEngine, str], count: int = 1, timeout: float = 5.0) -> None:
    for _ in range(int(timeout / 0.05)):
        if all(e.peers[p].ice is not None and e.peers[p].ice.restarts >= count for e, p in pairs):
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"no ICE restart: {[(e.local_id, e.peers[p].ice.restarts) for e, p in pairs]}")


async def test_either_side_restarts_in_place_and_media_keeps_flowing(
    make_engine: EngineFactory, hub: MemorySignalingHub
) -> None:
    a = make_engine("alice")
    b = make_engine("bob")
    await connect(a, b)
    at_a, at_b = a.remote("bob"), b.remote("alice")
    pc_a, pc_b = a.peers["bob"].pc, b.peers["alice"].pc
    ufrag = b.peers["alice"].ice.remote_ufrag

    await a.restart_ice()  # the caller offers the restart
    await restarted((a, "bob"), (b, "alice"))
    assert b.peers["alice"].ice.remote_ufrag != ufrag
    await b.restart_ice()  # and the callee (either side may, as in a browser)
    await restarted((a, "bob"), (b, "alice"), count=2)

    assert (a.peers["bob"].pc, b.peers["alice"].pc) == (pc_a, pc_b)
    assert not [k for _, k, _ in hub.sent if k == "restart"]  # the old way is never sent
    assert a.state == b.state == CallState.CONNECTED
    before = at_a.video.published, at_b.video.published
    await asyncio.sleep(0.5)
    assert at_a.video.published - before[0] >= 8 and at_b.video.published - before[1] >= 8
    await a.hang_up()
    await asyncio.wait_for(b.wait_closed(), 5)


async def test_restart_glare_settles_on_the_impolite_sides_offer(make_engine: EngineFactory) -> None:
    a = make_engine("alice")  # "alice" < "bob": alice is impolite, bob yields
    b = make_engine("bob")
    await connect(a, b)
    await asyncio.gather(a.restart_ice(), b.restart_ice())
    await restarted((a, "bob"), (b, "alice"))
    await asyncio.sleep(0.5)
    for engine, peer in ((a, "bob"), (b, "alice")):
        session = engine.peers[peer]
        assert session.pc.signalingState == "stable"
        assert session.ice.pending is None
    assert a.peers["bob"].ice.restarts == b.peers["alice"].ice.restarts
    before = b.remote("alice").video.published
    await asyncio.sleep(0.5)
    assert b.remote("alice").video.published - before >= 8
    await a.hang_up()


async def test_an_engine_from_before_still_gets_its_restart_answered(
    make_engine: EngineFactory, hub: MemorySignalingHub
) -> None:
    # Older engines replaced the connection with a "restart" signal; still answered.
    a = make_engine("alice")
    b = make_engine("bob")
    await connect(a, b)
    session = a.peers["bob"]
    old_b_pc = b.peers["alice"].pc
    async with session.lock:
        await session.new_pc(a._sources)
        offer = await session.create_offer()
    hub.deliver("alice", "restart", offer, "bob")
    await session.description_sent()
    for _ in range(100):
        if b.peers["alice"].pc is not old_b_pc and b.state == CallState.CONNECTED:
            break
        await asyncio.sleep(0.05)
    await a.wait_for(CallState.CONNECTED, "bob")
    assert b.peers["alice"].pc is not old_b_pc
    before = b.remote("alice").video.published
    await asyncio.sleep(0.5)
    assert b.remote("alice").video.published - before >= 8
    await a.hang_up()


async def test_a_peer_that_closes_without_bye_has_left(make_engine: EngineFactory) -> None:
    # A window closed without hanging up: its connection's close (DTLS close_notify)
    # ends the call as "peer left" at once, not as a network failure much later.
    config = CallConfig(peer_gone_after=30.0)
    a = make_engine("alice", config=config)
    b = make_engine("bob", config=config)
    await connect(a, b)
    await b.peers["alice"].close_pc()  # no bye
    await a.wait_for(CallState.ENDED, "bob", timeout=3)
    assert isinstance(a.peers["bob"].error, PeerLeftError)
    await b.hang_up()


async def test_a_silent_peer_is_reconnecting_then_gone(
    make_engine: EngineFactory, hub: MemorySignalingHub
) -> None:
    # Bob's computer drops off (sockets gone, no signals in or out), while alice's
    # signaling still works: first "reconnecting" (with restart offers), then
    # "peer left" after peer_gone_after, not a network failure after ice_timeout.
    config = CallConfig(disconnect_after=0.6, consent_interval=0.2, restart_interval=0.5,
                        peer_gone_after=2.0, ice_timeout=20.0)
    a = make_engine("alice", config=config)
    b = make_engine("bob", config=config)
    await connect(a, b)
    seen: list[CallState] = []
    a.add_listener(lambda e: seen.append(e.state) if e.peer_id == "bob" else None)
    hub.filter = lambda from_, kind, payload, to: None if "bob" in (from_, to) else payload
    for protocol in b.peers["alice"].ice.current._protocols:
        protocol.transport.close()
    started = asyncio.get_running_loop().time()
    await a.wait_for(CallState.ENDED, "bob", timeout=6)
    took = asyncio.get_running_loop().time() - started
    assert seen[:2] == [CallState.RECONNECTING, CallState.ENDED]
    assert isinstance(a.peers["bob"].error, PeerLeftError)
    assert 1.5 < took < 4.0, took
    assert [k for f, k, _ in hub.sent if f == "alice"].count("offer") >= 2  # restarts were tried
