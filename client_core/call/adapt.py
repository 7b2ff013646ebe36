"""How much video to send: the sender's estimate of the path and the picture it buys.

Pure policy, no I/O and no clock of its own (every call passes ``now``), so
tests drive it report by report. :mod:`client_core.call.sendside` feeds it
from the call and applies what it decides.

aiortc's only lever is the receiver's REMB written straight into the VP8
encoder's bitrate, clamped to 250-1500 kbit/s: on a slow or lossy link the
picture keeps its size and frame rate and starves (large frames, long waits
for retransmissions, the queue at the bottleneck delaying the sound too).
Here, as libwebrtc does:

* The estimate (:class:`RateEstimate`) follows two views from RTCP receiver
  reports: loss (over 10 %: the line is full and drops what does not fit, so
  go to 90 % of what got through; under 2 % it may grow; random loss between
  is held, like GCC's loss-based controller) and queueing delay (RTT over the
  lowest RTT of the last seconds: more than ``queue_ms`` means the
  bottleneck's buffer is filling, so back off 15 % a report). Not REMB: an aiortc receiver's REMB is its incoming rate plus a
  little, so capping by it only ever ratchets down (measured on the lab's
  1200 kbit/s line with 20 ms jitter: 500 -> 300 kbit/s in seconds, with no
  queue at all), and a browser's follows the same receive-side logic.
* Audio comes first: its share is reserved before video gets any.
* The video budget picks a rung (:data:`LADDER`): resolution and frame rate
  drop before encoding, so every frame stays small enough to arrive whole;
  below the lowest rung the picture pauses and the sound goes on. A sender
  whose encoder cannot keep up (a slow computer) steps down the same way.
  Down at once, up only after the budget has held a while (no flapping,
  each change costs a key frame).
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass

log = logging.getLogger(__name__)

#: The lowest round trip of this long is taken as the line's own (no queue).
RTT_WINDOW_S = 10.0
#: What audio needs on the wire: Opus at 32 kbit/s plus RTP/SRTP/UDP/IP (and a
#: TURN channel header) on 50 packets a second.
AUDIO_KBPS = 56.0


@dataclass(frozen=True)
class Rung:
    width: int
    height: int
    fps: int
    min_kbps: float  # video budget this rung needs

    @property
    def label(self) -> str:
        return f"{self.width}x{self.height}@{self.fps}"


LADDER: tuple[Rung, ...] = (
    Rung(640, 480, 30, 1100),
    Rung(480, 360, 30, 500),
    Rung(320, 240, 30, 260),
    Rung(320, 240, 20, 180),
    Rung(320, 240, 15, 130),
    Rung(240, 180, 10, 80),
    Rung(160, 120, 5, 45),
)
#: Room a step up needs above the next rung's need.
UP_MARGIN = 1.3
#: Below the lowest rung's need the picture pauses; the sound goes on.
PAUSED = Rung(0, 0, 0, 0)


@dataclass
class RateEstimate:
    """The sender's estimate of what the path carries, in kbit/s (all of it, audio too).

    It starts low (a picture that fits a thin line: 320x240 at 30 fps within
    350 kbit/s, sound included) and probes up 8 % a report;
    near the rate where congestion last showed (``ceiling``) it probes up by
    ``step_kbps`` a report only, so it does not keep driving the line into loss.
    """

    kbps: float = 350.0
    max_kbps: float = 2500.0
    min_kbps: float = 60.0
    queue_ms: float = 150.0
    step_kbps: float = 5.0
    min_rtt: float | None = None
    ceiling: float | None = None
    last_cut: float = float("-inf")
    _rtts: deque[tuple[float, float]] | None = None

    def on_report(self, loss: float, rtt_s: float | None, now: float) -> None:
        """One RTCP receiver report: ``loss`` is its fraction lost (0-1)."""
        queueing = self._queueing_ms(rtt_s, now)
        if loss > 0.10:
            # At most halve on one report: a burst (a key frame into a queue still
            # full from before) is not the line's rate.
            self._cut(self.kbps * max((1 - loss) * 0.9, 0.5), now)
        elif queueing is not None and queueing > self.queue_ms:
            self._cut(self.kbps * 0.85, now)
        elif loss < 0.02 and (queueing is None or queueing < self.queue_ms / 2):
            if now - self.last_cut > 2.0:  # let a cut settle before probing up again
                self._grow(now)

    def limit_to_sending(self, sent_kbps: float) -> None:
        """An estimate is only worth what has been tried: when the picture sends less
        than the estimate (a small rung, a slow encoder), growth stops at 1.5 times
        what goes out, as in libwebrtc, instead of climbing to a rate never tested."""
        self.kbps = min(self.kbps, max(1.5 * sent_kbps + 100.0, self.min_kbps))

    def _grow(self, now: float) -> None:
        if self.ceiling is not None and now - self.last_cut > 60.0:
            self.ceiling = None  # the path may have more room by now
        if self.ceiling is not None and self.kbps > self.ceiling * 0.85:
            self.kbps += self.step_kbps
        else:
            self.kbps *= 1.08
        self.kbps = min(self.kbps, self.max_kbps)

    def _cut(self, to: float, now: float) -> None:
        if now - self.last_cut < 0.9:  # one report's news at a time: RTT lags a cut
            return
        log.debug("cut %.0f -> %.0f kbit/s", self.kbps, to)
        self.ceiling = self.kbps
        self.kbps = max(to, self.min_kbps)
        self.last_cut = now

    def _queueing_ms(self, rtt_s: float | None, now: float) -> float | None:
        if rtt_s is None:
            return None
        if self._rtts is None:
            self._rtts = deque()
        self._rtts.append((now, rtt_s))
        # The line's own round trip from the last seconds only: a changed path (another
        # network, another route) has another one, and jitter alone must not read as a queue.
        while self._rtts and now - self._rtts[0][0] > RTT_WINDOW_S:
            self._rtts.popleft()
        self.min_rtt = min(r for _, r in self._rtts)
        return (rtt_s - self.min_rtt) * 1000.0


@dataclass
class RungChooser:
    """The rung for a video budget, down at once, up after ``up_after`` s of room."""

    up_after: float = 6.0
    index: int = 2  # 320x240@30 until the path has been measured
    cpu_cap: int = 0  # highest rung the encoder has kept up with
    _room_since: float | None = None

    @property
    def rung(self) -> Rung:
        return PAUSED if self.index >= len(LADDER) else LADDER[self.index]

    def choose(self, video_kbps: float, now: float) -> Rung:
        fits = next((i for i, r in enumerate(LADDER) if video_kbps >= r.min_kbps), len(LADDER))
        fits = max(fits, self.cpu_cap)
        if fits > self.index:
            self.index, self._room_since = fits, None
        elif fits < self.index:
            # One rung at a time, and only with 30 % to spare for as long as up_after:
            # the bigger picture starts with a key frame several times a frame's size.
            target = self.index - 1
            if video_kbps < LADDER[target].min_kbps * UP_MARGIN:
                self._room_since = None
            elif self._room_since is None:
                self._room_since = now
            elif now - self._room_since >= self.up_after:
                self.index, self._room_since = target, None
        else:
            self._room_since = None
        return self.rung

    def encoder_behind(self) -> None:
        """Frames at this rung cannot be encoded in time: never above the next one down."""
        self.cpu_cap = min(self.index + 1, len(LADDER) - 1)
        self.index = max(self.index, self.cpu_cap)

    def encoder_idle(self) -> None:
        """The encoder keeps up easily again: the cap may go."""
        self.cpu_cap = max(self.cpu_cap - 1, 0)


def video_budget(total_kbps: float, audio_kbps: float = AUDIO_KBPS) -> float:
    """Audio first: what is left of the estimate for video."""
    return max(total_kbps - audio_kbps, 0.0)
