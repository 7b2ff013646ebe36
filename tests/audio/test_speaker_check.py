"""The speaker check on the PulseAudio rig: the test sound on the chosen speaker comes
back into the chosen microphone 60 ms later; the check measures how much the call's
echo canceller removes, and advises a headset only when the echo stays (the canceller
off: it stays, whole)."""

from __future__ import annotations

from client_core.call.audio_processing import ProcessingConfig
from client_core.devices import Remedy, Verdict
from client_core.devices.echo import REMOVED_OK_DB
from client_core.qt.call_devices import CallDevices
from client_core.qt.device_checks import DeviceChecks, SoundReport
from tests.audio.helpers import qt_device
from tests.audio.rig import AudioRig
from tests.qtkit import Aio


async def check_room_a(rig: AudioRig, processing: ProcessingConfig) -> tuple[SoundReport, int]:
    room = rig.rooms["a"]
    await qt_device("input", room.mic_description)
    await qt_device("output", room.speaker_description)
    devices = CallDevices({"microphone": room.mic_description,
                           "speaker": room.speaker_description}, processing)
    checks = DeviceChecks(devices, warmup_s=0.3, sample_s=0.8)
    report = await checks.speaker()
    return report, checks.check_sound.played


def test_the_canceller_removes_the_test_sounds_echo(aio: Aio, audio_rig: AudioRig) -> None:
    report, played = aio.run(check_room_a(audio_rig, ProcessingConfig()), timeout=30)
    echo = report.echo
    assert played == 1 and echo is not None
    print(f"speaker check: echo {echo.echo_dbfs:.1f} dBFS, residual {echo.residual_dbfs:.1f} "
          f"dBFS, removed {echo.removed_db:.1f} dB")
    assert echo.echo_heard and echo.cancelling  # the rig's speaker reaches its microphone
    assert echo.removed_db >= REMOVED_OK_DB, echo
    assert (echo.verdict, echo.remedy) == (Verdict.OK, Remedy.NONE)  # no headset needed


def test_without_cancelling_the_check_advises_a_headset(aio: Aio, audio_rig: AudioRig) -> None:
    report, _ = aio.run(check_room_a(audio_rig, ProcessingConfig.off()), timeout=30)
    echo = report.echo
    assert echo is not None and echo.echo_heard and not echo.cancelling
    assert echo.removed_db < 5, echo
    assert (echo.verdict, echo.remedy) == (Verdict.WARN, Remedy.USE_HEADSET)
