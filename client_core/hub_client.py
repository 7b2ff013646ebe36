"""Connection to the service hub shared by both desktop programs (no Qt).

It keeps one WebSocket open, reconnects with capped exponential backoff and
jitter, and on every (re)connect sends ``hello`` with the last sequence number
it has for each conversation so the hub replays exactly what was missed.
Chat messages are kept in an outbox until the hub acknowledges them and are
re-sent with the same client id after a reconnect; the hub stores a client id
once, so nothing is lost or doubled.

Incoming chat messages are deduplicated by seq, but they may arrive out of
seq order (the hub relays each message from the task that committed it, and
from several processes). "The last seq it has" is therefore a watermark: the
highest seq with every seq up to it received (``SeqWatermarks``). A message
above a gap is shown at once; the gap is filled by the next resume or, if it
stays open a moment, by a ``sync`` for that conversation.

A token source that renews its tokens also says when it next hands out a new
one; the open connection passes it on (``auth.renew``, ``hub_renewal.py``).
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import itertools
import logging
import random
import uuid
from collections.abc import Callable
from typing import Any

import aiohttp
from pydantic import BaseModel

from hub_protocol import frames as p
from hub_protocol import wire_json

from .attachments import AttachmentClient
from .hub_renewal import RenewIn, SignInRenewal, TokenSource

log = logging.getLogger(__name__)

FrameListener = Callable[[Any], None]


class LinkState(enum.Enum):
    CONNECTING = "connecting"
    ONLINE = "online"
    RECONNECTING = "reconnecting"
    CLOSED = "closed"


class HubRequestError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


class AuthRejected(HubRequestError):
    """The hub refused the token: reconnecting with it again is pointless."""


def new_client_id() -> str:
    return uuid.uuid4().hex


class SeqWatermarks:
    """Which chat messages a client has, per conversation.

    ``last[conv]`` is the watermark: every seq at or below it was received (it
    is what ``hello.resume`` and ``sync`` ask to continue after).
    ``above[conv]`` holds the seqs received beyond the watermark, across a
    gap. A message is new iff its seq is above the watermark and not in that
    set; the watermark moves over the seqs that become contiguous.
    """

    def __init__(self) -> None:
        self.last: dict[str, int] = {}
        self.above: dict[str, set[int]] = {}

    def receive(self, conversation_id: str, seq: int) -> bool:
        """Note a chat message; False when it was received before."""
        last = self.last.get(conversation_id, 0)
        above = self.above.get(conversation_id)
        if seq <= last or (above and seq in above):
            return False
        if seq == last + 1:
            self._advance(conversation_id, seq)
        else:
            self.above.setdefault(conversation_id, set()).add(seq)
        return True

    def transcript(self, conversation_id: str, top: int) -> None:
        """A full transcript from seq 1 up to ``top`` was received."""
        if top > self.last.get(conversation_id, 0):
            self._advance(conversation_id, top)

    def has_gap(self, conversation_id: str) -> bool:
        return bool(self.above.get(conversation_id))

    def gaps(self) -> list[str]:
        return [conv for conv, above in self.above.items() if above]

    def _advance(self, conversation_id: str, to: int) -> None:
        above = self.above.get(conversation_id)
        if above:
            above = {s for s in above if s > to}
            while to + 1 in above:
                to += 1
                above.discard(to)
            if above:
                self.above[conversation_id] = above
            else:
                del self.above[conversation_id]
        self.last[conversation_id] = to


class HubClient:
    def __init__(
        self,
        url: str,
        token: str | TokenSource,
        *,
        renew_in: RenewIn | None = None,
        backoff_initial_s: float = 0.5,
        backoff_max_s: float = 15.0,
        request_timeout_s: float = 10.0,
        heartbeat_s: float = 20.0,
        gap_fill_after_s: float = 1.5,
    ) -> None:
        self.url = url
        self.sign_in = SignInRenewal(token, renew_in)
        self._backoff_initial = backoff_initial_s
        self._backoff_max = backoff_max_s
        self._request_timeout = request_timeout_s
        self._heartbeat = heartbeat_s
        self._listeners: list[FrameListener] = []
        self._state_listeners: list[Callable[[LinkState], None]] = []
        self._state = LinkState.CLOSED
        self._http: aiohttp.ClientSession | None = None
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._runner: asyncio.Task[None] | None = None
        self._online = asyncio.Event()
        self._pending: dict[str, asyncio.Future[Any]] = {}
        # Unacknowledged chat.send frames by client id, in send order.
        self._outbox: dict[str, p.ChatSend] = {}
        self._outbox_sent: dict[str, float] = {}  # client id -> loop time last sent
        self.resend_after_s = 3.0
        self.seqs = SeqWatermarks()
        # Per conversation, the contiguous watermark (sent in hello.resume).
        self.last_seq: dict[str, int] = self.seqs.last
        # A gap in a conversation's seqs still open after this long is filled
        # with a sync (one at a time per conversation) instead of waiting for
        # a reconnect's resume.
        self.gap_fill_after_s = gap_fill_after_s
        self._gap_since: dict[str, float] = {}  # conversation -> loop time its gap opened
        self._gap_timers: dict[str, asyncio.TimerHandle] = {}
        self._gap_failures: dict[str, int] = {}  # syncs after which the gap was still open
        self._syncing: set[str] = set()
        self._sync_tasks: set[asyncio.Task[None]] = set()
        self.welcome: p.Welcome | None = None
        self.attempts = itertools.count()
        self.fatal_error: HubRequestError | None = None
        # Set by hub.restarting: the hub is going away on purpose (an upgrade);
        # reconnect after this many seconds, without backing off further.
        self._planned_reconnect_s: float | None = None

    # ------------------------------------------------------------ observers

    @property
    def state(self) -> LinkState:
        return self._state

    def add_listener(self, listener: FrameListener) -> None:
        self._listeners.append(listener)

    def add_state_listener(self, listener: Callable[[LinkState], None]) -> None:
        self._state_listeners.append(listener)

    def remove_listener(self, listener: FrameListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def remove_state_listener(self, listener: Callable[[LinkState], None]) -> None:
        if listener in self._state_listeners:
            self._state_listeners.remove(listener)

    def _set_state(self, state: LinkState) -> None:
        if state is self._state:
            return
        self._state = state
        if state is LinkState.ONLINE:
            self._online.set()
        else:
            self._online.clear()
        for listener in list(self._state_listeners):
            listener(state)

    # ------------------------------------------------------------ lifecycle

    async def start(self, *, wait: bool = True, timeout: float = 10.0) -> p.Welcome | None:
        """Start the connection loop; by default wait until signed in."""
        if self._runner is None:
            self._http = aiohttp.ClientSession()
            self._runner = asyncio.create_task(self._run(), name="hub-client")
        if wait:
            await self.wait_online(timeout)
        return self.welcome

    async def wait_online(self, timeout: float = 10.0) -> None:
        waiter = asyncio.ensure_future(self._online.wait())
        done, _ = await asyncio.wait(
            {waiter, self._runner} if self._runner else {waiter}, timeout=timeout,
            return_when=asyncio.FIRST_COMPLETED,
        )
        if waiter not in done:
            waiter.cancel()
            if self.fatal_error:
                raise self.fatal_error
            raise TimeoutError(f"The hub at {self.url} did not answer in {timeout:.0f} s.")

    async def close(self) -> None:
        runner, self._runner = self._runner, None
        if runner:
            runner.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await runner
        self._stop_gap_fill()
        for task in list(self._sync_tasks):
            task.cancel()
        if self._ws is not None:
            await self._ws.close()
        if self._http is not None:
            await self._http.close()
            self._http = None
        self._fail_pending(ConnectionError("client closed"))
        self._set_state(LinkState.CLOSED)

    def drop_link(self) -> None:
        """The link is known to be dead (e.g. a ping went unanswered while a call lost
        its media): reconnect now instead of at the heartbeat's timeout, which may be
        many seconds away. What aiohttp does itself when a pong is missing."""
        ws = self._ws
        if ws is not None and not ws.closed:
            ws._handle_ping_pong_exception(  # type: ignore[attr-defined]
                aiohttp.ServerTimeoutError("the hub did not answer a ping"))

    async def probe(self, timeout: float = 1.5) -> bool:
        """Whether the hub answers a ping now; if not, the link is dropped and redialled."""
        try:
            await self.request(p.Ping(), timeout=timeout)
            return True
        except (TimeoutError, ConnectionError, HubRequestError):
            self.drop_link()
            return False

    def attachments(self) -> AttachmentClient:
        """Files beside this connection, sent and fetched with its current token."""
        return AttachmentClient(self.url, self.sign_in.token)

    async def _run(self) -> None:
        delay = self._backoff_initial
        assert self._http is not None
        while True:
            next(self.attempts)
            self._set_state(
                LinkState.CONNECTING if self.welcome is None else LinkState.RECONNECTING
            )
            try:
                async with self._http.ws_connect(
                    self.url, heartbeat=self._heartbeat, max_msg_size=p.MAX_FRAME_BYTES * 16
                ) as ws:
                    self._ws = ws
                    await self._sign_in(ws)
                    delay = self._backoff_initial
                    self._set_state(LinkState.ONLINE)
                    # The resume replay that follows the welcome fills the
                    # gaps we had; whatever it leaves is synced a moment later.
                    for conv in self.seqs.gaps():
                        self._arm_gap_fill(conv)
                    await self._resend_outbox(ws)
                    helpers = [asyncio.create_task(self._resend_stale(ws), name="hub-client-resend")]
                    if self.sign_in.renew_in is not None:
                        helpers.append(asyncio.create_task(self.sign_in.keep(self._renew), name="hub-client-renew"))
                    try:
                        await self._read(ws)
                    finally:
                        for helper in helpers:
                            helper.cancel()
            except AuthRejected as exc:
                self.fatal_error = exc
                self._set_state(LinkState.CLOSED)
                return
            except (TimeoutError, aiohttp.ClientError, OSError, ConnectionError, p.ProtocolError) as exc:
                log.info("hub link down: %s", exc)
            finally:
                self._ws = None
                self._stop_gap_fill()  # the next hello.resume asks for what is missing
            self._fail_pending(ConnectionError("connection to the hub was lost"))
            self._set_state(LinkState.RECONNECTING)
            planned, self._planned_reconnect_s = self._planned_reconnect_s, None
            if planned is not None:  # the hub spread its clients' reconnects itself
                delay = self._backoff_initial
                await asyncio.sleep(planned)
                continue
            # Jitter spreads a reconnect storm after a hub restart.
            await asyncio.sleep(delay * random.uniform(0.7, 1.3))
            delay = min(delay * 2, self._backoff_max)

    async def _sign_in(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        try:
            token = await self.sign_in.hello_token()
        except (TimeoutError, OSError, ConnectionError, aiohttp.ClientError):
            raise  # e.g. the identity provider cannot be reached: try again after the backoff
        except Exception as exc:  # the sign-in is over (ended, or refused at the provider)
            raise AuthRejected("signed_out", str(exc) or type(exc).__name__) from None
        hello = p.Hello(token=token, resume=dict(self.last_seq))
        await ws.send_str(p.encode(hello))
        msg = await ws.receive(timeout=self._request_timeout)
        if msg.type is not aiohttp.WSMsgType.TEXT:
            raise ConnectionError("the hub closed the connection during sign-in")
        frame = p.parse_server_frame(msg.data)
        if isinstance(frame, p.ErrorFrame):
            raise AuthRejected(frame.code, frame.message)
        if not isinstance(frame, p.Welcome):
            raise ConnectionError(f"unexpected {frame.type} before welcome")
        self.welcome = frame
        self._dispatch(frame)

    async def _renew(self, token: str) -> bool:
        """Hand the hub a fresh token on the open connection; False if this hub
        does not know ``auth.renew`` (an older hub: reconnects renew)."""
        try:
            await self.request(p.AuthRenew(token=token))
        except HubRequestError as exc:
            if exc.code in ("unknown_type", "not_allowed"):
                return False
            raise
        return True

    async def _resend_outbox(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        for frame in list(self._outbox.values()):
            await self._send_chat_frame(ws, frame)

    async def _resend_stale(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        """A message the hub never answered (e.g. dropped by its rate limit) is
        sent again with the same id; the hub stores an id once."""
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(self.resend_after_s / 3)
            now = loop.time()
            for ref, frame in list(self._outbox.items()):
                if now - self._outbox_sent.get(ref, now) >= self.resend_after_s:
                    with contextlib.suppress(ConnectionError, aiohttp.ClientError):
                        await self._send_chat_frame(ws, frame)

    async def _send_chat_frame(self, ws: aiohttp.ClientWebSocketResponse, frame: p.ChatSend) -> None:
        self._outbox_sent[frame.id] = asyncio.get_running_loop().time()
        await ws.send_str(p.encode(frame))

    async def _read(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        async for msg in ws:
            if msg.type is not aiohttp.WSMsgType.TEXT:
                if msg.type is aiohttp.WSMsgType.ERROR:
                    raise ConnectionError(str(ws.exception()))
                continue
            try:
                frame = p.parse_server_frame(msg.data)
            except p.ProtocolError as exc:
                log.warning("ignoring a frame from the hub: %s", exc.message)
                continue
            self._handle(frame)

    # ------------------------------------------------------------ frames in

    def _handle(self, frame: Any) -> None:
        if isinstance(frame, p.HubRestarting):
            self._planned_reconnect_s = frame.reconnect_after_ms / 1000
        if isinstance(frame, p.ChatMessage):
            if not self.seqs.receive(frame.conversation_id, frame.seq):
                return  # a replay (or a live copy) of one we already have
            self._watch_gap(frame.conversation_id)
        elif isinstance(frame, p.ConversationAssigned | p.ConversationInvited):
            # The transcript from seq 1 (history.transcript is a read-only
            # view and changes nothing here).
            if frame.messages:
                self.seqs.transcript(frame.conversation_id, max(m.seq for m in frame.messages))
                self._watch_gap(frame.conversation_id)
        # A request is answered by an ack, an error, or a reply that echoes its
        # id (pong, history results): whichever names it first.
        ref = frame.ref if isinstance(frame, p.Ack | p.ErrorFrame) else frame.id
        if ref:
            self._outbox.pop(ref, None)
            self._outbox_sent.pop(ref, None)
            future = self._pending.pop(ref, None)
            if future is not None and not future.done():
                if isinstance(frame, p.ErrorFrame):
                    future.set_exception(HubRequestError(frame.code, frame.message))
                else:
                    future.set_result(frame)
        self._dispatch(frame)

    # ------------------------------------------------------------ gap fill

    def _watch_gap(self, conv: str) -> None:
        if not self.seqs.has_gap(conv):
            self._gap_since.pop(conv, None)
            self._gap_failures.pop(conv, None)
            timer = self._gap_timers.pop(conv, None)
            if timer is not None:
                timer.cancel()
            return
        if conv not in self._gap_since:
            self._gap_since[conv] = asyncio.get_running_loop().time()
        self._arm_gap_fill(conv)

    def _arm_gap_fill(self, conv: str, delay: float | None = None) -> None:
        if conv in self._gap_timers or conv in self._syncing or self._state is not LinkState.ONLINE:
            return
        if delay is None:
            delay = self.gap_fill_after_s * 2 ** min(self._gap_failures.get(conv, 0), 5)
        self._gap_timers[conv] = asyncio.get_running_loop().call_later(delay, self._gap_due, conv)

    def _stop_gap_fill(self) -> None:
        timers, self._gap_timers = self._gap_timers, {}
        for timer in timers.values():
            timer.cancel()

    def _gap_due(self, conv: str) -> None:
        self._gap_timers.pop(conv, None)
        since = self._gap_since.get(conv)
        ws = self._ws
        if (since is None or not self.seqs.has_gap(conv) or conv in self._syncing
                or ws is None or self._state is not LinkState.ONLINE):
            return
        wait = since + self.gap_fill_after_s - asyncio.get_running_loop().time()
        if wait > 0:  # set for an earlier gap: wait the full time for this one
            self._arm_gap_fill(conv, wait)
            return
        self._syncing.add(conv)
        task = asyncio.create_task(self._fill_gap(ws, conv), name="hub-client-sync")
        self._sync_tasks.add(task)
        task.add_done_callback(self._sync_tasks.discard)

    async def _fill_gap(self, ws: aiohttp.ClientWebSocketResponse, conv: str) -> None:
        """Ask the hub for what follows the watermark: it replays those messages
        (the ones we have are dropped as duplicates) and then acks."""
        frame = p.Sync(id=new_client_id(), conversation_id=conv, after_seq=self.last_seq.get(conv, 0))
        assert frame.id is not None
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        future.add_done_callback(_consume_exception)
        self._pending[frame.id] = future
        try:
            await ws.send_str(p.encode(frame))
            await asyncio.wait_for(future, self._request_timeout)
        except (HubRequestError, TimeoutError, ConnectionError, aiohttp.ClientError) as exc:
            log.info("gap fill for %s failed: %s", conv, exc)
        finally:
            self._pending.pop(frame.id, None)
            self._syncing.discard(conv)
        if self.seqs.has_gap(conv) and self._state is LinkState.ONLINE:
            # Still (or again) a gap: wait once more, longer after each try.
            # (Offline, the next hello.resume asks for it instead.)
            self._gap_failures[conv] = self._gap_failures.get(conv, 0) + 1
            self._gap_since[conv] = asyncio.get_running_loop().time()
            self._arm_gap_fill(conv)

    def _dispatch(self, frame: Any) -> None:
        for listener in list(self._listeners):
            try:
                listener(frame)
            except Exception:  # a broken view must not take the link down
                log.exception("frame listener failed on %s", frame.type)

    def _fail_pending(self, exc: Exception) -> None:
        pending, self._pending = self._pending, {}
        for ref, future in pending.items():
            if ref in self._outbox:
                # Chat messages survive the drop: they are re-sent on reconnect.
                self._pending[ref] = future
            elif not future.done():
                future.set_exception(exc)

    # ------------------------------------------------------------ frames out

    async def send(self, frame: BaseModel) -> None:
        """Fire and forget (typing, signaling); dropped while offline."""
        if self._ws is not None and self._state is LinkState.ONLINE:
            await self._ws.send_str(p.encode(_cleaned(frame)))

    async def request(self, frame: BaseModel, timeout: float | None = None) -> Any:
        """Send a frame with a client id and wait for its ack (or error)."""
        frame = _cleaned(frame)
        ref = getattr(frame, "id", None)
        if ref is None:
            frame = frame.model_copy(update={"id": new_client_id()})
            ref = frame.id  # type: ignore[attr-defined]
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._pending[ref] = future
        try:
            await self.wait_online(timeout or self._request_timeout)
            assert self._ws is not None
            await self._ws.send_str(p.encode(frame))
            return await asyncio.wait_for(future, timeout or self._request_timeout)
        finally:
            # Cancelled or timed out: nobody will read an answer (or a failure) now.
            if self._pending.get(ref) is future:
                del self._pending[ref]
            future.cancel()

    async def send_chat(self, conversation_id: str, text: str, client_id: str | None = None) -> str:
        """Queue a chat message; returns its client id. Delivered at least once,
        stored exactly once; the ack arrives as an ``ack`` frame to listeners.
        Pasted control characters are cleaned out first (``wire_json.clean_text``);
        text that is nothing but them goes as it is, and the hub says why not."""
        cleaned = wire_json.clean_text(text)
        text = cleaned if cleaned.strip() else text
        frame = p.ChatSend(id=client_id or new_client_id(), conversation_id=conversation_id, text=text)
        self._outbox[frame.id] = frame
        self._outbox_sent[frame.id] = asyncio.get_running_loop().time()
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        future.add_done_callback(_consume_exception)
        self._pending[frame.id] = future
        if self._ws is not None and self._state is LinkState.ONLINE:
            with contextlib.suppress(ConnectionError, aiohttp.ClientError):
                await self._send_chat_frame(self._ws, frame)
        return frame.id

    @property
    def unacknowledged(self) -> list[p.ChatSend]:
        return list(self._outbox.values())


def _cleaned(frame: BaseModel) -> BaseModel:
    """``frame`` with its text as the protocol accepts it (typed or pasted
    text may carry control characters the hub refuses)."""
    data = frame.model_dump()
    cleaned = wire_json.clean(data)
    return frame if cleaned == data else type(frame).model_validate(cleaned)


def _consume_exception(future: asyncio.Future[Any]) -> None:
    if not future.cancelled():
        future.exception()
