"""Call state machine: pure, no I/O, so the allowed transitions are testable on their own."""

from __future__ import annotations

from enum import StrEnum


class CallState(StrEnum):
    IDLE = "idle"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    ENDED = "ended"
    FAILED = "failed"


TERMINAL = frozenset({CallState.ENDED, CallState.FAILED})

# Every transition the engine may make; anything else is a bug and raises.
_ALLOWED: dict[CallState, frozenset[CallState]] = {
    CallState.IDLE: frozenset({CallState.CONNECTING, CallState.ENDED, CallState.FAILED}),
    CallState.CONNECTING: frozenset({CallState.CONNECTED, CallState.ENDED, CallState.FAILED}),
    CallState.CONNECTED: frozenset({CallState.RECONNECTING, CallState.ENDED, CallState.FAILED}),
    CallState.RECONNECTING: frozenset({CallState.CONNECTED, CallState.ENDED, CallState.FAILED}),
    CallState.ENDED: frozenset(),
    CallState.FAILED: frozenset(),
}


class InvalidTransition(RuntimeError):
    pass


def check_transition(old: CallState, new: CallState) -> None:
    if new != old and new not in _ALLOWED[old]:
        raise InvalidTransition(f"{old} -> {new}")


def aggregate(states: list[CallState], *, hung_up: bool) -> CallState:
    """The whole call's state from its peers' states (mesh: one entry per remote peer).

    The call is up while at least one peer is connected; it ends when no live peer is
    left, and counts as failed only when every peer failed.
    """
    if hung_up:
        return CallState.ENDED
    if not states:
        return CallState.IDLE
    live = [s for s in states if s not in TERMINAL]
    if CallState.CONNECTED in live:
        return CallState.CONNECTED
    if CallState.RECONNECTING in live:
        return CallState.RECONNECTING
    if live:
        return CallState.CONNECTING
    if all(s == CallState.FAILED for s in states):
        return CallState.FAILED
    return CallState.ENDED
