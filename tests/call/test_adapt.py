"""The send-side policy, report by report (client_core/call/adapt.py)."""

from __future__ import annotations

from client_core.call.adapt import LADDER, PAUSED, RateEstimate, RungChooser, video_budget


def reports(estimate: RateEstimate, n: int, loss: float, rtt: float, t0: float = 0.0) -> float:
    for i in range(n):
        estimate.on_report(loss, rtt, t0 + i)
    return t0 + n


def test_a_clean_path_is_probed_up_and_random_loss_is_not_congestion() -> None:
    e = RateEstimate()
    t = reports(e, 10, 0.0, 0.08)
    assert e.kbps > 700  # 350 kbit/s to start, 8 % a report
    grown = e.kbps
    reports(e, 10, 0.03, 0.08, t)  # 3 % random loss: held, neither cut nor grown
    assert e.kbps == grown


def test_heavy_loss_cuts_to_what_got_through_but_never_more_than_half() -> None:
    e = RateEstimate(kbps=1000)
    e.on_report(0.20, 0.08, 0.0)
    assert 700 < e.kbps < 750  # 90 % of the 80 % that arrived
    e.on_report(0.90, 0.08, 5.0)  # one burst's loss: halved, not cut to a tenth
    assert abs(e.kbps - 360) < 1e-6


def test_a_filling_queue_cuts_before_any_loss() -> None:
    e = RateEstimate(kbps=800)
    t = reports(e, 3, 0.0, 0.04)  # the line's own round trip
    before = e.kbps
    e.on_report(0.0, 0.04 + 0.2, t)  # 200 ms of queue at the bottleneck
    assert e.kbps < before * 0.9
    assert e.ceiling is not None
    # Near the rate that congested, it creeps up instead of jumping back.
    t = reports(e, 3, 0.0, 0.04, t + 3)
    assert e.kbps < e.ceiling


def test_audio_first_then_the_rung_the_rest_buys() -> None:
    assert video_budget(56.0) == 0.0
    chooser = RungChooser()
    assert chooser.choose(video_budget(800), 0.0).label == "320x240@30"  # where it starts
    assert chooser.choose(video_budget(800), 6.5) == LADDER[1]  # room held 6 s: 480x360@30
    assert chooser.choose(video_budget(150), 5.0).label == "240x180@10"  # down at once
    assert chooser.choose(video_budget(80), 6.0) is PAUSED  # the picture pauses, sound goes on
    # Up one rung at a time, after 6 s with room to spare.
    assert chooser.choose(video_budget(1500), 7.0) is PAUSED
    assert chooser.choose(video_budget(1500), 13.5).label == "160x120@5"
    assert chooser.choose(video_budget(1500), 14.0).label == "160x120@5"


def test_an_encoder_that_falls_behind_caps_the_picture() -> None:
    chooser = RungChooser(index=0)
    chooser.encoder_behind()
    assert chooser.choose(video_budget(2500), 0.0) == LADDER[1]
    assert chooser.choose(video_budget(2500), 100.0) == LADDER[1]  # not back up while capped
    chooser.encoder_idle()
    chooser.choose(video_budget(2500), 101.0)
    assert chooser.choose(video_budget(2500), 108.0) == LADDER[0]


def test_an_estimate_grows_only_as_far_as_what_was_tried() -> None:
    # A picture held small (a slow encoder) sends 400 kbit/s on a clean line: the
    # estimate must not run off to the maximum and flood the line once it may grow.
    e = RateEstimate()
    for i in range(40):
        e.on_report(0.0, 0.05, float(i))
        e.limit_to_sending(400.0)
    assert e.kbps <= 1.5 * 400 + 100


def test_a_small_rungs_key_frame_leaves_within_a_third_of_a_second() -> None:
    # The lowest rung's budget is 45 kbit/s; paced at 2.5 times that, a 10 kB key
    # frame would take 0.7 s to leave. The pacer never goes below its floor.
    import asyncio
    import time

    from client_core.call.pacer import Pacer

    pacer = Pacer()
    pacer.set(frozenset({1234}), LADDER[-1].min_kbps)
    packet = bytes([0x80, 96]) + bytes(6) + (1234).to_bytes(4, "big") + bytes(1188)

    async def send_key_frame() -> float:
        start = time.monotonic()
        for _ in range(9):  # 9 x 1200 B
            await pacer.wait(packet)
        return time.monotonic() - start

    assert asyncio.run(send_key_frame()) < 0.34
