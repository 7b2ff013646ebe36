"""The expert's device check on the PulseAudio rig, against a real hub: the speaker item.

The expert sits in rig room A without a headset: the check's sound plays on
room A's speaker, room A's microphone hears it 60 ms later, the check shows how
much of that echo the call's canceller removes, and the expert says whether
they heard it. A "no" keeps them from video customers (chat only is offered).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from client_core.call import CallMedia, synthetic_video
from client_core.call.audio_processing import ProcessingConfig
from client_core.qt.call_devices import CallDevices
from tests.agent_desktop.helpers import make_window, sign_in
from tests.audio.helpers import qt_device, talking
from tests.audio.rig import AudioRig
from tests.qtkit import Aio


def expert_in_room_a(aio: Aio, hub_process: Any, tmp_path: Path, qtbot: Any,
                     rig: AudioRig, speech: Path) -> Any:
    """Signed in, Available chosen, the check run while the expert says a few words."""
    room = rig.rooms["a"]
    aio.run(qt_device("input", room.mic_description))
    hub_process.add_agent("anna")
    window = make_window(hub_process, tmp_path, qtbot)
    window.expert_devices._devices = CallDevices(
        {"microphone": room.mic_description, "speaker": room.speaker_description},
        ProcessingConfig(), window, fixed=CallMedia(synthetic_video(320, 240, 30, "testsrc2"), None))
    sign_in(aio, window)
    with talking(rig, room, speech):
        combo = window.status.combo
        combo.setCurrentIndex(combo.findData("available"))
        combo.activated.emit(combo.currentIndex())
        aio.until(lambda: window.device_check is not None
                  and window.device_check.question.isVisible(), timeout=20,
                  what="the sound question")
    return window


def test_the_experts_check_plays_the_sound_and_shows_the_echo_removed(
        hub_process: Any, aio: Aio, qtbot: Any, tmp_path: Path, audio_rig: AudioRig,
        near_speech: Path) -> None:
    window = expert_in_room_a(aio, hub_process, tmp_path, qtbot, audio_rig, near_speech)
    dialog = window.device_check
    sound = dialog.sound_report
    assert dialog.checks.check_sound.played == 1  # on room A's speaker, the one chosen
    assert sound is not None and sound.echo is not None and sound.echo.echo_heard
    assert sound.echo.cancelling and dialog.echo.isVisible()
    assert "echo canceller removes" in dialog.echo.text(), dialog.echo.text()
    assert dialog.results["camera"].text() == "Works."
    assert dialog.results["mic"].text() == "Works.", dialog.results["mic"].text()
    assert dialog.self_view.frames_shown >= 5  # the expert saw their own picture meanwhile
    dialog.yes.click()
    aio.until(lambda: window.status.state == "available", what="available after the check")
    assert window.desk is not None and window.desk.devices_checked
    aio.run(window.sign_out())


def test_an_expert_who_did_not_hear_the_sound_is_offered_chat_only(
        hub_process: Any, aio: Aio, qtbot: Any, tmp_path: Path, audio_rig: AudioRig,
        near_speech: Path) -> None:
    window = expert_in_room_a(aio, hub_process, tmp_path, qtbot, audio_rig, near_speech)
    dialog = window.device_check
    dialog.no.click()
    assert dialog.chat_only.isVisible() and dialog.retry.isVisible()
    assert "did not hear the sound" in dialog.results["speaker"].text()
    assert not dialog.passed
    dialog.chat_only.click()
    aio.until(lambda: window.status.state == "available", what="available for chat")
    assert window.desk is not None and window.desk.wanted_channels == ["chat"]
    aio.run(window.sign_out())
