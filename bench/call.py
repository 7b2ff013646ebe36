"""Call engine benchmark: two engines in one process over loopback, synthetic media.

For 640x480@30 and 1280x720@30 it measures, after a warm-up:

* received video fps each way;
* CPU cores used by the whole process, i.e. BOTH ends together (time.process_time /
  wall time), including the synthetic sources and Opus audio both ways;
* "glass-to-glass" latency: a frame counter is stamped into the picture as 16x16 pixel
  blocks when the source publishes the frame and decoded when the other engine's
  remote track delivers it (capture -> encode -> RTP -> decode; display is not included);
* a baseline: the same video frames and tone blocks encoded and decoded with PyAV's
  libvpx/libopus directly, with aiortc's codec settings and the video bitrate the call
  reached (outbound-rtp payload bytes, not the transport total with audio and RTCP),
  the stamp read on every decoded frame as in the call, expressed as call CPU /
  baseline CPU. The baseline runs frames back to back; a second, diagnostic baseline
  feeds them at 30 fps with sleeps in between, as a live call must (on a VM a codec
  woken 30 times a second costs noticeably more CPU per frame than one kept busy).

Usage: python bench/call.py [--quick]. Human-readable lines, then one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import av  # noqa: E402
import numpy as np  # noqa: E402
from aiortc.codecs.vpx import number_of_threads  # noqa: E402
from aiortc.stats import RTCOutboundRtpStreamStats  # noqa: E402
from av.video.frame import VideoFrame  # noqa: E402

from client_core.call import (  # noqa: E402
    CallConfig,
    CallEngine,
    CallState,
    MemorySignalingHub,
    ThreadedSource,
)

BLOCK = 16
BITS = 16
WHITE, BLACK = 235, 16


def stamp(y: np.ndarray, counter: int) -> None:
    """Write ``counter`` as BITS blocks along the top of the luma plane."""
    for bit in range(BITS):
        value = WHITE if counter >> bit & 1 else BLACK
        y[0:BLOCK, bit * BLOCK : (bit + 1) * BLOCK] = value


_WEIGHTS = 1 << np.arange(BITS, dtype=np.int64)


def read_stamp(frame: VideoFrame) -> int:
    plane = frame.planes[0]
    y = np.frombuffer(plane, np.uint8).reshape(-1, plane.line_size)[:BLOCK, : BITS * BLOCK]
    # Sum of each block's 8x8 centre: robust to codec ringing at the block edges.
    centres = y[4:12].reshape(8, BITS, BLOCK)[:, :, 4:12].sum(axis=(0, 2), dtype=np.int32)
    return int(_WEIGHTS[centres > 128 * 64].sum())


def base_frames(width: int, height: int, count: int = 30) -> list[np.ndarray]:
    with av.open(f"testsrc=size={width}x{height}:rate=30,format=yuv420p", format="lavfi") as c:
        out = []
        for frame in c.decode(video=0):
            out.append(frame.to_ndarray(format="yuv420p"))
            if len(out) == count:
                return out
    return out


class StampedSource(ThreadedSource):
    """Pre-rendered testsrc frames with a counter stamped in; remembers when each was sent."""

    def __init__(self, frames: list[np.ndarray], fps: int) -> None:
        super().__init__("video", "stamped", realtime=True)
        self._base = frames
        self._fps = fps
        self.sent_at: dict[int, float] = {}
        self._published = 0

    def _open(self) -> None:
        pass

    def _frames(self) -> Iterator[VideoFrame]:
        i = 0
        while True:
            arr = self._base[i % len(self._base)].copy()
            stamp(arr, i % (1 << BITS))
            frame = VideoFrame.from_ndarray(arr, format="yuv420p")
            frame.pts, frame.time_base = i, Fraction(1, self._fps)  # for pacing only
            i += 1
            yield frame

    def _stamp(self, frame):  # type: ignore[no-untyped-def]
        self.sent_at[self._published % (1 << BITS)] = time.monotonic()
        self._published += 1
        return super()._stamp(frame)


AUDIO_RATE, AUDIO_SAMPLES = 48_000, 960  # 20 ms, what aiortc's Opus encoder sends


def tone_frames(frequency: float, amplitude: float = 0.25) -> list[np.ndarray]:
    """One second of a sine (a whole number of periods for integer ``frequency``) as
    20 ms s16 mono blocks, rendered once like the video frames."""
    t = np.arange(AUDIO_RATE) / AUDIO_RATE
    pcm = (amplitude * 32767 * np.sin(2 * np.pi * frequency * t)).astype(np.int16)
    return [b.reshape(1, -1) for b in np.split(pcm, AUDIO_RATE // AUDIO_SAMPLES)]


def audio_frame(samples: np.ndarray, pts: int) -> av.AudioFrame:
    frame = av.AudioFrame.from_ndarray(samples, format="s16", layout="mono")
    frame.sample_rate, frame.pts, frame.time_base = AUDIO_RATE, pts, Fraction(1, AUDIO_RATE)
    return frame


class ToneSource(ThreadedSource):
    """Pre-rendered sine blocks: the baseline gets its audio frames ready-made too, so
    neither side pays for generating the signal (a microphone would deliver it)."""

    def __init__(self, frequency: float) -> None:
        super().__init__("audio", f"tone {frequency:g} Hz", realtime=True)
        self._blocks = tone_frames(frequency)

    def _open(self) -> None:
        pass

    def _frames(self) -> Iterator[av.AudioFrame]:
        i = 0
        while True:
            yield audio_frame(self._blocks[i % len(self._blocks)], i * AUDIO_SAMPLES)
            i += 1


class Receiver:
    def __init__(self, sender: StampedSource) -> None:
        self.sender = sender
        self.latencies: list[float] = []
        self.count = 0
        self.measuring = False

    def __call__(self, frame: VideoFrame) -> None:
        if not self.measuring:
            return
        now = time.monotonic()
        self.count += 1
        sent = self.sender.sent_at.get(read_stamp(frame))
        if sent is not None and 0 <= now - sent < 2.0:  # ignore a misread stamp
            self.latencies.append((now - sent) * 1000)


async def video_bytes_sent(engine: CallEngine, peer_id: str) -> int:
    """Video RTP payload bytes sent to ``peer_id`` (aiortc's outbound-rtp stats)."""
    pc = engine.peers[peer_id].pc
    assert pc is not None
    report = await pc.getStats()
    return sum(
        s.bytesSent
        for s in report.values()
        if isinstance(s, RTCOutboundRtpStreamStats) and s.kind == "video"
    )


async def run_call(
    width: int, height: int, fps: int, warmup: float, seconds: float
) -> dict[str, float]:
    frames = base_frames(width, height)
    hub = MemorySignalingHub()
    src_a, src_b = StampedSource(frames, fps), StampedSource(frames, fps)
    # The engine's raw cost at the source's size: adapting to a path (which starts a
    # call small and grows it) is bench/call_network.py's subject, not this one's.
    fixed = CallConfig(adapt=False)
    a = CallEngine("a", hub.channel("a"), audio=ToneSource(440), video=src_a, config=fixed)
    b = CallEngine("b", hub.channel("b"), audio=ToneSource(880), video=src_b, config=fixed)
    hub.join(a)
    hub.join(b)
    await b.start()
    await a.call("b")
    await a.wait_for(CallState.CONNECTED, timeout=15)
    at_b, at_a = Receiver(src_a), Receiver(src_b)
    b.remote("a").video.subscribe(at_b)
    a.remote("b").video.subscribe(at_a)
    await asyncio.sleep(warmup)  # bitrate ramp-up (REMB), encoder start
    await a.get_stats("b")
    video0 = await video_bytes_sent(a, "b")
    cpu0, t0 = time.process_time(), time.monotonic()
    at_a.measuring = at_b.measuring = True
    await asyncio.sleep(seconds)
    at_a.measuring = at_b.measuring = False
    cpu, wall = time.process_time() - cpu0, time.monotonic() - t0
    stats = await a.get_stats("b")
    video_kbps = (await video_bytes_sent(a, "b") - video0) * 8 / wall / 1000
    await a.hang_up()
    await b.wait_closed()
    lat = sorted(at_a.latencies + at_b.latencies)
    return {
        "fps_a_to_b": at_b.count / wall,
        "fps_b_to_a": at_a.count / wall,
        "cpu_cores_both_ends": cpu / wall,
        "latency_p50_ms": statistics.median(lat) if lat else float("nan"),
        "latency_p95_ms": lat[int(0.95 * (len(lat) - 1))] if lat else float("nan"),
        "send_kbps_a": stats.send_kbps if stats else float("nan"),
        "video_kbps_a": video_kbps,
        "frames_measured": len(lat),
    }


VP8_OPTIONS = {  # aiortc's Vp8Encoder settings, so only the call machinery differs
    "cpu-used": "-6",
    "deadline": "realtime",
    "lag-in-frames": "0",
    "noise-sensitivity": "4",
    "overshoot-pct": "15",
    "partitions": "0",
    "static-thresh": "1",
    "undershoot-pct": "100",
}


def baseline_cpu(
    width: int, height: int, fps: int, seconds: float, kbps: float, *, paced: bool = False
) -> float:
    """CPU cores to encode+decode what the call carries in ``seconds``, both directions.

    The same work as the call's codecs and nothing else: the same stamped frames through
    libvpx with aiortc's Vp8Encoder settings at the video bitrate the call reached, the
    same tone blocks through libopus with aiortc's OpusEncoder/OpusDecoder settings, and
    the same stamp reading on every decoded frame. ``paced`` feeds the frames at the real
    rate, both directions interleaved (sleeping in between, as a live call must) instead
    of back to back one direction after the other: a diagnostic
    for how much a real-time codec loop costs more than a batch one on this machine.
    """
    frames = base_frames(width, height)
    bitrate = int(max(kbps, 250) * 1000)  # aiortc's Vp8Encoder never goes below 250 kbit/s
    n = int(fps * seconds)
    tones = [tone_frames(440), tone_frames(880)]
    ends = []
    for _direction in range(2):
        enc = av.CodecContext.create("libvpx", "w")
        enc.width, enc.height, enc.pix_fmt = width, height, "yuv420p"
        enc.bit_rate, enc.gop_size, enc.qmin, enc.qmax = bitrate, 3000, 2, 56
        enc.time_base = Fraction(1, fps)
        enc.options = {
            **VP8_OPTIONS,
            "bufsize": str(bitrate),
            "minrate": str(bitrate),
            "maxrate": str(bitrate),
        }
        enc.thread_count = number_of_threads(width * height, os.cpu_count() or 1)
        dec = av.CodecContext.create("libvpx", "r")
        opus_enc = av.CodecContext.create("libopus", "w")
        opus_enc.bit_rate, opus_enc.format, opus_enc.layout = 96_000, "s16", "stereo"
        opus_enc.options = {"application": "voip"}
        opus_enc.sample_rate, opus_enc.time_base = AUDIO_RATE, Fraction(1, AUDIO_RATE)
        opus_dec = av.CodecContext.create("libopus", "r")
        opus_dec.format, opus_dec.layout, opus_dec.sample_rate = "s16", "stereo", AUDIO_RATE
        resampler = av.AudioResampler(
            format="s16", layout="stereo", rate=AUDIO_RATE, frame_size=AUDIO_SAMPLES
        )
        ends.append((enc, dec, opus_enc, opus_dec, resampler))
    audio_per_s = AUDIO_RATE // AUDIO_SAMPLES
    sent_audio = [0, 0]
    # Back to back: one direction after the other (the codecs' best case, warm caches).
    # Paced: both directions interleaved at the frame rate, as in the call.
    order = (
        [(i, d) for i in range(n) for d in (0, 1)]
        if paced
        else [(i, d) for d in (0, 1) for i in range(n)]
    )
    cpu0, t0 = time.process_time(), time.monotonic()
    for i, direction in order:
        if paced and direction == 0:
            delay = t0 + i / fps - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        enc, dec, opus_enc, opus_dec, resampler = ends[direction]
        arr = frames[i % len(frames)].copy()
        stamp(arr, i % (1 << BITS))
        frame = VideoFrame.from_ndarray(arr, format="yuv420p")
        frame.pts = i
        for packet in enc.encode(frame):
            for decoded in dec.decode(packet):
                read_stamp(decoded)
        due_audio = (i + 1) * audio_per_s // fps
        for k in range(sent_audio[direction], due_audio):
            block = tones[direction][k % len(tones[direction])]
            for f in resampler.resample(audio_frame(block, k * AUDIO_SAMPLES)):
                for packet in opus_enc.encode(f):
                    opus_dec.decode(packet)
        sent_audio[direction] = due_audio
    return (time.process_time() - cpu0) / seconds


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="short run (under 60 s)")
    args = parser.parse_args()
    warmup, seconds = (2.0, 5.0) if args.quick else (4.0, 20.0)
    result: dict[str, float | int | str] = {"cpus": os.cpu_count() or 0, "quick": args.quick}
    print(
        f"call bench: warm-up {warmup:g} s, measure {seconds:g} s, {os.cpu_count()} CPUs, one process"
    )
    for name, (w, h) in (("vga", (640, 480)), ("hd", (1280, 720))):
        call = asyncio.run(run_call(w, h, 30, warmup, seconds))
        base = baseline_cpu(w, h, 30, min(seconds, 3.0), call["video_kbps_a"])
        paced = baseline_cpu(w, h, 30, min(seconds, 3.0), call["video_kbps_a"], paced=True)
        ratio = call["cpu_cores_both_ends"] / base if base > 0 else float("nan")
        paced_ratio = call["cpu_cores_both_ends"] / paced if paced > 0 else float("nan")
        print(
            f"{name} {w}x{h}@30: fps a->b {call['fps_a_to_b']:.1f}, b->a {call['fps_b_to_a']:.1f}; "
            f"CPU both ends {call['cpu_cores_both_ends']:.2f} cores "
            f"(libvpx+opus baseline {base:.2f}, ratio {ratio:.2f}; "
            f"paced at 30 fps {paced:.2f}, ratio {paced_ratio:.2f}); "
            f"latency p50 {call['latency_p50_ms']:.0f} ms p95 {call['latency_p95_ms']:.0f} ms; "
            f"send {call['send_kbps_a']:.0f} kbit/s (video {call['video_kbps_a']:.0f})"
        )
        result.update(
            {
                f"{name}_fps_a_to_b": round(call["fps_a_to_b"], 1),
                f"{name}_fps_b_to_a": round(call["fps_b_to_a"], 1),
                f"{name}_cpu_cores_both_ends": round(call["cpu_cores_both_ends"], 3),
                f"{name}_baseline_cpu_cores": round(base, 3),
                f"{name}_cpu_ratio_to_baseline": round(ratio, 2),
                f"{name}_paced_baseline_cpu_cores": round(paced, 3),
                f"{name}_cpu_ratio_to_paced_baseline": round(paced_ratio, 2),
                f"{name}_latency_p50_ms": round(call["latency_p50_ms"], 1),
                f"{name}_latency_p95_ms": round(call["latency_p95_ms"], 1),
                f"{name}_send_kbps": round(call["send_kbps_a"]),
                f"{name}_video_kbps": round(call["video_kbps_a"]),
            }
        )
    result["latency_p95_ms"] = result["vga_latency_p95_ms"]
    print(json.dumps(result))


if __name__ == "__main__":
    main()
