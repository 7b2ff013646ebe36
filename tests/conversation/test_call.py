"""The shared call adapter without Qt: two ConversationCalls over a relay like the hub's,
real aiortc connections on loopback, lavfi media."""

from __future__ import annotations

import asyncio
from typing import Any

from client_core.call import (
    CallMedia,
    CallState,
    SourceSpec,
    camera_spec,
    synthetic_audio,
    synthetic_video,
)
from client_core.conversation.call import ConversationCall
from hub_protocol import frames as p

CONV = "c1"
SMALL = CallMedia(synthetic_video(160, 120, 15), synthetic_audio(), synthetic=True)


class Relay:
    """What the hub does with rtc.signal: to the addressee (or everyone else), with the sender."""

    def __init__(self) -> None:
        self.calls: dict[str, ConversationCall] = {}

    def join(self, local_id: str, media: CallMedia = SMALL, conv: str = CONV) -> ConversationCall:
        async def send(frame: dict[str, Any]) -> None:
            relay = p.RtcSignalRelay(conversation_id=frame["conversation_id"], sender=local_id,
                                     kind=frame["kind"], payload=frame["payload"])
            for peer, call in list(self.calls.items()):
                if peer != local_id and frame["to"] in (None, peer):
                    call.on_signal(relay)

        call = ConversationCall(conv, local_id, send, media)
        self.calls[local_id] = call
        return call


async def until(predicate: Any, timeout: float = 15.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.05)


async def test_expert_calls_customer_and_an_interpreter_joins() -> None:
    relay = Relay()
    customer, expert, interpreter = (relay.join("customer:c"), relay.join("agent:1"),
                                     relay.join("agent:2"))
    seen: list[tuple[str, CallState]] = []
    expert.peer_changed.connect(lambda peer, state: seen.append((peer, state)))
    try:
        await customer.start()  # waits to be called
        await expert.start(["customer:c"])
        await until(lambda: expert.connected_peers() == ["customer:c"]
                    and customer.connected_peers() == ["agent:1"])
        assert ("customer:c", CallState.CONNECTED) in seen
        assert customer.stage_peer() == "agent:1"
        await interpreter.start(["customer:c", "agent:1"])
        await until(lambda: len(interpreter.connected_peers()) == 2
                    and len(customer.connected_peers()) == 2)
        # The expert keeps the customer on the stage; the customer keeps the expert.
        assert expert.stage_peer("customer:c") == "customer:c"
        assert customer.stage_peer() == "agent:1"
        await expert.hang_up()
        await until(lambda: customer.connected_peers() == ["agent:2"])
        assert customer.stage_peer() == "agent:2"  # the one still there takes the stage
        assert not expert.active and expert.state is CallState.ENDED
    finally:
        for call in (customer, expert, interpreter):
            await call.hang_up()
            await call.wait_closed()


async def test_missing_camera_goes_on_with_the_microphone() -> None:
    relay = Relay()
    broken = CallMedia(camera_spec("/dev/video-missing-7", platform="linux"), synthetic_audio())
    expert, customer = relay.join("agent:1", broken), relay.join("customer:c")
    failures: list[tuple[str, str]] = []
    expert.devices_failed.connect(lambda kind, code: failures.append((kind, code)))
    try:
        await customer.start()
        await expert.start(["customer:c"])
        assert failures == [("camera", "device_missing")] and expert.failed == dict(failures)
        assert not expert.receive_only  # the microphone opened: the customer hears the expert
        await until(lambda: expert.connected_peers() == ["customer:c"])
        heard = customer.remote("agent:1")
        await until(lambda: heard is not None and heard.frames_received("audio") >= 20)
        assert heard is not None and heard.frames_received("video") == 0
    finally:
        for call in (customer, expert):
            await call.hang_up()
            await call.wait_closed()


async def test_no_device_at_all_goes_on_receive_only() -> None:
    relay = Relay()
    broken = CallMedia(camera_spec("/dev/video-missing-7", platform="linux"),
                       SourceSpec("audio", "/dev/snd/missing", "alsa"))
    expert, customer = relay.join("agent:1", broken), relay.join("customer:c")
    try:
        await customer.start()
        await expert.start(["customer:c"])
        assert expert.receive_only and set(expert.failed) == {"camera", "microphone"}
        await until(lambda: expert.connected_peers() == ["customer:c"])
        seen = expert.remote("customer:c")
        await until(lambda: seen is not None and seen.frames_received("video") >= 5)
    finally:
        for call in (customer, expert):
            await call.hang_up()
            await call.wait_closed()


async def test_other_conversations_signals_are_ignored() -> None:
    relay = Relay()
    customer = relay.join("customer:c")
    stranger = relay.join("agent:9", conv="other")
    try:
        await customer.start()
        await stranger.start(["customer:c"])
        await asyncio.sleep(1.0)
        assert customer.connected_peers() == [] and customer.engine is not None
        assert customer.engine.peers == {}
    finally:
        for call in (customer, stranger):
            await call.hang_up()
            await call.wait_closed()
