"""Device listing through QtMultimedia, as plain dataclasses for the rest of the app,
and a watcher that tells what was plugged in or pulled out."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtMultimedia import QAudioDevice, QCameraDevice, QMediaDevices

from client_core.devices.choice import DeviceInfo, DeviceKind, diff


@dataclass(frozen=True)
class DeviceInventory:
    cameras: tuple[DeviceInfo, ...] = field(default_factory=tuple)
    microphones: tuple[DeviceInfo, ...] = field(default_factory=tuple)
    speakers: tuple[DeviceInfo, ...] = field(default_factory=tuple)

    @property
    def missing(self) -> tuple[DeviceKind, ...]:
        """Kinds with no device at all (the UI says so instead of failing later)."""
        kinds: tuple[tuple[DeviceKind, tuple[DeviceInfo, ...]], ...] = (
            ("camera", self.cameras),
            ("microphone", self.microphones),
            ("speaker", self.speakers),
        )
        return tuple(k for k, devs in kinds if not devs)


def _id(raw: object) -> str:
    data = bytes(raw) if not isinstance(raw, bytes | str) else raw  # QByteArray
    return data.decode("utf-8", "replace") if isinstance(data, bytes) else data


def _camera(dev: QCameraDevice) -> DeviceInfo:
    return DeviceInfo("camera", _id(dev.id()), dev.description(), dev.isDefault())


def _audio(kind: DeviceKind, dev: QAudioDevice) -> DeviceInfo:
    return DeviceInfo(kind, _id(dev.id()), dev.description(), dev.isDefault())


def list_devices() -> DeviceInventory:
    """Cameras, microphones and speakers as Qt sees them; empty tuples when absent."""
    return DeviceInventory(
        cameras=tuple(_camera(d) for d in QMediaDevices.videoInputs()),
        microphones=tuple(_audio("microphone", d) for d in QMediaDevices.audioInputs()),
        speakers=tuple(_audio("speaker", d) for d in QMediaDevices.audioOutputs()),
    )


def devices_of(kind: DeviceKind) -> tuple[DeviceInfo, ...]:
    inventory = list_devices()
    return {"camera": inventory.cameras, "microphone": inventory.microphones,
            "speaker": inventory.speakers}[kind]


def qt_audio_device(info: DeviceInfo | None) -> QAudioDevice:
    """The QAudioDevice behind ``info`` (a null device when it is gone)."""
    if info is None:
        return QAudioDevice()
    devices = QMediaDevices.audioInputs() if info.kind == "microphone" \
        else QMediaDevices.audioOutputs()
    return next((d for d in devices if _id(d.id()) == info.id), QAudioDevice())


class DeviceWatcher(QObject):
    """Emits ``changed(kind, removed, added)`` (tuples of DeviceInfo) on hot-plug."""

    changed = Signal(str, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._media = QMediaDevices(self)
        self._known = {kind: devices_of(kind) for kind in ("camera", "microphone", "speaker")}
        self._media.audioInputsChanged.connect(lambda: self._recheck("microphone"))
        self._media.audioOutputsChanged.connect(lambda: self._recheck("speaker"))
        self._media.videoInputsChanged.connect(lambda: self._recheck("camera"))

    def _recheck(self, kind: DeviceKind) -> None:
        now = devices_of(kind)
        change = diff(self._known[kind], now)
        self._known[kind] = now
        if change.removed or change.added:
            self.changed.emit(kind, change.removed, change.added)
