"""Pure parts: state machine, fanout, signaling adapters, device checks."""

from __future__ import annotations

import asyncio
import errno
import math

import numpy as np
import pytest

from client_core.call import (
    CallState,
    DeviceBusyError,
    DeviceMissingError,
    FrameFanout,
    HubFrameSignaling,
    PermissionDeniedError,
    dispatch_frame,
)
from client_core.call.config import CallConfig, IceServer, RelayPolicy, with_turn_override
from client_core.call.fanout import FanoutClosed
from client_core.call.ice import parse_servers
from client_core.call.sources import map_device_error
from client_core.call.states import InvalidTransition, aggregate, check_transition
from client_core.devices import (
    Remedy,
    Verdict,
    check_camera,
    check_microphone,
    check_speaker,
    level_dbfs,
    test_tone,
)

# -- state machine -----------------------------------------------------------------------


def test_transitions() -> None:
    check_transition(CallState.CONNECTED, CallState.RECONNECTING)
    with pytest.raises(InvalidTransition):
        check_transition(CallState.ENDED, CallState.CONNECTED)
    with pytest.raises(InvalidTransition):
        check_transition(CallState.IDLE, CallState.CONNECTED)


def test_aggregate_mesh_state() -> None:
    C, E, F, R = CallState.CONNECTED, CallState.ENDED, CallState.FAILED, CallState.RECONNECTING
    assert aggregate([C, E], hung_up=False) == C  # interpreter left, call goes on
    assert aggregate([R, E], hung_up=False) == R
    assert aggregate([E, F], hung_up=False) == E
    assert aggregate([F, F], hung_up=False) == F
    assert aggregate([C], hung_up=True) == E
    assert aggregate([], hung_up=False) == CallState.IDLE


# -- fanout -------------------------------------------------------------------------------


async def test_fanout_keeps_only_newest_video_frame() -> None:
    fan: FrameFanout[int] = FrameFanout("video", 1)
    for i in range(100):  # a slow reader...
        fan.publish(i)
    assert await fan.next(0) == (100, 99)  # ...gets the newest, no backlog
    waiter = asyncio.ensure_future(fan.next(100))
    await asyncio.sleep(0)
    fan.interrupt()
    assert await waiter is None
    fan.close()
    with pytest.raises(FanoutClosed):
        await fan.next(100)
    fan.reopen()
    fan.publish(7)
    assert await fan.next(100) == (101, 7)  # sequence continues across a restart


async def test_fanout_audio_keeps_a_bounded_few() -> None:
    fan: FrameFanout[int] = FrameFanout("audio", 5)
    for i in range(50):
        fan.publish(i)
    assert await fan.next(0) == (46, 45)


# -- signaling ----------------------------------------------------------------------------


async def test_hub_frame_signaling_and_dispatch() -> None:
    sent: list[dict] = []

    async def send_frame(frame: dict) -> None:
        sent.append(frame)

    await HubFrameSignaling("conv-1", send_frame).send(
        "offer", {"sdp": "x", "type": "offer"}, "bob"
    )
    assert sent == [
        {
            "type": "rtc.signal",
            "conversation_id": "conv-1",
            "to": "bob",
            "kind": "offer",
            "payload": {"sdp": "x", "type": "offer"},
        }
    ]

    class Sink:
        local_id = "bob"
        got: list = []

        def on_signal(self, kind: str, payload: dict, from_: str) -> None:
            self.got.append((kind, payload, from_))

    sink = Sink()
    assert dispatch_frame(sink, {**sent[0], "from": "alice"})
    assert not dispatch_frame(sink, {**sent[0], "to": "carol", "from": "alice"})
    assert not dispatch_frame(sink, {"type": "chat.message"})
    assert sink.got == [("offer", {"sdp": "x", "type": "offer"}, "alice")]


def test_ice_servers_from_browser_json() -> None:
    servers = CallConfig.ice_servers_from_json(
        [
            {"urls": "stun:stun.example.fi:3478"},
            {"urls": ["turn:t.example.fi?transport=udp", "turn:t.example.fi?transport=tcp",
                      "turns:t.example.fi:443?transport=tcp"], "username": "1700000000:u",
             "credential": "p"},
        ]
    )
    turn, stun = parse_servers(servers)
    # Every TURN transport is kept (aiortc itself would take the first one only).
    assert [(t.transport, t.secure, t.port, t.label) for t in turn] == [
        ("udp", False, 3478, "udp"), ("tcp", False, 3478, "tcp"), ("tcp", True, 443, "tls")]
    assert {(t.username, t.password) for t in turn} == {("1700000000:u", "p")}
    assert stun == ("stun.example.fi", 3478)
    assert servers[1].expires_at() == 1700000000.0 and servers[0].expires_at() is None
    # aiortc's own ICE gets none of them: the engine's ICE agent uses them all.
    assert CallConfig(ice_servers=servers).rtc_configuration().iceServers == []
    assert CallConfig(ice_servers=servers).credentials_expire_within(60, now=1699999990.0)
    assert not CallConfig(ice_servers=servers).credentials_expire_within(60, now=1699990000.0)


def test_it_policy_turn_url_overrides_the_hubs() -> None:
    hub = (IceServer(("stun:s.example.fi",)),
           IceServer(("turn:hub.example.fi?transport=udp", "turns:hub.example.fi:443"), "1:u", "p"))
    got = with_turn_override(hub, "turns:relay.agency.fi:443?transport=tcp")
    own = with_turn_override(hub, RelayPolicy("turn:relay.agency.fi", "it", "pw"))
    assert own[1] == IceServer(("turn:relay.agency.fi",), "it", "pw")  # IT's own credentials
    assert got == (IceServer(("stun:s.example.fi",)),
                   IceServer(("turns:relay.agency.fi:443?transport=tcp",), "1:u", "p"))
    assert with_turn_override(hub, "") == hub
    assert with_turn_override((), "turn:relay.agency.fi") == (IceServer(("turn:relay.agency.fi",)),)


def test_device_errors_are_typed() -> None:
    assert isinstance(map_device_error(OSError(errno.EBUSY, "busy"), "cam"), DeviceBusyError)
    assert isinstance(
        map_device_error(PermissionError(errno.EACCES, "no"), "cam"), PermissionDeniedError
    )
    assert isinstance(
        map_device_error(FileNotFoundError(errno.ENOENT, "gone"), "cam"), DeviceMissingError
    )


# -- device checks ------------------------------------------------------------------------


def _frames(n: int, *, black: int = 0, frozen: int = 0) -> list[np.ndarray]:
    rng = np.random.default_rng(1)
    out = [rng.integers(30, 220, (48, 64), dtype=np.uint8) for _ in range(n)]
    for i in range(black):
        out[i] = np.full((48, 64), 5, np.uint8)
    for i in range(n - frozen, n):
        out[i] = out[n - frozen - 1]
    return out


def test_camera_check() -> None:
    times = [i / 30 for i in range(60)]
    ok = check_camera(_frames(60), times)
    assert (ok.verdict, ok.remedy) == (Verdict.OK, Remedy.NONE) and ok.fps == pytest.approx(30)
    assert check_camera(_frames(60, black=25), times).remedy == Remedy.CAMERA_BLACK
    assert check_camera(_frames(60, black=15), times).verdict == Verdict.OK  # a quarter is fine
    assert check_camera(_frames(60, frozen=30), times).remedy == Remedy.CAMERA_FROZEN
    slow = check_camera(_frames(20), [i / 10 for i in range(20)])
    assert (slow.verdict, slow.remedy) == (Verdict.WARN, Remedy.CAMERA_LOW_FPS)
    assert check_camera([], []).remedy == Remedy.CAMERA_MISSING


def test_microphone_check() -> None:
    tone = test_tone(440, 0.5, level_dbfs=-20, channels=1)[:, 0]
    ok = check_microphone(tone)
    assert ok.verdict == Verdict.OK and ok.rms_dbfs == pytest.approx(
        -23, abs=0.5
    )  # sine RMS = peak - 3
    dead = check_microphone((tone * 0.0005).astype(np.int16))
    assert (dead.verdict, dead.remedy) == (Verdict.FAIL, Remedy.MIC_DEAD) and dead.rms_dbfs < -60
    clipped = check_microphone(np.clip(tone.astype(np.int32) * 40, -32768, 32767).astype(np.int16))
    assert clipped.remedy == Remedy.MIC_CLIPPING
    assert level_dbfs(np.zeros(10, np.int16)) == -math.inf


def test_speaker_tone_and_loopback_detection() -> None:
    tone = test_tone(1000, 1.0, rate=48_000, level_dbfs=-12, channels=2)
    assert tone.shape == (48_000, 2) and tone.dtype == np.int16
    assert tone[0, 0] == 0  # faded in: no click
    heard = check_speaker(tone[:, 0] // 4, 1000, 48_000)  # came back 12 dB quieter
    assert heard.verdict == Verdict.OK and heard.tone_dbfs == pytest.approx(-27, abs=1)
    noise = (np.random.default_rng(2).normal(0, 30, 48_000)).astype(np.int16)
    assert check_speaker(noise, 1000, 48_000).remedy == Remedy.SPEAKER_SILENT
