"""The devices one app's calls and checks use: choice, switching mid-call, hot-plug fallback.

One per app, shared by its device check and its calls (``LocalMedia`` for the
shared call adapter, so a choice made in the check is the call's). The
microphone is captured through QtMultimedia (``QtAudioSource``) with the call's
audio processing, the camera through the FFmpeg input that opens the camera
picked from Qt's list (``CameraCapture``), and every speaker sink
(``RemoteAudioPlayer``) feeds the one ``EchoReference`` that the processing
reads, so the canceller hears exactly what this app plays.

Preferences come from settings (user > IT policy > default, see
client_core.config); a kind IT locked cannot be chosen. ``choose`` switches a
running call and says what the user picked (``chosen``) so the app remembers
it. When the device in use is pulled out, the call falls back to the system
default and ``notice`` tells the user; a newly plugged device is offered
through ``notice`` too. ``fixed`` sources (lavfi in tests and demos) stand in
for a kind's device.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from client_core.call.processing_config import ProcessingConfig
from client_core.call.sources import Kind
from client_core.config import SettingValueError, UserSettingsStore
from client_core.devices.choice import KINDS, DeviceInfo, DeviceKind, pick

from .devices import DeviceWatcher, devices_of, qt_audio_device
from .permissions import Permission

if TYPE_CHECKING:  # numpy, PyAV and aiortc load with the first check or call, not at start
    from client_core.call import CallEngine, CallMedia, MediaSource
    from client_core.call.echo_reference import EchoReference

    from .audio_capture import QtAudioSource
    from .audio_output import RemoteAudioPlayer
    from .camera_capture import CameraCapture

log = logging.getLogger(__name__)

DEVICE_OF: dict[Kind, DeviceKind] = {"audio": "microphone", "video": "camera"}


class CallDevices(QObject):
    #: (kind, what, device name): what is "fallback" (ours went away, the default is
    #: used now), "added" (a new device can be chosen) or "preset_missing" (the
    #: preferred device is not plugged in).
    notice = Signal(str, str, str)
    chosen = Signal(str, str)  # (kind, device id): the user picked it; remember it
    listChanged = Signal(str)  # kind: devices came or went (pickers refill)

    def __init__(self, preferences: dict[str, str] | None = None,
                 processing: ProcessingConfig | None = None, parent: QObject | None = None,
                 microphone_permission: Permission | None = None, *,
                 camera_permission: Permission | None = None, fixed: CallMedia | None = None,
                 locked: Iterable[str] = ()) -> None:
        super().__init__(parent)
        self.preferences = dict(preferences or {})
        self.presets = dict(self.preferences)  # what IT (or the start-up) set: restored by reset()
        self.processing = processing or ProcessingConfig()
        self.fixed = fixed
        self.locked = frozenset(locked)
        self._reference: EchoReference | None = None
        self.current: dict[str, DeviceInfo | None] = {}
        self.engine: CallEngine | None = None
        self.players: list[RemoteAudioPlayer] = []
        self.mic_permission = microphone_permission
        self.camera_permission = camera_permission
        self._tasks: set[asyncio.Future[Any]] = set()
        self.watcher = DeviceWatcher(self)
        self.watcher.changed.connect(self._on_changed)
        for kind in KINDS:
            self._select(kind)

    @classmethod
    def from_settings(cls, settings: Any, parent: QObject | None = None, *,
                      fixed: CallMedia | None = None, remember: bool = True) -> CallDevices:
        """Preferences and processing from settings; what IT locked cannot be chosen.

        ``remember``: the user's picks are written to their settings file (not on a
        kiosk, where the next customer starts from IT's presets again).
        """
        prefs = {k: getattr(settings, k) for k in KINDS}
        locked = [k for k in KINDS if settings.is_locked(k)]
        devices = cls(prefs, ProcessingConfig.from_settings(settings), parent, fixed=fixed,
                      locked=locked)
        path = settings.user_settings_path
        if remember and path is not None:
            devices.chosen.connect(lambda kind, device_id: _remember(path, kind, device_id))
        return devices

    def _select(self, kind: DeviceKind) -> DeviceInfo | None:
        chosen = pick(devices_of(kind), self.preferences.get(kind, ""))
        self.current[kind] = chosen.device
        if chosen.fallback and chosen.device is not None:
            self.notice.emit(kind, "preset_missing", chosen.device.name)
        return chosen.device

    def devices(self, kind: DeviceKind) -> tuple[DeviceInfo, ...]:
        """What the user can pick from, as Qt lists it now."""
        return devices_of(kind)

    @property
    def reference(self) -> EchoReference:
        """What every speaker sink plays: the echo canceller's reference (made on first use)."""
        if self._reference is None:
            from client_core.call.echo_reference import EchoReference

            self._reference = EchoReference()
        return self._reference

    def reset(self) -> None:
        """Back to the presets (a kiosk's next customer): nothing of the last choice stays."""
        self.preferences = dict(self.presets)
        for kind in KINDS:
            self._select(kind)

    # -- what a call (or a check) opens -----------------------------------------------------

    def open(self, kind: Kind) -> MediaSource | None:
        """``LocalMedia.open``: a new source on the chosen device (or the fixed stand-in)."""
        spec = self.fixed.spec(kind) if self.fixed is not None else None
        if spec is not None:
            from client_core.call import CaptureSource

            return CaptureSource(spec)
        return self.microphone_source(self) if kind == "audio" else self.camera_source()

    def microphone_source(self, parent: QObject | None = None) -> QtAudioSource:
        from client_core.call.audio_processing import make_processor

        from .audio_capture import QtAudioSource

        device = qt_audio_device(self.current.get("microphone"))
        processor = make_processor(self.processing, self.reference)
        return QtAudioSource(device if not device.isNull() else None, processor=processor,
                             parent=parent, permission=self.mic_permission)

    def camera_source(self) -> CameraCapture:
        from .camera_capture import CameraCapture

        return CameraCapture(self.current.get("camera"), devices_of("camera"),
                             permission=self.camera_permission)

    def player(self, parent: QObject | None = None) -> RemoteAudioPlayer:
        from .audio_output import RemoteAudioPlayer

        player = RemoteAudioPlayer(qt_audio_device(self.current.get("speaker")), parent,
                                   reference=self.reference)
        self.players.append(player)
        player.destroyed.connect(lambda *_: self._forget(player))
        return player

    def release(self, player: RemoteAudioPlayer) -> None:
        player.stop()
        self._forget(player)

    def _forget(self, player: RemoteAudioPlayer) -> None:
        if player in self.players:
            self.players.remove(player)

    def bind(self, engine: CallEngine | None) -> None:
        """``LocalMedia.bind``: the running call whose devices ``choose`` and hot-plug switch."""
        self.engine = engine

    # -- switching ----------------------------------------------------------------------

    async def choose(self, kind: DeviceKind, device_id: str) -> bool:
        """The user picked a device (in a call or before it). False: locked or gone."""
        device = next((d for d in devices_of(kind) if d.id == device_id), None)
        if device is None or kind in self.locked:
            return False
        self.preferences[kind] = device.id
        self.chosen.emit(kind, device.id)
        return await self._use(kind, device)

    async def _use(self, kind: DeviceKind, device: DeviceInfo | None) -> bool:
        self.current[kind] = device
        if kind == "speaker":
            for player in list(self.players):
                player.set_device(qt_audio_device(device))
            return True
        engine = self.engine
        source_kind: Kind = "audio" if kind == "microphone" else "video"
        if engine is None or (self.fixed is not None and self.fixed.spec(source_kind)):
            return True
        source = self.microphone_source(self) if kind == "microphone" else self.camera_source()
        try:
            await engine.switch_source(source)
        except Exception as exc:  # the old device stays in use
            log.warning("could not switch %s to %s: %s", kind,
                        device.name if device else "default", exc)
            return False
        return True

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- hot-plug -------------------------------------------------------------------------

    def _on_changed(self, kind: DeviceKind, removed: tuple[DeviceInfo, ...],
                    added: tuple[DeviceInfo, ...]) -> None:
        ours = self.current.get(kind)
        if ours is not None and any(d.id == ours.id for d in removed):
            fallback = pick(devices_of(kind)).device
            log.info("%s %s went away; using %s", kind, ours.name,
                     fallback.name if fallback else "nothing")
            self.notice.emit(kind, "fallback", fallback.name if fallback else "")
            self._spawn(self._use(kind, fallback))
        elif ours is None and added:
            self._select(kind)  # the first device of a kind: use it from now on
        for device in added:
            self.notice.emit(kind, "added", device.name)
        self.listChanged.emit(kind)


def _remember(path: Path, kind: str, device_id: str) -> None:
    try:
        UserSettingsStore(path).update({kind: device_id})
    except (OSError, SettingValueError) as exc:  # the choice still holds for this session
        log.warning("could not remember the %s choice: %s", kind, exc)
