"""A TCP load balancer on 127.0.0.1, as an agency puts in front of its hub
processes (HAProxy, nginx stream, a cloud balancer): each new connection goes
to the next backend in turn that accepts it. A draining hub has closed its
listening socket, so it is skipped at once; its clients' reconnects land on
the others. Used by the rolling-upgrade drill (tests and bench/upgrade.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools


class Balancer:
    def __init__(self, backend_ports: list[int]) -> None:
        self.backends = list(backend_ports)
        self._turn = itertools.count()
        self._server: asyncio.Server | None = None
        self._pipes: set[asyncio.Task[None]] = set()
        self.port = 0
        self.refused = 0  # connections no backend accepted

    async def start(self) -> int:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self.port

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        for task in list(self._pipes):
            task.cancel()
        await asyncio.gather(*self._pipes, return_exceptions=True)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        first = next(self._turn)
        for i in range(len(self.backends)):
            port = self.backends[(first + i) % len(self.backends)]
            try:
                up_reader, up_writer = await asyncio.open_connection("127.0.0.1", port)
            except OSError:
                continue
            self._pipe(reader, up_writer)
            self._pipe(up_reader, writer)
            return
        self.refused += 1
        writer.close()

    def _pipe(self, source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
        async def copy() -> None:
            try:
                while data := await source.read(65536):
                    sink.write(data)
                    await sink.drain()
            except (ConnectionError, OSError):
                pass
            finally:
                with contextlib.suppress(Exception):
                    sink.close()

        task = asyncio.create_task(copy())
        self._pipes.add(task)
        task.add_done_callback(self._pipes.discard)
