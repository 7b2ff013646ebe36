"""Keep WebRTC on 127.0.0.1 for tests and the single-machine demo.

aioice gathers host candidates from every interface except loopback, so two
peers on one machine would talk over the machine's LAN address. Tests and the
demo must not send traffic anywhere but loopback, so they narrow candidate
gathering to 127.0.0.1. Real installations never call this.
"""

from __future__ import annotations

import aioice.ice

_original = aioice.ice.get_host_addresses


def restrict_ice_to_loopback() -> None:
    aioice.ice.get_host_addresses = lambda use_ipv4, use_ipv6: ["127.0.0.1"] if use_ipv4 else []


def restore_ice_interfaces() -> None:
    aioice.ice.get_host_addresses = _original


def apply_environment() -> None:
    """KELA_WEBRTC_LOOPBACK_ONLY=1 (set by the demo) keeps every peer on 127.0.0.1."""
    import os

    if os.environ.get("KELA_WEBRTC_LOOPBACK_ONLY") == "1":
        restrict_ice_to_loopback()
