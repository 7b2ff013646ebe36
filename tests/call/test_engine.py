"""Real calls between engines over loopback (aiortc, lavfi media)."""

from __future__ import annotations

import asyncio
import re
import socket

import pytest
from call_test_helpers import (
    SMALL,
    Leaks,
    audio_level,
    collect,
    eventually,
    mean_luma,
    shows,
    tone_level,
)
from conftest import EngineFactory

from client_core.call import (
    CallConfig,
    CallEngine,
    CallState,
    CaptureSource,
    DeviceMissingError,
    IceFailedError,
    MemorySignalingHub,
    PeerLeftError,
    camera_spec,
    synthetic_video,
)


async def connect(caller: CallEngine, callee: CallEngine) -> None:
    await callee.start()
    await caller.call(callee.local_id)
    await caller.wait_for(CallState.CONNECTED, timeout=10)
    await callee.wait_for(CallState.CONNECTED, timeout=10)


@pytest.mark.parametrize("who_hangs_up", ["caller", "callee"])
async def test_two_party_call_media_both_ways_then_clean_hang_up(
    make_engine: EngineFactory, leaks: Leaks, who_hangs_up: str
) -> None:
    a = make_engine("alice", tone=440)
    b = make_engine("bob", tone=880)
    await connect(a, b)
    a_hears, b_hears = a.remote("bob"), b.remote("alice")
    assert a_hears and b_hears
    audio_at_a, audio_at_b = await asyncio.gather(
        collect(a_hears.audio, 1.5), collect(b_hears.audio, 1.5)
    )

    # Video both ways at close to the source rate, audio both ways with the right tone.
    for media in (a_hears, b_hears):
        assert media.frames_received("video") >= 25
        assert media.frames_received("audio") >= 40
    # Each side hears the other's tone (about -18 dBFS after Opus' mono-to-stereo), not its own.
    assert tone_level(audio_at_a, 880) > -25 and tone_level(audio_at_a, 440) < -50
    assert tone_level(audio_at_b, 440) > -25 and tone_level(audio_at_b, 880) < -50
    assert (a_hears.video.latest().width, a_hears.video.latest().height) == (320, 240)

    tracks = [t for e, p in ((a, "bob"), (b, "alice")) for t in e.peers[p].tracks.values()]
    remote_tracks = [p.track for m in (a_hears, b_hears) for p in m.pumps]
    leaver, stayer = (a, b) if who_hangs_up == "caller" else (b, a)
    await leaver.hang_up()
    await asyncio.wait_for(stayer.wait_closed(), 5)

    assert leaver.state == stayer.state == CallState.ENDED
    other = leaver.local_id
    assert isinstance(stayer.peers[other].error, PeerLeftError)
    assert [t.readyState for t in tracks + remote_tracks] == ["ended"] * 8
    await leaks.assert_clean()


async def test_mute_and_camera_off(make_engine: EngineFactory) -> None:
    a = make_engine("alice")
    b = make_engine("bob")
    await connect(a, b)
    at_b = b.remote("alice")
    assert at_b is not None

    a.set_muted(True)
    await asyncio.sleep(0.5)  # frames already in flight
    assert audio_level(await collect(at_b.audio, 0.5)) < -60

    await a.set_camera_enabled(False)
    assert not a._sources["video"].running  # device released, not just hidden
    await asyncio.sleep(0.5)
    dark = await collect(at_b.video, 1.0)
    assert dark and all(mean_luma(f) < 20 for f in dark)
    assert len(dark) <= 8  # black frames are sent at a low rate

    a.set_muted(False)
    await a.set_camera_enabled(True)
    await asyncio.sleep(0.5)
    assert audio_level(await collect(at_b.audio, 0.5)) > -25
    assert mean_luma(at_b.video.latest()) > 40
    await a.hang_up()


async def test_switch_camera_during_call_replaces_track(make_engine: EngineFactory) -> None:
    a = make_engine("alice", pattern="color=c=black")
    b = make_engine("bob")
    await connect(a, b)
    at_b = b.remote("alice")
    assert at_b is not None
    await eventually(shows(at_b.video, lambda luma: luma < 30), "the black camera at bob")
    sender_track = a.peers["bob"].pc.getSenders()[1].track

    await a.switch_source(CaptureSource(synthetic_video(pattern="color=c=white", **SMALL)))
    await eventually(shows(at_b.video, lambda luma: luma > 200), "the white camera at bob")
    assert a.peers["bob"].pc.getSenders()[1].track is not sender_track  # replaceTrack
    assert a.state == CallState.CONNECTED
    await a.hang_up()


def _rewrite_candidates(sdp: str, port: int | None) -> str:
    """Point every host candidate at ``port`` (a socket that never answers), or drop them."""
    lines = []
    for line in sdp.splitlines():
        if line.startswith("a=candidate:"):
            if port is None:
                continue
            parts = line.split()
            parts[4], parts[5] = "127.0.0.1", str(port)
            line = " ".join(parts)
        lines.append(line)
    return "\r\n".join(lines) + "\r\n"


async def test_ice_failure_when_no_candidate_works(
    hub: MemorySignalingHub, make_engine: EngineFactory
) -> None:
    # A black hole: a bound UDP socket that reads nothing, so STUN checks time out.
    hole = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    hole.bind(("127.0.0.1", 0))
    port = hole.getsockname()[1]

    def block(from_: str, kind: str, payload: dict, to: str | None) -> dict:
        if kind in ("offer", "answer", "restart"):
            payload = {**payload, "sdp": _rewrite_candidates(payload["sdp"], port)}
        return payload

    hub.filter = block
    config = CallConfig(ice_timeout=2.0)
    a = make_engine("alice", config=config, video=False)
    b = make_engine("bob", config=config, video=False)
    await b.start()
    await a.call("bob")
    await asyncio.wait_for(asyncio.gather(a.wait_closed(), b.wait_closed()), 6)
    hole.close()
    assert a.state == b.state == CallState.FAILED
    assert isinstance(a.error, IceFailedError) and isinstance(b.error, IceFailedError)


async def test_ice_failure_without_candidates_is_immediate(
    hub: MemorySignalingHub, make_engine: EngineFactory
) -> None:
    def strip(from_: str, kind: str, payload: dict, to: str | None) -> dict:
        if kind == "answer":
            payload = {**payload, "sdp": _rewrite_candidates(payload["sdp"], None)}
        return payload

    hub.filter = strip
    a = make_engine("alice", video=False)
    b = make_engine("bob", video=False)
    await b.start()
    await a.call("bob")
    await asyncio.wait_for(asyncio.gather(a.wait_closed(), b.wait_closed()), 5)
    assert isinstance(a.error, IceFailedError)
    assert "failed" in str(a.error)  # aiortc's own verdict, not our timeout
    assert isinstance(b.error, IceFailedError)  # told by alice's "bye"


async def test_three_party_mesh_with_interpreter(make_engine: EngineFactory, leaks: Leaks) -> None:
    expert = make_engine("expert", tone=440)
    customer = make_engine("customer", tone=660)
    interpreter = make_engine("interpreter", tone=880)
    await connect(expert, customer)
    # The joiner calls everyone already present (the hub's participant list).
    await interpreter.start()
    await interpreter.call("expert")
    await interpreter.call("customer")
    for engine, others in (
        (expert, ("customer", "interpreter")),
        (customer, ("expert", "interpreter")),
        (interpreter, ("expert", "customer")),
    ):
        for other in others:
            await engine.wait_for(CallState.CONNECTED, other, timeout=10)
    await asyncio.sleep(1.0)
    for engine in (expert, customer, interpreter):
        assert len(engine.peers) == 2
        for media in (engine.remote(p) for p in engine.peers):
            assert media.frames_received("video") >= 10
            assert media.frames_received("audio") >= 20

    # The interpreter leaves: the other two stay in the call.
    await interpreter.hang_up()
    await expert.wait_for(CallState.ENDED, "interpreter", timeout=5)
    await customer.wait_for(CallState.ENDED, "interpreter", timeout=5)
    assert expert.state == customer.state == CallState.CONNECTED
    await expert.hang_up()
    await asyncio.wait_for(customer.wait_closed(), 5)
    await leaks.assert_clean()


async def test_missing_camera_is_a_typed_error(hub: MemorySignalingHub) -> None:
    engine = CallEngine(
        "alice", hub.channel("alice"), video=CaptureSource(camera_spec("/dev/video-none"))
    )
    with pytest.raises(DeviceMissingError) as err:
        await engine.start()
    assert err.value.device == "/dev/video-none"
    assert engine.state == CallState.FAILED


def test_sdp_rewrite_helper() -> None:
    sdp = "v=0\r\na=candidate:1 1 udp 2130706431 10.0.0.1 5000 typ host\r\n"
    assert re.search(r"127\.0\.0\.1 9 typ host", _rewrite_candidates(sdp, 9))
    assert "candidate" not in _rewrite_candidates(sdp, None)
