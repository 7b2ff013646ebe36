"""Call configuration: ICE servers and the timings of failure detection and recovery."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aiortc import RTCConfiguration


@dataclass(frozen=True)
class IceServer:
    """A STUN or TURN server, e.g. ``IceServer(("turn:turn.example.fi:3478",), "u", "p")``."""

    urls: tuple[str, ...]
    username: str | None = None
    credential: str | None = None

    def expires_at(self) -> float | None:
        """Unix time the credentials stop working: the TURN REST scheme's ``<expiry>:<user>``."""
        head = (self.username or "").split(":", 1)[0]
        return float(head) if head.isdigit() else None


#: Fresh ICE servers for this call (the hub's ``rtc.ice.request``), or None to keep the old.
IceRefresh = Callable[[], Awaitable[Sequence[IceServer] | None]]


@dataclass(frozen=True)
class CallConfig:
    # No servers by default: on loopback/LAN host candidates suffice, and tests must not
    # touch the network. Production gets STUN/TURN (coturn) from the hub or IT config.
    ice_servers: tuple[IceServer, ...] = field(default_factory=tuple)
    # Asked before an ICE restart when the TURN credentials are about to run out.
    ice_refresh: IceRefresh | None = None
    # No path at all (first connection or a reconnection) within this long: failed.
    ice_timeout: float = 20.0
    # Per TURN transport and for STUN: longer than any working path needs to allocate.
    gather_timeout: float = 4.0
    # Nothing from the peer for this long (media, RTCP, consent answers): reconnecting,
    # and an ICE restart (our consent checks run every consent_interval).
    disconnect_after: float = 2.0
    consent_interval: float = 0.5
    # While reconnecting, try a fresh restart this often (the network may have changed again).
    restart_interval: float = 3.0
    # Silent this long while our own signaling still works: the peer is gone (app killed,
    # laptop closed). Longer than a short outage of the peer's link, which recovers.
    peer_gone_after: float = 8.0
    auto_restart: bool = True
    # What we send adapts to the path (client_core.call.adapt): picture size and rate,
    # encoder bitrate, pacing, Opus for speech. Off: aiortc's own (REMB into the encoder).
    adapt: bool = True

    def rtc_configuration(self) -> RTCConfiguration:
        from aiortc import RTCBundlePolicy, RTCConfiguration

        # ICE servers are ours to use (client_core.call.ice), not aiortc's: it would
        # take only the first TURN URL. One transport for audio and video.
        return RTCConfiguration(iceServers=[], bundlePolicy=RTCBundlePolicy.MAX_BUNDLE)

    def credentials_expire_within(self, seconds: float, now: float | None = None) -> bool:
        now = time.time() if now is None else now
        expiries = [e for e in (s.expires_at() for s in self.ice_servers) if e is not None]
        return any(e - now < seconds for e in expiries)

    def with_servers(self, servers: Sequence[IceServer]) -> CallConfig:
        return replace(self, ice_servers=tuple(servers))

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


@dataclass(frozen=True)
class RelayPolicy:
    """IT policy's relay (settings ``turn_url``, ``turn_username``, ``turn_credential``)."""

    url: str = ""
    username: str = ""
    credential: str = ""


def with_turn_override(servers: Sequence[IceServer], policy: RelayPolicy | str
                       ) -> tuple[IceServer, ...]:
    """IT policy's relay replaces the hub's TURN URLs.

    The agency's own relay (or a path its firewall allows) wins over what the
    hub says. Without a user name of its own the hub's short-lived credentials
    go with it (the relay checks them with the shared secret); with one, IT's
    own (a relay that does not use the hub's secret). STUN entries stay.
    """
    policy = RelayPolicy(policy) if isinstance(policy, str) else policy
    if not policy.url:
        return tuple(servers)

    def relay(username: str | None, credential: str | None) -> IceServer:
        if policy.username:
            username, credential = policy.username, policy.credential
        return IceServer((policy.url,), username, credential)

    out: list[IceServer] = []
    for server in servers:
        if any(u.startswith(("turn:", "turns:")) for u in server.urls):
            out.append(relay(server.username, server.credential))
        else:
            out.append(server)
    if not any(u.startswith(("turn:", "turns:")) for s in out for u in s.urls):
        out.append(relay(None, None))
    return tuple(out)
