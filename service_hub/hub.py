"""The hub's behaviour, assembled: one table routes each client frame to its
handler (``service_hub.handlers``, one module per concern) with the role
allowed to send it; the beat runs the router's timers and the queue news.

The store is the source of truth: a chat message is committed before it is
acknowledged or relayed, and queue and conversation changes are written
before anyone is told about them. The routing policy (who waits, who gets
which offer, wrap-up, missed offers) is the pure ``routing.Router``; the
pump (``core.pump``) turns its events into frames and store writes. What
lives only in memory (the live conversations, presence, the router) is
rebuilt from the store on start.

One hub process, or several sharing one PostgreSQL (docs/scale-out.md): the
difference is the coordinator (``service_hub.coordination``), which the
handlers and the pump reach only through ``core.coordinator.Coordinator``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any, NamedTuple

from pydantic import BaseModel

from hub_protocol import frames as p

from .auth import TokenAuthority
from .bot_service import BotService
from .config import HubConfig
from .coordination import make_coordinator
from .core.connection import Connection
from .core.live import utcnow
from .core.parts import HubParts
from .core.refused import Refused
from .core.state import Clock, HubState
from .handlers.calls import CallHandlers
from .handlers.chat import ChatHandlers
from .handlers.closing import ClosingHandlers
from .handlers.handoff import HandoffHandlers
from .handlers.history import HistoryHandlers
from .handlers.offers import OfferHandlers
from .handlers.presence import PresenceHandlers
from .handlers.services import ServiceHandlers
from .handlers.supervision import SupervisionHandlers
from .routing import QueueCatalog
from .store import revocations as revocation_store
from .store.repo import Store

log = logging.getLogger(__name__)

TICK_S = 0.25  # offer expiry, wrap-up and topic relaxation run on this beat
QUEUE_NEWS_S = 0.5  # positions and queue summaries are sent at most this often

CUSTOMER, AGENT, SUPERVISOR, ANYONE = "customer", "agent", "supervisor", None


class Route(NamedTuple):
    handler: Callable[[Connection, Any], Awaitable[None]]
    role: str | None  # the only role that may send the frame; None: anyone signed in
    # (SUPERVISOR: an agent whose sign-in carries the supervisor role)


class Hub:
    def __init__(self, config: HubConfig, store: Store, catalog: QueueCatalog, bot: BotService, *,
                 authority: TokenAuthority, clock: Clock = utcnow) -> None:
        state = HubState.create(config, store, catalog, bot, clock, authority)
        self.config, self.store, self.catalog, self.authority = config, store, catalog, authority
        self.router, self.conversations, self.roster = state.router, state.conversations, state.roster
        self.revocations = authority.revocations  # the one set every token check asks
        self.coordinator = make_coordinator(state)
        self.parts = HubParts.assemble(state, self.coordinator)
        self.delivery = self.parts.delivery
        self.presence = PresenceHandlers(self.parts)
        self._routes = self._route_table()
        self._ticker: asyncio.Task[None] | None = None

    def _route_table(self) -> dict[type[BaseModel], Route]:
        chat, handoff = ChatHandlers(self.parts), HandoffHandlers(self.parts)
        offers, closing = OfferHandlers(self.parts), ClosingHandlers(self.parts)
        calls, history = CallHandlers(self.parts), HistoryHandlers(self.parts)
        services, supervision = ServiceHandlers(self.parts), SupervisionHandlers(self.parts)
        return {
            p.AuthRenew: Route(self.presence.renew, ANYONE),
            p.Ping: Route(services.ping, ANYONE),
            p.ServicesQuery: Route(services.services_query, ANYONE),
            p.ChatStart: Route(chat.start, CUSTOMER),
            p.ChatSend: Route(chat.send, ANYONE),
            p.Typing: Route(chat.typing, ANYONE),
            p.HandoffRequest: Route(handoff.request, CUSTOMER),
            p.QueueLeave: Route(handoff.leave_queue, CUSTOMER),
            p.ConversationTransfer: Route(handoff.transfer, AGENT),
            p.SetAgentState: Route(self.presence.set_state, AGENT),
            p.OfferAccept: Route(offers.accept, AGENT),
            p.OfferDecline: Route(offers.decline, AGENT),
            p.ConversationEnd: Route(closing.end, ANYONE),
            p.FeedbackSubmit: Route(closing.feedback, CUSTOMER),
            p.TranscriptSaved: Route(closing.transcript_saved, CUSTOMER),
            p.RtcSignal: Route(calls.rtc_signal, ANYONE),
            p.RtcIceRequest: Route(calls.ice_servers, ANYONE),
            p.ConversationInvite: Route(calls.invite, AGENT),
            p.ConversationLeave: Route(calls.leave, AGENT),
            p.Sync: Route(history.sync, ANYONE),
            p.HistorySearch: Route(history.search, AGENT),
            p.HistoryOpen: Route(history.open_transcript, AGENT),
            p.SupervisorWatch: Route(supervision.watch, SUPERVISOR),
            p.SupervisorMonitor: Route(supervision.monitor, SUPERVISOR),
            p.SupervisorWhisper: Route(supervision.whisper, SUPERVISOR),
            p.SupervisorTakeOver: Route(supervision.take_over, SUPERVISOR),
            p.SupervisorReassign: Route(supervision.reassign, SUPERVISOR),
            p.SupervisorAgentState: Route(supervision.agent_state, SUPERVISOR),
        }

    # ------------------------------------------------------------ life cycle

    async def start(self) -> None:
        await self.coordinator.start(self.parts.pump)  # listening first: no revocation is missed
        self.revocations.update(await revocation_store.unexpired(self.store))
        await self.presence.restored()
        self._ticker = asyncio.create_task(self._tick_loop(), name="hub-ticker")

    async def stop(self) -> None:
        if self._ticker:
            self._ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._ticker
        self.presence.stop()
        self.parts.pump.stop()
        await self.coordinator.stop()

    async def _tick_loop(self) -> None:
        news_due = 0.0
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(TICK_S)
            try:
                self.router.tick()
                await self.parts.pump.pump()
                if loop.time() >= news_due:
                    news_due = loop.time() + QUEUE_NEWS_S
                    await self.parts.news.send()
                await self.parts.supervision.send()  # every tick: a change shows within ~0.3 s
            except Exception:  # one bad beat must not stop routing for good
                log.exception("routing tick failed")

    # ------------------------------------------------------------ connections and frames

    async def revoke_token(self, token_id: str, expires_at: float) -> int:
        """End a sign-in: stored first (a restart keeps it), refused here, told
        to the other processes; connections here signed in with it are closed
        (how many)."""
        await revocation_store.revoke(self.store, token_id, expires_at)
        self.revocations.add(token_id, expires_at)
        self.coordinator.token_revoked(token_id, expires_at)
        return await self.roster.end_sign_in(token_id)

    async def connected(self, conn: Connection, resume: dict[str, int]) -> None:
        await self.presence.connected(conn, resume)

    async def disconnected(self, conn: Connection) -> None:
        await self.presence.disconnected(conn)

    async def handle(self, conn: Connection, frame: BaseModel) -> None:
        route = self._routes.get(type(frame))
        if route is None:
            raise Refused("not_allowed", f"{frame.type} is not accepted here.")  # type: ignore[attr-defined]
        role = conn.identity.role
        if route.role == SUPERVISOR and role == AGENT and conn.identity.is_supervisor:
            role = SUPERVISOR
        if route.role is not None and role != route.role:
            await self.store.audit(conn.identity.ref, frame.type, "-", allowed=False,  # type: ignore[attr-defined]
                                   detail="wrong role")
            raise Refused("forbidden", f"A {role} cannot send {frame.type}.")  # type: ignore[attr-defined]
        await route.handler(conn, frame)
        await self.parts.pump.pump(wait=False)
