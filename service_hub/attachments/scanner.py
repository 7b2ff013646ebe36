"""ClamAV's ``clamd`` over its socket: the INSTREAM command (``man clamd``).

A file is sent in chunks, each prefixed by its length as a 4-byte big-endian
integer, ended by a zero length; clamd answers ``stream: OK``,
``stream: <signature> FOUND`` or ``... ERROR``. Written here rather than
taken from a client library: the one kept async client (aioclamd) speaks TCP
only and reads its buffer 1 KiB per thread hop, and the protocol is these few
lines. Anything but a clear OK or FOUND - no daemon, a timeout, an ERROR -
raises ``ScannerUnavailable``: a file nobody scanned is never let through.
"""

from __future__ import annotations

import asyncio
import struct
from dataclasses import dataclass

CHUNK = 256 * 1024


class ScannerUnavailable(Exception):
    """The scanner could not give a verdict."""


@dataclass(frozen=True)
class Verdict:
    clean: bool
    signature: str = ""  # what clamd found, when not clean


class ClamdScanner:
    """``address``: a Unix socket path, or ``host:port`` / ``tcp://host:port``."""

    def __init__(self, address: str, timeout_s: float = 30.0) -> None:
        self.address = address
        self.timeout_s = timeout_s

    async def _open(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        address = self.address.removeprefix("tcp://")
        if address.startswith(("/", "unix:")):
            return await asyncio.open_unix_connection(address.removeprefix("unix:"))
        host, _, port = address.rpartition(":")
        return await asyncio.open_connection(host or "127.0.0.1", int(port))

    async def scan(self, data: bytes) -> Verdict:
        try:
            return await asyncio.wait_for(self._instream(data), self.timeout_s)
        except (OSError, TimeoutError, ValueError, asyncio.IncompleteReadError) as exc:
            raise ScannerUnavailable(f"{type(exc).__name__}: {exc}") from None

    async def ping(self) -> bool:
        try:
            reader, writer = await asyncio.wait_for(self._open(), self.timeout_s)
        except (OSError, TimeoutError, ValueError):
            return False
        try:
            writer.write(b"zPING\0")
            await writer.drain()
            return (await asyncio.wait_for(reader.readuntil(b"\0"), self.timeout_s)) == b"PONG\0"
        except (OSError, TimeoutError, asyncio.IncompleteReadError):
            return False
        finally:
            writer.close()

    async def _instream(self, data: bytes) -> Verdict:
        reader, writer = await self._open()
        try:
            writer.write(b"zINSTREAM\0")
            for start in range(0, len(data), CHUNK):
                chunk = data[start:start + CHUNK]
                writer.write(struct.pack("!L", len(chunk)) + chunk)
                await writer.drain()
            writer.write(struct.pack("!L", 0))
            await writer.drain()
            answer = (await reader.readuntil(b"\0")).rstrip(b"\0").decode("utf-8", "replace")
        finally:
            writer.close()
        return parse_answer(answer)


def parse_answer(answer: str) -> Verdict:
    """``stream: OK`` -> clean; ``stream: <name> FOUND`` -> not; anything else cannot be trusted."""
    _, _, result = answer.partition(": ")
    if result == "OK":
        return Verdict(True)
    if result.endswith(" FOUND"):
        return Verdict(False, result.removesuffix(" FOUND"))
    raise ScannerUnavailable(f"clamd answered {answer[:200]!r}")
