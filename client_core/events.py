"""A plain-Python event: services announce changes, listeners (Qt adapters, tests) hear them.

The services under ``client_core``, ``agent_desktop.services`` and
``customer_client.services`` know no Qt; their thin QObject adapters connect an
``Event`` to a Qt signal's ``emit``. Listeners are held strongly until
``disconnect`` (a bound ``signal.emit`` is a temporary object a weak reference
would lose), and a failing listener is logged without stopping the others, as
the hub client does with its frame listeners.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVarTuple

log = logging.getLogger(__name__)

Args = TypeVarTuple("Args")


class Event(Generic[*Args]):
    def __init__(self, name: str = "event") -> None:
        self.name = name
        self._listeners: list[Callable[[*Args], Any]] = []

    def connect(self, listener: Callable[[*Args], Any]) -> None:
        self._listeners.append(listener)

    def disconnect(self, listener: Callable[[*Args], Any]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def emit(self, *args: *Args) -> None:
        for listener in list(self._listeners):
            try:
                listener(*args)
            except Exception:  # one broken view must not stop the others
                log.exception("listener of %s failed", self.name)
