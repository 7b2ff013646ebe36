"""BotConversation: every handoff rule x every language, driven without a hub."""

import asyncio
from datetime import UTC, datetime

import pytest

from service_hub.bot import (
    LANGUAGES,
    BotAnswer,
    BotBackendError,
    BotConversation,
    BotEngine,
    BotTexts,
    HandoffContext,
    HandoffFacts,
    HandoffReason,
    KnowledgeBaseBackend,
    LifeEvent,
    RuleSet,
    Unavailable,
)

TEXTS = BotTexts.load()
RULES = RuleSet.load()
KB = KnowledgeBaseBackend.load()

OPEN = HandoffFacts(queue_open=True, queue_full=False, agents_available=2)
BLOCKED = {
    Unavailable.CLOSED: HandoffFacts(queue_open=False, queue_full=False, agents_available=0),
    Unavailable.FULL: HandoffFacts(queue_open=True, queue_full=True, agents_available=3),
    Unavailable.NO_AGENTS: HandoffFacts(queue_open=True, queue_full=False, agents_available=0),
}

ASK = {
    "fi": "haluan puhua ihmisen kanssa",
    "sv": "jag vill prata med en människa",
    "en": "talk to a human",
}
OFF_TOPIC = {
    "fi": "kuka voitti jääkiekon mm-kisat",
    "sv": "vem vann ishockey-vm",
    "en": "who won the ice hockey world championship",
}
LIFE = {
    "fi": "jäin työttömäksi viime viikolla",
    "sv": "jag blev uppsagd förra veckan",
    "en": "I lost my job last week",
}
KNOWN = {
    "fi": "mitkä tiliotteet hakemukseen pitää liittää",
    "sv": "vilka kontoutdrag ska bifogas till ansökan",
    "en": "which bank statements must I attach",
}


class FailingBackend:
    def __init__(self, exc: Exception) -> None:
        self.exc = exc

    async def reply(self, text, context):
        raise self.exc

    async def aclose(self):
        return None


class HangingBackend:
    async def reply(self, text, context):
        await asyncio.sleep(30)

    async def aclose(self):
        return None


def conversation(lang, backend=KB, timeout=5.0):
    return BotConversation(lang, backend, RULES, TEXTS, backend_timeout_s=timeout)


def offer_text(reason, lang):
    return TEXTS.get(f"offer_{reason}", lang)


def assert_blocked_reply(reply, lang, blocked):
    assert reply.handoff_offered is False
    assert reply.unavailable is blocked
    expected_first = TEXTS.get(f"unavailable_{blocked}", lang, chat_hours=TEXTS.chat_hours(lang))
    assert expected_first in reply.texts
    for contact in TEXTS.contact_info(lang):  # phone service and office, with hours
        assert contact in reply.texts
    assert TEXTS.service_info["phone_service"][lang]["hours"] in " ".join(reply.texts)
    for reason in HandoffReason:
        assert offer_text(reason, lang) not in reply.texts


TRIGGERS = ["asked", "not_understood", "life_event", "backend_failed"]


async def run_trigger(trigger, lang, facts):
    if trigger == "asked":
        return await conversation(lang).handle(ASK[lang], facts), HandoffReason.ASKED
    if trigger == "not_understood":
        return await conversation(lang).handle(OFF_TOPIC[lang], facts), HandoffReason.BOT_FAILED
    if trigger == "life_event":
        return await conversation(lang).handle(LIFE[lang], facts), HandoffReason.BOT_SUGGESTED
    failing = conversation(lang, FailingBackend(BotBackendError("down")))
    return await failing.handle(KNOWN[lang], facts), HandoffReason.BOT_FAILED


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("trigger", TRIGGERS)
async def test_handoff_offered_when_queue_open(lang, trigger):
    reply, reason = await run_trigger(trigger, lang, OPEN)
    assert reply.handoff_offered is True
    assert reply.handoff_reason is reason
    assert reply.unavailable is None
    assert reply.texts[-1] == offer_text(reason, lang)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("trigger", TRIGGERS)
@pytest.mark.parametrize("blocked", list(Unavailable))
async def test_handoff_never_offered_when_closed_full_or_nobody_on_duty(lang, trigger, blocked):
    reply, reason = await run_trigger(trigger, lang, BLOCKED[blocked])
    assert reply.handoff_reason is reason
    assert_blocked_reply(reply, lang, blocked)


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_not_understood_says_so_in_customer_language(lang):
    reply = await conversation(lang).handle(OFF_TOPIC[lang], OPEN)
    assert reply.texts[0] == TEXTS.get("not_understood", lang)


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_backend_failure_says_so_in_customer_language(lang):
    s = conversation(lang, FailingBackend(RuntimeError("bug in backend")))
    reply = await s.handle(KNOWN[lang], OPEN)
    assert reply.texts[0] == TEXTS.get("backend_failed", lang)
    assert reply.handoff_offered and reply.handoff_reason is HandoffReason.BOT_FAILED
    assert s.context.unanswered_count == 1


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_hanging_backend_times_out_and_falls_back(lang):
    s = conversation(lang, HangingBackend(), timeout=0.05)
    reply = await s.handle(KNOWN[lang], BLOCKED[Unavailable.FULL])
    assert reply.texts[0] == TEXTS.get("backend_failed", lang)
    assert_blocked_reply(reply, lang, Unavailable.FULL)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("facts", [OPEN, *BLOCKED.values()])
async def test_answered_question_needs_no_handoff(lang, facts):
    s = conversation(lang)
    reply = await s.handle(KNOWN[lang], facts)
    assert reply.answer is not None and reply.answer.entry_id == "bank_statements"
    assert reply.texts == [reply.answer.text]
    assert not reply.handoff_offered and reply.unavailable is None and reply.handoff_reason is None
    assert s.context.intents == ["bank_statements"]
    assert s.context.application_step == "attachments"


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_life_event_with_an_answer_keeps_the_answer(lang):
    text = {
        "fi": "muutin, saako muuttokuluihin tukea",
        "sv": "jag flyttade, kan jag få stöd för flyttkostnader",
        "en": "I moved house, can I get help with moving costs",
    }[lang]
    s = conversation(lang)
    reply = await s.handle(text, OPEN)
    assert reply.answer.entry_id == "moving_costs"
    assert reply.texts[0] == reply.answer.text
    assert reply.new_life_events == {LifeEvent.MOVING}
    assert reply.handoff_offered and reply.handoff_reason is HandoffReason.BOT_SUGGESTED
    assert s.context.life_events == [LifeEvent.MOVING]


async def test_life_event_is_suggested_once_not_on_every_message():
    s = conversation("fi")
    first = await s.handle("mieheni kuoli viime kuussa", OPEN)
    second = await s.handle("mieheni kuoli, mitkä tiliotteet pitää liittää", OPEN)
    assert first.handoff_reason is HandoffReason.BOT_SUGGESTED
    assert second.handoff_reason is None and not second.handoff_offered


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_accept_rechecks_the_queue(lang):
    s = conversation(lang)
    offered = await s.handle(ASK[lang], OPEN)
    assert offered.handoff_offered
    # The queue filled between the offer and the click.
    refused = s.accept_handoff(BLOCKED[Unavailable.FULL])
    assert not refused.handoff_accepted
    assert_blocked_reply(refused, lang, Unavailable.FULL)
    await s.handle(ASK[lang], OPEN)
    accepted = s.accept_handoff(OPEN)
    assert accepted.handoff_accepted
    assert accepted.texts == [TEXTS.get("handoff_accepted", lang)]
    assert s.context.reason is HandoffReason.ASKED


@pytest.mark.parametrize(
    ("lang", "yes"), [("fi", "Kyllä"), ("sv", "ja tack"), ("en", "yes please")]
)
async def test_typed_yes_accepts_a_pending_offer(lang, yes):
    s = conversation(lang)
    await s.handle(OFF_TOPIC[lang], OPEN)
    reply = await s.handle(yes, OPEN)
    assert reply.handoff_accepted and reply.handoff_reason is HandoffReason.BOT_FAILED


async def test_yes_without_an_offer_is_just_a_message():
    reply = await conversation("en").handle("yes", OPEN)
    assert not reply.handoff_accepted


async def test_facts_callable_is_read_after_the_backend_answers():
    state = {"facts": OPEN}

    class FillsQueueWhileThinking:
        async def reply(self, text, context):
            state["facts"] = BLOCKED[Unavailable.FULL]
            return BotAnswer(understood=False)

        async def aclose(self):
            return None

    reply = await conversation("fi", FillsQueueWhileThinking()).handle("xyz", lambda: state["facts"])
    assert reply.unavailable is Unavailable.FULL and not reply.handoff_offered


async def test_form_step_wins_over_kb_step():
    s = conversation("fi")
    await s.handle(KNOWN["fi"], OPEN, step="income")
    assert s.context.application_step == "income"


async def test_context_json_round_trip():
    clock_times = iter(datetime(2026, 2, 9, 9, 0, i, tzinfo=UTC) for i in range(100))
    s = BotConversation("fi", KB, RULES, TEXTS, clock=lambda: next(clock_times))
    s.greeting()
    await s.handle(KNOWN["fi"], OPEN)
    await s.handle("erosin ja muutin uuteen asuntoon", OPEN)
    await s.handle(ASK["fi"], OPEN)
    s.accept_handoff(OPEN)
    ctx = s.handoff_context()
    restored = HandoffContext.model_validate_json(ctx.model_dump_json())
    assert restored == ctx
    assert restored.reason is HandoffReason.ASKED
    assert restored.intents[0] == "bank_statements"  # then moving_costs, for the move
    assert set(restored.life_events) == {LifeEvent.SEPARATION, LifeEvent.MOVING}
    assert restored.transcript[0].speaker == "bot" and restored.transcript[1].text == KNOWN["fi"]
    assert restored.transcript[2].entry_id == "bank_statements"
    assert restored.transcript[0].at == datetime(2026, 2, 9, 9, 0, 0, tzinfo=UTC)


async def test_engine_makes_conversations_per_language():
    engine = BotEngine.load()
    for lang in LANGUAGES:
        s = engine.new_conversation(lang)
        assert s.greeting().texts == [TEXTS.get("greeting", lang)]
    with pytest.raises(ValueError):
        engine.new_conversation("de")
    await engine.aclose()


HYPOTHETICAL = {
    "fi": "jos jään työttömäksi, mitä tapahtuu",
    "sv": "om jag blir arbetslös, vad händer",
    "en": "if I lose my job, what happens",
}
NEGATED = {
    "fi": "en ole jäänyt työttömäksi",
    "sv": "jag har inte blivit arbetslös",
    "en": "I have not lost my job",
}


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_a_hypothetical_change_is_suggested_without_assuming_it(lang):
    reply = await conversation(lang).handle(HYPOTHETICAL[lang], OPEN)
    assert reply.handoff_offered and reply.handoff_reason is HandoffReason.BOT_SUGGESTED
    assert reply.new_life_events == {LifeEvent.JOB_LOSS}
    names = TEXTS.event_names([LifeEvent.JOB_LOSS], lang)
    assert TEXTS.get("life_event_possible", lang, events=names) in reply.texts
    assert TEXTS.get("life_event_noticed", lang, events=names) not in reply.texts


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_a_negated_change_is_not_suggested(lang):
    s = conversation(lang)
    reply = await s.handle(NEGATED[lang], OPEN)
    assert not reply.new_life_events and s.context.life_events == []
    assert reply.handoff_reason is not HandoffReason.BOT_SUGGESTED
