"""Office-terminal mode: no way out for customers, a way out for staff, and a clean
slate after every visit or after inactivity."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ..domain.kiosk import Idle, InactivityClock, KeySequence, verify_admin_key

Clock = Callable[[], float]
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin,
             QEvent.Type.Wheel}


def chord(event: QKeyEvent) -> str:
    return QKeySequence(event.keyCombination()).toString(QKeySequence.SequenceFormat.PortableText)


class KioskGuard(QObject):
    """Application-wide event filter: swallows exit keys, watches for the staff sequence
    and for inactivity. ``idleWarning(seconds_left)`` / ``idleExpired()`` / ``activity()``."""

    idleWarning = Signal(int)
    idleExpired = Signal()
    activity = Signal()
    exitAllowed = Signal()

    def __init__(self, window: QWidget, admin_key_hash: str, *, timeout_s: float = 120.0,
                 warning_s: float = 30.0, clock: Clock = time.monotonic,
                 ask_key: Callable[[QWidget], str | None] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.admin_key_hash = admin_key_hash
        self.clock = clock
        self.idle = InactivityClock(timeout_s, warning_s, clock())
        self.sequence = KeySequence()
        self.ask_key = ask_key or _ask_key
        self.armed = True  # inactivity only counts while a visit is under way
        self._warned = False
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.check_idle)
        self.timer.start()

    def touch(self) -> None:
        self.idle.touch(self.clock())
        if self._warned:
            self._warned = False
            self.activity.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY:
            self.touch()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            combo = chord(event)
            if self.sequence.feed(combo, self.clock()):
                self.request_exit()
                return True
            if combo in ("Alt+F4", "Ctrl+W", "Ctrl+Q", "Meta+D") or (
                event.key() == Qt.Key.Key_F4 and event.modifiers() & Qt.KeyboardModifier.AltModifier
            ):
                return True  # a kiosk does not close from the keyboard
        return False

    def request_exit(self) -> None:
        key = self.ask_key(self.window)
        if key is not None and verify_admin_key(key, self.admin_key_hash):
            self.exitAllowed.emit()

    def check_idle(self) -> None:
        if not self.armed:
            self.idle.touch(self.clock())
            return
        now = self.clock()
        state = self.idle.state(now)
        if state is Idle.EXPIRED:
            self._warned = False
            self.idle.touch(now)
            self.idleExpired.emit()
        elif state is Idle.WARNING:
            self._warned = True
            self.idleWarning.emit(int(round(self.idle.remaining(now))))


def _ask_key(parent: QWidget) -> str | None:
    # Staff-facing and deliberately untranslated: the dialog must look the same everywhere.
    key, ok = QInputDialog.getText(parent, "Staff", "Staff key:", QLineEdit.EchoMode.Password)
    return key if ok else None
