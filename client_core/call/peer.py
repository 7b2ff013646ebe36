"""One remote participant: its RTCPeerConnection (replaced on ICE restart) and its media."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiortc import RTCPeerConnection, RTCSessionDescription
from aiortc.mediastreams import MediaStreamTrack
from aiortc.sdp import candidate_from_sdp

from .config import CallConfig
from .errors import CallError
from .fanout import FrameFanout
from .sources import AUDIO_BUFFER_FRAMES, Frame, MediaSource
from .states import CallState
from .tracks import LocalControls, RemotePump, SourceTrack

log = logging.getLogger(__name__)


@dataclass
class RemoteMedia:
    """A peer's incoming media. Stable across ICE restarts, so views bind once."""

    audio: FrameFanout[Frame] = field(
        default_factory=lambda: FrameFanout("audio", AUDIO_BUFFER_FRAMES)
    )
    video: FrameFanout[Frame] = field(default_factory=lambda: FrameFanout("video", 1))
    pumps: list[RemotePump] = field(default_factory=list)

    def frames_received(self, kind: str) -> int:
        return sum(p.received for p in self.pumps if p.track.kind == kind)


class PeerLink:
    """Owns the current peer connection for one remote peer.

    aiortc cannot restart ICE on a live RTCPeerConnection (its ICE transport starts
    once), so "restart" builds a fresh connection and renegotiates; events from the old
    connection are ignored by checking ``pc is self.pc``.
    """

    def __init__(
        self,
        peer_id: str,
        *,
        polite: bool,
        config: CallConfig,
        controls: LocalControls,
        on_pc_state: Callable[[PeerLink, RTCPeerConnection], None],
    ) -> None:
        self.peer_id = peer_id
        self.polite = polite
        self.state = CallState.IDLE
        self.error: CallError | None = None
        self.remote = RemoteMedia()
        self.pc: RTCPeerConnection | None = None
        self.tracks: dict[str, SourceTrack] = {}
        self.restarts = 0
        self.ever_connected = False
        self.watchdog: asyncio.Task[None] | None = None
        self.lock = asyncio.Lock()  # one negotiation step at a time per peer
        self._config = config
        self._controls = controls
        self._on_pc_state = on_pc_state
        self._close_task: asyncio.Future[None] | None = None

    async def new_pc(self, sources: dict[str, MediaSource]) -> RTCPeerConnection:
        await self.close_pc()
        pc = RTCPeerConnection(self._config.rtc_configuration())
        self.pc = pc
        for kind in ("audio", "video"):
            source = sources.get(kind)
            if source is None:
                pc.addTransceiver(kind, direction="recvonly")
            else:
                track = SourceTrack(source, self._controls)
                self.tracks[kind] = track
                pc.addTrack(track)

        @pc.on("track")
        def _on_track(track: MediaStreamTrack) -> None:
            if pc is not self.pc:
                return
            fanout = self.remote.video if track.kind == "video" else self.remote.audio
            self.remote.pumps.append(RemotePump(track, fanout))

        @pc.on("connectionstatechange")
        def _on_state() -> None:
            self._on_pc_state(self, pc)

        return pc

    async def create_offer(self) -> dict[str, Any]:
        assert self.pc is not None
        # Non-trickle: setLocalDescription gathers all candidates into the SDP.
        await self.pc.setLocalDescription(await self.pc.createOffer())
        return _describe(self.pc)

    async def accept_offer(self, payload: dict[str, Any]) -> dict[str, Any]:
        assert self.pc is not None
        await self.pc.setRemoteDescription(RTCSessionDescription(sdp=payload["sdp"], type="offer"))
        await self.pc.setLocalDescription(await self.pc.createAnswer())
        return _describe(self.pc)

    async def accept_answer(self, payload: dict[str, Any]) -> None:
        assert self.pc is not None
        await self.pc.setRemoteDescription(RTCSessionDescription(sdp=payload["sdp"], type="answer"))

    async def add_candidate(self, payload: dict[str, Any]) -> None:
        """Trickled candidate (we never send them, but a peer or a test may)."""
        if self.pc is None:
            return
        text = payload.get("candidate")
        if not text:
            await self.pc.addIceCandidate(None)
            return
        candidate = candidate_from_sdp(text.removeprefix("candidate:"))
        candidate.sdpMid = payload.get("sdpMid")
        candidate.sdpMLineIndex = payload.get("sdpMLineIndex")
        await self.pc.addIceCandidate(candidate)

    def replace_track(self, kind: str, source: MediaSource) -> None:
        """Device switch: a new track for the new source on the existing sender."""
        if self.pc is None:
            return
        for transceiver in self.pc.getTransceivers():
            if transceiver.kind == kind and transceiver.sender.track is not None:
                old = self.tracks.get(kind)
                new = SourceTrack(source, self._controls)
                transceiver.sender.replaceTrack(new)
                self.tracks[kind] = new
                if old is not None:
                    old.stop()

    async def close_pc(self) -> None:
        pc, self.pc = self.pc, None
        pumps, self.remote.pumps = self.remote.pumps, []
        for pump in pumps:
            await pump.stop()
        for track in self.tracks.values():
            track.stop()
        self.tracks.clear()
        if pc is not None:
            await pc.close()

    async def close(self) -> None:
        """Idempotent; shielded so a cancelled caller cannot leave a half-closed connection."""
        if self._close_task is None:
            self._close_task = asyncio.ensure_future(self._close())
        await asyncio.shield(self._close_task)

    async def _close(self) -> None:
        if self.watchdog is not None:
            self.watchdog.cancel()
            self.watchdog = None
        await self.close_pc()
        self.remote.audio.close()
        self.remote.video.close()


def _describe(pc: RTCPeerConnection) -> dict[str, Any]:
    return {"type": pc.localDescription.type, "sdp": pc.localDescription.sdp}
