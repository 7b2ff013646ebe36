"""Supervisors against a real hub (SQLite and PostgreSQL): the wallboard, silent
monitoring that the expert sees, whispers that never reach the customer (on the
customer's connection and in the store), take over, reassign with a consult
note, and setting an expert's state. Every action is audited."""

from __future__ import annotations

import json
from typing import Any

import pytest

from client_core.hub_client import HubClient, HubRequestError, new_client_id
from hub_protocol import frames as p
from service_hub.auth import hash_password
from service_hub.store.history import whispers_of
from tests.hubkit import FrameLog, RunningHub

SKILLS = {"languages": {"fi": 5, "sv": 4, "en": 5}, "channels": ["chat", "video"]}


class Raw:
    """Every frame a client receives, as text too: nothing may slip past a check."""

    def __init__(self, client: HubClient) -> None:
        self.log = FrameLog(client)

    def mentions(self, text: str) -> list[Any]:
        return [f for f in self.log.frames if text in f.model_dump_json()]


async def _people(hub: RunningHub) -> dict[str, Any]:
    store = hub.hub.store
    ids = {
        "anna": await store.add_agent("anna", "Anna", hash_password("correct horse"), SKILLS),
        "bert": await store.add_agent("bert", "Bert", hash_password("correct horse"), SKILLS),
        "sofia": await store.add_agent("sofia", "Sofia", hash_password("correct horse"), SKILLS,
                                       is_supervisor=True),
    }
    people: dict[str, Any] = {"ids": ids}
    for name in ("anna", "bert", "sofia"):
        client = await hub.client(await hub.agent_token(name))
        people[name] = (client, FrameLog(client))
    customer = await hub.client(hub.customer_token("cust-1", "Maija Meikäläinen"))
    people["customer"] = (customer, Raw(customer))
    return people


async def _served_by_anna(hub: RunningHub, people: dict[str, Any]) -> str:
    anna, anna_log = people["anna"]
    customer, _ = people["customer"]
    await anna.request(p.SetAgentState(state="available"))
    conv = (await customer.request(p.ChatStart())).conversation_id
    await customer.send_chat(conv, "Tarvitsen apua vuokran kanssa")
    await customer.request(p.HandoffRequest(conversation_id=conv))
    offer = await anna_log.wait_for(p.Offer, conversation_id=conv)
    await anna.request(p.OfferAccept(offer_id=offer.offer_id))
    await anna_log.wait_for(p.ConversationAssigned, conversation_id=conv)
    return conv


async def test_monitor_whisper_take_over(hub: RunningHub) -> None:
    people = await _people(hub)
    conv = await _served_by_anna(hub, people)
    anna, anna_log = people["anna"]
    sofia, sofia_log = people["sofia"]
    customer, customer_raw = people["customer"]

    # The wallboard: anna serving one customer, the queue tiles.
    await sofia.request(p.SupervisorWatch())
    board = await sofia_log.wait_for(p.Wallboard)
    tile = next(e for e in board.experts if e.display_name == "Anna")
    assert [c.conversation_id for c in tile.contacts] == [conv]
    assert tile.contacts[0].customer_name == "Maija Meikäläinen"
    assert any(q.queue.topic == "social_assistance" and q.queue.language == "fi" for q in board.queues)
    assert board.thresholds.service_level_s == 60

    # Silent monitoring: the transcript so far, then live; the expert sees who is viewing.
    await sofia.request(p.SupervisorMonitor(conversation_id=conv))
    opened = await sofia_log.wait_for(p.MonitorOpened, conversation_id=conv)
    assert opened.agent_name == "Anna" and "Tarvitsen apua vuokran kanssa" in [m.text for m in opened.messages]
    watching = await anna_log.wait_for(p.ConversationMonitoring, conversation_id=conv)
    assert watching.supervisors == ["Sofia"]
    await customer.send_chat(conv, "Onko siellä ketään?")
    await sofia_log.wait_for(p.ChatMessage, conversation_id=conv, text="Onko siellä ketään?")
    with pytest.raises(HubRequestError) as read_only:
        await sofia.request(p.ChatSend(id=new_client_id(), conversation_id=conv, text="I am only watching"))
    assert read_only.value.code == "forbidden"

    # A whisper: to anna (and the monitoring supervisor) only.
    secret = "Kysy myös vuokravakuudesta"
    await sofia.request(p.SupervisorWhisper(conversation_id=conv, text=secret))
    note = await anna_log.wait_for(p.WhisperNote, conversation_id=conv)
    assert (note.text, note.from_name) == (secret, "Sofia")
    await customer.send_chat(conv, "Kiitos")  # a later frame: anything sent before it has arrived
    await anna_log.wait_for(p.ChatMessage, conversation_id=conv, text="Kiitos")
    assert customer_raw.mentions(secret) == []
    stored = await hub.hub.store.messages_after(conv, 0)
    assert all(secret not in m.text for m in stored)
    assert [(w.text, name) for w, name in await whispers_of(hub.hub.store, conv)] == [(secret, "Sofia")]

    # Take over: the conversation is sofia's at once; anna's ends for her.
    await sofia.request(p.SupervisorTakeOver(conversation_id=conv))
    assigned = await sofia_log.wait_for(p.ConversationAssigned, conversation_id=conv)
    assert "Onko siellä ketään?" in [m.text for m in assigned.messages]
    await anna_log.wait_for(p.ConversationStatus, conversation_id=conv, state="ended")
    await customer_raw.log.wait_for(p.ChatMessage, conversation_id=conv, text="joined:Sofia")
    await sofia.send_chat(conv, "Hei, jatkan tästä")
    await customer_raw.log.wait_for(p.ChatMessage, conversation_id=conv, text="Hei, jatkan tästä")
    with pytest.raises(HubRequestError) as gone:
        await anna.request(p.ChatSend(id=new_client_id(), conversation_id=conv, text="Still mine?"))
    assert gone.value.code == "forbidden"
    conv_row = await hub.hub.store.conversation(conv)
    assert conv_row is not None and conv_row.agent_id == people["ids"]["sofia"]

    actions = {a.action for a in await hub.hub.store.audit_entries() if a.actor == f"agent:{people['ids']['sofia']}"}
    assert {"supervisor.watch", "supervisor.monitor", "supervisor.whisper", "supervisor.take_over"} <= actions


async def test_reassign_with_consult_note_and_set_state(hub: RunningHub) -> None:
    people = await _people(hub)
    conv = await _served_by_anna(hub, people)
    anna, anna_log = people["anna"]
    bert, bert_log = people["bert"]
    sofia, _ = people["sofia"]
    customer, customer_raw = people["customer"]
    await bert.request(p.SetAgentState(state="available"))

    consult = "Vuokrarästit: soita asuntotoimistoon"
    await sofia.request(p.SupervisorReassign(conversation_id=conv, agent_id=people["ids"]["bert"], note=consult))
    offer = await bert_log.wait_for(p.Offer, conversation_id=conv)
    # Bert reads the note and the conversation before accepting.
    assert offer.context["transfer_notes"] == [consult] and offer.transferred_by == "Sofia"
    assert "Tarvitsen apua vuokran kanssa" in [m.text for m in offer.messages]
    await anna_log.wait_for(p.ConversationStatus, conversation_id=conv, state="ended")
    await bert.request(p.OfferAccept(offer_id=offer.offer_id))
    await customer_raw.log.wait_for(p.ChatMessage, conversation_id=conv, text="joined:Bert")
    assert customer_raw.mentions(consult) == []  # the consult note is for experts only

    # Setting an expert's state: anna away, as if she had chosen it.
    await sofia.request(p.SupervisorAgentState(agent_id=people["ids"]["anna"], state="away"))
    status = await anna_log.wait_for(p.AgentStatus, state="away", reason="supervisor")
    assert status.state == "away"
    assert hub.hub.router.agent_state(str(people["ids"]["anna"])).value == "away"
    audit = [a for a in await hub.hub.store.audit_entries() if a.action.startswith("supervisor.")]
    assert {a.action for a in audit} == {"supervisor.reassign", "supervisor.agent_state"}
    assert all(a.allowed for a in audit)

    # Experts are not supervisors: refused and audited.
    with pytest.raises(HubRequestError) as refused:
        await anna.request(p.SupervisorWatch())
    assert refused.value.code == "forbidden"
    refusals = [a for a in await hub.hub.store.audit_entries() if not a.allowed]
    assert any(a.action == "supervisor.watch" and a.actor == f"agent:{people['ids']['anna']}" for a in refusals)
    json.dumps([a.detail for a in audit])  # details are plain text
