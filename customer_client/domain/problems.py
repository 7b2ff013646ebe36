"""Things that go wrong that the customer can act on, from hub error codes and states."""

from __future__ import annotations

from enum import StrEnum


class Problem(StrEnum):
    HUB_UNREACHABLE = "hub_unreachable"  # retrying in the background
    SIGN_IN_FAILED = "sign_in_failed"  # token refused or expired
    UPDATE_REQUIRED = "update_required"  # this program is older than the service serves
    QUEUE_CLOSED = "queue_closed"
    QUEUE_FULL = "queue_full"
    NO_AGENTS = "no_agents"
    NO_SERVICE = "no_service"  # no queue for that language and topic
    STRONG_ID_REQUIRED = "strong_id_required"  # signed in at a lower assurance level
    GENERIC = "generic"


_BY_CODE = {
    "queue_closed": Problem.QUEUE_CLOSED,
    "queue_full": Problem.QUEUE_FULL,
    "no_agents": Problem.NO_AGENTS,
    "unknown_queue": Problem.NO_SERVICE,
    "strong_identification_required": Problem.STRONG_ID_REQUIRED,
    "bad_token": Problem.SIGN_IN_FAILED,
    "token_expired": Problem.SIGN_IN_FAILED,
    "expired": Problem.SIGN_IN_FAILED,
    "unauthorized": Problem.SIGN_IN_FAILED,
    "update_required": Problem.UPDATE_REQUIRED,
}


def problem_for_code(code: str) -> Problem:
    if code.startswith("token") or code.startswith("auth"):
        return Problem.SIGN_IN_FAILED
    return _BY_CODE.get(code, Problem.GENERIC)


def problem_for_reason(reason: str) -> Problem | None:
    """HandoffStatus.reason -> what to tell the customer (None: open)."""
    return {
        "closed": Problem.QUEUE_CLOSED,
        "full": Problem.QUEUE_FULL,
        "no_agents": Problem.NO_AGENTS,
    }.get(reason)
