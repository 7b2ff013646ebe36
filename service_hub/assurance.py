"""Assurance levels: which services need strong identification.

The provider says how the customer identified themselves in the token's
``acr``. ``idp_strong_acr`` lists the values that mean strong identification
(for the Finnish Trust Network, ``http://ftn.ficora.fi/2017/loa3``), and
``strong_identification_for`` the services that need it: ``video`` (starting
a video appointment) and ``handoff`` (a human expert in chat); ``chat`` would
make even the assistant need it. A customer at a lower level asking for such
a service is told plainly what is needed (``strong_identification_required``)
and may sign in again; nothing else about their session changes. Without
``idp_strong_acr`` there is no rule. The hub asks at ``chat.start`` and
``handoff.request`` (``core/access.py``, ``Access.identified_for``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .auth import Identity
from .config import HubConfig

REFUSAL_CODE = "strong_identification_required"
REFUSAL_MESSAGE = ("This service needs strong identification (online banking codes, a mobile "
                   "certificate or an ID card). Sign in again with one of them, or choose "
                   "another service.")
SERVICES = frozenset({"chat", "handoff", "video"})


@dataclass(frozen=True)
class AssurancePolicy:
    strong_acr: frozenset[str] = frozenset()
    required_for: frozenset[str] = frozenset()

    @classmethod
    def from_config(cls, config: HubConfig) -> AssurancePolicy:
        strong = frozenset(v.strip() for v in config.idp_strong_acr.split(",") if v.strip())
        needs = frozenset(v.strip() for v in config.strong_identification_for.split(",") if v.strip())
        unknown = needs - SERVICES
        if unknown:
            raise ValueError(f"strong_identification_for: unknown service(s) {', '.join(sorted(unknown))}")
        return cls(strong, needs if strong else frozenset())

    def is_strong(self, identity: Identity) -> bool:
        return identity.acr in self.strong_acr

    def needs_more(self, identity: Identity, service: str) -> bool:
        """Does ``service`` need stronger identification than ``identity`` has?"""
        return (identity.role == "customer" and service in self.required_for
                and not self.is_strong(identity))
