"""Camera and microphone permission through Qt's permission API (macOS asks the user).

On macOS the first capture triggers the system prompt; asking through Qt first lets
the app explain a refusal instead of capturing silence or black frames. Elsewhere
Qt reports the permission as granted.
"""

from __future__ import annotations

import asyncio
from typing import Protocol

from PySide6.QtCore import QCameraPermission, QCoreApplication, QMicrophonePermission, QObject, Qt


class Permission(Protocol):
    kind: str  # "camera" or "microphone"

    async def request(self) -> bool: ...


class QtPermission:
    def __init__(self, kind: str, permission: QCameraPermission | QMicrophonePermission) -> None:
        self.kind = kind
        self._permission = permission
        self._context = QObject()  # Qt drops the callback if its context object is gone

    def status(self) -> Qt.PermissionStatus:
        app = QCoreApplication.instance()
        if app is None:
            return Qt.PermissionStatus.Undetermined
        return app.checkPermission(self._permission)

    async def request(self) -> bool:
        status = self.status()
        if status != Qt.PermissionStatus.Undetermined:
            return status == Qt.PermissionStatus.Granted
        app = QCoreApplication.instance()
        answer: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

        def answered(permission: QCameraPermission | QMicrophonePermission) -> None:
            if not answer.done():
                answer.set_result(permission.status() == Qt.PermissionStatus.Granted)

        app.requestPermission(self._permission, self._context, answered)
        return await answer


class RefusedPermission:
    """Stands in for a user who said no (tests, and kiosks where IT blocked capture)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    async def request(self) -> bool:
        return False


def camera_permission() -> Permission:
    return QtPermission("camera", QCameraPermission())


def microphone_permission() -> Permission:
    return QtPermission("microphone", QMicrophonePermission())
