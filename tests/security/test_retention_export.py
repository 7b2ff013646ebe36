"""Retention purge and the customer export, on SQLite and PostgreSQL, through the store and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta

from hub_protocol import frames as p
from service_hub.export import export_customer
from service_hub.retention import purge
from service_hub.store.models import utcnow
from tests.hubkit import FrameLog, RunningHub


async def _served_chat(hub: RunningHub, customer, agent, agent_log: FrameLog, words: str) -> str:
    conv = (await customer.request(p.ChatStart())).conversation_id
    await customer.request(p.ChatSend(id=f"q-{words}", conversation_id=conv, text=f"bot question {words}"))
    await customer.request(p.HandoffRequest(conversation_id=conv))
    offer = await agent_log.wait_for(p.Offer, conversation_id=conv)
    await agent.request(p.OfferAccept(offer_id=offer.offer_id))
    await agent_log.wait_for(p.ConversationAssigned, conversation_id=conv)
    await customer.request(p.ChatSend(id=f"c-{words}", conversation_id=conv, text=f"my secret {words}"))
    await agent.request(p.ChatSend(id=f"a-{words}", conversation_id=conv, text=f"answer {words}"))
    await agent.request(p.ConversationEnd(conversation_id=conv, wrap_up_code="resolved",
                                          note=f"note about {words}"))
    await customer.request(p.FeedbackSubmit(conversation_id=conv, rating=4, comment=f"comment {words}"))
    await agent.request(p.SetAgentState(state="available"))
    return conv


async def _setup(hub: RunningHub) -> tuple[str, str]:
    await hub.add_agent()
    agent = await hub.client(await hub.agent_token())
    agent_log = FrameLog(agent)
    await agent.request(p.SetAgentState(state="available"))
    customer = await hub.client(hub.customer_token("subj-42", "Maija"))
    old = await _served_chat(hub, customer, agent, agent_log, "old")
    new = await _served_chat(hub, customer, agent, agent_log, "new")
    # The first chat ended 40 days ago, the second today.
    await hub.hub.store.update_conversation(old, ended_at=utcnow() - timedelta(days=40))
    return old, new


async def test_purge_deletes_old_transcripts_keeps_metrics_and_is_audited(hub: RunningHub) -> None:
    store = hub.hub.store
    old, new = await _setup(hub)
    before_old = await store.messages_after(old)
    assert any("my secret old" == m.text for m in before_old)
    row = await store.conversation(old)
    assert row is not None and row.handoff_context.get("transcript"), "the bot transcript is in the context"
    assert row.bot_state and row.bot_state["context"]["transcript"], "and in the bot's saved session"
    reason = row.handoff_context["reason"]

    dry = await purge(store, 30, dry_run=True, actor="test")
    assert (dry.conversations, dry.feedback_comments) == (1, 1) and dry.messages == len(before_old)
    assert len(await store.messages_after(old)) == len(before_old), "a dry run changes nothing"

    report = await purge(store, 30, actor="test")
    assert report.conversations == 1 and report.messages == len(before_old)
    assert await store.messages_after(old) == []
    assert [m.text for m in await store.messages_after(new)].count("my secret new") == 1
    row = await store.conversation(old)
    assert row is not None
    assert "transcript" not in row.handoff_context and "purged_at" in row.handoff_context
    assert row.bot_state is None
    assert row.handoff_context.get("language") == "fi" and row.handoff_context.get("reason") == reason
    assert row.wrap_up_note is None and row.wrap_up_code == "resolved"
    assert row.ended_at is not None and row.assigned_at is not None and row.handed_off_at is not None
    fb = await store.feedback(old)
    assert fb is not None and fb.rating == 4 and fb.comment is None
    recent = await store.conversation(new)
    assert recent is not None and recent.wrap_up_note == "note about new" and recent.handoff_context.get("transcript")
    assert (await store.feedback(new)).comment == "comment new"  # type: ignore[union-attr]

    again = await purge(store, 30, actor="test")
    assert again.conversations == 0 and again.messages == 0, "purging twice finds nothing new"
    audit = [a for a in await store.audit_entries("retention:30d")]
    assert [a.action for a in audit] == ["purge.dry_run", "purge", "purge"]
    assert all(a.actor == "test" and a.allowed for a in audit)
    assert json.loads(audit[1].detail)["conversations"] == 1


async def test_export_customer_has_everything_about_them_and_is_audited(hub: RunningHub) -> None:
    store = hub.hub.store
    old, new = await _setup(hub)
    # Another customer's data must not leak into the export.
    other = await hub.client(hub.customer_token("someone-else", "Other"))
    other_conv = (await other.request(p.ChatStart())).conversation_id
    await other.request(p.ChatSend(id="o1", conversation_id=other_conv, text="not theirs"))
    await store.audit("agent:1", "history.search", "customer:subj-42", allowed=True)

    data = await export_customer(store, "subj-42", actor="test")
    dumped = json.dumps(data)
    assert data["customer"] == {"subject": "subj-42", "display_name": "Maija",
                                "first_seen": data["customer"]["first_seen"]}
    assert [c["id"] for c in data["conversations"]] == [old, new]
    first = data["conversations"][0]
    assert [m["text"] for m in first["messages"] if m["sender"] == "customer"] == [
        "bot question old", "my secret old"]
    assert "answer old" in [m["text"] for m in first["messages"]]
    assert first["feedback"]["rating"] == 4 and first["feedback"]["comment"] == "comment old"
    assert first["wrap_up_note"] == "note about old" and first["agent"] == "Anna"
    assert "not theirs" not in dumped and other_conv not in dumped
    assert any(a["action"] == "history.search" and a["object"] == "customer:subj-42" for a in data["audit"])
    exports = await store.audit_entries("customer:subj-42")
    assert exports[-1].action == "export_customer" and exports[-1].actor == "test" and exports[-1].allowed

    # After a purge the export still lists the old conversation, without its text.
    await purge(store, 30, actor="test")
    data = await export_customer(store, "subj-42", actor="test")
    assert data["conversations"][0]["messages"] == [] and data["conversations"][1]["messages"]


def _cli(hub: RunningHub, *args: str) -> subprocess.CompletedProcess[str]:
    base = [sys.executable, "-m", "service_hub.cli", "--data-dir", str(hub.config.data_dir)]
    if hub.config.database_url:
        base += ["--database-url", hub.config.database_url]
    return subprocess.run([*base, *args], capture_output=True, text=True, timeout=60)


async def test_purge_and_export_commands(hub: RunningHub, tmp_path) -> None:
    old, new = await _setup(hub)
    out = _cli(hub, "purge")
    assert out.returncode == 2 and "retention_days" in out.stderr, "no period configured: refuse"
    dry = _cli(hub, "purge", "--days", "30", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout.strip().splitlines()[-1])["conversations"] == 1
    assert await hub.hub.store.messages_after(old)
    real = _cli(hub, "purge", "--days", "30")
    assert real.returncode == 0, real.stderr
    assert json.loads(real.stdout.strip().splitlines()[-1])["dry_run"] is False
    assert await hub.hub.store.messages_after(old) == []
    audit = await hub.hub.store.audit_entries("retention:30d")
    assert [a.action for a in audit] == ["purge.dry_run", "purge"]
    assert all(a.actor.startswith("cli") for a in audit)

    target = tmp_path / "export.json"
    exp = _cli(hub, "export-customer", "subj-42", "--output", str(target))
    assert exp.returncode == 0, exp.stderr
    assert target.stat().st_mode & 0o077 == 0, "the export is readable by its owner only"
    data = json.loads(target.read_text())
    assert [c["id"] for c in data["conversations"]] == [old, new]
    assert "my secret new" in json.dumps(data)
    missing = _cli(hub, "export-customer", "nobody")
    assert missing.returncode == 1 and "no customer" in missing.stderr
    refused = [a for a in await hub.hub.store.audit_entries("customer:nobody")]
    assert refused and not refused[0].allowed
