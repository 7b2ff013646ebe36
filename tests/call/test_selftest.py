"""The loopback call the bundle smoke test runs (--smoke-test --smoke-call)."""

from __future__ import annotations

import aioice.ice

from client_core.call.selftest import LoopbackResult, loopback_call


async def test_loopback_call_delivers_vp8_video_and_opus_audio() -> None:
    before = aioice.ice.get_host_addresses
    result = await loopback_call(1.0)
    assert result.ok, result.summary()
    assert result.video_size == (320, 240) and result.video_frames >= 5
    assert result.audio_frames >= 20
    assert result.codecs == ("audio/opus", "video/VP8")
    assert aioice.ice.get_host_addresses is before  # the loopback-only patch is undone
    assert result.summary().startswith("call=ok video=")


def test_a_call_without_frames_is_not_ok() -> None:
    assert not LoopbackResult(0, 40, None, ("audio/opus",)).ok
    assert LoopbackResult(0, 40, None, ()).summary().startswith("call=FAILED")
