"""One client's bad write never fails another's (issue 21).

The store commits many clients' writes in one transaction. A write the
database refuses (PostgreSQL cannot store NUL; neither database an unpaired
surrogate; a message for a conversation that is not there) used to fail
every write of its batch. Now it fails alone, on both databases, and the
protocol refuses such text before any handler runs.
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

import aiohttp
import pytest

from hub_protocol import frames as p
from service_hub.store.db import make_engine, migrate, sqlite_url
from service_hub.store.models import Conversation
from service_hub.store.repo import Store
from tests.hubkit import RunningHub


@pytest.fixture
async def store(tmp_path, database_url):
    store = Store(make_engine(database_url or sqlite_url(tmp_path / "hub.db")))
    await migrate(store.engine)
    await store.start()
    await store.upsert_customer("c1", "Customer")
    for conv_id in ("a", "b", "c"):
        await store.create_conversation_future(Conversation(
            id=conv_id, customer_id="c1", channel="chat", language="fi", topic="social_assistance",
            state="bot", handoff_context={}, created_at=datetime.now(UTC), last_seq=0, abandoned=False))
    yield store
    await store.close()


def _send(store: Store, conv_id: str, text: str, ref: str, **kw):
    return store.message_future(conv_id, sender="customer", sender_ref=f"customer:{ref}", sender_name=ref,
                                text=text, client_msg_id=ref, **kw)


# What each database refuses: NUL only PostgreSQL; the others both.
BAD_WRITES = {
    "unpaired surrogate": ("b", "broken \ud800 text"),
    "missing conversation": ("no-such-conversation", "hello"),
}


@pytest.mark.parametrize("bad", sorted(BAD_WRITES))
async def test_a_refused_write_fails_alone_and_the_rest_of_its_batch_commits(store: Store, bad: str) -> None:
    bad_conv, bad_text = BAD_WRITES[bad]
    commits = store.commits
    # Queued without an await in between: one batch, as from clients at the same moment.
    before = [_send(store, "a", f"before {i}", f"a{i}") for i in range(5)]
    failing = _send(store, bad_conv, bad_text, "bad")
    after = [_send(store, "c", f"after {i}", f"c{i}") for i in range(5)]
    with pytest.raises(Exception):  # noqa: B017 - whatever the driver raises, it is the sender's alone
        await failing
    stored = [(await f)[0] for f in before + after]
    assert [m.seq for m in stored] == [1, 2, 3, 4, 5, 1, 2, 3, 4, 5]
    assert [m.text for m in await store.messages_after("a")] == [f"before {i}" for i in range(5)]
    assert [m.text for m in await store.messages_after("c")] == [f"after {i}" for i in range(5)]
    assert await store.messages_after("b") == []
    # Halving costs a few commits on the failure only; the writer goes on.
    assert store.commits - commits <= 6
    assert (await _send(store, "b", "fine now", "b-ok"))[0].seq == 1


# PostgreSQL only: SQLite stores NUL (the protocol refuses it on both: test_protocol_refuses_...).
@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
async def test_nul_fails_only_its_own_write_on_postgresql(store: Store, database_url: str) -> None:
    others = [_send(store, "a", f"hello {i}", f"a{i}") for i in range(3)]
    failing = _send(store, "b", "a\x00b", "nul")
    with pytest.raises(Exception, match="NUL"):
        await failing
    assert [(await f)[0].seq for f in others] == [1, 2, 3]


# ------------------------------------------------------------------ through the hub


async def _signed_in(session: aiohttp.ClientSession, hub: RunningHub, subject: str):
    ws = await session.ws_connect(hub.ws_url)
    await ws.send_str(p.encode(p.Hello(token=hub.customer_token(subject, subject))))
    assert json.loads((await ws.receive(timeout=5)).data)["type"] == "welcome"
    await ws.send_str(p.encode(p.ChatStart(id="start")))
    conv = (await _answer(ws, "start"))["conversation_id"]
    return ws, conv


async def _answer(ws: aiohttp.ClientWebSocketResponse, ref: str) -> dict:
    while True:
        frame = json.loads((await ws.receive(timeout=5)).data)
        if frame.get("ref") == ref:
            return frame


@pytest.mark.parametrize("text", ["nul \x00 in the middle", "a lone \ud800 surrogate", "escape \x1b[2J",
                                  "C1 \x9b31m", "nonchar \uffff"])
async def test_protocol_refuses_text_no_database_stores_alike_and_others_are_not_disturbed(
    hub: RunningHub, text: str
) -> None:
    async with aiohttp.ClientSession() as session:
        (bad_ws, bad_conv), (ok_ws, ok_conv) = await asyncio.gather(
            _signed_in(session, hub, "mallory"), _signed_in(session, hub, "maija"))
        # json.dumps keeps a lone surrogate as an escape: what a hostile client can send.
        bad = json.dumps({"v": 1, "type": "chat.send", "id": "bad", "conversation_id": bad_conv, "text": text})
        fine = p.encode(p.ChatSend(id="fine", conversation_id=ok_conv, text="Hei, kysyisin asumistuesta"))
        await asyncio.gather(bad_ws.send_str(bad), ok_ws.send_str(fine))
        refused, acked = await asyncio.gather(_answer(bad_ws, "bad"), _answer(ok_ws, "fine"))
        assert (refused["type"], refused["code"]) == ("error", "bad_text")
        assert "control characters" in refused["message"]
        assert acked["type"] == "ack" and acked["seq"] >= 2
        # The refused sender's connection goes on.
        await bad_ws.send_str(p.encode(p.ChatSend(id="again", conversation_id=bad_conv, text="sorry")))
        assert (await _answer(bad_ws, "again"))["type"] == "ack"
    texts = [m.text for m in await hub.hub.store.messages_after(bad_conv)]
    # "sorry" is stored (the bot may have answered it already: not necessarily last)
    assert "sorry" in texts and not any("\x00" in t or "\x1b" in t for t in texts)


async def test_the_apps_clean_pasted_control_characters_so_customers_never_hear_the_refusal(
    hub: RunningHub,
) -> None:
    client = await hub.client(hub.customer_token("paster", "Paster"))
    start = await client.request(p.ChatStart())
    # A word processor's line break (vertical tab) and a form feed, pasted.
    await client.send_chat(start.conversation_id, "Rivi yksi\x0bRivi kaksi\x0cja \x00loppu")
    await client.request(p.ConversationEnd(conversation_id=start.conversation_id, note="huom\x07"))
    texts = [m.text for m in await hub.hub.store.messages_after(start.conversation_id)]
    assert "Rivi yksi\nRivi kaksi\nja loppu" in texts
    assert (await hub.hub.store.conversation(start.conversation_id)).state == "ended"


async def test_a_resent_client_id_returns_the_stored_message_in_a_later_batch_and_in_the_same(store: Store) -> None:
    """The writer's look-up of resent client ids (the driver's own statements since issue 21's capacity work)."""
    first, was_new = await _send(store, "a", "once", "same")
    assert was_new
    # A later batch: a resend with another text (the client's first try wins), beside a new message.
    resend = _send(store, "a", "changed", "same")
    other = _send(store, "a", "next", "other")
    (again, again_new), (nxt, _) = await resend, await other
    assert (again.seq, again.text, again.sent_at, again_new) == (first.seq, "once", first.sent_at, False)
    assert nxt.seq == first.seq + 1
    # The same batch: the second with the id is the first's copy.
    twins = [_send(store, "b", "twin", "twin"), _send(store, "b", "twin", "twin")]
    (one, one_new), (two, two_new) = [await f for f in twins]
    assert (one.seq, two.seq, one_new, two_new) == (1, 1, True, False)
    assert [m.text for m in await store.messages_after("a")] == ["once", "next"]
