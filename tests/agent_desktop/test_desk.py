"""The expert's desk as a plain service, without Qt: frames in, rules, requests out.

Early messages: the hub makes the accepting agent a participant a moment before
it sends ``conversation.assigned`` (and an invited interpreter before
``conversation.invited``): a message relayed in that moment arrives first. The
HubClient counts it as received, so the desk must keep it and show it, in seq
order, once the transcript is there.

Available: video customers must see and hear the expert, so the device check
runs first, whoever asks (the status menu, or the demo's ``--available``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from agent_desktop.domain.availability import DeviceCheck
from agent_desktop.services.agent_desk import AgentDesk
from client_core.hub_client import HubClient
from hub_protocol import frames as p
from tests.agent_desktop.conftest import Aio
from tests.hubkit import RunningHub, hub_config, start_hub, stop_hub

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
CONV = "c1"


def chat(seq: int, conv: str = CONV, sender: str = "customer", text: str = "") -> p.ChatMessage:
    return p.ChatMessage(conversation_id=conv, seq=seq, sender=sender, sender_name=sender.title(),
                         text=text or f"m{seq}", sent_at=T0)


def assigned(top: int) -> p.ConversationAssigned:
    return p.ConversationAssigned(conversation_id=CONV, customer_id="cust-1", customer_name="Maija",
                                  channel="chat", language="fi", topic="general",
                                  messages=[chat(s) for s in range(1, top + 1)])


def invited(top: int) -> p.ConversationInvited:
    return p.ConversationInvited(conversation_id=CONV, customer_id="cust-1", customer_name="Maija",
                                 channel="video", language="fi", topic="general", invited_by="Anna",
                                 participants=["customer:cust-1", "agent:1"],
                                 messages=[chat(s) for s in range(1, top + 1)])


def offline_desk() -> AgentDesk:
    """A desk fed frames by hand, as its HubClient would dispatch them (no socket)."""
    return AgentDesk(HubClient("ws://127.0.0.1:9/ws", "token"), "Anna")


def shown(s: AgentDesk) -> list[tuple[int | None, str]]:
    return [(r.seq, r.text) for r in s.conversations[CONV].transcript.messages()]


def test_messages_before_the_assigned_transcript_are_shown_in_seq_order() -> None:
    # SQLite hub: 'second' (N+1 = 6) live, the transcript up to 4, then 'joined' (5).
    s = offline_desk()
    s.frames.handle(chat(6, text="second"))
    s.frames.handle(assigned(4))
    s.frames.handle(chat(5, sender="system", text="joined:Anna"))
    assert [seq for seq, _ in shown(s)] == [1, 2, 3, 4, 5, 6]
    assert shown(s)[-1] == (6, "second")


def test_messages_before_the_transcript_in_seq_order_postgres_style() -> None:
    # PostgreSQL hub (in-order relay): 'joined' (5) and 'second' (6), then the transcript up to 4.
    s = offline_desk()
    s.frames.handle(chat(5, sender="system", text="joined:Anna"))
    s.frames.handle(chat(6, text="second"))
    s.frames.handle(assigned(4))
    assert [seq for seq, _ in shown(s)] == [1, 2, 3, 4, 5, 6]


def test_messages_before_the_invitation_are_shown() -> None:
    s = offline_desk()
    s.frames.handle(chat(5))
    s.frames.handle(invited(4))
    assert [seq for seq, _ in shown(s)] == [1, 2, 3, 4, 5]
    assert s.conversations[CONV].guest


def test_a_late_lower_seq_goes_into_place() -> None:
    s = offline_desk()
    s.frames.handle(assigned(4))
    s.frames.handle(chat(6))
    s.frames.handle(chat(5))
    assert [seq for seq, _ in shown(s)] == [1, 2, 3, 4, 5, 6]


# ------------------------------------------------------------ Available needs the device check


@pytest.fixture
def running_hub(tmp_path: Path, aio: Aio) -> Iterator[RunningHub]:
    hub = aio.run(start_hub(hub_config(tmp_path)))
    yield hub
    aio.run(stop_hub(hub))


async def signed_in_desk(hub: RunningHub, username: str, **skills: Any) -> AgentDesk:
    await hub.add_agent(username, **skills)
    desk = AgentDesk(HubClient(hub.ws_url, await hub.agent_token(username), backoff_initial_s=0.05))
    await desk.start()
    return desk


class Checks:
    """Stands in for the window's dialog: answers the check with a given outcome."""

    def __init__(self, outcome: DeviceCheck) -> None:
        self.outcome = outcome
        self.runs = 0

    async def __call__(self) -> DeviceCheck:
        self.runs += 1
        return self.outcome


async def until(predicate: Any, timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.02)


def test_available_for_video_runs_the_device_check_first(running_hub: RunningHub, aio: Aio) -> None:
    aio.run(available_for_video_runs_the_device_check_first(running_hub))


async def available_for_video_runs_the_device_check_first(running_hub: RunningHub) -> None:
    desk = await signed_in_desk(running_hub, "anna")  # skilled for chat and video
    try:
        failed = Checks(DeviceCheck.CHAT_ONLY)
        assert await desk.choose_state("available", failed) is DeviceCheck.CHAT_ONLY
        assert failed.runs == 1 and desk.wanted_channels == ["chat"] and not desk.devices_checked
        await until(lambda: desk.state == "available")
        # Away and back: the check failed, so it runs again; a pass opens video too.
        await desk.choose_state("away", failed)
        passed = Checks(DeviceCheck.PASSED)
        assert await desk.choose_state("available", passed) is DeviceCheck.PASSED
        assert desk.devices_checked and desk.wanted_channels is None
        # Passed once in this sign-in: not again.
        assert await desk.choose_state("available", passed) is None and passed.runs == 1
    finally:
        await desk.close()


def test_cancelled_check_leaves_the_state(running_hub: RunningHub, aio: Aio) -> None:
    aio.run(cancelled_check_leaves_the_state(running_hub))


async def cancelled_check_leaves_the_state(running_hub: RunningHub) -> None:
    desk = await signed_in_desk(running_hub, "anna")
    try:
        assert await desk.choose_state("available", Checks(DeviceCheck.CANCELLED)) is DeviceCheck.CANCELLED
        await asyncio.sleep(0.3)
        assert desk.state != "available" and desk.wanted_state != "available"
    finally:
        await desk.close()


def test_chat_only_expert_needs_no_check(running_hub: RunningHub, aio: Aio) -> None:
    aio.run(chat_only_expert_needs_no_check(running_hub))


async def chat_only_expert_needs_no_check(running_hub: RunningHub) -> None:
    desk = await signed_in_desk(running_hub, "bert", languages={"fi": 5}, channels=["chat"])
    try:
        never = Checks(DeviceCheck.CANCELLED)
        assert await desk.choose_state("available", never) is None and never.runs == 0
        await until(lambda: desk.state == "available")
    finally:
        await desk.close()
