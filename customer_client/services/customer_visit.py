"""One customer's visit: from choosing a service to feedback, then forgotten (no Qt).

It owns the hub connection (made per visit with the signed-in person's
credentials from ``customer_identity``, closed and forgotten at the end, so
no token or text outlives it), the transcript, the latest handoff and
queue figures, and the work it started. Pages call its coroutines through
``spawn`` and hear its events through ``customer_client.qt.visit_signals``;
they never see a socket. A kiosk's "start over" ends the visit.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from client_core.attachments import AttachmentError
from client_core.call import RelayPolicy
from client_core.conversation.early import EarlyFrames
from client_core.conversation.network import HubCallNetwork
from client_core.conversation.transcript import IncomingMessage, Transcript
from client_core.conversation.typing import Expiry, Throttle
from client_core.events import Event
from client_core.hub_client import HubClient, HubRequestError, LinkState, new_client_id
from client_core.hub_renewal import HubCredentials
from client_core.tasks import TaskSet
from hub_protocol import frames as p
from hub_protocol.events import EventCode, SystemEvent

from ..domain.problems import Problem, problem_for_code

log = logging.getLogger(__name__)

# The signed-in person's credentials (services.customer_identity), or a fixed token.
TokenProvider = Callable[[], HubCredentials | str | None]
#: How long we wait quietly before telling the customer the hub is unreachable.
UNREACHABLE_AFTER_S = 3.0


class VisitEvents:
    """What a visit announces; the Qt adapter turns each into a signal."""

    def __init__(self) -> None:
        self.link_changed: Event[str] = Event("link")  # LinkState value
        self.problem_raised: Event[Problem] = Event("problem")
        self.problem_cleared: Event[()] = Event("problem cleared")
        self.conversation_started: Event[str] = Event("conversation started")
        self.state_changed: Event[str] = Event("state")  # bot, new, queued, offered, active, ended
        self.handoff_changed: Event[p.HandoffStatus] = Event("handoff status")
        self.queue_changed: Event[p.QueueStatus] = Event("queue status")
        self.feedback_requested: Event[()] = Event("feedback requested")
        self.feedback_sent: Event[()] = Event("feedback sent")
        self.agent_joined: Event[str] = Event("expert joined")
        self.agent_typing: Event[()] = Event("expert typing")  # started, or stopped showing
        self.rtc_signal: Event[p.RtcSignalRelay] = Event("rtc signal")
        # Sending a file: "sending", "sent", or the hub's refusal (hub_protocol.attachments.ERRORS)
        self.file_status: Event[str] = Event("file status")


class CustomerVisit:
    def __init__(self, hub_url: str, token: TokenProvider, relay: RelayPolicy | None = None,
                 **client_options: Any) -> None:
        self.hub_url = hub_url
        self.relay = relay or RelayPolicy()  # IT policy's relay, replacing the hub's
        self._call_network: HubCallNetwork | None = None
        self._token = token
        self._client_options = client_options
        self.events = VisitEvents()
        self.client: HubClient | None = None
        self.transcript = Transcript(own_sender="customer")
        self.tasks = TaskSet("customer visit task")
        self._closing: set[asyncio.Task[None]] = set()  # connections still closing
        self._reset_state()

    def _reset_state(self) -> None:
        self.conversation_id: str | None = None
        self.channel: str | None = None
        self.state: str | None = None
        self.handoff: p.HandoffStatus | None = None
        self.queue: p.QueueStatus | None = None
        self.agent_name: str | None = None
        self.feedback_due = False  # the hub asked, and we have not answered yet
        self.catalog: p.ServicesCatalog | None = None  # the hub's services, asked once a visit
        self._early: EarlyFrames[Any] = EarlyFrames()  # frames before chat.start's ack
        self._starting = False
        self.typing_in = Expiry()  # the expert's "writing…", until it goes stale
        self._typing_out = Throttle()

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run a coroutine from a page; cancelled when the visit ends."""
        return self.tasks.spawn(coro)

    @property
    def my_ref(self) -> str | None:
        if self.client is None or self.client.welcome is None:
            return None
        return f"customer:{self.client.welcome.user_id}"

    @property
    def call_network(self) -> HubCallNetwork | None:
        """ICE servers, link checks and link news for this visit's call."""
        if self.client is None:
            return None
        if self._call_network is None or self._call_network.client is not self.client:
            self._call_network = HubCallNetwork(self.client, self.relay)
        return self._call_network

    @property
    def online(self) -> bool:
        return self.client is not None and self.client.state is LinkState.ONLINE

    # ------------------------------------------------------------ connection

    async def connect(self) -> bool:
        """Connect (or keep the connection); tells the customer while it retries."""
        if self.client is None:
            credentials = self._token()
            if not credentials:
                self.events.problem_raised.emit(Problem.SIGN_IN_FAILED)
                return False
            if isinstance(credentials, str):
                credentials = HubCredentials(credentials)
            self.client = HubClient(self.hub_url, credentials.token, renew_in=credentials.renew_in,
                                    **self._client_options)
            self.client.add_listener(self._on_frame)
            self.client.add_state_listener(self._on_link)
            await self.client.start(wait=False)
        client = self.client
        told = False
        while True:
            try:
                await client.wait_online(UNREACHABLE_AFTER_S)
                break
            except HubRequestError as exc:
                self.events.problem_raised.emit(_refusal(exc.code))
                return False
            except TimeoutError:
                if client.fatal_error is not None:
                    self.events.problem_raised.emit(_refusal(client.fatal_error.code))
                    return False
                if not told:
                    told = True
                    self.events.problem_raised.emit(Problem.HUB_UNREACHABLE)
        if told:
            self.events.problem_cleared.emit()
        return True

    def _on_link(self, state: LinkState) -> None:
        self.events.link_changed.emit(state.value)
        if state is LinkState.RECONNECTING:
            self.events.problem_raised.emit(Problem.HUB_UNREACHABLE)
        elif state is LinkState.ONLINE:
            self.events.problem_cleared.emit()

    async def _request(self, frame: Any) -> Any | None:
        """A request whose refusal becomes a customer-facing problem (None)."""
        assert self.client is not None
        try:
            return await self.client.request(frame)
        except HubRequestError as exc:
            log.info("hub refused %s: %s", frame.type, exc.code)
            self.events.problem_raised.emit(problem_for_code(exc.code))
        except (TimeoutError, ConnectionError):
            self.events.problem_raised.emit(Problem.HUB_UNREACHABLE)
        return None

    # ------------------------------------------------------------ customer actions

    async def services(self) -> p.ServicesCatalog | None:
        """The hub's services: weekly hours, date ranges, topics (None: not reached)."""
        if self.catalog is None and await self.connect():
            self.catalog = await self._request(p.ServicesQuery())
        return self.catalog

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
        self.events.conversation_started.emit(ack.conversation_id)
        for frame in self._early.take(ack.conversation_id):
            self._on_frame(frame)
        self._early.clear()
        return ack.conversation_id

    async def send_text(self, text: str) -> None:
        text = text.strip()
        if not text or self.client is None or self.conversation_id is None:
            return
        client_id = new_client_id()
        self.transcript.add_pending(client_id, text, "")
        self._typing_out.reset("out")
        await self.client.send_chat(self.conversation_id, text, client_id)

    @property
    def expert_typing(self) -> bool:
        return self.state == "active" and self.typing_in.active("in")

    async def send_file(self, path: Path) -> bool:
        """Send a document or photo; the hub scans it and posts it in the conversation.

        The message itself arrives like any other (``chat.message`` with its
        attachment); a refusal (too large, not a PDF or image, a virus, no
        scanner) is told through ``file_status``."""
        if self.client is None or self.conversation_id is None:
            return False
        self.events.file_status.emit("sending")
        try:
            data = await asyncio.to_thread(path.read_bytes)
            await self.client.attachments().upload(self.conversation_id, path.name, data)
        except OSError as exc:
            log.info("could not read %s: %s", path, exc)
            self.events.file_status.emit("unreadable")
            return False
        except AttachmentError as exc:
            log.info("file refused: %s", exc.code)
            self.events.file_status.emit(exc.code)
            return False
        self.events.file_status.emit("sent")
        return True

    async def save_file(self, attachment_id: str, path: Path) -> bool:
        """Save a file of this conversation (the expert's leaflet, say) where the customer chose."""
        if self.client is None:
            return False
        try:
            data = await self.client.attachments().fetch(attachment_id)
            await asyncio.to_thread(path.write_bytes, data)
        except AttachmentError as exc:
            self.events.file_status.emit(exc.code)
            return False
        except OSError as exc:
            log.info("could not write %s: %s", path, exc)
            self.events.file_status.emit("unwritable")
            return False
        self.events.file_status.emit("saved")
        return True

    async def typing(self) -> None:
        """The customer is writing: tell the expert, at most once per interval."""
        if (self.client is not None and self.conversation_id is not None
                and self.state == "active" and self._typing_out.ready("out")):
            await self.client.send(p.Typing(conversation_id=self.conversation_id))

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
        if conv is None or not self.feedback_due or self.client is None:
            log.info("feedback not sent: the hub has not asked for it")
            self.events.feedback_sent.emit()
            return False
        comment = (comment or "").strip() or None
        frame = (p.FeedbackSubmit(conversation_id=conv, skipped=True) if rating is None else
                 p.FeedbackSubmit(conversation_id=conv, rating=rating, comment=comment))
        self.feedback_due = False
        stored = False
        try:
            await self.client.request(frame)
            stored = True
        except (HubRequestError, TimeoutError, ConnectionError) as exc:
            log.info("feedback not stored: %s", exc)
        self.events.feedback_sent.emit()
        return stored

    async def note_transcript(self, language: str) -> bool:
        """The customer saved a copy of the ended conversation: noted in it at the hub."""
        if self.conversation_id is None or self.client is None:
            return False
        frame = p.TranscriptSaved(conversation_id=self.conversation_id, language=language)  # type: ignore[arg-type]
        return await self._request(frame) is not None

    async def send_rtc(self, frame: dict[str, Any]) -> None:
        if self.client is not None:
            await self.client.send(p.RtcSignal(**frame))

    def shutdown(self) -> asyncio.Task[None] | None:
        """End of a visit: drop the connection (and the token with it) and every text.

        The forgetting happens now, synchronously, so a new visit started right
        after cannot be hit by it; only closing the socket is left to the loop.
        """
        try:
            current = asyncio.current_task()
        except RuntimeError:  # called from a plain Qt slot or a test, outside the loop
            current = None
        self.tasks.cancel_all(keep=current)
        client, self.client = self.client, None
        if self._call_network is not None:
            self._call_network.close()
            self._call_network = None
        # Someone waiting in the queue who starts over gives the place up.
        leave = (p.QueueLeave(conversation_id=self.conversation_id)
                 if self.state in ("queued", "offered") and self.conversation_id else None)
        self.transcript.clear()
        self._reset_state()
        if client is None:
            return None
        client.remove_listener(self._on_frame)
        client.remove_state_listener(self._on_link)
        task = asyncio.ensure_future(self._close_link(client, leave))
        self._closing.add(task)  # outlives the window while the socket closes
        task.add_done_callback(self._closing.discard)
        return task

    @staticmethod
    async def _close_link(client: HubClient, leave: p.QueueLeave | None) -> None:
        if leave is not None:
            try:
                await client.request(leave, timeout=3)
            except (HubRequestError, TimeoutError, ConnectionError) as exc:
                log.info("could not leave the queue on the way out: %s", exc)
        await client.close()

    async def close(self) -> None:
        task = self.shutdown()
        if task is not None:
            await task

    # ------------------------------------------------------------ frames in

    def _on_frame(self, frame: Any) -> None:
        if isinstance(frame, p.Ack):
            if frame.ref and frame.conversation_id == self.conversation_id:
                self.transcript.ack(frame.ref, frame.seq)
            return
        if isinstance(frame, p.ErrorFrame):
            if frame.ref is None:
                log.info("hub error: %s", frame.code)
            return
        conv = getattr(frame, "conversation_id", None)
        if conv is None:
            return
        if self.conversation_id is None:
            if self._starting:
                self._early.keep(conv, frame)
            return
        if conv == self.conversation_id:  # not an older conversation of the same customer
            self._apply(frame)

    def _apply(self, frame: Any) -> None:
        e = self.events
        if isinstance(frame, p.ChatMessage):
            self.transcript.add(IncomingMessage.of(frame))
            if frame.sender == "agent" and self.typing_in.active("in"):
                self.typing_in.clear("in")  # the message they were writing is here
                e.agent_typing.emit()
            notice = SystemEvent.parse(frame.text) if frame.sender == "system" else None
            if notice is not None and notice.code is EventCode.JOINED:
                self.agent_name = notice.detail
                e.agent_joined.emit(notice.detail)
        elif isinstance(frame, p.ConversationStatus):
            if frame.agent_name:
                self.agent_name = frame.agent_name
            if frame.state != self.state:
                self.state = frame.state
                if frame.state not in ("queued", "offered"):
                    self.queue = None
                e.state_changed.emit(frame.state)
        elif isinstance(frame, p.HandoffStatus):
            self.handoff = frame
            e.handoff_changed.emit(frame)
        elif isinstance(frame, p.QueueStatus):
            self.queue = frame
            e.queue_changed.emit(frame)
        elif isinstance(frame, p.FeedbackRequest):
            self.feedback_due = True
            e.feedback_requested.emit()
        elif isinstance(frame, p.RtcSignalRelay):
            e.rtc_signal.emit(frame)
        elif isinstance(frame, p.TypingRelay) and frame.sender != "customer":
            self.typing_in.touch("in")
            e.agent_typing.emit()


def _refusal(code: str) -> Problem:
    """Why the hub would not sign us in: too old a program, or the sign-in itself."""
    problem = problem_for_code(code)
    return problem if problem is Problem.UPDATE_REQUIRED else Problem.SIGN_IN_FAILED
