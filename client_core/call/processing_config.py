"""Which parts of the microphone's audio processing run (client_core.call.audio_processing).

Apart from the processing itself so the apps can read it from the settings at start
without loading numpy, PyAV and the APM (the customer client's first screen).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ProcessingConfig:
    """Which parts run; IT policy can turn each off (client_core.config.schema)."""

    echo_cancellation: bool = True
    noise_suppression: bool = True
    high_pass_filter: bool = True
    # Off by default: measured in a real call (tests/audio/test_echo_call.py), this
    # APM's AGC raises the canceller's residual during far-end speech by ~15 dB and
    # the expert hears their own voice again. IT can turn it on for quiet microphones.
    auto_gain_control: bool = False

    @property
    def any(self) -> bool:
        return (self.echo_cancellation or self.noise_suppression or self.high_pass_filter
                or self.auto_gain_control)

    @classmethod
    def off(cls) -> ProcessingConfig:
        return cls(False, False, False, False)

    @classmethod
    def from_settings(cls, settings: Any) -> ProcessingConfig:
        return cls(settings.echo_cancellation, settings.noise_suppression,
                   settings.high_pass_filter, settings.auto_gain_control)
