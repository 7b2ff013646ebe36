"""The PulseAudio echo rig: two rooms, each with a speaker that echoes into a microphone.

scripts/test.sh starts PulseAudio (a null sink ``test_speaker`` and ``test_mic`` on its
monitor). On top of it this loads, per room X in ("a", "b")::

    rig_speaker_X (null sink)  --monitor--> module-loopback (latency_msec, volume)
        --> rig_room_X (null sink: the air, where near-end speech is played too)
        --monitor--> rig_mic_X (virtual source: the microphone)

so what a call plays on ``rig_speaker_X`` comes back on ``rig_mic_X`` delayed and
attenuated, mixed with whatever is played into ``rig_room_X`` (the person talking).
Two rooms also give two speakers and two microphones to choose and switch between;
``unload`` removes one mid-call (hot-plug). Modules are unloaded again at the end.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from dataclasses import dataclass, field

import pytest

from tests.realparts import PULSEAUDIO, require


class RigUnavailable(RuntimeError):
    pass


def _pactl(*args: str) -> str:
    done = subprocess.run(["pactl", *args], capture_output=True, text=True, timeout=10)
    if done.returncode != 0:
        raise RigUnavailable(f"pactl {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout.strip()


def _described(kind: str, description: str) -> str:
    # PulseAudio parses module arguments, then the property list inside: two quotings.
    return f"""{kind}_properties='device.description="{description}"'"""


@dataclass
class Room:
    name: str  # "a" or "b"
    latency_ms: int
    volume_pct: int
    modules: list[int] = field(default_factory=list)

    @property
    def speaker(self) -> str:
        return f"rig_speaker_{self.name}"

    @property
    def room(self) -> str:
        return f"rig_room_{self.name}"

    @property
    def mic(self) -> str:
        return f"rig_mic_{self.name}"

    @property
    def speaker_description(self) -> str:
        return f"Rig Speaker {self.name.upper()}"

    @property
    def mic_description(self) -> str:
        return f"Rig Microphone {self.name.upper()}"


class AudioRig:
    def __init__(self) -> None:
        self.rooms = {"a": Room("a", 60, 55), "b": Room("b", 40, 50)}

    def load(self) -> None:
        if shutil.which("pactl") is None:
            raise RigUnavailable("pactl is missing (Debian package pulseaudio-utils)")
        _pactl("info")  # raises when no PulseAudio server runs
        for room in self.rooms.values():
            self.load_room(room)

    def load_room(self, room: Room) -> None:
        def load(*args: str) -> int:
            index = int(_pactl("load-module", *args))
            room.modules.append(index)
            return index

        load("module-null-sink", f"sink_name={room.speaker}",
             _described("sink", room.speaker_description))
        load("module-null-sink", f"sink_name={room.room}",
             _described("sink", f"Rig Room {room.name.upper()}"))
        loopback = load("module-loopback", f"source={room.speaker}.monitor", f"sink={room.room}",
                        f"latency_msec={room.latency_ms}", "source_dont_move=true",
                        "sink_dont_move=true")
        load("module-virtual-source", f"source_name={room.mic}", f"master={room.room}.monitor",
             _described("source", room.mic_description))
        self._attenuate(loopback, room.volume_pct)

    def _attenuate(self, loopback_module: int, percent: int) -> None:
        # The loopback's sink input carries the echo: its volume is the echo's attenuation.
        for _ in range(50):
            for sink_input in json.loads(_pactl("--format=json", "list", "sink-inputs")):
                if str(sink_input.get("owner_module")) == str(loopback_module):
                    _pactl("set-sink-input-volume", str(sink_input["index"]), f"{percent}%")
                    return
            time.sleep(0.02)
        raise RigUnavailable("the loopback's sink input did not appear")

    def unload(self, room: Room) -> None:
        for index in reversed(room.modules):
            subprocess.run(["pactl", "unload-module", str(index)], capture_output=True, timeout=10)
        room.modules.clear()

    def unload_all(self) -> None:
        for room in self.rooms.values():
            self.unload(room)

    def talk(self, room: Room, wav: str) -> subprocess.Popen[bytes]:
        """Someone speaks in the room: ``wav`` played into it (near-end speech)."""
        return subprocess.Popen(["paplay", f"--device={room.room}", wav])


def unavailable(reason: str) -> None:
    """Skip in a developer's run without PulseAudio; fail in strict mode (tests/realparts.py)."""
    require(PULSEAUDIO, f"echo rig: {reason} (run through scripts/test.sh)")


@pytest.fixture(scope="session")
def audio_rig() -> AudioRig:
    rig = AudioRig()
    try:
        rig.load()
    except (RigUnavailable, OSError, subprocess.TimeoutExpired) as exc:
        rig.unload_all()
        unavailable(str(exc))
    yield rig
    rig.unload_all()
