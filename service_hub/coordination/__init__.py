"""The two implementations of ``core.coordinator.Coordinator``: one hub process
(``local``) and several on one PostgreSQL (``cluster``, over ``bus``)."""

from __future__ import annotations

from ..core.coordinator import Coordinator
from ..core.state import HubState
from .bus import make_bus


def make_coordinator(state: HubState) -> Coordinator:
    """PostgreSQL: a member of a cluster (one process is a cluster of one);
    SQLite: the only process there can be."""
    bus = make_bus(state.config.resolved_database_url())
    if bus.distributed:
        from .cluster import ClusterCoordinator

        return ClusterCoordinator(state, bus)
    from .local import LocalCoordinator

    return LocalCoordinator(state)
