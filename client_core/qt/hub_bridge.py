"""Qt face of the hub connection: frames and link state as Qt signals.

The asyncio ``HubClient`` does the work on the qasync loop; this QObject only
re-emits what it hears, so views connect to signals and never touch sockets.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from client_core.hub_client import HubClient, LinkState, TokenSource


class HubBridge(QObject):
    frameReceived = Signal(object)  # a parsed hub_protocol.frames frame
    linkStateChanged = Signal(str)  # LinkState value: connecting/online/reconnecting/closed
    signInFailed = Signal(str, str)  # code, plain message

    def __init__(
        self,
        url: str,
        token: str | TokenSource,
        parent: QObject | None = None,
        **client_options: Any,
    ) -> None:
        super().__init__(parent)
        self.client = HubClient(url, token, **client_options)
        self.client.add_listener(self.frameReceived.emit)
        self.client.add_state_listener(self._on_state)

    def _on_state(self, state: LinkState) -> None:
        self.linkStateChanged.emit(state.value)
        if state is LinkState.CLOSED and self.client.fatal_error is not None:
            err = self.client.fatal_error
            self.signInFailed.emit(err.code, err.message)

    @property
    def online(self) -> bool:
        return self.client.state is LinkState.ONLINE

    async def start(self, timeout: float = 10.0) -> None:
        await self.client.start(wait=True, timeout=timeout)

    async def close(self) -> None:
        await self.client.close()
