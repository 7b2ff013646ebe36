"""A request to the hub from the desk's services, answered in the background.

A refusal or an unreachable hub is told through ``failed`` (code, message) and
gives None; the caller never handles the exceptions itself.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from client_core.events import Event
from client_core.hub_client import HubClient, HubRequestError
from client_core.tasks import TaskSet


def request_in_background(client: HubClient, tasks: TaskSet, failed: Event[str, str], frame: Any,
                          on_done: Callable[[Any], None] | None = None) -> asyncio.Future[Any]:
    async def run() -> Any:
        try:
            result = await client.request(frame)
        except HubRequestError as exc:
            failed.emit(exc.code, exc.message)
            return None
        except (TimeoutError, ConnectionError) as exc:
            failed.emit("unreachable", str(exc))
            return None
        if on_done is not None:
            on_done(result)
        return result

    return tasks.spawn(run())
