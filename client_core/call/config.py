"""Call configuration: ICE servers and timeouts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aiortc import RTCConfiguration


@dataclass(frozen=True)
class IceServer:
    """A STUN or TURN server, e.g. ``IceServer(("turn:turn.example.fi:3478",), "u", "p")``."""

    urls: tuple[str, ...]
    username: str | None = None
    credential: str | None = None


@dataclass(frozen=True)
class CallConfig:
    # No servers by default: on loopback/LAN host candidates suffice, and tests must not
    # touch the network. Production gets STUN/TURN (coturn) from the hub or IT config.
    ice_servers: tuple[IceServer, ...] = field(default_factory=tuple)
    # aiortc reports ICE failure only after ~30 s of STUN retries; give up earlier.
    ice_timeout: float = 20.0
    # aiortc cannot restart ICE inside a peer connection; we renegotiate a new one.
    auto_restart: bool = True
    max_restarts: int = 3
    # Grace before restarting after the transport closed unexpectedly (a "bye" may be in flight).
    restart_grace: float = 0.5

    def rtc_configuration(self) -> RTCConfiguration:
        from aiortc import RTCConfiguration, RTCIceServer

        return RTCConfiguration(
            iceServers=[
                RTCIceServer(urls=list(s.urls), username=s.username, credential=s.credential)
                for s in self.ice_servers
            ]
        )

    @staticmethod
    def ice_servers_from_json(servers: Sequence[Mapping[str, Any]]) -> tuple[IceServer, ...]:
        """Parse the browser-style ``[{"urls": ..., "username": ..., "credential": ...}]`` list."""
        out = []
        for s in servers:
            urls = s["urls"]
            out.append(
                IceServer(
                    urls=(urls,) if isinstance(urls, str) else tuple(urls),
                    username=s.get("username"),
                    credential=s.get("credential"),
                )
            )
        return tuple(out)
