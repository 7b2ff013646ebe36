"""One remote participant: its RTCPeerConnection, its ICE agent and its media."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiortc import RTCPeerConnection, RTCSessionDescription
from aiortc.mediastreams import MediaStreamTrack

from . import jitter
from .adapt import Rung
from .config import CallConfig
from .errors import CallError
from .fanout import FrameFanout
from .ice import IceAgent, strip_candidates, without_end_of_candidates
from .quality import Measured, Quality, QualityWatch
from .sendside import SendSide
from .sources import AUDIO_BUFFER_FRAMES, Frame, MediaSource
from .states import CallState
from .tracks import LocalControls, RemotePump, SourceTrack

log = logging.getLogger(__name__)

SendSignal = Callable[[str, dict[str, Any]], Awaitable[None]]


@dataclass
class RemoteMedia:
    """A peer's incoming media. Stable across reconnections, so views bind once."""

    audio: FrameFanout[Frame] = field(
        default_factory=lambda: FrameFanout("audio", AUDIO_BUFFER_FRAMES)
    )
    video: FrameFanout[Frame] = field(default_factory=lambda: FrameFanout("video", 1))
    pumps: list[RemotePump] = field(default_factory=list)

    def frames_received(self, kind: str) -> int:
        return sum(p.received for p in self.pumps if p.track.kind == kind)

    def silence(self, kind: str, now: float) -> float | None:
        """Seconds since the last frame of ``kind``; None if none ever came."""
        stamps = [p.last_at for p in self.pumps if p.track.kind == kind and p.last_at]
        return now - max(stamps) if stamps else None

    def measured(self, sending: Rung | None, now: float) -> Measured:
        video = [p for p in self.pumps if p.track.kind == "video"]
        audio = [p for p in self.pumps if p.track.kind == "audio"]
        lost = [x for x in (p.lost_pct(now) for p in audio) if x is not None]
        return Measured(sending=sending, video_silence_s=self.silence("video", now),
                        audio_silence_s=self.silence("audio", now),
                        sound_lost_pct=max(lost) if lost else None,
                        their_fps=video[0].rate(now) if video and video[0].last_at else None)


class PeerLink:
    """Owns the peer connection for one remote peer.

    An ICE restart keeps the connection (and its DTLS session) and swaps the ICE
    connection underneath (:class:`IceAgent`), as a browser does; only a peer
    that sends the old ``restart`` signal (an engine from before trickle and
    restart in place) gets a new connection, via :meth:`new_pc`.

    Trickled local candidates wait until the description they belong to has
    been sent (:meth:`description_sent`), so the peer never gets a candidate
    for a generation it has not heard of.
    """

    def __init__(
        self,
        peer_id: str,
        *,
        polite: bool,
        config: CallConfig,
        controls: LocalControls,
        on_pc_state: Callable[[PeerLink, RTCPeerConnection], None],
        send_signal: SendSignal,
    ) -> None:
        self.peer_id = peer_id
        self.polite = polite
        self.state = CallState.IDLE
        self.error: CallError | None = None
        self.remote = RemoteMedia()
        self.pc: RTCPeerConnection | None = None
        self.ice: IceAgent | None = None
        self.sendside: SendSide | None = None
        self.quality = QualityWatch()
        self.tracks: dict[str, SourceTrack] = {}
        self.ever_connected = False
        self.restart_at: float | None = None  # when we last asked for a restart
        self.watchdog: asyncio.Task[None] | None = None
        self.monitor: asyncio.Task[None] | None = None
        self.lock = asyncio.Lock()  # one negotiation step at a time per peer
        self.config = config
        self._controls = controls
        self._on_pc_state = on_pc_state
        self._send_signal = send_signal
        self._held: list[dict[str, Any]] | None = []  # candidates until the description is out
        self._close_task: asyncio.Future[None] | None = None

    async def new_pc(self, sources: dict[str, MediaSource]) -> RTCPeerConnection:
        await self.close_pc()
        pc = RTCPeerConnection(self.config.rtc_configuration())
        self.pc = pc
        for kind in ("audio", "video"):
            source = sources.get(kind)
            if source is None:
                pc.addTransceiver(kind, direction="recvonly")
            else:
                track = SourceTrack(source, self._controls)
                self.tracks[kind] = track
                pc.addTrack(track)
        for transceiver in pc.getTransceivers():
            jitter.install(transceiver.receiver, transceiver.kind)
        self.ice = IceAgent(pc, self.config.ice_servers, gather_timeout=self.config.gather_timeout,
                            consent_interval=self.config.consent_interval,
                            on_candidate=self._local_candidate)
        if self.config.adapt:
            self.sendside = SendSide(pc, self.tracks.get("video"), self.ice.pacer)
        self._held = []

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

    # -- descriptions --------------------------------------------------------------------

    async def create_offer(self) -> dict[str, Any]:
        assert self.pc is not None
        self._held = []
        await self.pc.setLocalDescription(await self.pc.createOffer())
        return self._describe()

    async def restart_offer(self) -> dict[str, Any]:
        """A re-offer with new ICE credentials on the same connection."""
        assert self.pc is not None and self.ice is not None
        self._held = []
        await self.ice.prepare_restart()
        await self.pc.setLocalDescription(await self.pc.createOffer())
        return self._describe()

    async def accept_offer(self, payload: dict[str, Any]) -> dict[str, Any]:
        assert self.pc is not None and self.ice is not None
        sdp = payload["sdp"]
        restart = self.ice.is_restart(sdp)
        self._held = []
        if restart:
            await self.ice.prepare_restart()
        await self.pc.setRemoteDescription(
            RTCSessionDescription(sdp=strip_candidates(sdp) if restart else sdp, type="offer"))
        self.ice.note_remote(sdp)
        await self.pc.setLocalDescription(await self.pc.createAnswer())
        if restart:
            await self.ice.begin_checks(sdp, self.config.ice_timeout)
        return self._describe()

    async def accept_answer(self, payload: dict[str, Any]) -> None:
        assert self.pc is not None and self.ice is not None
        sdp = payload["sdp"]
        restart = self.ice.pending is not None
        await self.pc.setRemoteDescription(
            RTCSessionDescription(sdp=strip_candidates(sdp) if restart else sdp, type="answer"))
        self.ice.note_remote(sdp)
        if restart:
            await self.ice.begin_checks(sdp, self.config.ice_timeout)

    def rollback(self) -> None:
        """Glare: the peer's offer wins over ours (we are polite)."""
        if self.ice is not None:
            self.ice.rollback_local_offer()
        self._held = []

    def _describe(self) -> dict[str, Any]:
        assert self.pc is not None and self.ice is not None
        description = self.pc.localDescription
        self.ice.set_mid(self.pc.getTransceivers()[0].mid)
        sdp = description.sdp
        if self.ice.gathering():
            sdp = without_end_of_candidates(sdp)  # more are trickled
        return {"type": description.type, "sdp": sdp}

    async def description_sent(self) -> None:
        """The description is with the peer: what was trickled meanwhile may follow."""
        held, self._held = self._held, None
        for payload in held or []:
            await self._send_signal("ice", payload)

    # -- candidates ----------------------------------------------------------------------

    def _local_candidate(self, payload: dict[str, Any]) -> None:
        if self._held is not None:
            self._held.append(payload)
        else:
            asyncio.ensure_future(self._send_signal("ice", payload))

    async def add_candidate(self, payload: dict[str, Any]) -> None:
        """A trickled candidate from the peer."""
        if self.ice is not None:
            await self.ice.add_remote_candidate(payload)

    # -- tracks and teardown -------------------------------------------------------------

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
                if kind == "video" and self.sendside is not None:
                    self.sendside.use_track(new)
                if old is not None:
                    old.stop()

    def silence(self) -> float | None:
        return self.ice.silence() if self.ice is not None else None

    def assess(self, camera_on: bool, now: float) -> Quality | None:
        """The quality to show for this peer now, or None if it did not change."""
        sends_video = self.sendside is not None and camera_on and "video" in self.tracks
        sending = self.sendside.rung if sends_video and self.sendside is not None else None
        return self.quality.update(self.remote.measured(sending, now), now)

    async def close_pc(self) -> None:
        pc, self.pc = self.pc, None
        ice, self.ice = self.ice, None
        pumps, self.remote.pumps = self.remote.pumps, []
        for pump in pumps:
            await pump.stop()
        for track in self.tracks.values():
            track.stop()
        self.tracks.clear()
        if pc is not None:
            await pc.close()
        if ice is not None:
            await ice.close()

    async def close(self) -> None:
        """Idempotent; shielded so a cancelled caller cannot leave a half-closed connection."""
        if self._close_task is None:
            self._close_task = asyncio.ensure_future(self._close())
        await asyncio.shield(self._close_task)

    async def _close(self) -> None:
        for task in (self.watchdog, self.monitor):
            if task is not None and task is not asyncio.current_task():
                task.cancel()
        self.watchdog = self.monitor = None
        await self.close_pc()
        self.remote.audio.close()
        self.remote.video.close()
