"""How a call is doing, in the few states the apps put into plain words.

Pure: the engine measures (what it sends, what arrives) once a second and
:class:`QualityWatch` decides; no I/O, the clock is passed in. A state must
hold ``show_after`` seconds before it is shown and good quality ``clear_after``
seconds before the indicator goes away, so it does not flicker on a link that
hovers at a threshold.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .adapt import LADDER, Rung


class Quality(StrEnum):
    GOOD = "good"  # nothing shown
    LOW = "low"  # the picture is smaller or slower than usual, either way
    THEIRS_PAUSED = "theirs_paused"  # their picture does not arrive; their sound does
    OURS_PAUSED = "ours_paused"  # our line is too thin for our picture: paused, sound goes on
    POOR_SOUND = "poor_sound"  # much of the sound is lost: it breaks up


#: Worst first: what the indicator shows when several hold.
_ORDER = (Quality.POOR_SOUND, Quality.OURS_PAUSED, Quality.THEIRS_PAUSED, Quality.LOW)
#: A sent picture at or below this rung counts as low (240x180 at 10 fps and down).
LOW_RUNG = LADDER[5]


@dataclass(frozen=True)
class Measured:
    """One second of a peer link. None: not applicable (e.g. we send no video)."""

    sending: Rung | None  # the rung our picture is sent at
    video_silence_s: float | None  # since their last picture (None: they never sent one)
    audio_silence_s: float | None  # since their last sound
    sound_lost_pct: float | None  # share of their sound lost over the last seconds
    their_fps: float | None  # their pictures a second, lately


def assess(m: Measured) -> Quality:
    found = set()
    if m.sound_lost_pct is not None and m.sound_lost_pct > 8.0:
        found.add(Quality.POOR_SOUND)
    if m.sending is not None and m.sending.fps == 0:
        found.add(Quality.OURS_PAUSED)
    sound_flows = m.audio_silence_s is not None and m.audio_silence_s < 1.0
    if m.video_silence_s is not None and m.video_silence_s > 2.0 and sound_flows:
        found.add(Quality.THEIRS_PAUSED)
    low_sent = m.sending is not None and 0 < m.sending.min_kbps <= LOW_RUNG.min_kbps
    # Slow, not stopped: a picture that stopped is THEIRS_PAUSED (or a lost connection).
    still_coming = m.video_silence_s is not None and m.video_silence_s < 1.0
    low_received = still_coming and m.their_fps is not None and 0 < m.their_fps < 10
    if low_sent or low_received:
        found.add(Quality.LOW)
    return next((q for q in _ORDER if q in found), Quality.GOOD)


@dataclass
class QualityWatch:
    show_after: float = 2.0
    clear_after: float = 3.0
    shown: Quality = Quality.GOOD
    _candidate: Quality = Quality.GOOD
    _since: float = 0.0

    def update(self, measured: Measured, now: float) -> Quality | None:
        """The quality to show now, or None if the shown one stays."""
        quality = assess(measured)
        if quality != self._candidate:
            self._candidate, self._since = quality, now
        wait = self.clear_after if quality is Quality.GOOD else self.show_after
        if quality != self.shown and now - self._since >= wait:
            self.shown = quality
            return quality
        return None
