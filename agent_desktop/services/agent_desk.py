"""The signed-in expert's desk at the hub: presence, queues, offers, conversations (no Qt).

Views never see a socket or a frame: ``agent_desktop.qt.desk_signals`` turns
this desk's events into Qt signals, and the window calls its methods. State
that outlives a reconnect (conversations, the state the expert chose) lives
here, so a dropped link changes nothing the expert sees but the banner.
Frames in are handled by ``DeskFrames`` (``desk_frames.py``); requests out
and the rules for them are here.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from agent_desktop.domain.availability import DeviceCheck, channels_after, needs_device_check
from agent_desktop.domain.conversation import Conversation
from agent_desktop.domain.offer import OfferSummary
from agent_desktop.domain.queues import QueueRow
from agent_desktop.domain.throttle import Expiry, Throttle
from agent_desktop.domain.timefmt import ServerClock
from client_core.attachments import AttachmentError
from client_core.call import RelayPolicy
from client_core.conversation.early import EarlyFrames
from client_core.conversation.network import HubCallNetwork
from client_core.conversation.transcript import IncomingMessage
from client_core.events import Event
from client_core.hub_client import HubClient, LinkState, new_client_id
from client_core.tasks import TaskSet
from hub_protocol import frames as p

from .desk_frames import DeskFrames
from .hub_requests import request_in_background
from .login import HubTokens

log = logging.getLogger(__name__)

RunDeviceCheck = Callable[[], Awaitable[DeviceCheck]]
#: How long Available waits for the first queue list (it tells whether video customers may come).
FIRST_QUEUES_WAIT_S = 3.0


class DeskEvents:
    """What the desk announces; the Qt adapter turns each into a signal."""

    def __init__(self) -> None:
        self.link_changed: Event[str] = Event("link")
        self.status_changed: Event[str, datetime] = Event("agent status")
        self.queues_changed: Event[list[QueueRow]] = Event("queues")
        self.offer_received: Event[OfferSummary] = Event("offer")
        self.offer_revoked: Event[str, str] = Event("offer revoked")  # offer id, reason
        self.conversation_opened: Event[str] = Event("conversation opened")
        self.conversation_ended: Event[str] = Event("conversation ended")
        self.message_arrived: Event[str, str] = Event("message")  # conversation, sender
        self.typing_changed: Event[str, bool] = Event("typing")
        self.history_results: Event[p.HistoryResults] = Event("history results")
        self.history_opened: Event[Conversation] = Event("history opened")
        self.request_failed: Event[str, str] = Event("request failed")  # code, message
        self.sign_in_failed: Event[str, str] = Event("sign-in failed")
        self.rtc_signal: Event[p.RtcSignalRelay] = Event("rtc signal")  # for the calls
        # A supervisor started or stopped viewing, or whispered: the conversation's id.
        self.supervision_changed: Event[str] = Event("supervision")


class AgentDesk:
    def __init__(self, client: HubClient, display_name: str = "",
                 relay: RelayPolicy | None = None) -> None:
        self.client = client
        self.display_name = display_name
        self.relay = relay or RelayPolicy()  # IT policy's relay, replacing the hub's
        self._call_network: HubCallNetwork | None = None
        self.events = DeskEvents()
        self.clock = ServerClock()
        self.conversations: dict[str, Conversation] = {}
        self.offers: dict[str, OfferSummary] = {}
        self.state = "offline"
        self.since: datetime = datetime.now(UTC)
        self.wanted_state = "offline"  # what the expert chose; restored after a reconnect
        self.wanted_channels: list[str] | None = None  # ["chat"]: the device check failed
        self.devices_checked = False  # the camera/microphone check passed in this sign-in
        self.colleagues: list[p.AgentSummary] = []  # signed-in experts but this one
        self.user_id = ""
        self.link = LinkState.CONNECTING.value
        self.queues: list[QueueRow] = []
        self.queues_known = asyncio.Event()  # the first queue list arrived
        self.early: EarlyFrames[IncomingMessage] = EarlyFrames()  # overtook their transcript
        self.unawaited: set[str] = set()  # ids of frames sent without awaiting an ack
        self.typing_in = Expiry(6.0)
        self._typing_out = Throttle(3.0)
        self._tasks = TaskSet("agent desk request")
        self.frames = DeskFrames(self)  # hub frames in (tests feed it by hand too)
        client.add_listener(self.frames.handle)
        client.add_state_listener(self._on_link)

    # ------------------------------------------------------------ lifecycle

    async def start(self, timeout: float = 10.0) -> None:
        await self.client.start(wait=True, timeout=timeout)

    async def close(self) -> None:
        # Requests still waiting are dropped first: their answers can no longer come.
        self._tasks.cancel_all()
        await self.client.close()

    def _on_link(self, state: LinkState) -> None:
        self.link = state.value
        self.events.link_changed.emit(state.value)
        if state is LinkState.CLOSED and self.client.fatal_error is not None:
            err = self.client.fatal_error
            self.events.sign_in_failed.emit(err.code, err.message)

    @property
    def my_ref(self) -> str:
        """Our peer id in calls, as the hub names us in rtc.signal frames."""
        welcome = self.client.welcome
        return f"agent:{welcome.user_id}" if welcome is not None else "agent"

    @property
    def call_network(self) -> HubCallNetwork:
        """ICE servers, link checks and link news for this desk's calls (one for all)."""
        if self._call_network is None:
            self._call_network = HubCallNetwork(self.client, self.relay)
        return self._call_network

    @property
    def serves_video(self) -> bool:
        """Our skills include video: the hub lists video queues for us."""
        return any(q.channel == "video" for q in self.queues)

    # ------------------------------------------------------------ presence

    async def choose_state(self, state: str, run_device_check: RunDeviceCheck) -> DeviceCheck | None:
        """What the expert picked in the status menu (or the demo's ``--available``).

        Available for video needs a passed camera and microphone check, once per
        sign-in: ``run_device_check`` shows it; a failed check can still mean
        Available for chat only. Returns the check's outcome when one ran.
        """
        if state != "available":
            self._send_state(state, None)
            return None
        if not self.queues_known.is_set():
            try:  # the queue list tells whether video customers may come
                await asyncio.wait_for(self.queues_known.wait(), FIRST_QUEUES_WAIT_S)
            except TimeoutError:
                log.info("no queue list yet; going on with what is known")
        if not needs_device_check(self.serves_video, self.devices_checked):
            self._send_state("available", self.wanted_channels)
            return None
        return await self.check_devices(run_device_check)

    async def check_devices(self, run_device_check: RunDeviceCheck) -> DeviceCheck:
        """Run the check; Available for video on a pass, for chat only on request."""
        outcome = await run_device_check()
        if outcome is DeviceCheck.CANCELLED:
            return outcome
        self.devices_checked = outcome is DeviceCheck.PASSED
        self._send_state("available", channels_after(outcome))
        return outcome

    def _send_state(self, state: str, channels: list[str] | None) -> asyncio.Future[Any]:
        if state in ("available", "away", "offline"):
            self.wanted_state = state
        if state == "available":
            self.wanted_channels = channels
        return self._request(p.SetAgentState(state=state, channels=channels))  # type: ignore[arg-type]

    def restore_state(self) -> None:
        """A restarted hub forgets presence: say again that we are available."""
        self._send_state("available", self.wanted_channels)

    # ------------------------------------------------------------ requests out

    def _request(self, frame: Any, on_done: Callable[[Any], None] | None = None) -> asyncio.Future[Any]:
        return request_in_background(self.client, self._tasks, self.events.request_failed, frame, on_done)

    async def send_rtc(self, frame: dict[str, Any]) -> None:
        """The call engine's signals; dropped while offline (the engine restarts ICE)."""
        await self.client.send(p.RtcSignal(**frame))

    def invite(self, conversation_id: str, agent_id: int) -> asyncio.Future[Any]:
        return self._request(p.ConversationInvite(conversation_id=conversation_id, agent_id=agent_id))

    def leave(self, conversation_id: str) -> asyncio.Future[Any]:
        return self._request(p.ConversationLeave(conversation_id=conversation_id),
                             lambda _ack: self.mark_ended(conversation_id))

    def accept(self, offer_id: str) -> asyncio.Future[Any]:
        return self._request(p.OfferAccept(offer_id=offer_id))

    def decline(self, offer_id: str) -> asyncio.Future[Any]:
        self.offers.pop(offer_id, None)
        return self._request(p.OfferDecline(offer_id=offer_id))

    def send_text(self, conversation_id: str, text: str) -> str | None:
        conv = self.conversations.get(conversation_id)
        text = text.strip()[: p.MAX_TEXT_CHARS]
        if conv is None or conv.ended or not text:
            return None
        cid = new_client_id()
        # Shown at once as "sending"; the ack (or our echo) turns it into "sent".
        conv.transcript.add_pending(cid, text, self.display_name or "", self.clock.now())
        self._typing_out.reset(conversation_id)
        self._tasks.spawn(self.client.send_chat(conversation_id, text, cid))
        return cid

    async def send_file(self, conversation_id: str, path: Path) -> str:
        """Send a document or picture; "sent", or why not (``hub_protocol.attachments.ERRORS``,
        ``unreachable``, ``unreadable``). The message arrives like any other."""
        try:
            data = await asyncio.to_thread(path.read_bytes)
            await self.client.attachments().upload(conversation_id, path.name, data)
        except OSError as exc:
            log.info("could not read %s: %s", path, exc)
            return "unreadable"
        except AttachmentError as exc:
            return exc.code
        return "sent"

    async def fetch_file(self, attachment_id: str, *, preview: bool = False) -> bytes:
        """A file of one of our conversations (raises ``AttachmentError``)."""
        return await self.client.attachments().fetch(attachment_id, preview=preview)

    def typing(self, conversation_id: str) -> None:
        conv = self.conversations.get(conversation_id)
        if conv is None or conv.ended or self.link != LinkState.ONLINE.value:
            return
        if self._typing_out.ready(conversation_id):
            self._tasks.spawn(self.client.send(p.Typing(conversation_id=conversation_id)))

    def transfer(self, conversation_id: str, *, queue: tuple[str, str, str] | None = None,
                 agent_id: int | None = None, note: str = "") -> asyncio.Future[Any]:
        key = p.QueueKey(channel=queue[0], language=queue[1], topic=queue[2]) if queue else None  # type: ignore[arg-type]
        return self._request(p.ConversationTransfer(conversation_id=conversation_id, queue=key,
                                                    agent_id=agent_id, note=note),
                             lambda _ack: self.mark_ended(conversation_id))

    def end(self, conversation_id: str, wrap_up_code: str, note: str) -> asyncio.Future[Any]:
        return self._request(p.ConversationEnd(conversation_id=conversation_id,
                                               wrap_up_code=wrap_up_code, note=note),
                             lambda _ack: self.mark_ended(conversation_id))

    def mark_ended(self, conversation_id: str) -> None:
        conv = self.conversations.get(conversation_id)
        if conv is not None and not conv.ended:
            conv.ended = True
            self.events.conversation_ended.emit(conversation_id)

    def forget(self, conversation_id: str) -> None:
        """The expert closed an ended conversation's tab."""
        self.conversations.pop(conversation_id, None)

    # History answers are history.results / history.transcript frames, not
    # acks, so HubClient.request would wait for an ack that never comes: send
    # them and let the answer arrive as a frame (errors still come back by id).
    def search_history(self, criteria: dict[str, Any]) -> bool:
        """HistorySearch with these criteria (customer_ref, name, text, dates, topic, channel, expert)."""
        return self._send_if_online(p.HistorySearch(id=new_client_id(), **criteria))

    def open_history(self, conversation_id: str) -> bool:
        return self._send_if_online(p.HistoryOpen(id=new_client_id(), conversation_id=conversation_id))

    def _send_if_online(self, frame: Any) -> bool:
        if self.link != LinkState.ONLINE.value:
            self.events.request_failed.emit("offline", "")
            return False
        self.unawaited.add(frame.id)
        self._tasks.spawn(self.client.send(frame))
        return True


class DeskUnavailable(Exception):
    """Signed in, but the live connection to the hub could not be made."""


async def open_desk(hub_url: str, keeper: HubTokens, hub_options: dict[str, Any],
                    relay: RelayPolicy | None = None) -> AgentDesk:
    """The desk on a live connection that signs in with ``keeper``'s tokens and hands
    the hub each renewed one; if it cannot connect, the sign-in is ended too."""
    client = HubClient(hub_url, keeper.token, renew_in=keeper.renew_in, **hub_options)
    desk = AgentDesk(client, keeper.grant.display_name, relay)
    try:
        await desk.start()
    except Exception as exc:  # noqa: BLE001 - told to the expert; logged for support
        log.warning("hub connection failed: %s", exc)
        await desk.close()
        await keeper.end()
        raise DeskUnavailable(str(exc)) from None
    return desk
