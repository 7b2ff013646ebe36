"""Typed call errors: the UI maps each ``code`` to a translated message and a remedy."""

from __future__ import annotations


class CallError(Exception):
    """Base of every error the call engine reports. ``code`` is stable for the UI and metrics."""

    code = "call_error"

    def __init__(self, message: str = "", *, peer_id: str | None = None) -> None:
        super().__init__(message or self.code)
        self.peer_id = peer_id


class DeviceError(CallError):
    code = "device_error"

    def __init__(self, message: str = "", *, device: str = "", peer_id: str | None = None) -> None:
        super().__init__(message, peer_id=peer_id)
        self.device = device


class DeviceMissingError(DeviceError):
    code = "device_missing"


class DeviceBusyError(DeviceError):
    code = "device_busy"


class PermissionDeniedError(DeviceError):
    code = "permission_denied"


class IceFailedError(CallError):
    """No network path to the peer (ICE failed, or did not succeed within the timeout)."""

    code = "ice_failed"


class TurnAuthError(IceFailedError):
    """No path, and the relay (TURN) server refused the credentials (wrong or expired)."""

    code = "turn_auth"


class PeerLeftError(CallError):
    """The peer hung up or vanished; reported as the reason of an *ended* state."""

    code = "peer_left"


class SignalingError(CallError):
    """A malformed or unexpected signaling message (e.g. an answer without an offer)."""

    code = "signaling_error"
