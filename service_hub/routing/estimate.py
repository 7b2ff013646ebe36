"""Estimated waiting time.

Method (deliberately simple, so a customer can be told what it means):

    estimated_wait = position * handling_time / serving_slots

* ``position`` - 1 for the next customer in this queue.
* ``handling_time`` - exponentially weighted moving average of how long
  recently finished contacts of this queue took from acceptance to finish
  (weight ``alpha`` for the newest); before any is finished, a per-channel
  default (chat 10 min, video 15 min).
* ``serving_slots`` - sum of channel capacities of experts signed in (not
  away or offline) who qualify for the queue including its topic.

It assumes every slot works only on this queue, so when experts are shared
across queues it is optimistic; it ignores topic relaxation and customers
who leave. With no expert signed in there is no estimate (None) rather than a
made-up number.
"""

from __future__ import annotations

from .model import Channel

DEFAULT_HANDLING_S = {Channel.CHAT: 600.0, Channel.VIDEO: 900.0}


class HandlingTime:
    """Moving average of handling times for one queue."""

    __slots__ = ("alpha", "value", "samples")

    def __init__(self, default_s: float, alpha: float = 0.2) -> None:
        self.alpha = alpha
        self.value = default_s
        self.samples = 0

    def add(self, seconds: float) -> None:
        seconds = max(0.0, seconds)
        # The first real sample replaces the default instead of being diluted by it.
        self.value = (
            seconds if self.samples == 0 else self.value + self.alpha * (seconds - self.value)
        )
        self.samples += 1


def estimate_wait(position: int, handling_s: float, serving_slots: int) -> float | None:
    if serving_slots <= 0:
        return None
    return position * handling_s / serving_slots
