"""One side of a video appointment, as a process inside a lab namespace.

The real path: a HubClient signed in to the hub, the customer queues for a
video appointment and the service expert accepts it, both ask the hub for ICE
servers (``rtc.ice.request``), and the expert's CallEngine calls the
customer's, the way the desktops do. Media is the self-describing kind of
:mod:`tests.netlab.media_meter` (or lavfi with ``--lavfi``).

    python -m tests.netlab.endpoint customer|agent HUB_WS TOKEN_OR_USER [options]

stdout, one JSON object per line: ``{"event": "ready"}`` once the call is
set up to start, ``{"event": "state", "peer", "state", "error", "t"}`` for
every call state change, and answers to commands read from stdin:
``{"cmd": "figures", "since": t, "until": t}`` (the peer's media meter),
``{"cmd": "path"}`` (the selected candidate pair), ``{"cmd": "restart"}``,
``{"cmd": "hangup"}``, ``{"cmd": "quit"}``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
import time
from typing import Any

import aiohttp

from client_core.call import (
    CallConfig,
    CallEngine,
    CallEvent,
    CaptureSource,
    HubFrameSignaling,
    dispatch_frame,
    synthetic_audio,
    synthetic_video,
)
from client_core.hub_client import HubClient, LinkState
from hub_protocol import frames as p

from .media_meter import BeepingAudio, MediaMeter, StampedVideo

log = logging.getLogger("endpoint")


def emit(**event: Any) -> None:
    print(json.dumps(event), flush=True)


class Endpoint:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.hub: HubClient | None = None
        self.engine: CallEngine | None = None
        self.conversation: str | None = None
        self.peer: str | None = None
        self.meter = MediaMeter()
        self.assigned: asyncio.Future[p.ConversationAssigned] | None = None
        self.active: asyncio.Future[None] | None = None
        self.early: list[p.RtcSignalRelay] | None = []  # signals before our engine exists

    async def token(self) -> str:
        if self.args.role == "customer":
            return self.args.credential
        base = self.args.hub.replace("ws://", "http://").removesuffix("/ws")
        async with aiohttp.ClientSession() as http, http.post(
                f"{base}/api/login", json={"username": self.args.credential,
                                            "password": self.args.password}) as resp:
            return (await resp.json())["token"]

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        self.assigned, self.active = loop.create_future(), loop.create_future()
        self.hub = HubClient(self.args.hub, await self.token(), backoff_initial_s=0.2,
                             backoff_max_s=1.0, heartbeat_s=self.args.heartbeat)
        self.hub.add_listener(self.on_frame)
        self.hub.add_state_listener(self.on_link)
        await self.hub.start(timeout=20)
        if self.args.role == "customer":
            await self.queue_for_video()
        else:
            await self.hub.request(p.SetAgentState(state="available"))
            emit(event="waiting")
            frame = await self.assigned
            self.conversation, self.peer = frame.conversation_id, f"customer:{frame.customer_id}"
        self.engine = await self.make_engine()
        await self.engine.start()
        early, self.early = self.early or [], None
        for frame in early:
            if frame.conversation_id == self.conversation:
                dispatch_frame(self.engine, frame)
        emit(event="ready", conversation=self.conversation, t=time.monotonic())
        if self.args.role == "agent" and not self.args.no_call:
            assert self.peer is not None
            await self.engine.call(self.peer)
        await self.commands()

    async def queue_for_video(self) -> None:
        assert self.hub is not None and self.active is not None
        start = await self.hub.request(p.ChatStart(channel="video", language="fi"))
        self.conversation = start.conversation_id
        await self.hub.request(p.HandoffRequest(conversation_id=self.conversation,
                                                precheck={"passed": True}))
        await self.active

    def on_link(self, state: LinkState) -> None:
        # Back on the hub, perhaps from a new network: restart ICE at once, as the apps do.
        if state is LinkState.ONLINE and self.engine is not None:
            asyncio.ensure_future(self.engine.signaling_restored())

    def on_frame(self, frame: Any) -> None:
        if isinstance(frame, p.Offer):
            asyncio.ensure_future(self.hub.request(p.OfferAccept(offer_id=frame.offer_id)))  # type: ignore[union-attr]
        elif isinstance(frame, p.ConversationAssigned) and self.assigned and not self.assigned.done():
            self.assigned.set_result(frame)
        elif (isinstance(frame, p.ConversationStatus) and frame.state == "active"
              and self.active and not self.active.done()):
            self.active.set_result(None)
        elif isinstance(frame, p.RtcSignalRelay):
            # The expert may call before we have our ICE servers: keep its offer.
            if self.early is not None:
                self.early.append(frame)
            elif self.engine is not None and frame.conversation_id == self.conversation:
                dispatch_frame(self.engine, frame)

    async def ice_servers(self) -> tuple[Any, ...]:
        assert self.hub is not None
        got = await self.hub.request(p.RtcIceRequest(conversation_id=self.conversation))
        return CallConfig.ice_servers_from_json([s.model_dump(exclude_none=True)
                                                 for s in got.ice_servers])

    async def make_engine(self) -> CallEngine:
        assert self.hub is not None and self.conversation is not None
        servers = await self.ice_servers() if self.args.turn else ()
        if self.args.only_turn:
            servers = tuple(s.__class__(tuple(u for u in s.urls if self.args.only_turn in u),
                                        s.username, s.credential) for s in servers)
        if self.args.bad_credential:
            servers = tuple(s.__class__(s.urls, s.username, "not-the-password") for s in servers)
        hub = self.hub

        async def send_frame(frame: dict[str, Any]) -> None:
            await hub.send(p.RtcSignal(**frame))

        config = CallConfig(ice_servers=servers, ice_refresh=self.ice_servers,
                            peer_gone_after=self.args.gone_after, ice_timeout=self.args.ice_timeout)
        if self.args.lavfi:
            audio = CaptureSource(synthetic_audio(440 if self.args.role == "agent" else 660))
            video = CaptureSource(synthetic_video(320, 240, 30))
        else:
            audio, video = BeepingAudio(), StampedVideo(*self.args.size, fps=self.args.fps)
        signaling = HubFrameSignaling(self.conversation, send_frame, probe=hub.probe)
        engine = CallEngine(hub.welcome.role + ":" + hub.welcome.user_id,  # type: ignore[union-attr]
                            signaling, audio=audio, video=video, config=config)
        engine.add_listener(self.on_event)
        engine.add_quality_listener(lambda peer, quality: emit(
            event="quality", peer=peer, quality=quality.value, t=time.monotonic()))
        return engine

    def on_event(self, event: CallEvent) -> None:
        if event.peer_id is not None and self.engine is not None and self.peer is None:
            self.peer = event.peer_id
        if event.peer_id is not None and event.state.value == "connected" and self.engine:
            remote = self.engine.remote(event.peer_id)
            if remote is not None and not self.meter._unsubscribe:
                self.meter.attach(remote.audio, remote.video)
        emit(event="state", peer=event.peer_id, state=event.state.value,
             error=event.error.code if event.error else None,
             message=str(event.error) if event.error else None, t=time.monotonic())

    async def commands(self) -> None:
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader()
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
        while True:
            line = await reader.readline()
            if not line:
                break
            cmd = json.loads(line)
            name = cmd.get("cmd")
            engine = self.engine
            assert engine is not None
            if name == "figures":
                emit(event="figures", **self.meter.figures(cmd["since"], cmd["until"]),
                     first_video_after=self.meter.first_video_after(cmd.get("after", 0.0)),
                     first_audio_after=self.meter.first_audio_after(cmd.get("after", 0.0)))
            elif name == "path":
                emit(event="path", path=engine.path(self.peer) if self.peer else None,
                     restarts=engine.peers[self.peer].ice.restarts if self.peer in engine.peers
                     and engine.peers[self.peer].ice else None)
            elif name == "restart":
                await engine.restart_ice()
                emit(event="ok")
            elif name == "hangup":
                await engine.hang_up()
                emit(event="hung_up", t=time.monotonic())
            elif name == "quit":
                break
        if self.engine is not None:
            await self.engine.hang_up()
        if self.hub is not None:
            await self.hub.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("role", choices=["customer", "agent"])
    parser.add_argument("hub")
    parser.add_argument("credential", help="customer: a token; agent: a username")
    parser.add_argument("--password", default="correct horse")
    parser.add_argument("--turn", action="store_true", help="use the hub's ICE servers")
    parser.add_argument("--only-turn", default="", help="keep only TURN URLs containing this")
    parser.add_argument("--bad-credential", action="store_true")
    parser.add_argument("--no-call", action="store_true", help="agent: wait for the customer's offer")
    parser.add_argument("--lavfi", action="store_true")
    parser.add_argument("--size", type=int, nargs=2, default=(640, 480))
    parser.add_argument("--fps", type=int, default=30)
    parser.add_argument("--gone-after", type=float, default=8.0)
    parser.add_argument("--ice-timeout", type=float, default=CallConfig.ice_timeout,
                        help="no path within this long: failed")
    parser.add_argument("--heartbeat", type=float, default=5.0)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    for name in filter(None, os.environ.get("ENDPOINT_DEBUG", "").split(",")):
        logging.getLogger(name).setLevel(logging.DEBUG)
    asyncio.run(Endpoint(args).run())


if __name__ == "__main__":
    main()
