"""``--demo-script``: drives the real UI like a customer would, for demos.

Finnish, chat, a question about the application to the assistant, a request
for a service expert, then it stays in the chat so a human can answer.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from .domain.flow import Step
from .qt.main_window import MainWindow

log = logging.getLogger(__name__)

QUESTION = "Miten täytän toimeentulotukihakemuksen vuokratiedot?"
ASK_HUMAN = "Haluaisin puhua ihmisen kanssa."


async def _until(cond: Callable[[], bool], timeout: float = 30.0) -> bool:
    deadline = asyncio.get_running_loop().time() + timeout
    while not cond():
        if asyncio.get_running_loop().time() > deadline:
            return False
        await asyncio.sleep(0.1)
    return True


async def _type(window: MainWindow, text: str) -> None:
    box = window.chat_page.chat.input
    for ch in text:  # visible typing, so the audience can follow
        box.insertPlainText(ch)
        await asyncio.sleep(0.03)
    window.chat_page.chat.send.click()


async def run_demo(window: MainWindow, pause_s: float = 1.2) -> None:
    await asyncio.sleep(pause_s)
    window.language_page.buttons["fi"].click()
    await asyncio.sleep(pause_s)
    window.service_page.chat.click()
    if not await _until(lambda: window.hours_page.can_proceed):
        log.error("demo: the hub did not answer")
        return
    await asyncio.sleep(pause_s)
    window.hours_page.go.click()
    await _until(lambda: window.step is Step.CHAT)
    await asyncio.sleep(pause_s)
    await _type(window, QUESTION)
    bot_replies = lambda: sum(1 for e in window.visit.transcript if e.sender == "bot")  # noqa: E731
    await _until(lambda: bot_replies() >= 2, 15)
    await asyncio.sleep(pause_s * 2)
    await _type(window, ASK_HUMAN)
    if await _until(lambda: window.chat_page.handoff.isVisible(), 15):
        await asyncio.sleep(pause_s * 2)
        window.chat_page.handoff.click()
    else:
        log.warning("demo: no service expert is available; staying with the assistant")
    # From here a human answers in the agent desktop; the customer stays in the chat.
