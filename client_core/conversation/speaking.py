"""Who is speaking in a call, from the audio each peer sends (EN 301 549 6.5.6:
a visual indicator of audio activity beside the video).

A peer is speaking while its level is above ``start_dbfs``; it stops after
``hold_s`` below ``stop_dbfs`` (the gap between words must not blink the
indicator). The clock is injected; levels come from ``level_dbfs``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

START_DBFS = -42.0
STOP_DBFS = -50.0
HOLD_S = 0.8


def level_dbfs(frame: Any) -> float:
    """RMS level of an audio frame (PyAV AudioFrame, any integer or float format)."""
    import numpy as np

    samples = frame.to_ndarray()
    if samples.size == 0:
        return -math.inf
    if np.issubdtype(samples.dtype, np.integer):
        scale = float(np.iinfo(samples.dtype).max)
        data = samples.astype(np.float32) / scale
    else:
        data = samples.astype(np.float32)
    rms = float(np.sqrt(np.mean(np.square(data))))
    return 20 * math.log10(rms) if rms > 0 else -math.inf


@dataclass
class SpeakingDetector:
    start_dbfs: float = START_DBFS
    stop_dbfs: float = STOP_DBFS
    hold_s: float = HOLD_S
    speaking: bool = False
    _quiet_since: float | None = field(default=None, repr=False)

    def feed(self, level: float, now: float) -> bool:
        """Take one level; True when ``speaking`` changed."""
        if level >= self.start_dbfs:
            self._quiet_since = None
            if not self.speaking:
                self.speaking = True
                return True
            return False
        if self.speaking and level < self.stop_dbfs:
            if self._quiet_since is None:
                self._quiet_since = now
            elif now - self._quiet_since >= self.hold_s:
                self.speaking, self._quiet_since = False, None
                return True
        return False
