"""Services: ping, and the queue catalog as customers see it (services.catalog)."""

from __future__ import annotations

from hub_protocol import frames as p

from ..core.connection import Connection
from ..core.parts import HubParts
from ..service_catalog import services_catalog
from .base import Handlers


class ServiceHandlers(Handlers):
    def __init__(self, parts: HubParts) -> None:
        super().__init__(parts)
        self._catalog_frame: p.ServicesCatalog | None = None  # the catalog is fixed while running

    async def ping(self, conn: Connection, frame: p.Ping) -> None:
        await conn.send(p.Pong(id=frame.id))

    async def services_query(self, conn: Connection, frame: p.ServicesQuery) -> None:
        if self._catalog_frame is None:
            self._catalog_frame = services_catalog(self.catalog)
        await conn.send(self._catalog_frame.model_copy(update={"id": frame.id}))
