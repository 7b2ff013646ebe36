"""When a token is renewed: the one rule both apps' token keepers follow."""

from __future__ import annotations


def renewal_due(issued: float, lifetime_s: float) -> float:
    """When a token issued at ``issued`` for ``lifetime_s`` seconds is renewed: a
    fifth of its life before it ends, at least 30 s before, but never before half
    its life (a short-lived token is not renewed at once)."""
    return issued + lifetime_s - min(max(30.0, lifetime_s / 5), lifetime_s / 2)
