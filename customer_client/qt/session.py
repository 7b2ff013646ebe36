"""One customer's conversation with the hub, as a QObject with signals.

It owns the hub connection (created per session, closed and forgotten at the
end, so no token or text outlives it), the transcript, and the latest
handoff and queue figures. Pages call its coroutines through ``spawn`` and
listen to its signals; they never see a socket.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject, Signal

from client_core.conversation.early import EarlyFrames
from client_core.conversation.transcript import IncomingMessage, Transcript
from client_core.hub_client import HubRequestError, LinkState, new_client_id
from client_core.qt.hub_bridge import HubBridge
from client_core.tasks import TaskSet
from hub_protocol import frames as p
from hub_protocol.events import EventCode, SystemEvent

from ..domain.problems import Problem, problem_for_code
from .transcript_model import TranscriptModel

log = logging.getLogger(__name__)

TokenProvider = Callable[[], str | None]
#: How long we wait quietly before telling the customer the hub is unreachable.
UNREACHABLE_AFTER_S = 3.0


class CustomerSession(QObject):
    linkChanged = Signal(str)  # LinkState value
    problemRaised = Signal(str)  # domain.problems.Problem value
    problemCleared = Signal()
    conversationStarted = Signal(str)
    stateChanged = Signal(str)  # bot, new, queued, offered, active, ended
    handoffChanged = Signal(object)  # protocol.HandoffStatus
    queueChanged = Signal(object)  # protocol.QueueStatus
    feedbackRequested = Signal()
    feedbackSent = Signal()
    agentJoined = Signal(str)
    agentTyping = Signal()
    rtcSignal = Signal(object)  # protocol.RtcSignalRelay

    def __init__(self, hub_url: str, token: TokenProvider, parent: QObject | None = None,
                 **client_options: Any) -> None:
        super().__init__(parent)
        self.hub_url = hub_url
        self._token = token
        self._client_options = client_options
        self.bridge: HubBridge | None = None
        self.transcript = Transcript(own_sender="customer")
        self.model = TranscriptModel(self.transcript, self)
        self.tasks = TaskSet("customer session task")
        self._closing: set[HubBridge] = set()  # bridges whose sockets are still closing
        self._reset_state()

    def _reset_state(self) -> None:
        self.conversation_id: str | None = None
        self.channel: str | None = None
        self.state: str | None = None
        self.handoff: p.HandoffStatus | None = None
        self.queue: p.QueueStatus | None = None
        self.agent_name: str | None = None
        self.feedback_due = False  # the hub asked, and we have not answered yet
        self._early: EarlyFrames[Any] = EarlyFrames()  # frames before chat.start's ack
        self._starting = False

    # ------------------------------------------------------------ helpers

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run a coroutine from a slot; cancelled when the session ends."""
        return self.tasks.spawn(coro)

    @property
    def my_ref(self) -> str | None:
        if self.bridge is None or self.bridge.client.welcome is None:
            return None
        return f"customer:{self.bridge.client.welcome.user_id}"

    @property
    def online(self) -> bool:
        return self.bridge is not None and self.bridge.online

    # ------------------------------------------------------------ connection

    async def connect(self) -> bool:
        """Connect (or keep the connection); tells the customer while it retries."""
        if self.bridge is None:
            token = self._token()
            if not token:
                self.problemRaised.emit(Problem.SIGN_IN_FAILED.value)
                return False
            self.bridge = HubBridge(self.hub_url, token, self, **self._client_options)
            self.bridge.frameReceived.connect(self._on_frame)
            self.bridge.linkStateChanged.connect(self._on_link)
            await self.bridge.client.start(wait=False)
        client = self.bridge.client
        told = False
        while True:
            try:
                await client.wait_online(UNREACHABLE_AFTER_S)
                break
            except HubRequestError:
                self.problemRaised.emit(Problem.SIGN_IN_FAILED.value)
                return False
            except TimeoutError:
                if client.fatal_error is not None:
                    self.problemRaised.emit(Problem.SIGN_IN_FAILED.value)
                    return False
                if not told:
                    told = True
                    self.problemRaised.emit(Problem.HUB_UNREACHABLE.value)
        if told:
            self.problemCleared.emit()
        return True

    def _on_link(self, state: str) -> None:
        self.linkChanged.emit(state)
        if state == LinkState.RECONNECTING.value:
            self.problemRaised.emit(Problem.HUB_UNREACHABLE.value)
        elif state == LinkState.ONLINE.value:
            self.problemCleared.emit()

    async def _request(self, frame: Any) -> Any | None:
        """A request whose refusal becomes a customer-facing problem (None)."""
        assert self.bridge is not None
        try:
            return await self.bridge.client.request(frame)
        except HubRequestError as exc:
            log.info("hub refused %s: %s", frame.type, exc.code)
            self.problemRaised.emit(problem_for_code(exc.code).value)
        except (TimeoutError, ConnectionError):
            self.problemRaised.emit(Problem.HUB_UNREACHABLE.value)
        return None

    # ------------------------------------------------------------ customer actions

    async def start(self, channel: str, language: str, topic: str) -> str | None:
        if not await self.connect():
            return None
        self.channel = channel
        self._starting = True
        try:
            ack = await self._request(p.ChatStart(channel=channel, language=language, topic=topic))  # type: ignore[arg-type]
        finally:
            self._starting = False
        if ack is None:
            self._early.clear()
            return None
        self.conversation_id = ack.conversation_id
        self.conversationStarted.emit(ack.conversation_id)
        for frame in self._early.take(ack.conversation_id):
            self._on_frame(frame)
        self._early.clear()
        return ack.conversation_id

    async def send_text(self, text: str) -> None:
        text = text.strip()
        if not text or self.bridge is None or self.conversation_id is None:
            return
        client_id = new_client_id()
        self.transcript.add_pending(client_id, text, "")
        await self.bridge.client.send_chat(self.conversation_id, text, client_id)

    async def typing(self) -> None:
        if self.bridge is not None and self.conversation_id is not None:
            await self.bridge.client.send(p.Typing(conversation_id=self.conversation_id))

    async def request_handoff(self, precheck: dict[str, Any] | None = None) -> bool:
        if self.conversation_id is None:
            return False
        ack = await self._request(p.HandoffRequest(conversation_id=self.conversation_id,
                                                   precheck=precheck))
        return ack is not None

    async def end(self) -> bool:
        """The customer ends the chat or call (with the bot, or with the expert).

        The hub ends the conversation and answers with ``feedback.request``; the
        feedback page follows that, as it does when the expert ends.
        """
        if self.conversation_id is None:
            return False
        ack = await self._request(p.ConversationEnd(conversation_id=self.conversation_id))
        return ack is not None

    async def leave_queue(self) -> None:
        if self.conversation_id is not None:
            await self._request(p.QueueLeave(conversation_id=self.conversation_id))

    async def submit_feedback(self, rating: int | None, comment: str | None = None) -> bool:
        """Answer the hub's feedback.request; True if the hub stored it.

        Never blocks the customer: a refusal or a lost link is only logged.
        """
        conv = self.conversation_id
        if conv is None or not self.feedback_due or self.bridge is None:
            log.info("feedback not sent: the hub has not asked for it")
            self.feedbackSent.emit()
            return False
        comment = (comment or "").strip() or None
        frame = (p.FeedbackSubmit(conversation_id=conv, skipped=True) if rating is None else
                 p.FeedbackSubmit(conversation_id=conv, rating=rating, comment=comment))
        self.feedback_due = False
        stored = False
        try:
            await self.bridge.client.request(frame)
            stored = True
        except (HubRequestError, TimeoutError, ConnectionError) as exc:
            log.info("feedback not stored: %s", exc)
        self.feedbackSent.emit()
        return stored

    async def send_rtc(self, frame: dict[str, Any]) -> None:
        if self.bridge is not None:
            await self.bridge.client.send(p.RtcSignal(**frame))

    def shutdown(self) -> asyncio.Task[None] | None:
        """End of a session: drop the connection (and the token with it) and every text.

        The forgetting happens now, synchronously, so a new session started right
        after cannot be hit by it; only closing the socket is left to the loop.
        """
        try:
            current = asyncio.current_task()
        except RuntimeError:  # called from a plain Qt slot or a test, outside the loop
            current = None
        self.tasks.cancel_all(keep=current)
        bridge, self.bridge = self.bridge, None
        # Someone waiting in the queue who starts over gives the place up.
        leave = (p.QueueLeave(conversation_id=self.conversation_id)
                 if self.state in ("queued", "offered") and self.conversation_id else None)
        self.transcript.clear()
        self._reset_state()
        if bridge is None:
            return None
        bridge.frameReceived.disconnect(self._on_frame)
        bridge.linkStateChanged.disconnect(self._on_link)
        # Outlive the window while the socket closes (kiosk exit, test teardown).
        bridge.setParent(None)
        self._closing.add(bridge)

        async def close_link() -> None:
            if leave is not None:
                try:
                    await bridge.client.request(leave, timeout=3)
                except (HubRequestError, TimeoutError, ConnectionError) as exc:
                    log.info("could not leave the queue on the way out: %s", exc)
            try:
                await bridge.close()
            finally:
                self._closing.discard(bridge)
                bridge.deleteLater()

        return asyncio.ensure_future(close_link())

    async def close(self) -> None:
        task = self.shutdown()
        if task is not None:
            await task

    # ------------------------------------------------------------ frames in

    def _on_frame(self, frame: Any) -> None:
        conv = getattr(frame, "conversation_id", None)
        if isinstance(frame, p.Ack):
            if frame.ref and frame.conversation_id == self.conversation_id:
                self.transcript.ack(frame.ref, frame.seq)
            return
        if isinstance(frame, p.Welcome | p.Pong):
            return
        if isinstance(frame, p.ErrorFrame):
            if frame.ref is None:
                log.info("hub error: %s", frame.code)
            return
        if conv is None:
            return
        if self.conversation_id is None:
            if self._starting:
                self._early.keep(conv, frame)
            return
        if conv != self.conversation_id:
            return  # an older conversation of the same customer
        if isinstance(frame, p.ChatMessage):
            self.transcript.add(IncomingMessage.of(frame))
            notice = SystemEvent.parse(frame.text) if frame.sender == "system" else None
            if notice is not None and notice.code is EventCode.JOINED:
                self.agent_name = notice.detail
                self.agentJoined.emit(notice.detail)
        elif isinstance(frame, p.ConversationStatus):
            if frame.agent_name:
                self.agent_name = frame.agent_name
            if frame.state != self.state:
                self.state = frame.state
                if frame.state not in ("queued", "offered"):
                    self.queue = None
                self.stateChanged.emit(frame.state)
        elif isinstance(frame, p.HandoffStatus):
            self.handoff = frame
            self.handoffChanged.emit(frame)
        elif isinstance(frame, p.QueueStatus):
            self.queue = frame
            self.queueChanged.emit(frame)
        elif isinstance(frame, p.FeedbackRequest):
            self.feedback_due = True
            self.feedbackRequested.emit()
        elif isinstance(frame, p.RtcSignalRelay):
            self.rtcSignal.emit(frame)
        elif isinstance(frame, p.TypingRelay) and frame.sender != "customer":
            self.agentTyping.emit()
