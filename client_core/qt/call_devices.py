"""The devices one app's calls use: choice, switching mid-call, hot-plug fallback.

Shared by both apps' call adapters. The microphone is captured through
QtMultimedia (``QtAudioSource``) with the call's audio processing, and every
speaker sink (``RemoteAudioPlayer``) feeds the one ``EchoReference`` that the
processing reads, so the canceller hears exactly what this app plays.

Preferences come from settings (user > IT policy > default, see
client_core.config); ``choose`` switches a running call and says what the user
picked so the app can remember it. When the device in use is pulled out, the
call falls back to the system default and ``notice`` tells the user; a newly
plugged device is offered through ``notice`` too.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QObject, Signal

from client_core.call import CallEngine
from client_core.call.audio_processing import ProcessingConfig, make_processor
from client_core.call.echo_reference import EchoReference
from client_core.devices.choice import DeviceInfo, DeviceKind, pick

from .audio_capture import QtAudioSource
from .audio_output import RemoteAudioPlayer
from .devices import DeviceWatcher, devices_of, qt_audio_device
from .permissions import Permission

log = logging.getLogger(__name__)


class CallDevices(QObject):
    #: (kind, what, device name): what is "fallback" (ours went away, the default is
    #: used now), "added" (a new device can be chosen) or "preset_missing" (the
    #: preferred device is not plugged in).
    notice = Signal(str, str, str)
    chosen = Signal(str, str)  # (kind, device id): the user picked it; remember it

    def __init__(self, preferences: dict[str, str] | None = None,
                 processing: ProcessingConfig | None = None, parent: QObject | None = None,
                 microphone_permission: Permission | None = None) -> None:
        super().__init__(parent)
        self.preferences = dict(preferences or {})
        self.processing = processing or ProcessingConfig()
        self.reference = EchoReference()
        self.current: dict[str, DeviceInfo | None] = {}
        self.engine: CallEngine | None = None
        self.players: list[RemoteAudioPlayer] = []
        self._mic_permission = microphone_permission
        self._tasks: set[asyncio.Future[Any]] = set()
        self.watcher = DeviceWatcher(self)
        self.watcher.changed.connect(self._on_changed)
        for kind in ("microphone", "speaker", "camera"):
            self._select(kind)

    @classmethod
    def from_settings(cls, settings: object, parent: QObject | None = None) -> CallDevices:
        prefs = {k: getattr(settings, k) for k in ("camera", "microphone", "speaker")}
        return cls(prefs, ProcessingConfig.from_settings(settings), parent)

    def _select(self, kind: DeviceKind) -> DeviceInfo | None:
        chosen = pick(devices_of(kind), self.preferences.get(kind, ""))
        self.current[kind] = chosen.device
        if chosen.fallback and chosen.device is not None:
            self.notice.emit(kind, "preset_missing", chosen.device.name)
        return chosen.device

    # -- what a call opens --------------------------------------------------------------

    def microphone_source(self, parent: QObject | None = None) -> QtAudioSource:
        device = qt_audio_device(self.current.get("microphone"))
        processor = make_processor(self.processing, self.reference)
        return QtAudioSource(device if not device.isNull() else None, processor=processor,
                             parent=parent, permission=self._mic_permission)

    def player(self, parent: QObject | None = None) -> RemoteAudioPlayer:
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
        """The running call whose devices ``choose`` and hot-plug switch."""
        self.engine = engine

    # -- switching ----------------------------------------------------------------------

    async def choose(self, kind: DeviceKind, device_id: str) -> None:
        """The user picked a device (in a call or before it)."""
        device = next((d for d in devices_of(kind) if d.id == device_id), None)
        if device is None:
            return
        self.preferences[kind] = device.id
        self.chosen.emit(kind, device.id)
        await self._use(kind, device)

    async def _use(self, kind: DeviceKind, device: DeviceInfo | None) -> None:
        self.current[kind] = device
        if kind == "speaker":
            for player in list(self.players):
                player.set_device(qt_audio_device(device))
        elif kind == "microphone" and self.engine is not None:
            try:
                await self.engine.switch_source(self.microphone_source(self))
            except Exception as exc:  # the old microphone stays in use
                log.warning("could not switch microphone to %s: %s",
                            device.name if device else "default", exc)

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
        for device in added:
            self.notice.emit(kind, "added", device.name)
