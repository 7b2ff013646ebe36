# FROZEN: hub_protocol/frames.py as protocol 1 shipped (commit 70244fc62ca8). Do not edit:
# the version-skew tests use it as what a client of protocol 1 accepts and sends.
"""The one wire protocol between the hub and both desktop programs.

Every frame is a JSON object with a protocol version ``v`` and a ``type``.
Client frames may carry ``id``, a client message id: the hub echoes it in the
``ack`` or ``error`` that answers the frame, and for ``chat.send`` it is the
idempotency key (sending the same id twice stores the message once).
Chat messages carry ``seq``, a per-conversation sequence number assigned by the
hub when the message is committed; after a reconnect a client sends ``sync``
(or ``hello.resume``) with the last seq it saw and gets exactly what it missed.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

PROTOCOL_VERSION = 1
MAX_FRAME_BYTES = 64 * 1024
MAX_TEXT_CHARS = 4000

Channel = Literal["chat", "video"]
Language = Literal["fi", "sv", "en", "ru", "ckb"]
Sender = Literal["customer", "bot", "agent", "system"]
AgentState = Literal["offline", "available", "busy", "away", "wrap_up"]
ConversationState = Literal["bot", "new", "queued", "offered", "active", "wrap_up", "ended"]
SignalKind = Literal["offer", "answer", "ice", "bye", "restart", "join"]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
# Weekday -> "HH:MM-HH:MM" intervals, Europe/Helsinki wall-clock time.
WeeklyHours = dict[Weekday, list[str]]

ConversationId = Annotated[str, Field(min_length=1, max_length=64)]
ClientMsgId = Annotated[str, Field(min_length=1, max_length=64)]


class _Frame(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    v: Literal[1] = PROTOCOL_VERSION
    id: ClientMsgId | None = None


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
    resume: dict[ConversationId, Annotated[int, Field(ge=0)]] = {}


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


class ServicesQuery(_Frame):
    """Ask for the service catalog (answered with ``services.catalog``)."""

    type: Literal["services.query"] = "services.query"


class Sync(_Frame):
    type: Literal["sync"] = "sync"
    conversation_id: ConversationId
    after_seq: Annotated[int, Field(ge=0)] = 0


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
    agent_id: Annotated[int, Field(ge=1)] | None = None
    note: Annotated[str, Field(max_length=2000)] = ""


class ConversationInvite(_Frame):
    """The serving agent asks a colleague (e.g. an interpreter) into a video call."""

    type: Literal["conversation.invite"] = "conversation.invite"
    conversation_id: ConversationId
    agent_id: Annotated[int, Field(ge=1)]


class ConversationLeave(_Frame):
    """An invited colleague leaves; the conversation itself goes on."""

    type: Literal["conversation.leave"] = "conversation.leave"
    conversation_id: ConversationId


class HistorySearch(_Frame):
    type: Literal["history.search"] = "history.search"
    customer_ref: Annotated[str, Field(min_length=1, max_length=128)]


class HistoryOpen(_Frame):
    type: Literal["history.open"] = "history.open"
    conversation_id: ConversationId


class RtcSignal(_Frame):
    """WebRTC signaling relayed by the hub; media never passes through it."""

    type: Literal["rtc.signal"] = "rtc.signal"
    conversation_id: ConversationId
    to: Annotated[str, Field(max_length=64)] | None = None
    kind: SignalKind
    payload: dict[str, Any] = {}


ClientFrame = Annotated[
    Hello
    | Ping
    | ChatStart
    | ChatSend
    | Typing
    | HandoffRequest
    | QueueLeave
    | FeedbackSubmit
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
    | RtcSignal,
    Field(discriminator="type"),
]

# --------------------------------------------------------------- hub -> client


class Welcome(_Frame):
    type: Literal["welcome"] = "welcome"
    role: Literal["customer", "agent"]
    user_id: str
    display_name: str
    server_time: datetime
    agent_state: AgentState | None = None


class Ack(_Frame):
    type: Literal["ack"] = "ack"
    ref: str | None = None
    conversation_id: str | None = None
    seq: int | None = None


class ErrorFrame(_Frame):
    type: Literal["error"] = "error"
    code: str
    message: str
    ref: str | None = None


class Pong(_Frame):
    type: Literal["pong"] = "pong"


class ChatMessage(_Frame):
    type: Literal["chat.message"] = "chat.message"
    conversation_id: str
    seq: int
    sender: Sender
    sender_name: str
    text: str
    sent_at: datetime
    client_msg_id: str | None = None


class ConversationStatus(_Frame):
    type: Literal["conversation.state"] = "conversation.state"
    conversation_id: str
    state: ConversationState
    channel: Channel
    language: Language
    topic: str
    agent_name: str | None = None


class HandoffStatus(_Frame):
    """Whether the bot may offer a human now, and what to say when not."""

    type: Literal["handoff.status"] = "handoff.status"
    conversation_id: str
    available: bool
    reason: Literal["open", "closed", "full", "no_agents"]
    suggested: bool = False
    next_opening: datetime | None = None
    alternatives: list[dict[str, Any]] = []


class AlternativeService(BaseModel):
    """Another way to get service when a queue is closed (a phone line, an office).

    ``code`` names it (e.g. ``phone_fi``); clients show its name and number
    from their translations. ``languages`` empty: not language specific."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    code: str
    kind: Literal["phone", "office"]
    languages: list[Language] = []
    hours: WeeklyHours = {}


class ServiceInfo(BaseModel):
    """One queue as customers see it: when it serves, until when, and what else there is."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    queue: QueueKey
    hours: WeeklyHours
    # A trial's dates (inclusive); None: no limit on that side.
    valid_from: date | None = None
    valid_until: date | None = None
    alternatives: list[AlternativeService] = []


class ServicesCatalog(_Frame):
    """Every queue the hub serves; the customer client shows these, never a file of its own."""

    type: Literal["services.catalog"] = "services.catalog"
    services: list[ServiceInfo]
    timezone: str = "Europe/Helsinki"


class QueueStatus(_Frame):
    type: Literal["queue.status"] = "queue.status"
    conversation_id: str
    position: int
    estimated_wait_s: int | None = None


class FeedbackRequest(_Frame):
    type: Literal["feedback.request"] = "feedback.request"
    conversation_id: str


class Offer(_Frame):
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


class OfferRevoked(_Frame):
    type: Literal["offer.revoked"] = "offer.revoked"
    offer_id: str
    reason: Literal["timeout", "declined", "customer_left", "taken"]


class ConversationAssigned(_Frame):
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


class ConversationInvited(_Frame):
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


class AgentStatus(_Frame):
    type: Literal["agent.status"] = "agent.status"
    state: AgentState
    since: datetime
    reason: str | None = None


class QueueSummary(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    queue: QueueKey
    waiting: int
    longest_wait_s: int
    agents_available: int
    open: bool
    next_opening: datetime | None = None


class AgentSummary(BaseModel):
    """A colleague, for transfers: who is signed in and in what state."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    agent_id: int
    display_name: str
    state: AgentState
    languages: list[str] = []


class QueuesSnapshot(_Frame):
    type: Literal["queues.snapshot"] = "queues.snapshot"
    queues: list[QueueSummary]
    # Every signed-in agent (the receiver too, so one list serves everyone);
    # left out when unchanged since the last snapshot.
    agents: list[AgentSummary] | None = None


class HistoryItem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    conversation_id: str
    channel: Channel
    language: Language
    topic: str
    started_at: datetime
    ended_at: datetime | None = None
    agent_name: str | None = None
    wrap_up_code: str | None = None


class HistoryResults(_Frame):
    type: Literal["history.results"] = "history.results"
    customer_ref: str
    conversations: list[HistoryItem]


class HistoryTranscript(_Frame):
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


class RtcSignalRelay(_Frame):
    type: Literal["rtc.signal"] = "rtc.signal"
    conversation_id: str
    sender: str
    kind: SignalKind
    payload: dict[str, Any] = {}


class TypingRelay(_Frame):
    type: Literal["typing"] = "typing"
    conversation_id: str
    sender: Sender


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
    | RtcSignalRelay
    | TypingRelay,
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
        obj = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise ProtocolError("bad_json", "The frame is not valid JSON.") from None
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


def _parse(raw: str | bytes, adapter: TypeAdapter[Any], known: frozenset[str]) -> Any:
    obj = _load_object(raw)
    ref = _ref_of(obj)
    version = obj.get("v")
    if version != PROTOCOL_VERSION:
        raise ProtocolError(
            "unsupported_version",
            f"Protocol version {repr(version)[:20]} is not supported; this hub speaks {PROTOCOL_VERSION}.",
            ref,
        )
    kind = obj.get("type")
    if not isinstance(kind, str) or kind not in known:  # [] or {} would not even hash
        raise ProtocolError("unknown_type", f"Unknown frame type {str(kind)[:40]!r}.", ref)
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
    """Validate a frame sent by a client; raises ProtocolError with a code."""
    return _parse(raw, _client_adapter, _CLIENT_TYPES)


def parse_server_frame(raw: str | bytes) -> ServerFrame:
    """Validate a frame sent by the hub."""
    return _parse(raw, _server_adapter, _SERVER_TYPES)


def encode(frame: BaseModel) -> str:
    return frame.model_dump_json(exclude_none=True)
