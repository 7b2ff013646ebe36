"""What we send to one peer, adapted to the path: see :mod:`client_core.call.adapt`.

Glue to aiortc's senders, reaching into them in named places like
:mod:`client_core.call.ice`: the video sender's receiver reports feed our
estimate (and its REMB no longer goes straight into the encoder); the
encoder's bitrate is ours to set, below aiortc's 250 kbit/s floor too; the
pacer (:mod:`client_core.call.pacer`) follows it; and the audio sender gets
Opus at 32 kbit/s with in-band FEC instead of 96 kbit/s, which on a 600 kbit/s
line is the difference between clean sound and a queue the sound waits in.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

import av
from aiortc import RTCPeerConnection, RTCRtpSender
from aiortc.codecs import get_encoder
from aiortc.codecs.opus import OpusEncoder
from aiortc.codecs.vpx import Vp8Encoder, number_of_threads
from aiortc.rtcrtpparameters import RTCRtpSendParameters
from aiortc.rtp import RTCP_PSFB_APP, RtcpPsfbPacket, RtcpRrPacket, RtcpSrPacket

from .adapt import AUDIO_KBPS, LADDER, PAUSED, RateEstimate, Rung, RungChooser, video_budget
from .pacer import Pacer
from .tracks import SourceTrack

log = logging.getLogger(__name__)

VOICE_BPS = 32_000
#: RTP, SRTP, UDP and IPv4 headers on each packet (and a TURN channel header).
PACKET_OVERHEAD = 12 + 10 + 8 + 20 + 4
#: Encoder bitrate changes smaller than this are not worth the key frame aiortc's
#: VP8 encoder makes for each (it rebuilds the codec).
RETARGET_STEP = 0.15
RETARGET_EVERY_S = 2.0


class VoiceEncoder(OpusEncoder):
    """Opus for speech: 32 kbit/s, in-band FEC for a receiver that can use it."""

    def __init__(self) -> None:
        super().__init__()
        self.codec.bit_rate = VOICE_BPS
        self.codec.options = {"application": "voip", "fec": "1", "packet_loss": "10"}


#: A key frame at most this many frames' worth of the target (libvpx's
#: rc_max_intra_bitrate_pct): unlimited, one is a second of bitrate in one burst,
#: more than a thin line's buffer holds, and its loss asks for the next one.
MAX_INTRA_PCT = 300


class PictureEncoder(Vp8Encoder):
    """aiortc's VP8 encoder, with key frames capped in size."""

    def encode(self, frame: Any, force_keyframe: bool = False) -> tuple[list[bytes], int]:
        codec = self.codec
        if codec is None or (frame.width, frame.height) != (codec.width, codec.height) or (
                abs(self.target_bitrate - codec.bit_rate) / codec.bit_rate > 0.1):
            self.codec = self._open(frame.width, frame.height)
        return super().encode(frame, force_keyframe)

    def _open(self, width: int, height: int) -> Any:
        # aiortc's own settings (aiortc 1.16, codecs/vpx.py), plus the cap.
        bitrate = str(self.target_bitrate)
        codec = av.CodecContext.create("libvpx", "w")
        codec.width, codec.height = width, height
        codec.bit_rate = self.target_bitrate
        codec.pix_fmt = "yuv420p"
        codec.gop_size, codec.qmin, codec.qmax = 3000, 2, 56
        codec.options = {
            "bufsize": bitrate, "cpu-used": "-6", "deadline": "realtime",
            "lag-in-frames": "0", "minrate": bitrate, "maxrate": bitrate,
            "noise-sensitivity": "4", "overshoot-pct": "15", "partitions": "0",
            "static-thresh": "1", "undershoot-pct": "100",
            "max-intra-rate": str(MAX_INTRA_PCT),
        }
        codec.thread_count = number_of_threads(width * height, multiprocessing.cpu_count())
        return codec


def _private(obj: object, name: str) -> Any:
    return getattr(obj, f"_{type(obj).__name__}__{name}", None)


class SendSide:
    def __init__(self, pc: RTCPeerConnection, video: SourceTrack | None,
                 pacer: Pacer | None = None) -> None:
        self.estimate = RateEstimate()
        self.pacer = pacer
        self.chooser = RungChooser()
        self.track = video
        self._video: RTCRtpSender | None = None
        self._encoder_kbps: float | None = None
        self._encoder_set_at = float("-inf")
        self._behind = self._easy = 0
        self._rtts: deque[float] = deque(maxlen=3)
        self._srs: deque[tuple[int, float]] = deque(maxlen=16)  # (LSR, when sent)
        self._sent_at: tuple[float, int] | None = None
        for transceiver in pc.getTransceivers():
            sender = transceiver.sender
            if transceiver.kind == "audio":
                sender.send = self._voice(sender, sender.send)  # type: ignore[method-assign]
            elif video is not None:
                self._video = sender
                sender.send = self._picture(sender, sender.send)  # type: ignore[method-assign]
                sender._handle_rtcp_packet = self._rtcp(sender, sender._handle_rtcp_packet)  # type: ignore[method-assign]
                sender._send_rtcp = self._sr_sent(sender, sender._send_rtcp)  # type: ignore[method-assign]
        if video is not None:
            video.rung = self.chooser.rung

    @property
    def rung(self) -> Rung:
        return self.chooser.rung

    def use_track(self, track: SourceTrack) -> None:
        """The camera was switched: the new track gets the current rung."""
        self.track = track
        track.rung = self.chooser.rung

    # -- hooks into aiortc -----------------------------------------------------------

    @staticmethod
    def _voice(sender: RTCRtpSender, send: Callable[[RTCRtpSendParameters], Awaitable[None]]
               ) -> Callable[[RTCRtpSendParameters], Awaitable[None]]:
        async def start(parameters: RTCRtpSendParameters) -> None:
            codec = parameters.codecs[0] if parameters.codecs else None
            opus = codec is not None and codec.mimeType.lower() == "audio/opus"
            if opus and _private(sender, "encoder") is None:
                sender._RTCRtpSender__encoder = VoiceEncoder()  # type: ignore[attr-defined]
            await send(parameters)

        return start

    def _picture(self, sender: RTCRtpSender,
                 send: Callable[[RTCRtpSendParameters], Awaitable[None]]
                 ) -> Callable[[RTCRtpSendParameters], Awaitable[None]]:
        async def start(parameters: RTCRtpSendParameters) -> None:
            # The encoder from the first frame on at our starting rate, not aiortc's
            # 500 kbit/s, which on a thin line fills the queue before any report.
            if parameters.codecs and _private(sender, "encoder") is None:
                codec = parameters.codecs[0]
                encoder = (PictureEncoder() if codec.mimeType.lower() == "video/vp8"
                           else get_encoder(codec))
                sender._RTCRtpSender__encoder = encoder  # type: ignore[attr-defined]
                self._set_encoder(encoder, video_budget(self.estimate.kbps))
            await send(parameters)

        return start

    def _rtcp(self, sender: RTCRtpSender, handle: Callable[[Any], Awaitable[None]]
              ) -> Callable[[Any], Awaitable[None]]:
        async def on_rtcp(packet: Any) -> None:
            if isinstance(packet, RtcpPsfbPacket) and packet.fmt == RTCP_PSFB_APP:
                return  # REMB: aiortc would write it into the encoder (see adapt.py)
            if isinstance(packet, RtcpRrPacket | RtcpSrPacket):
                for report in packet.reports:
                    if report.ssrc == sender._ssrc:
                        rtt = self._rtt(sender, report)
                        log.debug("report loss %.3f rtt %s estimate %.0f",
                                  report.fraction_lost / 256.0, rtt, self.estimate.kbps)
                        self.estimate.on_report(report.fraction_lost / 256.0, rtt, time.monotonic())
            await handle(packet)

        return on_rtcp

    def _sr_sent(self, sender: RTCRtpSender, send: Callable[[list[Any]], Awaitable[None]]
                 ) -> Callable[[list[Any]], Awaitable[None]]:
        async def send_rtcp(packets: list[Any]) -> None:
            for packet in packets:
                if isinstance(packet, RtcpSrPacket) and packet.ssrc == sender._ssrc:
                    ntp = packet.sender_info.ntp_timestamp
                    self._srs.append(((ntp >> 16) & 0xFFFFFFFF, time.time()))
            await send(packets)

        return send_rtcp

    def _rtt(self, sender: RTCRtpSender, report: Any) -> float | None:
        """This report's round trip (aiortc keeps only a slow moving average of it).

        A report answers the sender report the receiver last had, often not the
        last one sent (one crosses the other on a slow line): every recent one is
        remembered, so most reports give a round trip and a queue shows in time.
        """
        sent_at = next((t for lsr, t in reversed(self._srs) if lsr == report.lsr), None)
        if not report.dlsr or sent_at is None:
            return None
        rtt = time.time() - sent_at - report.dlsr / 65536
        if not 0 <= rtt < 10:
            return None
        self._rtts.append(rtt)
        return sorted(self._rtts)[len(self._rtts) // 2]  # median of three: one jittery report

    # -- once a second ---------------------------------------------------------------

    def tick(self, now: float) -> Rung:
        """Choose the rung and the encoder's bitrate for what the path carries now."""
        track = self.track
        if track is None:
            return PAUSED
        rung = self.chooser.rung
        if rung.fps:
            taken = track.pace(now)
            if taken < 0.7 * rung.fps:
                self._behind, self._easy = self._behind + 1, 0
            elif taken > 0.92 * rung.fps:
                self._behind, self._easy = 0, self._easy + 1
            if self._behind >= 3:
                log.info("encoder behind at %s (%.0f fps): stepping down", rung.label, taken)
                self.chooser.encoder_behind()
                self._behind = 0
            elif self._easy >= 15 and self.chooser.cpu_cap:
                self.chooser.encoder_idle()
                self._easy = 0
        sent = self._sent_kbps(now)
        if sent is not None:
            self.estimate.limit_to_sending(sent + AUDIO_KBPS)
        budget = video_budget(self.estimate.kbps)
        new = self.chooser.choose(budget, now)
        if new != rung:
            log.info("video %s -> %s (estimate %.0f kbit/s)", rung.label, new.label, self.estimate.kbps)
        track.rung = new
        self._retarget(budget, new, now)
        return new

    def _sent_kbps(self, now: float) -> float | None:
        """What the picture actually sent since the last tick, headers included."""
        if self._video is None:
            return None
        octets = _private(self._video, "octet_count") or 0
        packets = _private(self._video, "packet_count") or 0
        total = octets + packets * PACKET_OVERHEAD
        last, self._sent_at = self._sent_at, (now, total)
        if last is None or now <= last[0]:
            return None
        return (total - last[1]) * 8 / (now - last[0]) / 1000.0

    def _retarget(self, budget: float, rung: Rung, now: float) -> None:
        encoder = _private(self._video, "encoder") if self._video is not None else None
        if encoder is None or not rung.fps:
            return
        better = [r.min_kbps for r in LADDER if r.min_kbps > rung.min_kbps]
        kbps = max(min(budget, min(better) if better else 1500.0), rung.min_kbps * 0.8)
        old = self._encoder_kbps
        if old is not None:
            change = abs(kbps - old) / old
            if change < RETARGET_STEP or (now - self._encoder_set_at < RETARGET_EVERY_S
                                          and kbps > old * 0.7):
                return
        self._encoder_set_at = now
        self._set_encoder(encoder, kbps)

    def _set_encoder(self, encoder: Any, kbps: float) -> None:
        self._encoder_kbps = kbps
        if self.pacer is not None and self._video is not None:
            self.pacer.set(frozenset({self._video._ssrc}), kbps)
        # Below aiortc's 250 kbit/s floor too: a small picture needs no more.
        field = next((n for n in vars(encoder) if n.endswith("__target_bitrate")), None)
        if field is not None:
            setattr(encoder, field, int(kbps * 1000))
        elif hasattr(encoder, "target_bitrate"):
            encoder.target_bitrate = int(kbps * 1000)
