"""The customer's visit as a plain service, without Qt, against a real in-process hub.

Plain ``def`` tests on the shared loop (``ui.run``), like the rest of this directory.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from customer_client.domain.problems import Problem
from customer_client.services.customer_visit import CustomerVisit
from tests.customer_client.conftest import UI
from tests.hubkit import RunningHub, hub_config, start_hub, stop_hub


@pytest.fixture
def running_hub(tmp_path: Path, ui: UI) -> Iterator[RunningHub]:
    hub = ui.run(start_hub(hub_config(tmp_path)))
    yield hub
    ui.run(stop_hub(hub))


async def until(predicate: Any, timeout: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.02)


def test_a_chat_visit_from_start_to_feedback_then_nothing_left(running_hub: RunningHub, ui: UI) -> None:
    ui.run(chat_visit(running_hub))


async def chat_visit(running_hub: RunningHub) -> None:
    visit = CustomerVisit(running_hub.ws_url, lambda: running_hub.customer_token("cust-v"))
    states: list[str] = []
    visit.events.state_changed.connect(states.append)
    try:
        conv = await visit.start("chat", "fi", "social_assistance")
        assert conv is not None and visit.conversation_id == conv
        # The greeting and the handoff status may overtake chat.start's ack: none is lost.
        await until(lambda: visit.handoff is not None and len(visit.transcript) >= 1)
        assert visit.state == "bot" and states == ["bot"]
        await visit.send_text("  Miten täytän hakemuksen?  ")
        mine = [m for m in visit.transcript if m.own]
        assert [m.text for m in mine] == ["Miten täytän hakemuksen?"]
        await until(lambda: not mine[0].pending)
        assert await visit.end()
        await until(lambda: visit.feedback_due)
        assert await visit.submit_feedback(5, "Hyvä") is True
    finally:
        await visit.close()
    assert visit.client is None and len(visit.transcript) == 0 and visit.conversation_id is None


def test_a_refused_token_is_a_sign_in_problem(running_hub: RunningHub, ui: UI) -> None:
    ui.run(refused_token(running_hub))


async def refused_token(running_hub: RunningHub) -> None:
    visit = CustomerVisit(running_hub.ws_url, lambda: "not-a-token")
    problems: list[Problem] = []
    visit.events.problem_raised.connect(problems.append)
    try:
        assert await visit.start("chat", "fi", "social_assistance") is None
        assert problems == [Problem.SIGN_IN_FAILED]
    finally:
        await visit.close()
