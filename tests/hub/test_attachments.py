"""Attachments against a real hub (SQLite and PostgreSQL) and a real clamd:
an image and a PDF both ways, the size limit, the type from the content,
EICAR refused, an unreachable scanner refusing, a resend stored once, and
who may fetch a file (the parties, supervisors audited, nobody else)."""

from __future__ import annotations

import base64
import io
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import func, select

from client_core.attachments import AttachmentClient, AttachmentError
from hub_protocol import frames as p
from service_hub.auth import hash_password
from service_hub.export import export_customer
from service_hub.retention import purge
from service_hub.store.models import Attachment, utcnow
from tests.attachment_files import eicar, executable, pdf_document, photo_with_metadata
from tests.hubkit import FrameLog, RunningHub, hub_config, start_hub, stop_hub

SKILLS = {"languages": {"fi": 5, "sv": 4, "en": 5}, "channels": ["chat", "video"]}
LIMIT = 2 * 1024 * 1024


@pytest.fixture
async def hub(tmp_path: Path, database_url: str, clamd_socket: str) -> Any:
    running = await start_hub(hub_config(tmp_path, database_url, clamd_address=clamd_socket,
                                         attachment_max_bytes=LIMIT))
    yield running
    for client in running.clients:
        await client.close()
    await stop_hub(running)


async def _people(hub: RunningHub) -> dict[str, Any]:
    store = hub.hub.store
    for name, supervisor in (("anna", False), ("bert", False), ("sofia", True)):
        await store.add_agent(name, name.title(), hash_password("correct horse"), SKILLS, is_supervisor=supervisor)
    people: dict[str, Any] = {}
    for name in ("anna", "bert", "sofia"):
        token = await hub.agent_token(name)
        client = await hub.client(token)
        people[name] = (client, FrameLog(client), AttachmentClient(hub.ws_url, token))
    for subject, name in (("cust-1", "Maija Meikäläinen"), ("cust-2", "Otto Outsider")):
        token = hub.customer_token(subject, name)
        client = await hub.client(token)
        people[subject] = (client, FrameLog(client), AttachmentClient(hub.ws_url, token))
    anna, anna_log, _ = people["anna"]
    customer = people["cust-1"][0]
    await anna.request(p.SetAgentState(state="available"))
    conv = (await customer.request(p.ChatStart())).conversation_id
    await customer.request(p.HandoffRequest(conversation_id=conv))
    offer = await anna_log.wait_for(p.Offer, conversation_id=conv)
    await anna.request(p.OfferAccept(offer_id=offer.offer_id))
    await anna_log.wait_for(p.ConversationAssigned, conversation_id=conv)
    people["conv"] = conv
    return people


async def _stored_files(hub: RunningHub) -> int:
    async with hub.hub.store.engine.connect() as conn:
        return (await conn.execute(select(func.count()).select_from(Attachment))).scalar_one()


async def test_image_and_pdf_both_ways(hub: RunningHub) -> None:
    people = await _people(hub)
    conv = people["conv"]
    _, anna_log, anna_files = people["anna"]
    _, customer_log, customer_files = people["cust-1"]

    # The customer's photo: the expert gets the message, the stored file has no metadata.
    raw = photo_with_metadata()
    info = await customer_files.upload(conv, "vuokrasopimus.jpg", raw)
    assert (info.kind, info.mime, info.name) == ("image", "image/jpeg", "vuokrasopimus.jpg")
    assert (info.width, info.height) == (480, 640)  # turned upright by its EXIF orientation
    shown = await anna_log.wait_for(p.ChatMessage, conversation_id=conv, text="vuokrasopimus.jpg")
    assert shown.attachment == info and shown.sender == "customer"
    kept = await anna_files.fetch(info.id)
    assert kept[:3] == b"\xff\xd8\xff" and len(kept) == info.size
    for secret in (b"PhoneMaker", b"SpyPhone", b"secret editing note", b"Exif"):
        assert secret in raw and secret not in kept
    assert not Image.open(io.BytesIO(kept)).getexif()
    preview = Image.open(io.BytesIO(await anna_files.fetch(info.id, preview=True)))
    assert preview.format == "PNG" and max(preview.size) <= 320

    # The expert's PDF: to the customer, with its first page as a preview.
    document = pdf_document(pages=3)
    sent = await anna_files.upload(conv, "päätös.pdf", document)
    assert (sent.kind, sent.pages, sent.size) == ("pdf", 3, len(document))
    arrived = await customer_log.wait_for(p.ChatMessage, conversation_id=conv, text="päätös.pdf")
    assert arrived.attachment == sent and arrived.sender == "agent"
    assert await customer_files.fetch(sent.id) == document
    first_page = Image.open(io.BytesIO(await customer_files.fetch(sent.id, preview=True)))
    assert max(first_page.size) == 320 and first_page.size[1] > first_page.size[0]  # A4, upright

    # In the transcript for later (replay, history) like any message.
    stored = await hub.hub.store.messages_after(conv, 0)
    assert [m.attachment["id"] for m in stored if m.attachment] == [info.id, sent.id]
    assert await _stored_files(hub) == 2


async def test_refusals(hub: RunningHub, tmp_path: Path) -> None:
    people = await _people(hub)
    conv = people["conv"]
    customer_files = people["cust-1"][2]
    _, anna_log, _ = people["anna"]

    async def refused(name: str, data: bytes) -> str:
        with pytest.raises(AttachmentError) as caught:
            await customer_files.upload(conv, name, data)
        return caught.value.code

    # A file within the client's own check but over this hub's limit.
    assert await refused("big.pdf", pdf_document() + bytes(LIMIT)) == "too_large"
    # The name says PDF or picture; the content decides.
    assert await refused("vuokrasopimus.pdf", executable()) == "unsupported_type"
    assert await refused("kuva.jpg", b"just some text, not a picture") == "unsupported_type"
    assert await refused("kuva.png", photo_with_metadata()[:2000]) == "unsupported_type"  # cut short
    # The EICAR test file: clamd finds it, whatever it is called.
    assert await refused("liite.pdf", eicar()) == "infected"
    assert await _stored_files(hub) == 0
    assert not [f for f in anna_log.frames if isinstance(f, p.ChatMessage) and f.attachment]
    audit = [a for a in await hub.hub.store.audit_entries() if a.action == "attachment.upload"]
    assert any("Eicar-Test-Signature" in a.detail and not a.allowed for a in audit)

    # A resend (same client id, the answer was lost) is stored once.
    first = await customer_files.upload(conv, "kuva.jpg", photo_with_metadata(), client_msg_id="retry-1")
    again = await customer_files.upload(conv, "kuva.jpg", photo_with_metadata(), client_msg_id="retry-1")
    assert again == first and await _stored_files(hub) == 1


async def test_an_unreachable_scanner_refuses_uploads(tmp_path: Path, database_url: str) -> None:
    running = await start_hub(hub_config(tmp_path, database_url, clamd_address=str(tmp_path / "no-clamd.sock")))
    try:
        people = await _people(running)
        with pytest.raises(AttachmentError) as caught:
            await people["cust-1"][2].upload(people["conv"], "kuva.jpg", photo_with_metadata())
        assert caught.value.code == "scanner_unavailable"
        assert await _stored_files(running) == 0
    finally:
        for client in running.clients:
            await client.close()
        await stop_hub(running)


async def test_only_parties_and_audited_supervisors_fetch(hub: RunningHub) -> None:
    people = await _people(hub)
    conv = people["conv"]
    info = await people["cust-1"][2].upload(conv, "vuokrasopimus.jpg", photo_with_metadata())
    for outsider in ("bert", "cust-2"):
        files = people[outsider][2]
        for preview in (False, True):
            with pytest.raises(AttachmentError) as caught:
                await files.fetch(info.id, preview=preview)
            assert caught.value.code == "forbidden"
        with pytest.raises(AttachmentError) as caught:
            await files.upload(conv, "x.jpg", photo_with_metadata())
        assert caught.value.code == "forbidden"
    assert await people["sofia"][2].fetch(info.id)  # a supervisor: allowed, audited
    audit = [a for a in await hub.hub.store.audit_entries() if a.object_ref == f"conversation:{conv}"]
    sofia = next(a for a in audit if a.action == "attachment.fetch" and a.allowed)
    assert sofia.actor.startswith("agent:") and sofia.detail == "supervisor"
    refused = {(a.actor, a.action) for a in audit if not a.allowed}
    assert ("customer:cust-2", "attachment.fetch") in refused and ("customer:cust-2", "attachment.upload") in refused
    # After the end: still the customer's and the expert's who served it.
    anna = people["anna"][0]
    await anna.request(p.ConversationEnd(conversation_id=conv))
    assert await people["cust-1"][2].fetch(info.id)
    assert await people["anna"][2].fetch(info.id)
    with pytest.raises(AttachmentError) as ended:
        await people["cust-1"][2].upload(conv, "late.jpg", photo_with_metadata())
    assert ended.value.code in ("conversation_ended", "forbidden")


async def test_files_follow_export_and_retention(hub: RunningHub) -> None:
    people = await _people(hub)
    conv = people["conv"]
    files = people["cust-1"][2]
    info = await files.upload(conv, "vuokrasopimus.pdf", pdf_document())
    kept = await files.fetch(info.id)
    await people["anna"][0].request(p.ConversationEnd(conversation_id=conv))

    # The customer's own data: the file as stored, and the message that showed it.
    export = await export_customer(hub.hub.store, "cust-1", actor="test")
    (exported,) = [c for c in export["conversations"] if c["id"] == conv]
    (entry,) = exported["attachments"]
    assert (entry["id"], entry["name"], entry["sent_by"]) == (info.id, "vuokrasopimus.pdf", "customer")
    assert base64.b64decode(entry["content_base64"]) == kept
    assert any(m.get("attachment", {}).get("id") == info.id for m in exported["messages"])

    # Retention: the file goes with the transcript.
    await hub.hub.store.update_conversation(conv, ended_at=utcnow() - timedelta(days=40))
    report = await purge(hub.hub.store, 30, actor="test")
    assert report.attachments == 1 and await _stored_files(hub) == 0
    with pytest.raises(AttachmentError) as gone:
        await files.fetch(info.id)
    assert gone.value.code == "not_found"
