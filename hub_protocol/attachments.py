"""Attachments over HTTP beside the WebSocket (a frame is at most 64 KiB).

Both apps send a file with the same token they signed in with::

    POST /api/conversations/<conversation id>/attachments
    Authorization: Bearer <token>
    X-File-Name: <the file's name, percent-encoded UTF-8>   (shown, never trusted)
    X-Client-Msg-Id: <id>                                    (a resend stores it once)
    body: the file's bytes

The hub scans the bytes (ClamAV), decides the type from the content (a PNG,
JPEG or WebP image, or a PDF), re-encodes an image without its metadata,
makes a preview (an image's thumbnail, a PDF's first page), stores it and
posts it in the conversation as a ``chat.message`` with ``attachment`` set.
It answers ``201 {"conversation_id", "seq", "attachment": AttachmentInfo}``
or an error ``{"error": code, "message"}`` with one of ``ERRORS``.

    GET /api/attachments/<id>            the stored file
    GET /api/attachments/<id>/preview    a PNG preview (at most PREVIEW_PX on a side)

Only the conversation's parties fetch them (the customer, the expert serving
it or who served it, an invited colleague); supervisors too, audited.
"""

from __future__ import annotations

from urllib.parse import quote, unquote, urlsplit, urlunsplit

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024  # the hub's default; its setting may lower it
PREVIEW_PX = 320
NAME_HEADER = "X-File-Name"
CLIENT_ID_HEADER = "X-Client-Msg-Id"

# error code -> HTTP status
ERRORS = {
    "not_signed_in": 401,
    "forbidden": 403,
    "not_found": 404,
    "conversation_ended": 409,
    "too_large": 413,
    "unsupported_type": 415,
    "infected": 422,
    "scanner_unavailable": 503,
}


def upload_path(conversation_id: str) -> str:
    return f"/api/conversations/{quote(conversation_id, safe='')}/attachments"


def file_path(attachment_id: str, *, preview: bool = False) -> str:
    path = f"/api/attachments/{quote(attachment_id, safe='')}"
    return path + "/preview" if preview else path


def http_base(hub_url: str) -> str:
    """``ws://host:port/ws`` -> ``http://host:port`` (wss -> https)."""
    parts = urlsplit(hub_url)
    scheme = {"ws": "http", "wss": "https"}.get(parts.scheme, parts.scheme)
    return urlunsplit((scheme, parts.netloc, "", "", ""))


def encode_name(name: str) -> str:
    return quote(name, safe="")


def decode_name(header: str) -> str:
    """The sender's file name as shown: no path, no control characters, at most 120 characters."""
    name = unquote(header).replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    return name[:120] or "attachment"
