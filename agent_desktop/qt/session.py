"""The signed-in agent's session: hub frames in, Qt signals out, requests out.

Views connect to signals and call methods; they never see a socket or a
frame. State that outlives a reconnect (conversations, the state the agent
chose) lives here, so a dropped link changes nothing the agent sees except
the banner.
"""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from agent_desktop.domain.conversation import Conversation
from agent_desktop.domain.offer import OfferSummary, summarize_offer
from agent_desktop.domain.queues import QueueRow, sort_rows
from agent_desktop.domain.throttle import Expiry, Throttle
from agent_desktop.domain.timefmt import ServerClock
from client_core.conversation.early import EarlyFrames
from client_core.conversation.transcript import IncomingMessage, Transcript
from client_core.hub_client import HubRequestError, LinkState, new_client_id
from client_core.qt.hub_bridge import HubBridge
from client_core.tasks import spawn
from hub_protocol import frames as p

log = logging.getLogger(__name__)


class AgentSession(QObject):
    linkStateChanged = Signal(str)
    agentStatusChanged = Signal(str, object)  # state, since (server datetime)
    queuesChanged = Signal(list)  # list[QueueRow]
    offerReceived = Signal(object)  # OfferSummary
    offerRevoked = Signal(str, str)  # offer id, reason
    conversationOpened = Signal(str)
    conversationEnded = Signal(str)
    messageArrived = Signal(str, str)  # conversation id, sender
    typingChanged = Signal(str, bool)
    historyResults = Signal(object)  # p.HistoryResults
    historyOpened = Signal(object)  # Conversation (read only)
    requestFailed = Signal(str, str)  # code, message
    signInFailed = Signal(str, str)
    rtcSignal = Signal(object)  # p.RtcSignalRelay, for the conversation's call

    def __init__(self, bridge: HubBridge, display_name: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.display_name = display_name
        self.clock = ServerClock()
        self.conversations: dict[str, Conversation] = {}
        self.offers: dict[str, OfferSummary] = {}
        self.state = "offline"
        self.since: datetime = datetime.now(UTC)
        self.wanted_state = "offline"  # what the agent chose; restored after a reconnect
        self.wanted_channels: list[str] | None = None  # ["chat"]: video devices failed the check
        self.devices_checked = False  # the camera/microphone check passed in this session
        self.colleagues: list[p.AgentSummary] = []  # signed-in agents but this one
        self.user_id = ""
        self.link = "connecting"
        self.queues: list[QueueRow] = []
        self._early: EarlyFrames[IncomingMessage] = EarlyFrames()  # messages that overtook their conversation's transcript
        self._welcomed = False
        self._unawaited: set[str] = set()  # ids of frames sent without awaiting an ack
        self._typing_out = Throttle(3.0)
        self.typing_in = Expiry(6.0)
        bridge.frameReceived.connect(self._on_frame)
        bridge.linkStateChanged.connect(self._on_link)
        bridge.signInFailed.connect(self.signInFailed)

    # ------------------------------------------------------------ lifecycle

    async def start(self, timeout: float = 10.0) -> None:
        await self.bridge.start(timeout)

    async def close(self) -> None:
        await self.bridge.close()

    # ------------------------------------------------------------ frames in

    def _on_link(self, state: str) -> None:
        self.link = state
        self.linkStateChanged.emit(state)

    def _on_frame(self, frame: Any) -> None:
        handler = getattr(self, "_on_" + type(frame).__name__, None)
        if handler is not None:
            handler(frame)

    def _on_Welcome(self, frame: p.Welcome) -> None:
        self.clock.sync(frame.server_time)
        self.display_name = frame.display_name
        self.user_id = frame.user_id
        reconnect = self._welcomed
        self._welcomed = True
        # A restarted hub forgets presence: say again that we are available.
        if reconnect and self.wanted_state == "available" and frame.agent_state not in ("available", "busy"):
            self.set_state("available", self.wanted_channels)

    def _on_AgentStatus(self, frame: p.AgentStatus) -> None:
        self.state, self.since = frame.state, frame.since
        if frame.reason == "missed_offers":
            self.wanted_state = "away"  # the hub parked us: do not undo that on reconnect
        self.agentStatusChanged.emit(frame.state, frame.since)

    def _on_QueuesSnapshot(self, frame: p.QueuesSnapshot) -> None:
        now = time.monotonic()
        self.queues = sort_rows([
            QueueRow(q.queue.channel, q.queue.language, q.queue.topic, q.waiting, q.longest_wait_s,
                     q.agents_available, q.open, q.next_opening, now)
            for q in frame.queues
        ])
        if frame.agents is not None:  # None: unchanged
            self.colleagues = [a for a in frame.agents if str(a.agent_id) != self.user_id]
        self.queuesChanged.emit(self.queues)

    def _on_Offer(self, frame: p.Offer) -> None:
        summary = summarize_offer(
            offer_id=frame.offer_id, conversation_id=frame.conversation_id, channel=frame.channel,
            language=frame.language, topic=frame.topic, waited_s=frame.waited_s,
            expires_in_s=frame.expires_in_s, context=frame.context, precheck=frame.precheck,
        )
        self.offers[frame.offer_id] = summary
        self.offerReceived.emit(summary)

    def _on_OfferRevoked(self, frame: p.OfferRevoked) -> None:
        self.offers.pop(frame.offer_id, None)
        self.offerRevoked.emit(frame.offer_id, frame.reason)

    def _on_ConversationAssigned(self, frame: p.ConversationAssigned) -> None:
        conv = self.conversations.get(frame.conversation_id)
        if conv is None:
            conv = Conversation(frame.conversation_id, frame.customer_id, frame.customer_name,
                                frame.channel, frame.language, frame.topic, dict(frame.context),
                                frame.precheck, Transcript(frame.conversation_id))
            self.conversations[conv.id] = conv
        else:  # re-sent after a reconnect: same tab, refreshed facts
            conv.context, conv.precheck, conv.ended = dict(frame.context), frame.precheck, False
        conv.transcript.load(IncomingMessage.of(m) for m in frame.messages)
        self._add_early(conv)
        self.offers.pop(frame.conversation_id, None)
        self.conversationOpened.emit(conv.id)

    def _on_ConversationInvited(self, frame: p.ConversationInvited) -> None:
        """A colleague asked us into their video call (we interpret)."""
        conv = Conversation(frame.conversation_id, frame.customer_id, frame.customer_name,
                            frame.channel, frame.language, frame.topic, {"invited_by": frame.invited_by},
                            None, Transcript(frame.conversation_id), guest=True,
                            participants=list(frame.participants))
        self.conversations[conv.id] = conv
        conv.transcript.load(IncomingMessage.of(m) for m in frame.messages)
        self._add_early(conv)
        self.conversationOpened.emit(conv.id)

    def _add_early(self, conv: Conversation) -> None:
        for m in self._early.take(conv.id):
            conv.transcript.add(m)

    def _on_RtcSignalRelay(self, frame: p.RtcSignalRelay) -> None:
        if frame.conversation_id in self.conversations:
            self.rtcSignal.emit(frame)

    def _on_ChatMessage(self, frame: p.ChatMessage) -> None:
        conv = self.conversations.get(frame.conversation_id)
        if conv is None:  # it overtook the transcript: shown once that arrives
            self._early.keep(frame.conversation_id, IncomingMessage.of(frame))
            return
        if conv.transcript.add(IncomingMessage.of(frame)) and frame.sender not in ("agent",):
            if frame.sender == "customer":
                self.typing_in.clear(conv.id)
                self.typingChanged.emit(conv.id, False)
            self.messageArrived.emit(conv.id, frame.sender)

    def _on_Ack(self, frame: p.Ack) -> None:
        if frame.ref and frame.conversation_id and frame.seq is not None:
            conv = self.conversations.get(frame.conversation_id)
            if conv is not None:
                conv.transcript.ack(frame.ref, frame.seq)

    def _on_ConversationStatus(self, frame: p.ConversationStatus) -> None:
        conv = self.conversations.get(frame.conversation_id)
        if conv is None or conv.read_only:
            return
        if frame.state in ("ended", "wrap_up", "queued") and not conv.ended:
            # queued: the hub gave the customer to someone else (we were gone too long)
            conv.ended = True
            self.conversationEnded.emit(conv.id)

    def _on_TypingRelay(self, frame: p.TypingRelay) -> None:
        if frame.conversation_id in self.conversations and frame.sender == "customer":
            self.typing_in.touch(frame.conversation_id)
            self.typingChanged.emit(frame.conversation_id, True)

    def _on_ErrorFrame(self, frame: p.ErrorFrame) -> None:
        # Errors for requests are raised to their caller; this catches the rest
        # (history, typing) so the agent still hears about them.
        if frame.ref is None or frame.ref in self._unawaited:
            self._unawaited.discard(frame.ref or "")
            self.requestFailed.emit(frame.code, frame.message)

    def _on_HistoryResults(self, frame: p.HistoryResults) -> None:
        self.historyResults.emit(frame)

    def _on_HistoryTranscript(self, frame: p.HistoryTranscript) -> None:
        ctx = dict(frame.context)
        conv = Conversation(frame.conversation_id, "", str(ctx.get("customer_name", "")), "chat",
                            str(ctx.get("language", "fi")), "", ctx, None,
                            Transcript(frame.conversation_id), read_only=True, ended=True)
        conv.transcript.load(IncomingMessage.of(m) for m in frame.messages)
        self.historyOpened.emit(conv)

    # ------------------------------------------------------------ requests out

    def _request(self, frame: Any, on_done: Any = None) -> asyncio.Future[Any]:
        async def run() -> Any:
            try:
                result = await self.bridge.client.request(frame)
            except HubRequestError as exc:
                self.requestFailed.emit(exc.code, exc.message)
                return None
            except (TimeoutError, ConnectionError) as exc:
                self.requestFailed.emit("unreachable", str(exc))
                return None
            if on_done is not None:
                on_done(result)
            return result

        return spawn(run())

    @property
    def my_ref(self) -> str:
        """Our peer id in calls, as the hub names us in rtc.signal frames."""
        welcome = self.bridge.client.welcome
        return f"agent:{welcome.user_id}" if welcome is not None else "agent"

    @property
    def serves_video(self) -> bool:
        """Our skills include video: the hub lists video queues for us."""
        return any(q.channel == "video" for q in self.queues)

    def set_state(self, state: str, channels: list[str] | None = None) -> asyncio.Future[Any]:
        if state in ("available", "away", "offline"):
            self.wanted_state = state
        if state == "available":
            self.wanted_channels = channels
        return self._request(p.SetAgentState(state=state, channels=channels))  # type: ignore[arg-type]

    async def send_rtc(self, frame: dict[str, Any]) -> None:
        """The call engine's signals; dropped while offline (the engine restarts ICE)."""
        await self.bridge.client.send(p.RtcSignal(**frame))

    def invite(self, conversation_id: str, agent_id: int) -> asyncio.Future[Any]:
        return self._request(p.ConversationInvite(conversation_id=conversation_id, agent_id=agent_id))

    def leave(self, conversation_id: str) -> asyncio.Future[Any]:
        return self._request(p.ConversationLeave(conversation_id=conversation_id),
                             lambda _ack: self._mark_ended(conversation_id))

    def accept(self, offer_id: str) -> asyncio.Future[Any]:
        return self._request(p.OfferAccept(offer_id=offer_id))

    def decline(self, offer_id: str) -> asyncio.Future[Any]:
        self.offers.pop(offer_id, None)
        return self._request(p.OfferDecline(offer_id=offer_id))

    def send_text(self, conversation_id: str, text: str) -> str | None:
        conv = self.conversations.get(conversation_id)
        text = text.strip()
        if conv is None or conv.ended or not text:
            return None
        cid = new_client_id()
        # Shown at once as "sending"; the ack (or our echo) turns it into "sent".
        conv.transcript.add_pending(cid, text[: p.MAX_TEXT_CHARS], self.display_name or "", self.clock.now())
        self._typing_out.reset(conversation_id)
        spawn(self.bridge.client.send_chat(conversation_id, text[: p.MAX_TEXT_CHARS], cid))
        return cid

    def typing(self, conversation_id: str) -> None:
        conv = self.conversations.get(conversation_id)
        if conv is None or conv.ended or self.link != LinkState.ONLINE.value:
            return
        if self._typing_out.ready(conversation_id):
            spawn(self.bridge.client.send(p.Typing(conversation_id=conversation_id)))

    def transfer(self, conversation_id: str, *, queue: tuple[str, str, str] | None = None,
                 agent_id: int | None = None, note: str = "") -> asyncio.Future[Any]:
        key = p.QueueKey(channel=queue[0], language=queue[1], topic=queue[2]) if queue else None  # type: ignore[arg-type]
        return self._request(p.ConversationTransfer(conversation_id=conversation_id, queue=key,
                                                    agent_id=agent_id, note=note),
                             lambda _ack: self._mark_ended(conversation_id))

    def end(self, conversation_id: str, wrap_up_code: str, note: str) -> asyncio.Future[Any]:
        return self._request(p.ConversationEnd(conversation_id=conversation_id,
                                               wrap_up_code=wrap_up_code, note=note),
                             lambda _ack: self._mark_ended(conversation_id))

    def _mark_ended(self, conversation_id: str) -> None:
        conv = self.conversations.get(conversation_id)
        if conv is not None and not conv.ended:
            conv.ended = True
            self.conversationEnded.emit(conversation_id)

    def forget(self, conversation_id: str) -> None:
        """The agent closed an ended conversation's tab."""
        self.conversations.pop(conversation_id, None)

    # History answers are history.results / history.transcript frames, not
    # acks, so HubClient.request would wait for an ack that never comes: send
    # them and let the answer arrive as a frame (errors still come back by id).
    def search_history(self, customer_ref: str) -> bool:
        return self._send_if_online(p.HistorySearch(id=new_client_id(), customer_ref=customer_ref))

    def open_history(self, conversation_id: str) -> bool:
        return self._send_if_online(p.HistoryOpen(id=new_client_id(), conversation_id=conversation_id))

    def _send_if_online(self, frame: Any) -> bool:
        if self.link != LinkState.ONLINE.value:
            self.requestFailed.emit("offline", "")
            return False
        self._unawaited.add(frame.id)
        spawn(self.bridge.client.send(frame))
        return True
