"""Hub side of the customer pre-session network check.

The customer client opens a WebRTC peer connection to the hub and uses three
data channels, the same way known pre-call tests (test.webrtc.org, Jitsi,
Twilio) measure the path a call will take:

``ping``  unordered, no retransmits; the hub echoes every message unchanged so
          the client can time round trips and count losses.
``up``    reliable; the hub is a sink. It counts the bytes it receives and
          pushes cumulative samples (on its own clock, from the first upload
          message) back on the same channel, so upload is measured where the
          bytes *arrive*, not where the client hands them to its send buffer.
          By default one ``{"second": k, "bytes": b, "wire": w}`` per second;
          a client that first sends ``{"report_step": s}`` (a string message)
          gets ``{"t": t, "bytes": b, "wire": w}`` every ``s`` seconds instead.
          ``bytes`` is payload delivered to the channel; ``wire`` is every
          packet the hub received on the association, counted as the link
          carried it (see :class:`WireMeter`).
``down``  reliable; the client sends ``{"seconds": s, "delay": d}`` and the hub
          is a source for that long, d seconds later, keeping its send buffer short (``bufferedAmount`` with
          ``bufferedAmountLowThreshold``) so pings are not stuck behind data.

Plain-HTTP routes (``POST /precheck/upload``, ``GET /precheck/download``) are
the TCP alternative used by :func:`client_core.precheck.network.measure_http`.

Sessions are bounded: at most ``max_sessions`` at once (503 beyond that) and
each peer connection is closed after ``max_session_s`` whatever the client does;
all of them are closed on application shutdown.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import time
from dataclasses import dataclass, field

from aiohttp import web
from aiortc import RTCConfiguration, RTCDataChannel, RTCPeerConnection, RTCSessionDescription

from hub_protocol.ice import apply_environment as _apply_ice_environment
from hub_protocol.precheck_meter import (
    Cumulative,
    WireMeter,
    send_paced,
    send_unless_closed,
)

log = logging.getLogger(__name__)

#: Finest report step a client may ask for (bounds the hub's report traffic).
MIN_REPORT_STEP_S = 0.05

HTTP_CHUNK = 64 * 1024
MAX_DOWNLOAD_BYTES = 10_000_000_000  # fast lines are capped by time, not size
#: No transfer (either transport, either direction) runs longer than this, so a
#: client cannot turn the hub into a free traffic source or sink.
MAX_TRANSFER_S = 10.0
_apply_ice_environment()


@dataclass
class PrecheckLimits:
    max_sessions: int = 8
    max_session_s: float = 20.0


@dataclass(eq=False)  # identity semantics: sessions live in a set
class _Session:
    pc: RTCPeerConnection
    up_started: float | None = None
    up_payload: Cumulative = field(default_factory=Cumulative)
    wire: WireMeter | None = None
    report_step: float | None = None  # None: one report per second, legacy format
    tasks: set[asyncio.Task[None]] = field(default_factory=set)

    def spawn(self, coro: object) -> None:
        task = asyncio.ensure_future(coro)  # type: ignore[arg-type]
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)


class PrecheckEcho:
    """Owns the live echo sessions of one aiohttp application."""

    def __init__(self, limits: PrecheckLimits | None = None) -> None:
        self.limits = limits or PrecheckLimits()
        self.sessions: set[_Session] = set()

    # ---- WebRTC ---------------------------------------------------------
    async def handle_offer(self, request: web.Request) -> web.Response:
        if len(self.sessions) >= self.limits.max_sessions:
            return web.json_response(
                {"error": "busy"}, status=503, headers={"Retry-After": "5"}
            )
        try:
            body = await request.json()
            offer = RTCSessionDescription(sdp=str(body["sdp"]), type=str(body["type"]))
        except (ValueError, KeyError, TypeError):
            return web.json_response({"error": "bad offer"}, status=400)
        if offer.type != "offer" or "m=application" not in offer.sdp:  # data channels only
            return web.json_response({"error": "bad offer"}, status=400)

        # No STUN/TURN: aiortc would otherwise default to a public STUN server,
        # and the hub is reached on its own host addresses anyway.
        pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
        session = _Session(pc)
        self.sessions.add(session)
        pc.on("datachannel", lambda ch: self._on_channel(session, ch))

        @pc.on("connectionstatechange")
        async def _on_state() -> None:
            if pc.connectionState in ("failed", "closed"):
                await self._close(session)

        try:
            await pc.setRemoteDescription(offer)
            session.wire = WireMeter.attach(pc.sctp)
            await pc.setLocalDescription(await pc.createAnswer())
        except Exception as exc:  # malformed SDP from the client
            log.info("precheck offer rejected: %s", exc)
            await self._close(session)
            return web.json_response({"error": "bad offer"}, status=400)

        # Hard stop whatever the client does (a stuck or hostile client).
        session.spawn(self._expire(session))
        local = pc.localDescription
        return web.json_response({"sdp": local.sdp, "type": local.type})

    def _on_channel(self, session: _Session, channel: RTCDataChannel) -> None:
        if channel.label == "ping":
            channel.on("message", lambda m: send_unless_closed(channel, m))  # echo as is: the client's timestamps
        elif channel.label == "up":
            channel.on("message", lambda m: self._on_up(session, channel, m))
        elif channel.label == "down":
            channel.on("message", lambda m: self._on_down(session, channel, m))

    def _on_up(self, session: _Session, channel: RTCDataChannel, message: bytes | str) -> None:
        if isinstance(message, str):
            if session.up_started is None:  # {"report_step": s}, before any data
                try:
                    step = float(json.loads(message)["report_step"])
                except (ValueError, KeyError, TypeError):
                    return
                if not math.isfinite(step):
                    return
                session.report_step = min(max(step, MIN_REPORT_STEP_S), 1.0)
            return
        now = time.monotonic()
        if session.up_started is None:
            session.up_started = now
            session.spawn(self._report_up(session, channel))
        session.up_payload.add(len(message), now)

    async def _report_up(self, session: _Session, channel: RTCDataChannel) -> None:
        """Push cumulative received bytes every step, on the hub's clock.

        Each report gives the counts at exactly ``start + t`` (from arrival
        timestamps), however late this task wakes up.
        """
        assert session.up_started is not None
        start, step = session.up_started, session.report_step or 1.0
        fine = session.report_step is not None
        k = 0 if fine else 1  # fine reports include t=0: the counts just before the first message
        while channel.readyState == "open" and k * step <= MAX_TRANSFER_S:
            t = k * step
            await asyncio.sleep(max(0.0, start + t - time.monotonic()))
            if channel.readyState != "open":
                return
            at = start + t if k else start - 1e-9
            report: dict[str, float | int] = {"t": round(t, 6)} if fine else {"second": k}
            report["bytes"] = session.up_payload.at(at)
            if session.wire is not None:
                report["wire"] = session.wire.at(at)
            send_unless_closed(channel, json.dumps(report))
            k += 1

    def _on_down(self, session: _Session, channel: RTCDataChannel, message: bytes | str) -> None:
        """``{"seconds": s, "delay": d}``: be a source for s seconds, d seconds from now.

        The client asks before its upload phase, while the up link is still
        idle; asked afterwards, the request would wait behind the upload's
        queued tail and the download would start late.
        """
        try:
            request = json.loads(message)
            seconds = float(request["seconds"])
            delay = float(request.get("delay", 0.0))
        except (ValueError, KeyError, TypeError, AttributeError):
            return
        seconds = min(max(seconds, 0.0), MAX_TRANSFER_S)
        delay = min(max(delay, 0.0), MAX_TRANSFER_S)
        session.spawn(self._source_later(channel, seconds, delay))

    @staticmethod
    async def _source_later(channel: RTCDataChannel, seconds: float, delay: float) -> None:
        await asyncio.sleep(delay)
        await send_paced(channel, seconds)

    async def _expire(self, session: _Session) -> None:
        await asyncio.sleep(self.limits.max_session_s)
        await self._close(session)

    async def _close(self, session: _Session) -> None:
        if session not in self.sessions:
            return
        self.sessions.discard(session)
        current = asyncio.current_task()
        for task in list(session.tasks):
            if task is not current:
                task.cancel()
        await session.pc.close()

    async def close_all(self, _app: web.Application | None = None) -> None:
        await asyncio.gather(*(self._close(s) for s in list(self.sessions)))

    # ---- plain HTTP (TCP) alternative -------------------------------------
    async def handle_upload(self, request: web.Request) -> web.Response:
        """Read the body; reply with cumulative bytes at each whole second.

        Seconds are counted on the hub's clock from the first body bytes, so
        upload is measured where bytes arrive, not where the client queued them.
        """
        start: float | None = None
        total = 0
        at_second: list[int] = []
        async for chunk in request.content.iter_any():
            now = time.monotonic()
            if start is None:
                start = now
            while now >= start + len(at_second) + 1:
                at_second.append(total)  # total before this chunk = total at the boundary
            total += len(chunk)
            if now - start > MAX_TRANSFER_S:
                break
        return web.json_response({"bytes": total, "cumulative_by_second": at_second})

    async def handle_download(self, request: web.Request) -> web.StreamResponse:
        try:
            size = int(request.query.get("bytes", "0"))
        except ValueError:
            return web.json_response({"error": "bytes must be an integer"}, status=400)
        size = min(max(size, 0), MAX_DOWNLOAD_BYTES)
        resp = web.StreamResponse(headers={"Content-Type": "application/octet-stream",
                                           "Cache-Control": "no-store"})
        # chunked, not Content-Length: a time-capped transfer may end early
        await resp.prepare(request)
        block = bytes(HTTP_CHUNK)
        sent = 0
        stop = time.monotonic() + MAX_TRANSFER_S
        try:
            while sent < size and time.monotonic() < stop:
                n = min(HTTP_CHUNK, size - sent)
                await resp.write(block[:n])
                sent += n
        except ConnectionError:
            pass  # the client stops reading at its deadline and hangs up: normal
        return resp


PRECHECK_ECHO = web.AppKey("precheck_echo", PrecheckEcho)


def add_precheck_routes(
    app: web.Application, *, limits: PrecheckLimits | None = None
) -> None:
    """Mount ``/precheck/*`` on ``app`` and close every echo session on shutdown."""
    echo = PrecheckEcho(limits)
    app[PRECHECK_ECHO] = echo
    app.router.add_post("/precheck/offer", echo.handle_offer)
    app.router.add_post("/precheck/upload", echo.handle_upload)
    app.router.add_get("/precheck/download", echo.handle_download)
    app.on_shutdown.append(echo.close_all)


def main() -> None:
    """``python -m service_hub.precheck_echo --host H --port P``: a bare echo hub.

    Used by the namespace tests and the bench to run the hub in another netns.
    """
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    app = web.Application()
    add_precheck_routes(app)
    web.run_app(app, host=args.host, port=args.port, print=lambda *_: print("ready", flush=True))


if __name__ == "__main__":
    main()
