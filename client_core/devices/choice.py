"""Which device to use (pure): the user's or IT's preference against what is plugged in.

A preference is a device id as Qt reports it, or part of a device's name (IT
presets "Jabra" for every machine without knowing ids). Nothing matching: the
system default, said so by ``fallback`` so the UI can tell the user.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

DeviceKind = Literal["camera", "microphone", "speaker"]
KINDS: tuple[DeviceKind, ...] = ("camera", "microphone", "speaker")


@dataclass(frozen=True)
class DeviceInfo:
    kind: DeviceKind
    id: str
    name: str
    is_default: bool


@dataclass(frozen=True)
class Pick:
    device: DeviceInfo | None
    fallback: bool  # a preference was set but nothing matched it


def matches(device: DeviceInfo, preference: str) -> bool:
    wanted = preference.strip().casefold()
    return bool(wanted) and (device.id == preference or wanted in device.name.casefold())


def pick(devices: Sequence[DeviceInfo], preference: str = "") -> Pick:
    """The preferred device (id first, then name), else the default, else the first."""
    if preference.strip():
        exact = [d for d in devices if d.id == preference or d.name == preference]
        found = exact or [d for d in devices if matches(d, preference)]
        if found:
            return Pick(found[0], False)
    default = next((d for d in devices if d.is_default), devices[0] if devices else None)
    return Pick(default, bool(preference.strip()))


@dataclass(frozen=True)
class Change:
    """How a device list changed: what went away, what is new."""

    removed: tuple[DeviceInfo, ...]
    added: tuple[DeviceInfo, ...]


def diff(before: Sequence[DeviceInfo], after: Sequence[DeviceInfo]) -> Change:
    old, new = {d.id for d in before}, {d.id for d in after}
    return Change(tuple(d for d in before if d.id not in new),
                  tuple(d for d in after if d.id not in old))
