"""HttpBotBackend against a real aiohttp server on 127.0.0.1 started here."""

import asyncio

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from service_hub.bot import (
    LANGUAGES,
    BotBackendConfig,
    BotBackendError,
    BotConversation,
    BotTexts,
    HandoffContext,
    HandoffFacts,
    HandoffReason,
    HttpBotBackend,
    RuleSet,
    Unavailable,
    make_backend,
)

TEXTS = BotTexts.load()
RULES = RuleSet.load()
OPEN = HandoffFacts(True, False, 1)
CLOSED = HandoffFacts(False, False, 0)
QUESTION = {
    "fi": "mitkä tiliotteet pitää liittää",
    "sv": "vilka kontoutdrag behövs",
    "en": "which statements",
}


@pytest.fixture
async def bot_server():
    received = []

    async def good(request):
        body = await request.json()
        received.append(body)
        return web.json_response(
            {
                "text": f"answer in {body['language']}",
                "confidence": 0.9,
                "intent": "bank_statements",
                "step": "attachments",
            }
        )

    async def unsure(request):
        return web.json_response({"text": "maybe this?", "confidence": 0.1})

    async def slow(request):
        await asyncio.sleep(2)
        return web.json_response({"text": "too late", "confidence": 1.0})

    async def garbage(request):
        return web.Response(text="<html>502 proxy error</html>", content_type="text/html")

    async def wrong_shape(request):
        return web.json_response({"answer": 42})

    async def broken(request):
        return web.Response(status=500, text="boom")

    app = web.Application()
    for path, handler in [
        ("/good", good),
        ("/unsure", unsure),
        ("/slow", slow),
        ("/garbage", garbage),
        ("/wrong", wrong_shape),
        ("/500", broken),
    ]:
        app.router.add_post(path, handler)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    yield server, received
    await server.close()


def url(server, path):
    return str(server.make_url(path))


async def test_good_reply_and_request_payload(bot_server):
    server, received = bot_server
    backend = HttpBotBackend(url(server, "/good"), timeout_s=2)
    ctx = HandoffContext(language="sv", application_step="income")
    answer = await backend.reply("hej", ctx)
    await backend.aclose()
    assert answer.understood and answer.text == "answer in sv"
    assert answer.entry_id == "bank_statements" and answer.step == "attachments"
    assert received == [{"text": "hej", "language": "sv", "context": ctx.model_dump(mode="json")}]


async def test_low_confidence_is_not_understood(bot_server):
    server, _ = bot_server
    backend = HttpBotBackend(url(server, "/unsure"), timeout_s=2, min_confidence=0.5)
    answer = await backend.reply("x", HandoffContext(language="fi"))
    await backend.aclose()
    assert not answer.understood and answer.text is None


@pytest.mark.parametrize("path", ["/slow", "/garbage", "/wrong", "/500"])
async def test_failures_raise_backend_error(bot_server, path):
    server, _ = bot_server
    backend = HttpBotBackend(url(server, path), timeout_s=0.3)
    with pytest.raises(BotBackendError):
        await backend.reply("x", HandoffContext(language="fi"))
    await backend.aclose()


async def test_unreachable_backend_raises_backend_error(bot_server):
    server, _ = bot_server
    port = server.port
    await server.close()  # nothing listens there any more
    backend = HttpBotBackend(f"http://127.0.0.1:{port}/good", timeout_s=0.5)
    with pytest.raises(BotBackendError):
        await backend.reply("x", HandoffContext(language="fi"))
    await backend.aclose()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", ["/slow", "/garbage"])
async def test_conversation_falls_back_to_human_when_http_bot_fails(bot_server, lang, path):
    server, _ = bot_server
    backend = make_backend(BotBackendConfig(kind="http", url=url(server, path), timeout_s=0.3))
    s = BotConversation(lang, backend, RULES, TEXTS, backend_timeout_s=1.0)
    offered = await s.handle(QUESTION[lang], OPEN)
    assert offered.texts[0] == TEXTS.get("backend_failed", lang)
    assert offered.handoff_offered and offered.handoff_reason is HandoffReason.BOT_FAILED
    told_how = await s.handle(QUESTION[lang], CLOSED)
    assert not told_how.handoff_offered and told_how.unavailable is Unavailable.CLOSED
    assert TEXTS.contact_info(lang)[0] in told_how.texts
    await backend.aclose()


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_conversation_uses_http_answer(bot_server, lang):
    server, _ = bot_server
    backend = make_backend(BotBackendConfig(kind="http", url=url(server, "/good"), timeout_s=2))
    s = BotConversation(lang, backend, RULES, TEXTS)
    reply = await s.handle(QUESTION[lang], OPEN)
    assert reply.texts == [f"answer in {lang}"] and not reply.handoff_offered
    assert s.context.intents == ["bank_statements"]
    await backend.aclose()


def test_config_selects_backend():
    assert type(make_backend(BotBackendConfig())).__name__ == "KnowledgeBaseBackend"
    assert isinstance(
        make_backend(BotBackendConfig(kind="http", url="http://127.0.0.1:9/x")), HttpBotBackend
    )
    with pytest.raises(ValueError):
        make_backend(BotBackendConfig(kind="http"))
