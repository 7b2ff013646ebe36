"""The Qt face of who is speaking: each remote peer's audio watched for activity."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from client_core.conversation.call import ConversationCall
from client_core.conversation.speaking import SpeakingDetector, level_dbfs


class SpeakingWatcher(QObject):
    speakingChanged = Signal(str, bool)  # peer id, speaking

    def __init__(self, call: ConversationCall, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.call = call
        self.detectors: dict[str, SpeakingDetector] = {}
        self._unsubscribe: dict[str, Callable[[], None]] = {}

    def speaking(self) -> list[str]:
        return [peer for peer, d in self.detectors.items() if d.speaking]

    def refresh(self) -> None:
        """Watch the peers that are connected now (call after the peers change)."""
        peers = set(self.call.connected_peers())
        for peer in list(self._unsubscribe):
            if peer not in peers:
                self._unsubscribe.pop(peer)()
                if self.detectors.pop(peer).speaking:
                    self.speakingChanged.emit(peer, False)
        for peer in peers - set(self._unsubscribe):
            remote = self.call.remote(peer)
            if remote is not None:
                self.detectors[peer] = detector = SpeakingDetector()
                self._unsubscribe[peer] = remote.audio.subscribe(
                    lambda frame, p=peer, d=detector: self._frame(p, d, frame))

    def _frame(self, peer: str, detector: SpeakingDetector, frame: object) -> None:
        if detector.feed(level_dbfs(frame), time.monotonic()):
            self.speakingChanged.emit(peer, detector.speaking)

    def stop(self) -> None:
        for unsubscribe in self._unsubscribe.values():
            unsubscribe()
        self._unsubscribe.clear()
        self.detectors.clear()
