"""The bounded receive buffers, driven packet by packet with a fake clock."""

from __future__ import annotations

from aiortc.rtp import RtpPacket

from client_core.call.jitter import BoundedJitterBuffer


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def video_packets(frames: int, per_frame: int = 3, first_seq: int = 1000) -> list[RtpPacket]:
    out = []
    seq = first_seq
    for f in range(frames):
        for i in range(per_frame):
            packet = RtpPacket(sequence_number=seq & 0xFFFF, timestamp=3000 * f,
                               marker=int(i == per_frame - 1))
            packet._data = bytes([f, i])
            out.append(packet)
            seq += 1
    return out


def feed(buffer: BoundedJitterBuffer, clock: Clock, packets: list[RtpPacket],
         step: float = 0.011) -> tuple[list[int], int]:
    """Frames handed out (by their first byte) and how many key frames were asked for."""
    frames, plis = [], 0
    for packet in packets:
        clock.t += step
        pli, frame = buffer.add(packet)
        plis += pli
        if frame is not None:
            frames.append(frame.data[0])
    return frames, plis


def test_a_lost_video_packet_holds_the_picture_only_briefly() -> None:
    clock = Clock()
    buffer = BoundedJitterBuffer(512, is_video=True, max_wait=0.2, clock=clock)
    packets = video_packets(40)
    lost = packets[31]  # the middle packet of frame 10, never retransmitted
    frames, plis = feed(buffer, clock, [p for p in packets if p is not lost])
    # Frame 10 is given up on after ~0.2 s; every later frame still comes out
    # (aiortc's own buffer would wait for 512 packets: no frame 11-39 at all).
    assert 10 not in frames
    assert frames[:10] == list(range(10)) and frames[10:] == list(range(11, len(frames) + 1))
    assert len(frames) >= 35
    assert plis >= 1 and buffer.skipped == 1


def test_a_retransmission_in_time_fills_the_hole() -> None:
    clock = Clock()
    buffer = BoundedJitterBuffer(512, is_video=True, max_wait=0.2, clock=clock)
    packets = video_packets(20)
    late = packets[10]
    order = [p for p in packets[:15] if p is not late] + [late] + packets[15:]
    frames, plis = feed(buffer, clock, order)
    assert frames == list(range(len(frames))) and len(frames) >= 18
    assert plis == 0 and buffer.skipped == 0


def test_a_very_late_packet_does_not_reset_the_buffer() -> None:
    clock = Clock()
    buffer = BoundedJitterBuffer(512, is_video=True, max_wait=0.2, clock=clock)
    packets = video_packets(60)
    frames, _ = feed(buffer, clock, packets[:150])
    stale = video_packets(1, first_seq=1000)[0]  # 150 packets old (aiortc: reset to it)
    assert buffer.add(stale) == (False, None)
    more, _ = feed(buffer, clock, packets[150:])
    assert more and more[0] == frames[-1] + 1


def test_audio_skips_a_lost_frame_and_keeps_its_depth() -> None:
    clock = Clock()
    buffer = BoundedJitterBuffer(16, prefetch=4, max_wait=0.06, clock=clock)
    packets = []
    for n in range(60):
        packet = RtpPacket(sequence_number=n, timestamp=960 * n)
        packet._data = bytes([n])
        packets.append(packet)
    frames, _ = feed(buffer, clock, [p for p in packets if p.sequence_number != 20], step=0.02)
    assert 20 not in frames and 21 in frames
    # Not one frame later for the rest of the call: the output keeps pace with input.
    assert frames[-1] >= 55



def test_a_buffer_that_falls_behind_jumps_to_the_newest_key_frame() -> None:
    # A hole the retransmission does not fill quickly: the buffer must not hold the
    # picture back more than max_span (after a restart the NACKed packets would fill
    # such holes at once, and every later frame would play seconds late for good).
    clock = Clock()
    buffer = BoundedJitterBuffer(512, is_video=True, max_wait=10.0, max_span=0.3, clock=clock)
    packets = video_packets(30, per_frame=1)
    key = packets[12]
    key._data = bytes([12 & 0xFE, 0, 0]) + b"\x9d\x01\x2a" + b"key"  # a VP8 key frame header
    frames, plis = feed(buffer, clock, [p for p in packets if p is not packets[5]], step=0.033)
    assert frames[:4] == [0, 1, 2, 3]
    assert frames[4] == 12, frames  # straight to the key frame: nothing between is shown
    assert frames[4:] == list(range(12, 12 + len(frames) - 4))
    assert plis == 0  # a key frame was at hand: none had to be asked for


def test_without_a_key_frame_it_jumps_to_the_newest_frame_and_asks_for_one() -> None:
    clock = Clock()
    buffer = BoundedJitterBuffer(512, is_video=True, max_wait=10.0, max_span=0.3, clock=clock)
    packets = video_packets(30, per_frame=2)
    frames, plis = feed(buffer, clock, [p for p in packets if p is not packets[10]], step=0.016)
    assert plis >= 1
    # Never more than ~0.3 s (9 frames) behind what arrives.
    assert frames[-1] >= 27 and 5 not in frames



def audio_out(lost: set[int], late: dict[int, int] | None = None) -> list[int]:
    """Sound frames handed out by the buffer as installed for audio, 20 ms a packet;
    ``late``: packet -> how many packets after its turn it arrives."""
    clock = Clock()
    buffer = BoundedJitterBuffer(16, prefetch=4, max_wait=0.0, clock=clock)
    packets = []
    for n in range(40):
        packet = RtpPacket(sequence_number=n, timestamp=960 * n)
        packet._data = bytes([n])
        packets.append(packet)
    order = [p for p in packets if p.sequence_number not in lost and p.sequence_number not in (late or {})]
    for n, after in (late or {}).items():
        order.insert(order.index(packets[n + after]) + 1, packets[n])
    return feed(buffer, clock, order, step=0.02)[0]


def test_a_lost_sound_packet_costs_its_own_20_ms_only() -> None:
    frames = audio_out({20})
    assert [n for n in range(36) if n not in frames] == [20]  # not the 80 ms held before it
    assert frames == sorted(frames)
    # ... and the sound is not one frame later for the rest of the call.
    assert frames[-1] == audio_out(set())[-1]


def test_a_sound_packet_a_little_late_is_still_played() -> None:
    frames = audio_out(set(), late={20: 2})  # reordered by 40 ms
    assert 20 in frames and frames == sorted(frames)
