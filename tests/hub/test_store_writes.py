"""The store's group-commit writer: a message that depends on an earlier write
is committed with it, and not at all when that write was refused."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from service_hub.store.db import make_engine, migrate, sqlite_url
from service_hub.store.models import Conversation
from service_hub.store.repo import QueueFull, Store
from tests.hubkit import fresh_postgres_database


async def _open(url: str) -> Store:
    store = Store(make_engine(url))
    await migrate(store.engine)
    await store.start()
    await store.upsert_customer("c1", "Customer")
    return store


@pytest.fixture
async def store(tmp_path, database_url):
    # On PostgreSQL writes whose results nobody reads are deferred into one pipeline.
    store = await _open(database_url or sqlite_url(tmp_path / "hub.db"))
    yield store
    await store.close()


@pytest.fixture
async def pg_store():
    store = await _open(await fresh_postgres_database())
    yield store
    await store.close()


def _new_conversation(store: Store, conv_id: str):
    return store.create_conversation_future(Conversation(
        id=conv_id, customer_id="c1", channel="chat", language="fi", topic="social_assistance", state="bot",
        handoff_context={}, created_at=datetime.now(UTC), last_seq=0, abandoned=False))


async def _conversation(store: Store, conv_id: str) -> None:
    await _new_conversation(store, conv_id)


def _enqueue(store: Store, conv_id: str, max_waiting: int):
    return store.enqueue_future(conv_id, channel="chat", language="fi", topic="social_assistance",
                                max_waiting=max_waiting, conversation_values={"handoff_reason": "asked"})


def _announce(store: Store, conv_id: str, after):
    return store.message_future(conv_id, sender="system", sender_ref="system", sender_name="", text="handoff",
                                unless_refused=after)


async def test_message_commits_with_the_write_it_depends_on(store: Store) -> None:
    await _conversation(store, "a")
    enqueued = _enqueue(store, "a", max_waiting=5)
    announced = _announce(store, "a", enqueued)
    commits = store.commits
    await enqueued
    stored, new = await announced
    assert (stored.seq, stored.text, new) == (1, "handoff", True)
    assert store.commits == commits + 1, "the enqueue and its message should be one commit"
    conv = await store.conversation("a")
    assert (conv.state, conv.handoff_reason, conv.last_seq) == ("queued", "asked", 1)


async def test_message_is_not_written_when_its_write_is_refused(store: Store) -> None:
    await _conversation(store, "b")
    # Refused in the same batch ...
    enqueued = _enqueue(store, "b", max_waiting=0)
    announced = _announce(store, "b", enqueued)
    with pytest.raises(QueueFull):
        await enqueued
    with pytest.raises(QueueFull):
        await announced
    # ... and refused in an earlier batch (already done when the message is written).
    with pytest.raises(QueueFull):
        await _announce(store, "b", enqueued)
    assert await store.messages_after("b") == []
    conv = await store.conversation("b")
    assert (conv.state, conv.last_seq) == ("bot", 0)
    # Other writes of the same batch are not affected.
    await _conversation(store, "c")
    refused = _enqueue(store, "c", max_waiting=0)
    fine = store.message_future("c", sender="bot", sender_ref="bot", sender_name="Bot", text="hello")
    with pytest.raises(QueueFull):
        await refused
    assert (await fine)[0].seq == 1


async def test_a_write_that_fails_fails_its_sender_and_the_message_tied_to_it(store: Store) -> None:
    await _conversation(store, "d")
    await _conversation(store, "d2")
    # Queued together: one batch. The duplicate conversation fails (on
    # PostgreSQL only when its deferred insert is sent, at the commit), and so
    # does the message tied to it; an unrelated write of the batch commits
    # (tests/hub/test_batch_isolation.py).
    again = _new_conversation(store, "d")
    message = store.message_future("d", sender="bot", sender_ref="bot", sender_name="Bot", text="hello",
                                   unless_refused=again)
    unrelated = store.message_future("d2", sender="bot", sender_ref="bot", sender_name="Bot", text="hi")
    with pytest.raises(Exception, match="(?i)unique|duplicate"):
        await again
    with pytest.raises(Exception, match="(?i)unique|duplicate"):
        await message
    assert (await unrelated)[0].seq == 1
    assert await store.messages_after("d") == []
    # The writer goes on.
    assert (await store.message_future("d", sender="bot", sender_ref="bot", sender_name="Bot",
                                       text="hello"))[0].seq == 1


async def test_writes_and_reads_of_one_batch_keep_their_order(store: Store) -> None:
    # Created, enqueued and greeted in one commit: each step sees the one before.
    conv = _new_conversation(store, "e")
    enqueued = _enqueue(store, "e", max_waiting=5)
    greeted = store.message_future("e", sender="bot", sender_ref="bot", sender_name="Bot", text="hi")
    announced = _announce(store, "e", enqueued)
    await conv
    await enqueued
    assert [(await greeted)[0].seq, (await announced)[0].seq] == [1, 2]
    assert [m.text for m in await store.messages_after("e")] == ["hi", "handoff"]
    row = await store.conversation("e")
    assert (row.state, row.last_seq) == ("queued", 2)


@pytest.mark.postgres
async def test_a_batch_that_finds_its_connection_dropped_runs_again_on_a_new_one(pg_store: Store) -> None:
    store = pg_store
    await _conversation(store, "f")
    async with store.engine.connect() as admin:  # as a server restart would: every other session ends
        killed = (await admin.exec_driver_sql(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()")).scalar()
    assert killed >= 1
    stored, _ = await store.message_future("f", sender="bot", sender_ref="bot", sender_name="Bot", text="hi")
    assert stored.seq == 1
    assert [m.text for m in await store.messages_after("f")] == ["hi"]
