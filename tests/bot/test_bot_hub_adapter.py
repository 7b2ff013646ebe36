"""KnowledgeBot behind the hub's BotService protocol (no hub needed)."""

import pytest

from service_hub.bot import LANGUAGES, BotEngine, HandoffContext
from service_hub.bot.hub_adapter import KnowledgeBot

OPEN = {"open": True, "full": False, "agents_on_duty": 1, "next_opening": None, "alternatives": []}
FULL = {**OPEN, "full": True}


@pytest.fixture(scope="module")
def bot():
    return KnowledgeBot(BotEngine.load())


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_ask_for_human_in_open_and_full_queue(bot, lang):
    text = {
        "fi": "asiakaspalvelija",
        "sv": "jag vill prata med en människa",
        "en": "talk to a person",
    }[lang]
    turn = await bot.reply(f"c-{lang}", lang, text, OPEN)
    assert turn.suggest_human and turn.context["reason"] == "asked"
    turn = await bot.reply(f"c-{lang}", lang, text, FULL)
    assert not turn.suggest_human
    # The context dict the hub stores is a valid HandoffContext.
    ctx = HandoffContext.model_validate(turn.context)
    # 2 customer turns + 1 offer + (unavailable, phone, office)
    assert ctx.language == lang and len(ctx.transcript) == 6


async def test_conversations_are_kept_per_id_and_bounded():
    bot = KnowledgeBot(BotEngine.load(), max_conversations=2)
    await bot.reply("a", "fi", "mitkä tiliotteet pitää liittää", OPEN)
    await bot.reply("b", "fi", "hei", OPEN)
    await bot.reply("c", "fi", "hei", OPEN)
    assert bot.conversation("c", "fi").context.transcript  # kept
    assert bot.conversation("a", "fi").context.transcript == []  # evicted, fresh
    bot.forget("c")


def test_greeting(bot):
    assert bot.greeting("sv").startswith("Hej")


async def test_a_session_lost_from_memory_goes_on_from_the_state_it_returned(bot):
    first = await bot.reply("r-1", "fi", "jäin työttömäksi", OPEN)
    assert first.suggest_human and first.state["pending_offer"] == "bot_suggested"
    restarted = KnowledgeBot(bot.engine)  # a new hub process: nothing in memory
    turn = await restarted.reply("r-1", "fi", "kyllä", OPEN, state=first.state)
    assert turn.texts == [bot.engine.texts.get("handoff_accepted", "fi")]
    ctx = HandoffContext.model_validate(turn.context)
    assert ctx.life_events == ["job_loss"] and [t.text for t in ctx.transcript][0] == "jäin työttömäksi"
    assert "pending_offer" not in turn.state  # accepted: no offer waits any more


async def test_an_unusable_stored_state_starts_afresh(bot):
    turn = await KnowledgeBot(bot.engine).reply("r-2", "en", "hello", OPEN, state={"version": 99})
    assert HandoffContext.model_validate(turn.context).transcript[0].text == "hello"
    assert turn.state["language"] == "en"
