"""Choosing, switching and losing devices in a real call on the PulseAudio rig.

Room A hums at 500 Hz, room B at 900 Hz (sox tones played into the rooms), so
what the expert receives tells which microphone the customer's call captures.
"""

from __future__ import annotations

import asyncio
import subprocess
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from client_core.call import CallEngine, CallState, MemorySignalingHub, PermissionDeniedError
from client_core.call.audio_processing import ProcessingConfig
from client_core.devices.checks import tone_level_dbfs
from client_core.qt.call_devices import CallDevices
from client_core.qt.permissions import RefusedPermission
from tests.audio.helpers import Recorder, qt_device
from tests.audio.rig import AudioRig, Room
from tests.qtkit import Aio

HUM = {"a": 500.0, "b": 900.0}


@pytest.fixture
def humming_rooms(audio_rig: AudioRig, tmp_path: Path) -> Iterator[AudioRig]:
    players = []
    for name, hz in HUM.items():
        wav = tmp_path / f"hum-{name}.wav"
        subprocess.run(["sox", "-n", "-r", "48000", "-c", "2", "-b", "16", str(wav),
                        "synth", "60", "sine", str(hz), "vol", "0.3"], check=True)
        players.append(audio_rig.talk(audio_rig.rooms[name], str(wav)))
    yield audio_rig
    for player in players:
        player.terminate()
        player.wait(timeout=5)


def hums(pcm: np.ndarray) -> dict[str, float]:
    return {name: tone_level_dbfs(pcm, hz, 48_000) for name, hz in HUM.items()}


async def _call(devices: CallDevices) -> tuple[CallEngine, CallEngine]:
    hub = MemorySignalingHub()
    customer = CallEngine("customer", hub.channel("customer"),
                          audio=devices.microphone_source(devices))
    expert = CallEngine("expert", hub.channel("expert"))
    hub.join(customer)
    hub.join(expert)
    devices.bind(customer)
    await customer.start()
    await expert.call("customer")
    await customer.wait_for(CallState.CONNECTED, timeout=10)
    return customer, expert


async def _hear(expert: CallEngine, seconds: float = 1.5) -> dict[str, float]:
    rec = Recorder(expert.remote("customer").audio)
    await asyncio.sleep(seconds)
    pcm = rec.take()
    return {**hums(pcm), "samples": float(len(pcm))}


def test_microphone_switch_mid_call(aio: Aio, humming_rooms: AudioRig) -> None:
    rig = humming_rooms

    async def scenario() -> tuple[dict[str, float], dict[str, float], dict[str, str]]:
        await qt_device("input", rig.rooms["b"].mic_description)
        devices = CallDevices({"microphone": rig.rooms["a"].mic_description},
                              ProcessingConfig.off())
        remembered: dict[str, str] = {}
        devices.chosen.connect(lambda kind, id_: remembered.__setitem__(kind, id_))
        customer, expert = await _call(devices)
        try:
            await asyncio.sleep(1.0)  # the first capture delivers late
            before = await _hear(expert)
            mic_b = next(d for d in devices.watcher._known["microphone"]
                         if d.name == rig.rooms["b"].mic_description)
            await devices.choose("microphone", mic_b.id)
            await asyncio.sleep(1.0)
            after = await _hear(expert)
            return before, after, remembered
        finally:
            await expert.hang_up()
            await customer.hang_up()

    before, after, remembered = aio.run(scenario(), timeout=30)
    assert before["a"] > before["b"] + 20, before
    assert after["b"] > after["a"] + 20, after
    assert remembered["microphone"]  # the app stores this id as the user's choice


def test_unplugged_microphone_keeps_the_call_going_and_a_new_one_is_offered(
        aio: Aio, humming_rooms: AudioRig) -> None:
    """Pulled out mid-call: the call's audio goes on from the default microphone.

    PulseAudio itself moves a stream whose source went away to the default one; Qt
    6.11's PulseAudio backend reports added inputs but not removed ones, so the
    fallback notice is checked separately (below) on the watcher's report.
    """
    rig = humming_rooms
    room_b = rig.rooms["b"]
    room_c = Room("c", 30, 50)  # a device Qt has not seen yet (it keeps removed ones listed)
    notices: list[tuple[str, str, str]] = []

    async def scenario() -> tuple[dict[str, float], dict[str, float]]:
        await qt_device("input", room_b.mic_description)
        devices = CallDevices({"microphone": room_b.mic_description}, ProcessingConfig.off())
        devices.notice.connect(lambda *n: notices.append(n))
        customer, expert = await _call(devices)
        try:
            await asyncio.sleep(1.0)
            before = await _hear(expert)
            rig.unload(room_b)  # pulled out mid-call
            await asyncio.sleep(1.0)
            after = await _hear(expert)
            rig.load_room(room_c)  # a headset plugged in: offered
            for _ in range(100):
                if any(n[1] == "added" for n in notices):
                    break
                await asyncio.sleep(0.05)
            return before, after
        finally:
            await expert.hang_up()
            await customer.hang_up()
            rig.unload(room_c)
            rig.load_room(room_b)

    before, after = aio.run(scenario(), timeout=30)
    assert before["b"] > -50, before
    assert after["samples"] >= 24_000, "the call's audio goes on from the default microphone"
    assert ("microphone", "added", room_c.mic_description) in notices, notices


def test_losing_the_microphone_in_use_switches_the_call_to_the_default_with_a_notice(
        aio: Aio, audio_rig: AudioRig) -> None:
    rig = audio_rig
    notices: list[tuple[str, str, str]] = []

    async def scenario() -> tuple[str, str, int]:
        devices = CallDevices({"microphone": rig.rooms["a"].mic_description},
                              ProcessingConfig.off())
        devices.notice.connect(lambda *n: notices.append(n))
        customer, expert = await _call(devices)
        try:
            ours = devices.current["microphone"]
            assert ours is not None and ours.name == rig.rooms["a"].mic_description
            first_source = customer._sources["audio"]
            # What the watcher reports when the OS says the device went away.
            devices.watcher.changed.emit("microphone", (ours,), ())
            for _ in range(100):
                if customer._sources["audio"] is not first_source:
                    break
                await asyncio.sleep(0.05)
            received = expert.remote("customer").frames_received("audio")
            for _ in range(100):  # a newly opened capture may take a second or two
                if expert.remote("customer").frames_received("audio") - received > 60:
                    break
                await asyncio.sleep(0.05)
            now = devices.current["microphone"]
            return (ours.name, now.name if now else "",
                    expert.remote("customer").frames_received("audio") - received)
        finally:
            await expert.hang_up()
            await customer.hang_up()

    lost, now, flowing = aio.run(scenario(), timeout=30)
    assert now != lost
    assert [n for n in notices if n[1] == "fallback"] == [("microphone", "fallback", now)]
    assert flowing >= 30, "the call's audio goes on from the default microphone"


def test_speaker_switch_moves_the_call_to_the_other_room(aio: Aio, audio_rig: AudioRig) -> None:
    rig = audio_rig

    async def scenario() -> dict[str, dict[str, float]]:
        from client_core.call import CaptureSource, synthetic_audio
        from client_core.qt.audio_capture import QtAudioSource

        await qt_device("output", rig.rooms["b"].speaker_description)
        devices = CallDevices({"speaker": rig.rooms["a"].speaker_description},
                              ProcessingConfig.off())
        hub = MemorySignalingHub()
        customer = CallEngine("customer", hub.channel("customer"))
        expert = CallEngine("expert", hub.channel("expert"),
                            audio=CaptureSource(synthetic_audio(700.0)))
        hub.join(customer)
        hub.join(expert)
        mics = {name: QtAudioSource(await qt_device("input", r.mic_description))
                for name, r in rig.rooms.items()}
        await customer.start()
        await expert.call("customer")
        await customer.wait_for(CallState.CONNECTED, timeout=10)
        player = devices.player()
        player.start(customer.remote("expert").audio)
        try:
            for mic in mics.values():
                await mic.start()
            heard = {}
            for label in ("a", "b"):
                if label == "b":
                    speaker_b = next(d for d in devices.watcher._known["speaker"]
                                     if d.name == rig.rooms["b"].speaker_description)
                    await devices.choose("speaker", speaker_b.id)
                await asyncio.sleep(1.5)
                recs = {n: Recorder(m.fanout) for n, m in mics.items()}
                await asyncio.sleep(1.0)
                heard[label] = {n: tone_level_dbfs(r.take(), 700.0, 48_000)
                                for n, r in recs.items()}
            return heard
        finally:
            devices.release(player)
            for mic in mics.values():
                await mic.stop()
            await expert.hang_up()
            await customer.hang_up()

    heard = aio.run(scenario(), timeout=30)
    assert heard["a"]["a"] > heard["a"]["b"] + 20, heard
    assert heard["b"]["b"] > heard["b"]["a"] + 20, heard


def test_refused_microphone_permission_fails_start_with_a_typed_error(
        aio: Aio, audio_rig: AudioRig) -> None:
    devices = CallDevices({}, ProcessingConfig.off(),
                          microphone_permission=RefusedPermission("microphone"))
    hub = MemorySignalingHub()
    engine = CallEngine("customer", hub.channel("customer"), audio=devices.microphone_source())
    with pytest.raises(PermissionDeniedError):
        aio.run(engine.start())
