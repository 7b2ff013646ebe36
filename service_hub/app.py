"""The hub's HTTP side: the WebSocket endpoint, sign-in, health and readiness."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import defaultdict
from typing import Any

from aiohttp import WSCloseCode, WSMsgType, web

from hub_protocol import compat
from hub_protocol import frames as p

from .auth import AuthError, TokenAuthority, hash_password, needs_rehash, verify_password
from .bot_service import BotService
from .config import HubConfig
from .core.connection import Connection
from .core.refused import Refused
from .drain import ask_to_reconnect
from .hub import Hub
from .identity import build_authority, build_staff_sign_in, log_identity_setup
from .precheck_echo import add_precheck_routes
from .routing import QueueCatalog
from .store.db import make_engine, migrate
from .store.repo import Store

log = logging.getLogger(__name__)

HUB_KEY = web.AppKey("hub", Hub)
AUTH_KEY = web.AppKey("auth", TokenAuthority)
READY_KEY = web.AppKey("ready", asyncio.Event)
DRAINING_KEY = web.AppKey("draining", asyncio.Event)
CONNECTIONS_KEY = web.AppKey("connections", defaultdict)
SIGN_IN_TIMEOUT_S = 10.0


class RateLimiter:
    """Token bucket per connection: frames and bytes per second.

    A refused frame is dropped. The sender hears ``rate_limited`` at most every
    ``TELL_EVERY_S`` (answering each frame of a flood would cost the hub as much
    as serving it), and a connection that keeps flooding - more than ten
    seconds' worth of frames refused within ``FLOOD_WINDOW_S`` - is closed with
    1008 (policy violation).
    """

    TELL_EVERY_S = 0.25
    FLOOD_WINDOW_S = 2.0

    def __init__(self, frames_per_s: float = 50, bytes_per_s: float = 256 * 1024) -> None:
        self.rates = (frames_per_s, bytes_per_s)
        self.tokens = [frames_per_s * 2, bytes_per_s * 2]
        self.at = time.monotonic()
        self.refused_in_window, self.window_start, self.told_at = 0, self.at, float("-inf")

    def refused(self) -> str:
        """After allow() said no: "tell" the sender, stay "quiet", or "close" a flood."""
        now = time.monotonic()
        if now - self.window_start > self.FLOOD_WINDOW_S:
            self.window_start, self.refused_in_window = now, 0
        self.refused_in_window += 1
        if self.refused_in_window > self.rates[0] * 10:
            return "close"
        if now - self.told_at >= self.TELL_EVERY_S:
            self.told_at = now
            return "tell"
        return "quiet"

    def allow(self, size: int) -> bool:
        now = time.monotonic()
        elapsed, self.at = now - self.at, now
        for i, rate in enumerate(self.rates):
            self.tokens[i] = min(rate * 2, self.tokens[i] + elapsed * rate)
        if self.tokens[0] < 1 or self.tokens[1] < size:
            return False
        self.tokens[0] -= 1
        self.tokens[1] -= size
        return True


def _error(code: str, message: str, ref: str | None = None) -> str:
    return p.encode(p.ErrorFrame(code=code, message=message, ref=ref))


def _early_error(code: str, message: str, ref: str | None = None) -> str:
    """An error before sign-in, in the oldest version served: every client reads it."""
    return compat.for_version(_error(code, message, ref), p.OLDEST_PROTOCOL_VERSION) or ""


CLOSE_UPDATE_REQUIRED = 4010


async def websocket(request: web.Request) -> web.WebSocketResponse:
    hub = request.app[HUB_KEY]
    authority = request.app[AUTH_KEY]
    # aiohttp enforces the size limit before we see the frame; a larger one
    # closes with 1009 (message too big), which the client reports plainly.
    ws = web.WebSocketResponse(heartbeat=hub.config.ws_heartbeat_s, max_msg_size=p.MAX_FRAME_BYTES)
    await ws.prepare(request)
    conn: Connection | None = None
    try:
        conn = await _sign_in(ws, request.transport, authority, hub, request.app)
        if conn is None:
            return ws
        limiter = RateLimiter(hub.config.rate_frames_per_s, hub.config.rate_bytes_per_s)
        async for msg in ws:
            if msg.type is not WSMsgType.TEXT and msg.type is not WSMsgType.BINARY:
                continue
            # Binary frames are refused, but only after they count: a binary
            # flood is closed with 1008 like any other.
            if not limiter.allow(len(msg.data)):
                verdict = limiter.refused()
                if verdict == "close":
                    log.warning("closing a flooding connection of %s", conn.identity.ref)
                    await hub.store.audit(conn.identity.ref, "rate_limit", "-", allowed=False,
                                          detail="flood: connection closed")
                    await conn.close(code=WSCloseCode.POLICY_VIOLATION, message=b"too many frames")
                    break
                if verdict == "tell":
                    await conn.send_raw(_error("rate_limited", "Too many frames; slow down."))
                continue
            if msg.type is WSMsgType.BINARY:
                await conn.send_raw(_error("bad_frame", "Frames are JSON text."))
                continue
            await _handle_frame(hub, conn, msg.data)
    finally:
        if conn is not None:
            request.app[CONNECTIONS_KEY][conn.identity.ref].discard(conn)
            await hub.disconnected(conn)
    return ws


async def _sign_in(
    ws: web.WebSocketResponse, transport: Any, authority: TokenAuthority, hub: Hub, app: web.Application
) -> Connection | None:
    try:
        msg = await ws.receive(timeout=SIGN_IN_TIMEOUT_S)
    except TimeoutError:
        await ws.close(code=4001, message=b"sign-in timed out")
        return None
    if msg.type is not WSMsgType.TEXT:
        await ws.close()
        return None
    try:
        frame = p.parse_client_frame(msg.data)
    except p.ProtocolError as exc:
        await ws.send_str(_early_error(exc.code, exc.message, exc.ref))
        await ws.close(code=CLOSE_UPDATE_REQUIRED if exc.code == p.UPDATE_REQUIRED else 4002,
                       message=b"bad hello")
        return None
    if not isinstance(frame, p.Hello):
        await ws.send_str(_early_error("not_signed_in", "Send hello with a token first."))
        await ws.close(code=4002, message=b"hello expected")
        return None
    if frame.v < hub.config.oldest_client_protocol:
        await hub.store.audit("anonymous", "sign_in", "-", allowed=False, detail=f"protocol {frame.v}")
        await ws.send_str(_early_error(p.UPDATE_REQUIRED, p.UPDATE_MESSAGE, frame.id))
        await ws.close(code=CLOSE_UPDATE_REQUIRED, message=b"update required")
        return None
    try:
        identity = await authority.verify(frame.token)
    except AuthError as exc:
        await hub.store.audit("anonymous", "sign_in", "-", allowed=False, detail=exc.reason)
        await ws.send_str(_early_error(exc.code, exc.message, frame.id))
        await ws.close(code=4003, message=b"unauthorized")
        return None
    open_conns = app[CONNECTIONS_KEY][identity.ref]
    if len(open_conns) >= hub.config.max_connections_per_identity:
        await ws.send_str(_early_error("too_many_connections", "Too many open connections for this user."))
        await ws.close(code=4008, message=b"too many connections")
        return None
    conn = Connection(ws, identity, transport, protocol=frame.v)
    open_conns.add(conn)
    await hub.connected(conn, dict(frame.resume))
    await conn.release()  # what other tasks sent meanwhile, after welcome and replay
    return conn


async def _handle_frame(hub: Hub, conn: Connection, raw: str) -> None:
    try:
        frame = p.parse_client_frame(raw)
        if isinstance(frame, p.Hello):
            raise Refused("already_signed_in", "This connection is already signed in.")
        # auth.renew may come a little late: the new token is checked in full.
        if conn.identity.expires_at < time.time() and not isinstance(frame, p.AuthRenew):
            raise Refused("token_expired", "Your sign-in has expired; sign in again.")
        await hub.handle(conn, frame)
    except p.ProtocolError as exc:
        await conn.send_raw(_error(exc.code, exc.message, exc.ref))
    except Refused as exc:
        await conn.send_raw(_error(exc.code, exc.message, getattr(frame, "id", None)))
    except Exception:
        # Never a stack trace to the client; the log keeps it for us.
        log.exception("handler failed for %s", conn.identity.ref)
        await conn.send_raw(_error("internal", "Something went wrong on the hub; nothing was lost.",
                                   getattr(locals().get("frame"), "id", None)))


async def login(request: web.Request) -> web.Response:
    hub = request.app[HUB_KEY]
    try:
        body = await request.json()
        username, password = str(body["username"]), str(body["password"])
    except (ValueError, KeyError, TypeError):
        return web.json_response({"error": "bad_request", "message": "Send username and password."}, status=400)
    agent = await hub.store.agent_by_username(username)
    # argon2 is slow on purpose: keep it off the event loop (it releases the GIL).
    loop = asyncio.get_running_loop()
    ok = agent is not None and agent.active and await loop.run_in_executor(
        None, verify_password, agent.password_hash, password
    )
    await hub.store.audit(f"agent:{agent.id}" if agent else f"unknown:{username[:64]}", "login", "-",
                          allowed=ok)
    if not ok or agent is None:
        return web.json_response(
            {"error": "bad_credentials", "message": "Wrong user name or password."}, status=401
        )
    if needs_rehash(agent.password_hash):
        new_hash = await loop.run_in_executor(None, hash_password, password)
        await hub.store.set_password_hash(agent.id, new_hash)
    token = request.app[AUTH_KEY].issue_agent_token(agent.id, agent.display_name,
                                                    is_supervisor=agent.is_supervisor)
    return web.json_response({"token": token, "agent_id": agent.id, "display_name": agent.display_name,
                              "expires_in": request.app[AUTH_KEY].agent_token_ttl_s})


async def refresh(request: web.Request) -> web.Response:
    authority = request.app[AUTH_KEY]
    header = request.headers.get("Authorization", "")
    try:
        identity = await authority.verify(header.removeprefix("Bearer ").strip())
    except AuthError as exc:
        return web.json_response({"error": exc.code, "message": exc.message}, status=401)
    if identity.role != "agent":
        return web.json_response({"error": "forbidden", "message": "Agents only."}, status=403)
    if identity.via_idp:
        # Renewed at the organisation's provider, then POST /api/login/oidc (staff_login.py).
        return web.json_response({"error": "sign_in_again",
                                  "message": "Renew the sign-in at the organisation's provider."},
                                 status=403)
    token = authority.issue_agent_token(int(identity.user_id), identity.display_name,
                                        roles=identity.roles)
    return web.json_response({"token": token, "expires_in": authority.agent_token_ttl_s})


async def healthz(_request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def readyz(request: web.Request) -> web.Response:
    if request.app[DRAINING_KEY].is_set():
        return web.json_response({"status": "draining"}, status=503)
    if not request.app[READY_KEY].is_set():
        return web.json_response({"status": "starting"}, status=503)
    try:
        async with request.app[HUB_KEY].store.engine.connect() as conn:
            await conn.exec_driver_sql("SELECT 1")
    except Exception as exc:  # the database is down: not ready, but alive
        return web.json_response({"status": "database unavailable", "detail": type(exc).__name__}, status=503)
    return web.json_response({"status": "ready"})


def _awaiting(coro: Any) -> list[str]:
    """Where a task waits: each coroutine of its await chain, outermost first
    (a task's own stack shows only its outermost frame)."""
    where = []
    while coro is not None:
        frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
        if frame is not None:
            where.append(f"  {frame.f_code.co_filename}:{frame.f_lineno} {frame.f_code.co_name}")
        coro = getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None)
    return where


def _install_task_dump() -> None:
    """`kill -USR2 <pid>` logs every asyncio task's stack: finds a stuck await."""
    import signal

    if not hasattr(signal, "SIGUSR2"):
        return

    def dump() -> None:
        for task in asyncio.all_tasks():
            log.warning("task %s:\n%s", task.get_name(), "\n".join(_awaiting(task.get_coro())) or "(no frames)")
        import faulthandler
        import sys

        faulthandler.dump_traceback(sys.stderr, all_threads=True)  # the store writer's thread too

    with contextlib.suppress(NotImplementedError, RuntimeError):
        asyncio.get_running_loop().add_signal_handler(signal.SIGUSR2, dump)


def create_app(
    config: HubConfig,
    *,
    catalog: QueueCatalog | None = None,
    bot: BotService | None = None,
    clock: Any = None,
) -> web.Application:
    from .defaults import default_bot, default_catalog

    app = web.Application(client_max_size=1024 * 1024)
    config.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(config.resolved_database_url(), sqlite_synchronous=config.sqlite_synchronous)
    store = Store(engine)
    hub_kwargs: dict[str, Any] = {"clock": clock} if clock else {}
    authority = build_authority(config)  # IdentityConfigError: no provider, no demo switch
    hub = Hub(config, store, catalog or default_catalog(config), bot or default_bot(config),
              authority=authority, **hub_kwargs)
    app[HUB_KEY] = hub
    app[AUTH_KEY] = authority
    staff = build_staff_sign_in(config)
    app[READY_KEY] = asyncio.Event()
    app[DRAINING_KEY] = asyncio.Event()
    app[CONNECTIONS_KEY] = defaultdict(set)

    async def on_startup(app: web.Application) -> None:
        _install_task_dump()
        log_identity_setup(config)
        await migrate(engine)
        await store.start()
        await hub.start()
        app[READY_KEY].set()

    async def on_shutdown(app: web.Application) -> None:  # draining: service_hub/drain.py
        app[DRAINING_KEY].set()
        await ask_to_reconnect([c for conns in app[CONNECTIONS_KEY].values() for c in conns],
                               config.drain_spread_s)

    async def on_cleanup(app: web.Application) -> None:
        await hub.stop()
        await store.drain()  # every write queued until now is committed
        await store.close()

    app.on_startup.append(on_startup)
    app.on_shutdown.append(on_shutdown)
    app.on_cleanup.append(on_cleanup)
    app.router.add_get("/ws", websocket)
    app.router.add_post("/api/login", login)
    app.router.add_post("/api/token/refresh", refresh)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    # The customer pre-session check measures the path to the hub itself.
    add_precheck_routes(app)
    # POST /api/logout: revoke the caller's token, close its connections.
    from .logout import add_logout_route

    add_logout_route(app, HUB_KEY, AUTH_KEY)
    # POST /api/login/oidc: experts through the organisation's provider.
    from .staff_login import add_staff_login_routes

    add_staff_login_routes(app, HUB_KEY, AUTH_KEY, staff)
    # Trial metrics for supervisors (service_hub/metrics/http.py).
    from .metrics.http import add_metrics_routes

    add_metrics_routes(app, HUB_KEY, AUTH_KEY)
    # Files in conversations (service_hub/attachments/http.py).
    from .attachments.http import add_attachment_routes

    add_attachment_routes(app, HUB_KEY, AUTH_KEY)
    return app
