"""What the hub asks of the other hub processes, if there are any.

One hub process (SQLite, or one process on PostgreSQL) has nobody to ask:
``service_hub.coordination.local.LocalCoordinator`` writes the queue's state
itself and routes every customer. Several processes on one PostgreSQL use
``service_hub.coordination.cluster.ClusterCoordinator``: every process mirrors
every waiting customer, an offer is shown only once its queue row is claimed,
and events cross over LISTEN/NOTIFY (docs/scale-out.md).

The handlers and the pump call only this interface; each method says what
the single process does and what a cluster adds.
"""

from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod
from typing import Any, Protocol

from pydantic import BaseModel

from ..routing import Admission, Offer, QueueKey
from ..store.repo import StoredMessage
from .live import LiveConversation


class RoutingTurns(Protocol):
    """The pump as a coordinator uses it: events from other processes are
    applied under its lock, then drained like the hub's own."""

    lock: asyncio.Lock

    async def drain(self) -> None: ...

    async def pump(self, *, wait: bool = True) -> None: ...


class Coordinator(ABC):
    # ------------------------------------------------------------ life cycle

    @abstractmethod
    async def start(self, routing: RoutingTurns) -> None:
        """Rebuild live state from the store after a (re)start: open
        conversations, waiting customers (their place kept), and served ones
        in ``awaiting_agent``. A cluster listens to the others first."""

    @abstractmethod
    async def stop(self) -> None: ...

    # ------------------------------------------------------------ conversations held

    @abstractmethod
    def opening(self, live: LiveConversation) -> None:
        """A new conversation, before its row commits (it may still fail)."""

    @abstractmethod
    def opened(self, live: LiveConversation) -> None:
        """The new conversation committed."""

    @abstractmethod
    def finished(self, live: LiveConversation) -> None:
        """The conversation ended here (``live.agent_id`` still its agent)."""

    @abstractmethod
    async def load_customer(self, customer_id: str) -> None:
        """A customer connected: hold their open conversations (all held already on one process)."""

    @abstractmethod
    async def load_agent(self, agent_id: int) -> list[LiveConversation]:
        """An agent signs in: conversations they serve that no router here
        holds yet (served on a process that stopped); none on one process."""

    # ------------------------------------------------------------ routing

    @abstractmethod
    def start_claim(self, offer: Offer) -> asyncio.Future[Any] | None:
        """Start claiming the customer for an offer to a local agent, now (the
        claims of one routing pass share a commit); None: no claim needed."""

    @abstractmethod
    async def claimed(self, offer: Offer, live: LiveConversation | None,
                      claim: asyncio.Future[Any]) -> LiveConversation | None:
        """The claim's outcome: the conversation to offer, or None when lost
        (the offer is withdrawn silently)."""

    @abstractmethod
    def offer_shown(self, live: LiveConversation, agent_id: int) -> None:
        """An offer is being shown; the queue row says so (a claim has said so already)."""

    @abstractmethod
    async def confirm_accept(self, offer: Offer) -> bool:
        """May the agent accept: is the offer still theirs?"""

    @abstractmethod
    async def release(self, live: LiveConversation) -> None:
        """An offer ended unaccepted: the customer's queue row is waiting again."""

    @abstractmethod
    async def requeue(self, live: LiveConversation, front: bool) -> bool:
        """The router put the customer back to waiting: write it. False: not
        ours to write (another process holds an offer of it); nothing to tell."""

    @abstractmethod
    async def enqueuing(self, live: LiveConversation, ts: float) -> None:
        """A handoff's enqueue is queued for commit, not committed yet."""

    @abstractmethod
    async def enqueue_failed(self, live: LiveConversation) -> None:
        """That enqueue failed or the queue refused it."""

    @abstractmethod
    def enqueued(self, live: LiveConversation, ts: float) -> Admission:
        """It committed: into the router here, or into every process's mirror."""

    @abstractmethod
    def on_duty_elsewhere(self, key: QueueKey) -> bool:
        """Is an agent of another process on duty for the queue?"""

    @abstractmethod
    def serving_elsewhere(self, agent_id: int) -> bool:
        """Is the agent signed in on another process?"""

    @abstractmethod
    def hand_over(self, agent_key: str) -> None:
        """The agent left here for another process, which serves their conversations now."""

    @abstractmethod
    def agent_state(self, agent_id: int, state: str) -> None:
        """An agent of this process changed state."""

    @abstractmethod
    def token_revoked(self, token_id: str, expires_at: float) -> None:
        """A sign-in token was revoked here (and stored): the other processes
        refuse it too and close their connections signed in with it."""

    # ------------------------------------------------------------ delivery

    @abstractmethod
    def deliver(self, live: LiveConversation, frame: BaseModel, *,
                exclude: str | None = None, to: str | None = None) -> None:
        """A frame the local participants have been sent, to those of other
        processes too (not to ``exclude``'s connections; only to ``to``'s)."""

    @abstractmethod
    async def deliver_message(self, live: LiveConversation, stored: StoredMessage) -> None:
        """A committed chat message to every participant, in seq order."""
