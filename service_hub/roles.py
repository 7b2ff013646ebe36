"""Staff roles from the organisation's identity provider: a claim through a mapping.

``staff_role_map`` maps the values of one claim (``staff_role_claim``, usually
``groups``) to the hub's roles::

    staff_role_map = "kela-service-experts=expert,kela-supervisors=supervisor+expert"

A person gets exactly the roles their claim values map to - nothing is
implied - and someone whose values map to no role is not let in.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

ROLES = frozenset({"expert", "supervisor", "interpreter"})


def parse_role_map(text: str) -> dict[str, frozenset[str]]:
    mapping: dict[str, frozenset[str]] = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        value, sep, roles_text = item.partition("=")
        roles = frozenset(r.strip() for r in roles_text.split("+") if r.strip())
        if not sep or not value.strip() or not roles:
            raise ValueError(f"staff_role_map: {item!r} is not claim-value=role")
        unknown = roles - ROLES
        if unknown:
            raise ValueError(f"staff_role_map: unknown role(s) {', '.join(sorted(unknown))} "
                             f"(known: {', '.join(sorted(ROLES))})")
        mapping[value.strip()] = mapping.get(value.strip(), frozenset()) | roles
    return mapping


def claim_values(claims: Mapping[str, Any], claim: str) -> list[str]:
    """A claim as a list of strings: JSON arrays, or space- or comma-separated text."""
    raw = claims.get(claim)
    if isinstance(raw, list | tuple):
        return [str(v) for v in raw]
    if isinstance(raw, str):
        return [v for v in raw.replace(",", " ").split() if v]
    return []


def roles_from_claims(claims: Mapping[str, Any], claim: str,
                      mapping: Mapping[str, frozenset[str]]) -> frozenset[str]:
    roles: frozenset[str] = frozenset()
    for value in claim_values(claims, claim):
        roles |= mapping.get(value, frozenset())
    return roles
