"""Sending and fetching a conversation's files over the hub's HTTP side (no Qt).

Both apps use it with the token their hub connection signed in with; the
routes, limits and error codes are ``hub_protocol.attachments``. A refusal
arrives as ``AttachmentError`` with the hub's code (``too_large``,
``unsupported_type``, ``infected``, ``scanner_unavailable``, ``forbidden``,
...) or ``unreachable``; the apps turn each code into their own words.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp

from hub_protocol import attachments as wire
from hub_protocol import frames as p

TokenSource = Callable[[], Awaitable[str]]


class AttachmentError(Exception):
    def __init__(self, code: str, message: str = "") -> None:
        super().__init__(f"{code}: {message}" if message else code)
        self.code = code
        self.message = message


class AttachmentClient:
    def __init__(self, hub_url: str, token: str | TokenSource, *, timeout_s: float = 120.0) -> None:
        self.base = wire.http_base(hub_url)
        self._token = token
        self.timeout_s = timeout_s

    async def _headers(self) -> dict[str, str]:
        token = self._token if isinstance(self._token, str) else await self._token()
        return {"Authorization": f"Bearer {token}"}

    async def upload(self, conversation_id: str, name: str, data: bytes,
                     client_msg_id: str | None = None) -> p.AttachmentInfo:
        """Send ``data``; the hub posts it in the conversation. The same
        ``client_msg_id`` again (a retry) is stored once."""
        if len(data) > wire.MAX_ATTACHMENT_BYTES:  # the hub would refuse it after the upload
            raise AttachmentError("too_large")
        headers = {**await self._headers(), wire.NAME_HEADER: wire.encode_name(name),
                   wire.CLIENT_ID_HEADER: client_msg_id or uuid.uuid4().hex,
                   "Content-Type": "application/octet-stream"}
        body = await self._call("POST", wire.upload_path(conversation_id), headers, data=data)
        return p.AttachmentInfo(**body["attachment"])

    async def fetch(self, attachment_id: str, *, preview: bool = False) -> bytes:
        return await self._call("GET", wire.file_path(attachment_id, preview=preview), await self._headers())

    async def _call(self, method: str, path: str, headers: dict[str, str], data: bytes | None = None) -> Any:
        try:
            async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.timeout_s)) as http, \
                    http.request(method, self.base + path, headers=headers, data=data) as resp:
                if resp.status in (200, 201):
                    return await (resp.json() if method == "POST" else resp.read())
                try:
                    error = await resp.json(content_type=None)
                except ValueError:
                    error = {}
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            raise AttachmentError("unreachable", str(exc) or type(exc).__name__) from None
        if not isinstance(error, dict):
            error = {}
        raise AttachmentError(str(error.get("error", resp.status)), str(error.get("message", "")))
