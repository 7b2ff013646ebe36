"""Call tests: real aiortc connections over loopback fed by lavfi sources; Qt offscreen."""

from __future__ import annotations

import os

# Must happen before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import AsyncIterator, Callable  # noqa: E402

import pytest  # noqa: E402
from call_test_helpers import SMALL, Leaks  # noqa: E402

from client_core.call import (  # noqa: E402
    CallConfig,
    CallEngine,
    CaptureSource,
    MemorySignalingHub,
    synthetic_audio,
    synthetic_video,
)


@pytest.fixture
def hub() -> MemorySignalingHub:
    return MemorySignalingHub()


EngineFactory = Callable[..., CallEngine]


@pytest.fixture
async def make_engine(hub: MemorySignalingHub) -> AsyncIterator[EngineFactory]:
    engines: list[CallEngine] = []

    def make(
        peer_id: str,
        *,
        tone: float = 440.0,
        pattern: str = "testsrc",
        config: CallConfig | None = None,
        video: bool = True,
    ) -> CallEngine:
        engine = CallEngine(
            peer_id,
            hub.channel(peer_id),
            audio=CaptureSource(synthetic_audio(tone)),
            video=CaptureSource(synthetic_video(pattern=pattern, **SMALL)) if video else None,
            config=config,
        )
        hub.join(engine)
        engines.append(engine)
        return engine

    yield make
    for engine in engines:  # a failing test must not leak capture threads into the next
        await engine.hang_up()


@pytest.fixture
async def leaks() -> Leaks:
    return Leaks()
