"""Going Available: video customers must see and hear the expert, so check first.

Pure rules, no Qt and no I/O: the desk service (``agent_desktop.services``)
applies them, whatever asks for Available (the status menu, the demo's
``--available``), and the window only shows the check.
"""

from __future__ import annotations

from enum import Enum


class DeviceCheck(Enum):
    """How the camera and microphone check ended."""

    PASSED = "passed"
    CHAT_ONLY = "chat_only"  # it failed; the expert takes chat customers only
    CANCELLED = "cancelled"


def needs_device_check(serves_video: bool, devices_checked: bool) -> bool:
    """A check is due before Available when video customers may come and none passed yet."""
    return serves_video and not devices_checked


def channels_after(outcome: DeviceCheck) -> list[str] | None:
    """The channels to go Available for after a check: None means all of the expert's."""
    return ["chat"] if outcome is DeviceCheck.CHAT_ONLY else None
