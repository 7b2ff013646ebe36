"""What the quality indicator says, from one second's measurements (pure)."""

from __future__ import annotations

from client_core.call.adapt import LADDER, PAUSED
from client_core.call.quality import Measured, Quality, QualityWatch, assess

FINE = Measured(sending=LADDER[1], video_silence_s=0.03, audio_silence_s=0.02,
                sound_lost_pct=0.5, their_fps=29.0)


def test_each_state_in_plain_terms() -> None:
    assert assess(FINE) is Quality.GOOD
    assert assess(Measured(PAUSED, 0.03, 0.02, 0.0, 29.0)) is Quality.OURS_PAUSED
    # Their picture stopped while their sound goes on: their line is weak.
    assert assess(Measured(LADDER[1], 3.0, 0.02, 0.0, 0.0)) is Quality.THEIRS_PAUSED
    # Both stopped: not a quality matter but a lost connection (the engine reconnects).
    assert assess(Measured(LADDER[1], 3.0, 3.0, None, 0.0)) is Quality.GOOD
    assert assess(Measured(LADDER[5], 0.03, 0.02, 0.0, 29.0)) is Quality.LOW
    assert assess(Measured(LADDER[1], 0.1, 0.02, 0.0, 6.0)) is Quality.LOW
    # A picture that is stopping reads as paused, not as slow, on its way there.
    assert assess(Measured(LADDER[1], 1.5, 0.02, 0.0, 3.0)) is Quality.GOOD
    # Sound comes first: breaking sound outranks everything about the picture.
    assert assess(Measured(PAUSED, 3.0, 0.02, 20.0, 0.0)) is Quality.POOR_SOUND
    # No camera (receive-only): nothing about our picture.
    assert assess(Measured(None, 0.03, 0.02, 0.0, 29.0)) is Quality.GOOD


def test_shown_only_after_it_holds_and_cleared_after_it_is_good_a_while() -> None:
    watch = QualityWatch(show_after=2.0, clear_after=3.0)
    paused = Measured(PAUSED, 0.03, 0.02, 0.0, 29.0)
    assert watch.update(paused, 0.0) is None
    assert watch.update(FINE, 1.0) is None  # a blip: nothing shown
    assert watch.update(paused, 2.0) is None
    assert watch.update(paused, 4.0) is Quality.OURS_PAUSED
    assert watch.update(paused, 5.0) is None  # no repeats
    assert watch.update(FINE, 6.0) is None
    assert watch.update(FINE, 8.0) is None
    assert watch.update(FINE, 9.0) is Quality.GOOD
