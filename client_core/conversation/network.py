"""What a call needs from the hub connection besides its signals (no Qt).

* ICE servers with TURN credentials for this participant (``rtc.ice.request``),
  fetched when the call starts and again before an ICE restart late in a long
  call; IT policy's relay (``turn_url``) replaces the hub's when set.
* Whether our hub link works right now (a ping), which tells a silent peer
  that left from our own network failing, and redials a link that is dead.
* When the link is back after a break: the moment to restart ICE (our
  network may have changed under the call).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from client_core.call import CallConfig, IceServer, RelayPolicy, with_turn_override
from client_core.hub_client import HubClient, HubRequestError, LinkState
from hub_protocol import frames as p

log = logging.getLogger(__name__)

ICE_REQUEST_TIMEOUT_S = 5.0


class CallNetwork(Protocol):
    async def ice_servers(self, conversation_id: str | None) -> tuple[IceServer, ...]: ...

    async def probe(self) -> bool: ...

    def on_restored(self, callback: Callable[[], None]) -> Callable[[], None]: ...


class HubCallNetwork:
    """:class:`CallNetwork` over the app's :class:`HubClient`."""

    def __init__(self, client: HubClient, relay: RelayPolicy | None = None) -> None:
        self.client = client
        self.relay = relay or RelayPolicy()
        self._restored: list[Callable[[], None]] = []
        self._was_down = False
        client.add_state_listener(self._on_link)

    async def ice_servers(self, conversation_id: str | None) -> tuple[IceServer, ...]:
        """The hub's servers for this call (None: for the pre-session check); none if the
        hub has none or cannot say."""
        try:
            got = await self.client.request(p.RtcIceRequest(conversation_id=conversation_id),
                                            timeout=ICE_REQUEST_TIMEOUT_S)
        except (HubRequestError, TimeoutError, ConnectionError) as exc:
            # An older hub answers unknown_type: direct paths only, as before.
            log.warning("no ICE servers from the hub: %s", exc)
            servers: tuple[IceServer, ...] = ()
        else:
            servers = CallConfig.ice_servers_from_json(
                [s.model_dump(exclude_none=True) for s in got.ice_servers])
        return with_turn_override(servers, self.relay)

    async def probe(self) -> bool:
        return await self.client.probe()

    def on_restored(self, callback: Callable[[], None]) -> Callable[[], None]:
        self._restored.append(callback)
        return lambda: self._restored.remove(callback) if callback in self._restored else None

    def close(self) -> None:
        self.client.remove_state_listener(self._on_link)
        self._restored.clear()

    def _on_link(self, state: LinkState) -> None:
        if state is LinkState.RECONNECTING:
            self._was_down = True
        elif state is LinkState.ONLINE and self._was_down:
            self._was_down = False
            for callback in list(self._restored):
                try:
                    callback()
                except Exception:
                    log.exception("link restored callback failed")

