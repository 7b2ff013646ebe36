"""What can go wrong signing in, as codes the apps turn into plain words."""

from __future__ import annotations

from enum import StrEnum


class SignInProblem(StrEnum):
    UNREACHABLE = "unreachable"  # the provider did not answer (network, provider down)
    CANCELLED = "cancelled"  # the person cancelled at the provider, or the app did
    TIMED_OUT = "timed_out"  # nobody finished signing in in time (browser, phone)
    REFUSED = "refused"  # the provider refused (wrong code, denied, expired grant)
    STATE_MISMATCH = "state_mismatch"  # an answer that is not to this request
    NONCE_MISMATCH = "nonce_mismatch"  # an ID token not made for this sign-in
    INVALID_ID_TOKEN = "invalid_id_token"  # signature, issuer, audience or time wrong
    NOT_CONFIGURED = "not_configured"  # no provider set up on this computer


class SignInError(Exception):
    def __init__(self, problem: SignInProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


class ProviderUnreachable(SignInError, ConnectionError):
    """The provider did not answer and no valid token is left. A ``ConnectionError``
    too, so a hub connection waiting for a token tries again later."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(SignInProblem.UNREACHABLE, detail)
