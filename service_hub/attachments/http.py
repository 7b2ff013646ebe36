"""The attachment routes (``hub_protocol.attachments`` describes them for clients).

An upload is refused before anything is stored unless: the sender takes part
in the conversation and it has not ended, the file is within the size limit,
clamd scanned it and found nothing (an unreachable scanner refuses; scanning
comes before any parser touches the bytes), and its content is an image or
PDF we accept. Then the file (an image re-encoded), its preview and the
message that shows it are written in one commit and the message is delivered
like any chat message. Refusals are audited, and so are supervisors' fetches.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import uuid
from typing import Any
from urllib.parse import quote

from aiohttp import web

from hub_protocol import attachments as wire
from hub_protocol import frames as p

from ..auth import AuthError, Identity
from ..core.refused import Refused
from ..store import attachments as files
from .content import Prepared, UnsupportedType, prepare
from .scanner import ClamdScanner, ScannerUnavailable

log = logging.getLogger(__name__)

SCANNER_KEY = web.AppKey("attachment scanner", ClamdScanner)
WORKER_KEY = web.AppKey("attachment worker", concurrent.futures.ThreadPoolExecutor)


class Refusal(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message

    def response(self) -> web.Response:
        return web.json_response({"error": self.code, "message": self.message}, status=wire.ERRORS[self.code])


def add_attachment_routes(app: web.Application, hub_key: web.AppKey[Any], auth_key: web.AppKey[Any]) -> None:
    async def identity(request: web.Request) -> Identity:
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            raise Refusal("not_signed_in", "Sign in first (Authorization: Bearer <token>).")
        try:
            return await request.app[auth_key].verify(header.removeprefix("Bearer ").strip())
        except AuthError as exc:
            raise Refusal("not_signed_in", exc.message) from None

    async def upload(request: web.Request) -> web.Response:
        hub = request.app[hub_key]
        try:
            ident = await identity(request)
            stored = await _upload(request, hub, ident)
        except Refusal as refusal:
            return refusal.response()
        info = stored.attachment or {}
        return web.json_response({"conversation_id": stored.conversation_id, "seq": stored.seq,
                                  "attachment": info}, status=201)

    async def fetch(request: web.Request, preview: bool) -> web.Response:
        hub = request.app[hub_key]
        try:
            ident = await identity(request)
        except Refusal as refusal:
            return refusal.response()
        found = await files.load(hub.store, request.match_info["attachment_id"], preview=preview)
        if found is None:
            return Refusal("not_found", "There is no such file.").response()
        action = "attachment.preview" if preview else "attachment.fetch"
        if not await hub.parts.access.may_fetch_file(ident, found.conversation_id, action):
            return Refusal("forbidden", "That file is not from your conversation.").response()
        disposition = "inline" if preview else "attachment"
        return web.Response(body=found.content, content_type=found.mime, headers={
            "Content-Disposition": f"{disposition}; filename*=UTF-8''{quote(found.name, safe='')}",
            "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store",
        })

    async def fetch_file(request: web.Request) -> web.Response:
        return await fetch(request, preview=False)

    async def fetch_preview(request: web.Request) -> web.Response:
        return await fetch(request, preview=True)

    async def on_cleanup(app: web.Application) -> None:
        app[WORKER_KEY].shutdown(wait=False, cancel_futures=True)

    config = app[hub_key].config
    app[SCANNER_KEY] = ClamdScanner(config.clamd_address, config.clamd_timeout_s)
    # One thread: pdfium is not thread-safe, and one upload's decoding must not take every core.
    app[WORKER_KEY] = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="attachments")
    app.on_cleanup.append(on_cleanup)
    app.router.add_post("/api/conversations/{conversation_id}/attachments", upload)
    app.router.add_get("/api/attachments/{attachment_id}", fetch_file)
    app.router.add_get("/api/attachments/{attachment_id}/preview", fetch_preview)


async def _upload(request: web.Request, hub: Any, ident: Identity) -> Any:
    conv_id = request.match_info["conversation_id"]
    try:
        live = await hub.parts.access.conversation_for(ident, conv_id, "attachment.upload", guests=True)
    except Refused as exc:
        raise Refusal("forbidden", exc.message) from None
    if live.state == "ended":
        raise Refusal("conversation_ended", "This conversation has ended.")
    client_id = (request.headers.get(wire.CLIENT_ID_HEADER) or uuid.uuid4().hex)[:64]
    name = wire.decode_name(request.headers.get(wire.NAME_HEADER, ""))
    sender = ident.role
    sender_name = (ident.display_name if sender == "customer"
                   else hub.roster.agents[int(ident.user_id)].display_name)
    if await files.known_upload(hub.store, conv_id, ident.ref, client_id):
        stored, _ = await hub.store.append_message(conv_id, sender=sender, sender_ref=ident.ref,
                                                   sender_name=sender_name, text=name, client_msg_id=client_id)
        return stored  # the same message again: the resend is answered, nothing stored twice
    raw = await _read_limited(request, hub.config.attachment_max_bytes)
    prepared = await _checked(request, hub, ident, conv_id, raw)
    info = p.AttachmentInfo(id=uuid.uuid4().hex, kind=prepared.kind, name=name, mime=prepared.mime,  # type: ignore[arg-type]
                            size=len(prepared.data), width=prepared.width, height=prepared.height,
                            pages=prepared.pages).model_dump()
    written = hub.store.transact_future(files.insert_op({
        "id": info["id"], "conversation_id": conv_id, "uploader_ref": ident.ref, "client_msg_id": client_id,
        "kind": prepared.kind, "mime": prepared.mime, "name": name, "size": len(prepared.data),
        "sha256": prepared.sha256, "data": prepared.data, "preview": prepared.preview, "info": info,
        "created_at": hub.parts.state.clock(),
    }))
    message = hub.store.message_future(conv_id, sender=sender, sender_ref=ident.ref, sender_name=sender_name,
                                       text=name, client_msg_id=client_id, unless_refused=written,
                                       attachment=info)
    await written
    stored, _ = await message
    await hub.store.audit(ident.ref, "attachment.upload", f"conversation:{conv_id}", allowed=True,
                          detail=f"{info['id']} {prepared.kind} {len(prepared.data)} bytes")
    await hub.parts.delivery.deliver_message(live, stored)
    return stored


async def _read_limited(request: web.Request, limit: int) -> bytes:
    if request.content_length is not None and request.content_length > limit:
        raise Refusal("too_large", f"Files are limited to {limit // (1024 * 1024)} MB.")
    chunks, size = [], 0
    async for chunk in request.content.iter_chunked(64 * 1024):
        size += len(chunk)
        if size > limit:
            raise Refusal("too_large", f"Files are limited to {limit // (1024 * 1024)} MB.")
        chunks.append(chunk)
    if not size:
        raise Refusal("unsupported_type", "The file is empty.")
    return b"".join(chunks)


async def _checked(request: web.Request, hub: Any, ident: Identity, conv_id: str, raw: bytes) -> Prepared:
    """Scanned first (before a parser sees the bytes), then typed and cleaned."""
    ref = f"conversation:{conv_id}"
    try:
        verdict = await request.app[SCANNER_KEY].scan(raw)
    except ScannerUnavailable as exc:
        log.error("virus scanner unavailable, upload refused: %s", exc)
        await hub.store.audit(ident.ref, "attachment.upload", ref, allowed=False, detail="scanner unavailable")
        raise Refusal("scanner_unavailable",
                      "Files cannot be checked for viruses right now, so none are accepted.") from None
    if not verdict.clean:
        log.warning("upload by %s refused: %s", ident.ref, verdict.signature)
        await hub.store.audit(ident.ref, "attachment.upload", ref, allowed=False,
                              detail=f"infected: {verdict.signature}"[:1000])
        raise Refusal("infected", "The file contains a virus or malware and was not sent.")
    try:
        return await asyncio.get_running_loop().run_in_executor(request.app[WORKER_KEY], prepare, raw)
    except UnsupportedType as exc:
        await hub.store.audit(ident.ref, "attachment.upload", ref, allowed=False, detail=f"type: {exc}")
        raise Refusal("unsupported_type", "Only pictures (PNG, JPEG, WebP) and PDF files can be sent.") from None
