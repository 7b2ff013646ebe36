"""Version skew: a client one protocol version older than the hub gets full
service, or - when the agency stops serving that version - a clear "please
update", never silent misbehaviour.

The old client is the real one: ``tests/compat/hub_client_v1.py`` and
``frames_v1.py`` are the connection code and protocol module as protocol 1
shipped, frozen. Its models refuse any field or frame type they do not know,
so every frame the hub sends it must be protocol 1's exact shape
(``hub_protocol/compat.py``); a frame it cannot read it logs and drops, and
the tests fail on any such log line.
"""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from hub_protocol import compat
from hub_protocol import frames as p
from tests.compat import frames_v1 as v1
from tests.compat import hub_client_v1
from tests.hubkit import FrameLog, RunningHub, hub_config, start_hub, stop_hub

V1_LOGGER = hub_client_v1.__name__


def _v1_client(hub: RunningHub, token: str) -> hub_client_v1.HubClient:
    client = hub_client_v1.HubClient(hub.ws_url, token, backoff_initial_s=0.05, backoff_max_s=0.5)
    hub.clients.append(client)  # type: ignore[arg-type]  # closed with the hub fixture
    return client


def _dropped_frames(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == V1_LOGGER and r.levelno >= logging.WARNING]


async def _v1_agent(hub: RunningHub, name: str) -> tuple[hub_client_v1.HubClient, FrameLog]:
    await hub.add_agent(name)
    agent = _v1_client(hub, await hub.agent_token(name))
    log = FrameLog(agent)  # type: ignore[arg-type]
    await agent.start()
    await agent.request(v1.SetAgentState(state="available"))
    return agent, log


async def test_a_protocol_1_customer_and_expert_get_full_service(
    hub: RunningHub, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=V1_LOGGER)
    agent, agent_log = await _v1_agent(hub, "anna")
    customer = _v1_client(hub, hub.customer_token("old-client", "Vanha Asiakas"))
    log = FrameLog(customer)  # type: ignore[arg-type]
    welcome = await customer.start()
    assert isinstance(welcome, v1.Welcome) and welcome.v == 1
    catalog = await customer.request(v1.ServicesQuery())
    assert isinstance(catalog, v1.ServicesCatalog) and catalog.services

    conv = (await customer.request(v1.ChatStart())).conversation_id
    await log.wait_for(v1.ChatMessage, conversation_id=conv, sender="bot")  # the greeting
    await customer.send_chat(conv, "Miten haen toimeentulotukea?", client_id="q1")
    await log.wait_for(v1.ChatMessage, conversation_id=conv, client_msg_id="q1")
    await customer.request(v1.HandoffRequest(conversation_id=conv))
    offer = await agent_log.wait_for(v1.Offer, conversation_id=conv)
    await agent.request(v1.OfferAccept(offer_id=offer.offer_id))
    assigned = await agent_log.wait_for(v1.ConversationAssigned, conversation_id=conv)
    assert "Miten haen toimeentulotukea?" in [m.text for m in assigned.messages]

    await agent.send(v1.Typing(conversation_id=conv))
    await log.wait_for(v1.TypingRelay, conversation_id=conv)
    await agent.send_chat(conv, "Hei, autan mielelläni.", client_id="a1")
    await log.wait_for(v1.ChatMessage, conversation_id=conv, client_msg_id="a1")
    # Dropped and back: the resume brings what was missed, once.
    assert customer._ws is not None
    await customer._ws.close()
    await agent.send_chat(conv, "Oletko vielä siellä?", client_id="a2")
    await log.wait_for(v1.ChatMessage, conversation_id=conv, client_msg_id="a2", timeout=10)
    await customer.send_chat(conv, "Olen, kiitos.", client_id="q2")
    await agent_log.wait_for(v1.ChatMessage, conversation_id=conv, client_msg_id="q2")

    await agent.request(v1.ConversationEnd(conversation_id=conv, wrap_up_code="resolved"))
    await log.wait_for(v1.FeedbackRequest, conversation_id=conv)
    await customer.request(v1.FeedbackSubmit(conversation_id=conv, rating=5, comment="Hyvä"))
    history = await agent.request(v1.HistorySearch(customer_ref="old-client"))
    assert [c.conversation_id for c in history.conversations] == [conv]

    seqs = [f.seq for f in log.of(v1.ChatMessage) if f.conversation_id == conv]
    assert len(seqs) == len(set(seqs)), "nothing twice"
    assert all(f.v == 1 for f in log.frames + agent_log.frames)
    assert _dropped_frames(caplog) == [], "the old client could not read what the hub sent"
    assert (await hub.hub.store.feedback(conv)).rating == 5


async def test_old_and_new_clients_in_one_conversation(hub: RunningHub, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger=V1_LOGGER)
    agent, agent_log = await _v1_agent(hub, "anna")
    customer = await hub.client(hub.customer_token("new-client", "Uusi Asiakas"))  # this version's client
    log = FrameLog(customer)
    conv = (await customer.request(p.ChatStart())).conversation_id
    await customer.request(p.HandoffRequest(conversation_id=conv))
    offer = await agent_log.wait_for(v1.Offer, conversation_id=conv)
    await agent.request(v1.OfferAccept(offer_id=offer.offer_id))
    await customer.send_chat(conv, "uusi kirjoittaa", client_id="n1")
    await agent_log.wait_for(v1.ChatMessage, conversation_id=conv, client_msg_id="n1")
    await agent.send_chat(conv, "vanha vastaa", client_id="o1")
    got = await log.wait_for(p.ChatMessage, conversation_id=conv, client_msg_id="o1")
    assert got.v == p.PROTOCOL_VERSION
    assert _dropped_frames(caplog) == []


async def test_a_version_no_longer_served_is_told_to_update_in_plain_words(tmp_path: Path, database_url: str) -> None:
    hub = await start_hub(hub_config(tmp_path, database_url, oldest_client_protocol=2))
    try:
        old = _v1_client(hub, hub.customer_token("old", "Old"))
        with pytest.raises(hub_client_v1.AuthRejected) as info:
            await old.start(timeout=5)
        assert info.value.code == "update_required"
        assert info.value.message == "This version of the program is too old for the service. Please update it."
        # It is told once, not retried in a loop (the old client stops at a refused sign-in).
        await asyncio.sleep(0.3)
        assert next(old.attempts) == 1
        # The close code says it too, for a client that reads only that.
        async with aiohttp.ClientSession() as session, session.ws_connect(hub.ws_url) as ws:
            await ws.send_str(v1.encode(v1.Hello(token=hub.customer_token("old", "Old"))))
            assert (await ws.receive(timeout=5)).json()["code"] == "update_required"
            await ws.receive(timeout=5)
            assert ws.close_code == 4010
        refused = [a for a in await hub.hub.store.audit_entries() if a.action == "sign_in" and not a.allowed]
        assert refused and all(a.detail == "protocol 1" for a in refused)
        assert (await hub.client(hub.customer_token("new", "New"))).welcome is not None  # this version: served
        for client in hub.clients:
            await client.close()
    finally:
        await stop_hub(hub)


def test_the_hub_refuses_a_setting_that_would_turn_every_client_away() -> None:
    with pytest.raises(ValueError, match="oldest_client_protocol"):
        hub_config(Path("/nonexistent"), oldest_client_protocol=p.PROTOCOL_VERSION + 1)


# ------------------------------------------------------------------ the shapes themselves


def _types(union: Any) -> dict[str, Any]:
    return {m.model_fields["type"].default: m for m in union.__origin__.__args__}


def _resolved(schema: Any, defs: dict[str, Any], depth: int = 0) -> Any:
    """A field's JSON schema with references inlined and names, titles and the extras policy left out."""
    if isinstance(schema, dict):
        if "$ref" in schema and depth < 8:
            return _resolved(defs[schema["$ref"].rsplit("/", 1)[-1]], defs, depth + 1)
        out = {k: _resolved(v, defs, depth) for k, v in schema.items()
               if k not in ("title", "description", "additionalProperties")}
        if isinstance(out.get("properties"), dict):  # a nested frame's version: compat sets it
            out["properties"].pop("v", None)
        return out
    if isinstance(schema, list):
        return [_resolved(v, defs, depth) for v in schema]
    return schema


def _fields(model: Any) -> tuple[dict[str, Any], set[str]]:
    schema = model.model_json_schema(mode="serialization")
    defs = schema.get("$defs", {})
    props = {k: _resolved(v, defs) for k, v in schema["properties"].items() if k != "v"}
    return props, set(schema.get("required", []))


def _v1_alternatives(shape: Any) -> Any:
    """An alternatives list as compat sends it to protocol 1: only the kinds it knew."""
    if isinstance(shape, dict):
        if set(shape.get("properties", {})) >= {"code", "kind"}:
            kind = shape["properties"]["kind"]
            return {**shape, "properties": {**shape["properties"], "kind": {
                **kind, "enum": [k for k in kind["enum"] if k in compat.V1_ALTERNATIVE_KINDS]}}}
        return {k: _v1_alternatives(v) for k, v in shape.items()}
    if isinstance(shape, list):
        return [_v1_alternatives(v) for v in shape]
    return shape


def _as_sent_to_v1(kind: str, name: str, shape: Any) -> Any:
    """A list of parts as compat.for_version writes it for protocol 1: the parts' newer
    fields left out (nested chat messages, and compat.V1_SERVER_PARTS)."""
    keep = (compat.V1_SERVER_FIELDS["chat.message"] if name == "messages"
            else compat.V1_SERVER_PARTS.get((kind, name)))
    if keep is None:
        return shape
    def trimmed(item: Any) -> Any:
        if not isinstance(item, dict) or "properties" not in item:
            return item
        return {**item, "properties": {k: v for k, v in item["properties"].items() if k in keep},
                **({"required": [r for r in item["required"] if r in keep]} if "required" in item else {})}
    if "items" in shape:
        return {**shape, "items": trimmed(shape["items"])}
    if "anyOf" in shape:
        return {**shape, "anyOf": [_as_sent_to_v1(kind, name, s) for s in shape["anyOf"]]}
    return shape


def _accepts(new: Any, old: Any) -> bool:
    """The new field takes every value protocol 1 sent: the same shape, or it made optional."""
    return new == old or (isinstance(new, dict) and old in new.get("anyOf", ()))


def test_the_hub_sends_protocol_1_clients_exactly_the_frames_protocol_1_had() -> None:
    old, new = _types(v1.ServerFrame), _types(p.ServerFrame)
    assert set(compat.V1_SERVER_FIELDS) == set(old), "compat.V1_SERVER_FIELDS is protocol 1's list, frozen"
    for kind, old_model in old.items():
        assert compat.V1_SERVER_FIELDS[kind] == set(old_model.model_fields), kind
        assert kind in new, f"{kind}: protocol 1 clients still need it"
        old_props, old_required = _fields(old_model)
        new_props, new_required = _fields(new[kind])
        for name, shape in old_props.items():
            if (kind, name) == ("handoff.status", "reason"):  # widened; compat maps the new reasons
                assert set(shape["enum"]) == compat.V1_HANDOFF_REASONS <= set(new_props[name]["enum"])
                for reason in new_props[name]["enum"]:
                    raw = p.encode(p.HandoffStatus(conversation_id="c", available=False, reason=reason))
                    assert json.loads(compat.for_version(raw, 1) or "{}")["reason"] in shape["enum"]
                continue
            if (kind, name) == ("history.results", "customer_ref"):  # optional now; compat sends ""
                assert _accepts(new_props[name], shape)
                raw = p.encode(p.HistoryResults(conversations=[]))
                assert json.loads(compat.for_version(raw, 1) or "{}")["customer_ref"] == ""
                continue
            assert _v1_alternatives(_as_sent_to_v1(kind, name, new_props.get(name))) == shape, (
                f"{kind}.{name} changed: a protocol 1 client refuses the new shape. Keep it, "
                "or send it only to newer clients (hub_protocol/compat.py) and raise PROTOCOL_VERSION")
        sent_always = {"customer_ref"} if kind == "history.results" else set()  # by compat, as above
        assert old_required <= new_required | sent_always | (set(old_props) - set(new_props)), kind
    for kind in set(new) - set(old):  # only for newer clients: compat drops them for protocol 1
        raw = p.encode(new[kind].model_construct(type=kind))
        assert compat.for_version(raw, 1) is None


def test_protocol_1_client_frames_are_still_accepted_as_they_were() -> None:
    old, new = _types(v1.ClientFrame), _types(p.ClientFrame)
    assert set(old) <= set(new)
    for kind, old_model in old.items():
        old_props, _ = _fields(old_model)
        new_props, new_required = _fields(new[kind])
        assert new_required <= set(old_props), f"{kind}: a field protocol 1 clients never send is required"
        for name, shape in old_props.items():
            assert new_props.get(name) is not None, f"{kind}.{name} is gone: protocol 1 clients send it"
            # The range of numbers the store can hold was narrowed on purpose (issue 21): accepted
            # values are a subset of protocol 1's, never different in kind.
            if name not in ("resume", "after_seq", "agent_id"):
                assert _accepts(new_props[name], shape), f"{kind}.{name} accepts other values than protocol 1 sent"


def test_protocol_1_clients_get_only_the_alternatives_they_know() -> None:
    web = p.AlternativeService(code="web_info", kind="web").model_dump()
    phone = p.AlternativeService(code="phone_fi", kind="phone").model_dump()
    status = p.HandoffStatus(conversation_id="c", available=False, reason="no_service", alternatives=[web, phone])
    sent = json.loads(compat.for_version(p.encode(status), 1) or "{}")
    assert [a["code"] for a in sent["alternatives"]] == ["phone_fi"] and sent["reason"] == "closed"
    v1.HandoffStatus.model_validate(sent)  # what a protocol 1 client parses
