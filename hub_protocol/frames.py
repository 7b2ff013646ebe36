"""The one wire protocol between the hub and both desktop programs.

Every frame is a JSON object with a protocol version ``v`` and a ``type``.
Client frames may carry ``id``, a client message id: the hub echoes it in the
``ack`` or ``error`` that answers the frame, and for ``chat.send`` it is the
idempotency key (sending the same id twice stores the message once).
Chat messages carry ``seq``, a per-conversation sequence number assigned by the
hub when the message is committed; after a reconnect a client sends ``sync``
(or ``hello.resume``) with the last seq it saw and gets exactly what it missed.

Versions. A client says its protocol version in every frame (``v``; its
``hello`` decides). The hub serves every version from
``OLDEST_PROTOCOL_VERSION`` to ``PROTOCOL_VERSION`` in full: it writes to each
connection in that connection's version (``hub_protocol.compat``), and tells
an older client ``update_required`` in plain words. Protocol 2 added
``hub.restarting`` and the tolerant reader: clients of 2 and later ignore
fields and frame types they do not know, so a newer hub's additions reach
them harmlessly (protocol 1 clients refused unknown fields). Protocol 2 also
added ``rtc.ice.request`` / ``rtc.ice.servers`` (TURN credentials for a call).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from . import wire_json

PROTOCOL_VERSION = 2
OLDEST_PROTOCOL_VERSION = 1  # the oldest a hub of this version serves in full
MAX_FRAME_BYTES = 64 * 1024
MAX_TEXT_CHARS = 4000

Channel = Literal["chat", "video"]
Language = Literal["fi", "sv", "en", "ru", "ckb"]
Sender = Literal["customer", "bot", "agent", "system"]
AgentState = Literal["offline", "available", "busy", "away", "wrap_up"]
ConversationState = Literal["bot", "new", "queued", "offered", "active", "wrap_up", "ended"]
SignalKind = Literal["offer", "answer", "ice", "bye", "restart", "join"]
ClosedReason = Literal["outside_hours", "holiday", "reduced_hours", "not_yet_valid",
                       "no_longer_valid"]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
# Weekday -> "HH:MM-HH:MM" intervals, Europe/Helsinki wall-clock time.
WeeklyHours = dict[Weekday, list[str]]

ConversationId = Annotated[str, Field(min_length=1, max_length=64)]
ClientMsgId = Annotated[str, Field(min_length=1, max_length=64)]
# Sequence numbers and agent ids are the store's INTEGER columns (32 bits on PostgreSQL).
MAX_STORED_INT = 2**31 - 1
Seq = Annotated[int, Field(ge=0, le=MAX_STORED_INT)]
AgentId = Annotated[int, Field(ge=1, le=MAX_STORED_INT)]


class _Frame(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    v: int = PROTOCOL_VERSION  # checked against the supported range when parsed
    id: ClientMsgId | None = None


class _ServerFrame(_Frame):
    """A frame the hub sends: its readers ignore what they do not know (a newer hub's additions)."""

    model_config = ConfigDict(extra="ignore", frozen=True)


class _ServerPart(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class QueueKey(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    channel: Channel
    language: Language
    topic: Annotated[str, Field(min_length=1, max_length=64)]


# --------------------------------------------------------------- client -> hub


class Hello(_Frame):
    type: Literal["hello"] = "hello"
    token: Annotated[str, Field(min_length=1, max_length=8192)]
    # conversation id -> last seq the client has; the hub replays what follows.
    resume: dict[ConversationId, Seq] = {}


class AuthRenew(_Frame):
    """A fresh token for this open connection, sent before the one it signed in
    with expires. The hub checks it as at ``hello`` and takes it only when it is
    the same person's (answered with ``ack``); the connection keeps its
    conversations, seqs and queue places."""

    type: Literal["auth.renew"] = "auth.renew"
    token: Annotated[str, Field(min_length=1, max_length=8192)]


class Ping(_Frame):
    type: Literal["ping"] = "ping"


class ChatStart(_Frame):
    """Customer opens a conversation: chat starts with the bot, video queues."""

    type: Literal["chat.start"] = "chat.start"
    channel: Channel = "chat"
    language: Language = "fi"
    topic: Annotated[str, Field(min_length=1, max_length=64)] = "social_assistance"
    application_step: Annotated[str, Field(max_length=64)] | None = None


class ChatSend(_Frame):
    type: Literal["chat.send"] = "chat.send"
    id: ClientMsgId  # required: the idempotency key
    conversation_id: ConversationId
    text: Annotated[str, Field(min_length=1, max_length=MAX_TEXT_CHARS)]


class Typing(_Frame):
    type: Literal["typing"] = "typing"
    conversation_id: ConversationId


class HandoffRequest(_Frame):
    """Customer accepts the handoff offer (chat) or asks for a video call."""

    type: Literal["handoff.request"] = "handoff.request"
    conversation_id: ConversationId
    precheck: dict[str, Any] | None = None


class QueueLeave(_Frame):
    type: Literal["queue.leave"] = "queue.leave"
    conversation_id: ConversationId


class FeedbackSubmit(_Frame):
    type: Literal["feedback.submit"] = "feedback.submit"
    conversation_id: ConversationId
    rating: Annotated[int, Field(ge=1, le=5)] | None = None
    comment: Annotated[str, Field(max_length=2000)] | None = None
    skipped: bool = False


class TranscriptSaved(_Frame):
    """The customer saved (or printed) a copy of an ended conversation, in ``language``:
    noted in the conversation (a ``transcript:<language>`` system message)."""

    type: Literal["transcript.saved"] = "transcript.saved"
    conversation_id: ConversationId
    language: Language


class ServicesQuery(_Frame):
    """Ask for the service catalog (answered with ``services.catalog``)."""

    type: Literal["services.query"] = "services.query"


class Sync(_Frame):
    type: Literal["sync"] = "sync"
    conversation_id: ConversationId
    after_seq: Seq = 0


class SetAgentState(_Frame):
    type: Literal["agent.state"] = "agent.state"
    state: Literal["available", "away", "offline"]
    # Serve only these of the agent's channels, e.g. ["chat"] when the desktop's
    # camera/microphone check failed; None: every channel the agent is skilled for.
    channels: list[Channel] | None = None


class OfferAccept(_Frame):
    type: Literal["offer.accept"] = "offer.accept"
    offer_id: ConversationId


class OfferDecline(_Frame):
    type: Literal["offer.decline"] = "offer.decline"
    offer_id: ConversationId


class ConversationEnd(_Frame):
    type: Literal["conversation.end"] = "conversation.end"
    conversation_id: ConversationId
    wrap_up_code: Annotated[str, Field(max_length=64)] = "resolved"
    note: Annotated[str, Field(max_length=4000)] = ""


class ConversationTransfer(_Frame):
    type: Literal["conversation.transfer"] = "conversation.transfer"
    conversation_id: ConversationId
    queue: QueueKey | None = None
    agent_id: AgentId | None = None
    note: Annotated[str, Field(max_length=2000)] = ""


class ConversationInvite(_Frame):
    """The serving agent asks a colleague (e.g. an interpreter) into a video call."""

    type: Literal["conversation.invite"] = "conversation.invite"
    conversation_id: ConversationId
    agent_id: AgentId


class ConversationLeave(_Frame):
    """An invited colleague leaves; the conversation itself goes on."""

    type: Literal["conversation.leave"] = "conversation.leave"
    conversation_id: ConversationId


class HistorySearch(_Frame):
    """Earlier conversations matching every criterion given (at least one).

    ``text`` is full text over the messages (words, each matched as a prefix);
    ``name`` part of the customer's name; ``expert`` part of the serving
    expert's name; dates are Europe/Helsinki days, inclusive."""

    type: Literal["history.search"] = "history.search"
    customer_ref: Annotated[str, Field(min_length=1, max_length=128)] | None = None
    name: Annotated[str, Field(max_length=128)] | None = None
    text: Annotated[str, Field(max_length=256)] | None = None
    date_from: date | None = None
    date_to: date | None = None
    topic: Annotated[str, Field(max_length=64)] | None = None
    channel: Channel | None = None
    expert: Annotated[str, Field(max_length=128)] | None = None


class HistoryOpen(_Frame):
    type: Literal["history.open"] = "history.open"
    conversation_id: ConversationId


# ---- supervisors (an agent whose sign-in carries the supervisor role)


class SupervisorWatch(_Frame):
    """Start (or stop) receiving ``wallboard`` frames."""

    type: Literal["supervisor.watch"] = "supervisor.watch"
    on: bool = True


class SupervisorMonitor(_Frame):
    """Silently follow a live conversation (read-only; audited; its expert is told)."""

    type: Literal["supervisor.monitor"] = "supervisor.monitor"
    conversation_id: ConversationId
    on: bool = True


class SupervisorWhisper(_Frame):
    """A note to the serving expert only: stored as such, never sent to the customer."""

    type: Literal["supervisor.whisper"] = "supervisor.whisper"
    conversation_id: ConversationId
    text: Annotated[str, Field(min_length=1, max_length=2000)]


class SupervisorTakeOver(_Frame):
    """The supervisor serves the conversation from now on (at once, no offer)."""

    type: Literal["supervisor.take_over"] = "supervisor.take_over"
    conversation_id: ConversationId


class SupervisorReassign(_Frame):
    """Offer a served conversation to another expert (their offer card, with the note)."""

    type: Literal["supervisor.reassign"] = "supervisor.reassign"
    conversation_id: ConversationId
    agent_id: Annotated[int, Field(ge=1)]
    note: Annotated[str, Field(max_length=2000)] = ""


class SupervisorAgentState(_Frame):
    """Set an expert's state as if they had chosen it."""

    type: Literal["supervisor.agent_state"] = "supervisor.agent_state"
    agent_id: Annotated[int, Field(ge=1)]
    state: Literal["available", "away", "offline"]


class RtcSignal(_Frame):
    """WebRTC signaling relayed by the hub; media never passes through it."""

    type: Literal["rtc.signal"] = "rtc.signal"
    conversation_id: ConversationId
    to: Annotated[str, Field(max_length=64)] | None = None
    kind: SignalKind
    payload: dict[str, Any] = {}


class RtcIceRequest(_Frame):
    """Ask for ICE servers (STUN/TURN with short-lived credentials).

    With ``conversation_id``: for a video call the sender takes part in (valid
    for hours; ask again before an ICE restart late in a long call). Without:
    for the pre-session check (valid for minutes). Answered by ``rtc.ice.servers``
    echoing ``id``, or by an error.
    """

    type: Literal["rtc.ice.request"] = "rtc.ice.request"
    conversation_id: ConversationId | None = None


ClientFrame = Annotated[
    Hello
    | AuthRenew
    | Ping
    | ChatStart
    | ChatSend
    | Typing
    | HandoffRequest
    | QueueLeave
    | FeedbackSubmit
    | TranscriptSaved
    | Sync
    | ServicesQuery
    | SetAgentState
    | OfferAccept
    | OfferDecline
    | ConversationEnd
    | ConversationTransfer
    | ConversationInvite
    | ConversationLeave
    | HistorySearch
    | HistoryOpen
    | SupervisorWatch
    | SupervisorMonitor
    | SupervisorWhisper
    | SupervisorTakeOver
    | SupervisorReassign
    | SupervisorAgentState
    | RtcSignal
    | RtcIceRequest,
    Field(discriminator="type"),
]

# --------------------------------------------------------------- hub -> client


class Welcome(_ServerFrame):
    type: Literal["welcome"] = "welcome"
    role: Literal["customer", "agent"]
    user_id: str
    display_name: str
    server_time: datetime
    agent_state: AgentState | None = None


class Ack(_ServerFrame):
    type: Literal["ack"] = "ack"
    ref: str | None = None
    conversation_id: str | None = None
    seq: int | None = None


class ErrorFrame(_ServerFrame):
    type: Literal["error"] = "error"
    code: str
    message: str
    ref: str | None = None


class Pong(_ServerFrame):
    type: Literal["pong"] = "pong"


class AttachmentInfo(_ServerPart):
    """A file in the conversation (``hub_protocol.attachments``: how to send and fetch one).

    ``kind`` was decided from the content; ``name`` is the sender's file name,
    for display only; ``width``/``height`` are the stored image's (for a PDF:
    its first page's preview), ``pages`` a PDF's page count."""

    id: str
    kind: Literal["image", "pdf"]
    name: str
    mime: str
    size: int
    width: int = 0
    height: int = 0
    pages: int = 0


class ChatMessage(_ServerFrame):
    type: Literal["chat.message"] = "chat.message"
    conversation_id: str
    seq: int
    sender: Sender
    sender_name: str
    text: str  # for an attachment: its file name
    sent_at: datetime
    client_msg_id: str | None = None
    attachment: AttachmentInfo | None = None


class ConversationStatus(_ServerFrame):
    type: Literal["conversation.state"] = "conversation.state"
    conversation_id: str
    state: ConversationState
    channel: Channel
    language: Language
    topic: str
    agent_name: str | None = None


class HandoffStatus(_ServerFrame):
    """Whether the bot may offer a human now, and what to say when not."""

    type: Literal["handoff.status"] = "handoff.status"
    conversation_id: str
    available: bool
    # no_service: no human serves this language and topic (the bot may still).
    reason: Literal["open", "closed", "full", "no_agents", "no_service"]
    suggested: bool = False
    next_opening: datetime | None = None
    # Why closed (reason "closed"): a trial not started yet or over, a holiday, ...
    closed_reason: ClosedReason | None = None
    alternatives: list[dict[str, Any]] = []


class AlternativeService(_ServerPart):
    """Another way to get service when a queue is closed (a phone line, an office, or
    information on the web).

    ``code`` names it (e.g. ``phone_fi``); clients show its name and number
    from their translations. ``languages`` empty: not language specific."""

    code: str
    kind: Literal["phone", "office", "web"]
    languages: list[Language] = []
    hours: WeeklyHours = {}


class ServiceInfo(_ServerPart):
    """One queue as customers see it: when it serves, until when, and what else there is."""

    queue: QueueKey
    hours: WeeklyHours
    # A trial's dates (inclusive); None: no limit on that side.
    valid_from: date | None = None
    valid_until: date | None = None
    # Closed on public holidays (and other days the agency's calendar closes).
    closed_on_holidays: bool = False
    alternatives: list[AlternativeService] = []


class ServicesCatalog(_ServerFrame):
    """Every queue the hub serves; the customer client shows these, never a file of its own."""

    type: Literal["services.catalog"] = "services.catalog"
    services: list[ServiceInfo]
    timezone: str = "Europe/Helsinki"


class QueueStatus(_ServerFrame):
    type: Literal["queue.status"] = "queue.status"
    conversation_id: str
    position: int
    estimated_wait_s: int | None = None


class FeedbackRequest(_ServerFrame):
    type: Literal["feedback.request"] = "feedback.request"
    conversation_id: str


class Offer(_ServerFrame):
    type: Literal["offer"] = "offer"
    offer_id: str
    conversation_id: str
    channel: Channel
    language: Language
    topic: str
    waited_s: int
    expires_in_s: int
    context: dict[str, Any] = {}
    precheck: dict[str, Any] | None = None
    # A transfer to this expert by name: the conversation so far, to read
    # (with the consult note in ``context["transfer_notes"]``) before accepting.
    messages: list[ChatMessage] = []
    transferred_by: str | None = None


class OfferRevoked(_ServerFrame):
    type: Literal["offer.revoked"] = "offer.revoked"
    offer_id: str
    reason: Literal["timeout", "declined", "customer_left", "taken"]


class ConversationAssigned(_ServerFrame):
    """Everything the agent needs first: context, then the whole transcript."""

    type: Literal["conversation.assigned"] = "conversation.assigned"
    conversation_id: str
    customer_id: str
    customer_name: str
    channel: Channel
    language: Language
    topic: str
    context: dict[str, Any] = {}
    precheck: dict[str, Any] | None = None
    messages: list[ChatMessage] = []


class ConversationInvited(_ServerFrame):
    """To an invited colleague: what the call is about and whom to connect to.

    ``participants`` are the peer ids already in the call ("customer:<sub>",
    "agent:<id>"); the newcomer offers a connection to each (a mesh). No handoff
    context: an interpreter needs the call, not the bot conversation.
    """

    type: Literal["conversation.invited"] = "conversation.invited"
    conversation_id: str
    customer_id: str
    customer_name: str
    channel: Channel
    language: Language
    topic: str
    invited_by: str
    participants: list[str]
    messages: list[ChatMessage] = []


class AgentStatus(_ServerFrame):
    type: Literal["agent.status"] = "agent.status"
    state: AgentState
    since: datetime
    reason: str | None = None


class QueueSummary(_ServerPart):
    queue: QueueKey
    waiting: int
    longest_wait_s: int
    agents_available: int
    open: bool
    next_opening: datetime | None = None


class AgentSummary(_ServerPart):
    """A colleague, for transfers: who is signed in and in what state."""

    agent_id: int
    display_name: str
    state: AgentState
    languages: list[str] = []
    channels: list[Channel] = []
    topics: list[str] = []  # empty: every topic
    contacts: int = 0  # conversations they serve now


class QueuesSnapshot(_ServerFrame):
    type: Literal["queues.snapshot"] = "queues.snapshot"
    queues: list[QueueSummary]
    # Every signed-in agent (the receiver too, so one list serves everyone);
    # left out when unchanged since the last snapshot.
    agents: list[AgentSummary] | None = None


class HistoryItem(_ServerPart):
    conversation_id: str
    customer_id: str = ""
    customer_name: str = ""
    snippet: str | None = None  # a matching message, for a text search
    channel: Channel
    language: Language
    topic: str
    started_at: datetime
    ended_at: datetime | None = None
    agent_name: str | None = None
    wrap_up_code: str | None = None


class HistoryResults(_ServerFrame):
    type: Literal["history.results"] = "history.results"
    customer_ref: str | None = None
    conversations: list[HistoryItem]
    truncated: bool = False  # more matched than were sent


class HistoryTranscript(_ServerFrame):
    type: Literal["history.transcript"] = "history.transcript"
    conversation_id: str
    customer_id: str
    customer_name: str
    channel: Channel
    language: Language
    topic: str
    started_at: datetime
    ended_at: datetime | None = None
    agent_name: str | None = None
    wrap_up_code: str | None = None
    context: dict[str, Any] = {}
    messages: list[ChatMessage]


class QueueTile(_ServerPart):
    """One queue on the wallboard; counts since midnight (Europe/Helsinki)."""

    queue: QueueKey
    waiting: int
    longest_wait_s: int
    agents_available: int
    open: bool
    answered: int = 0
    answered_in_level: int = 0  # within the service level's seconds
    abandoned: int = 0


class ContactTile(_ServerPart):
    conversation_id: str
    customer_name: str
    channel: Channel
    language: Language
    topic: str
    since: datetime


class ExpertTile(_ServerPart):
    agent_id: int
    display_name: str
    state: AgentState
    since: datetime
    contacts: list[ContactTile] = []


class WallboardThresholds(_ServerPart):
    """When a tile turns amber or red (the hub's settings, the same for every supervisor)."""

    service_level_s: int = 60
    service_level_target: float = 0.8  # share answered within service_level_s
    wait_amber_s: int = 60
    wait_red_s: int = 180
    waiting_amber: int = 3
    waiting_red: int = 8
    state_amber_s: int = 600  # away or wrap-up this long
    state_red_s: int = 1200


class Wallboard(_ServerFrame):
    type: Literal["wallboard"] = "wallboard"
    at: datetime
    queues: list[QueueTile]
    experts: list[ExpertTile]
    thresholds: WallboardThresholds = WallboardThresholds()


class MonitorOpened(_ServerFrame):
    """To a supervisor who started monitoring: the conversation so far (chat follows live)."""

    type: Literal["monitor.opened"] = "monitor.opened"
    conversation_id: str
    customer_name: str
    agent_name: str
    channel: Channel
    language: Language
    topic: str
    context: dict[str, Any] = {}
    messages: list[ChatMessage] = []
    whispers: list[WhisperNote] = []


class WhisperNote(_ServerFrame):
    """A supervisor's note to the serving expert (never to the customer)."""

    type: Literal["whisper"] = "whisper"
    conversation_id: str
    from_name: str
    text: str
    sent_at: datetime


class ConversationMonitoring(_ServerFrame):
    """To the serving expert: who is viewing this conversation now (empty: nobody)."""

    type: Literal["conversation.monitoring"] = "conversation.monitoring"
    conversation_id: str
    supervisors: list[str]


class RtcSignalRelay(_ServerFrame):
    type: Literal["rtc.signal"] = "rtc.signal"
    conversation_id: str
    sender: str
    kind: SignalKind
    payload: dict[str, Any] = {}


class IceServer(_ServerPart):
    """One entry of a browser's ``RTCConfiguration.iceServers``."""

    urls: list[Annotated[str, Field(max_length=512)]]
    username: str | None = None
    credential: str | None = None


class RtcIceServers(_ServerFrame):
    """The ICE servers to use: STUN and TURN (coturn), credentials included.

    ``ice_servers`` is empty when the hub has no TURN or STUN configured (calls
    then use direct paths only). ``expires_at``: when the TURN credentials stop
    working; an ICE restart after it needs fresh ones.
    """

    type: Literal["rtc.ice.servers"] = "rtc.ice.servers"
    conversation_id: str | None = None
    ice_servers: list[IceServer] = []
    expires_at: datetime | None = None


class TypingRelay(_ServerFrame):
    type: Literal["typing"] = "typing"
    conversation_id: str
    sender: Sender


class HubRestarting(_ServerFrame):
    """Protocol 2: this hub process is going away (an upgrade, a restart). The
    client reconnects after ``reconnect_after_ms`` - to another process, or to
    this one back - and resumes; nothing is lost and it is not an outage to
    show. Clients of protocol 1 are not sent it: they see close code 1012."""

    type: Literal["hub.restarting"] = "hub.restarting"
    reconnect_after_ms: Annotated[int, Field(ge=0)] = 0


ServerFrame = Annotated[
    Welcome
    | Ack
    | ErrorFrame
    | Pong
    | ChatMessage
    | ConversationStatus
    | HandoffStatus
    | ServicesCatalog
    | QueueStatus
    | FeedbackRequest
    | Offer
    | OfferRevoked
    | ConversationAssigned
    | ConversationInvited
    | AgentStatus
    | QueuesSnapshot
    | HistoryResults
    | HistoryTranscript
    | Wallboard
    | MonitorOpened
    | WhisperNote
    | ConversationMonitoring
    | RtcSignalRelay
    | RtcIceServers
    | TypingRelay
    | HubRestarting,
    Field(discriminator="type"),
]

_client_adapter: TypeAdapter[ClientFrame] = TypeAdapter(ClientFrame)
_server_adapter: TypeAdapter[ServerFrame] = TypeAdapter(ServerFrame)


class ProtocolError(Exception):
    """A frame the receiver cannot accept; ``code`` is machine-readable."""

    def __init__(self, code: str, message: str, ref: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.ref = ref


def _load_object(raw: str | bytes) -> dict[str, Any]:
    if len(raw) > MAX_FRAME_BYTES:
        raise ProtocolError("frame_too_large", f"Frames are limited to {MAX_FRAME_BYTES} bytes.")
    try:
        obj = wire_json.loads(raw)
    except wire_json.WireError as exc:
        raise ProtocolError(exc.code, exc.message) from None
    if not isinstance(obj, dict):
        raise ProtocolError("bad_frame", "A frame must be a JSON object.")
    return obj


def _ref_of(obj: dict[str, Any]) -> str | None:
    ref = obj.get("id")
    if not isinstance(ref, str) or len(ref) > 64:
        return None
    try:
        ref.encode("utf-8")  # JSON may carry a lone surrogate ("\ud9f7"): not sendable back
    except UnicodeEncodeError:
        return None
    return ref


def _describe(exc: ValidationError) -> str:
    # Only locations and pydantic's short messages: never echo input values back.
    parts = []
    for err in exc.errors(include_input=False, include_url=False)[:3]:
        loc = ".".join(str(p) for p in err["loc"][1:]) or "frame"
        parts.append(f"{loc}: {err['msg']}")
    return "; ".join(parts)


UPDATE_REQUIRED = "update_required"
UPDATE_MESSAGE = "This version of the program is too old for the service. Please update it."


def _check_version(version: Any, ref: str | None, newest: int | None) -> None:
    """Older than the oldest served: ``update_required``. Newer than ``newest``
    (the hub's own version; None for a client reading the hub): ``unsupported_version``."""
    if isinstance(version, int) and not isinstance(version, bool):
        if version < OLDEST_PROTOCOL_VERSION:
            raise ProtocolError(UPDATE_REQUIRED, UPDATE_MESSAGE, ref)
        if newest is None or version <= newest:
            return
    raise ProtocolError(
        "unsupported_version",
        f"Protocol version {repr(version)[:20]} is not supported; this hub speaks "
        f"{OLDEST_PROTOCOL_VERSION} to {PROTOCOL_VERSION}.",
        ref,
    )


def _parse(raw: str | bytes, adapter: TypeAdapter[Any], known: frozenset[str], *, text_rules: bool) -> Any:
    obj = _load_object(raw)
    ref = _ref_of(obj)
    _check_version(obj.get("v"), ref, newest=PROTOCOL_VERSION if text_rules else None)
    kind = obj.get("type")
    if not isinstance(kind, str) or kind not in known:  # [] or {} would not even hash
        raise ProtocolError("unknown_type", f"Unknown frame type {str(kind)[:40]!r}.", ref)
    if text_rules:
        try:
            wire_json.check(obj)
        except wire_json.WireError as exc:
            raise ProtocolError(exc.code, exc.message, ref) from None
    try:
        return adapter.validate_python(obj)
    except ValidationError as exc:
        raise ProtocolError("invalid_frame", _describe(exc), ref) from None


_CLIENT_TYPES = frozenset(
    m.model_fields["type"].default for m in ClientFrame.__origin__.__args__  # type: ignore[attr-defined]
)
_SERVER_TYPES = frozenset(
    m.model_fields["type"].default for m in ServerFrame.__origin__.__args__  # type: ignore[attr-defined]
)


def parse_client_frame(raw: str | bytes) -> ClientFrame:
    """Validate a frame sent by a client; raises ProtocolError with a code.
    Its JSON and text follow ``wire_json``'s rules (the same on every database)."""
    return _parse(raw, _client_adapter, _CLIENT_TYPES, text_rules=True)


def parse_server_frame(raw: str | bytes) -> ServerFrame:
    """Validate a frame sent by the hub. Not its text: a message stored before
    today's rules must still reach the reader."""
    return _parse(raw, _server_adapter, _SERVER_TYPES, text_rules=False)


def encode(frame: BaseModel) -> str:
    return frame.model_dump_json(exclude_none=True)
