"""Which failures of a group commit one write caused, and how to log them.

The writer commits many clients' writes in one transaction. When that
transaction fails because of what one write carried (a value the database
refuses, a row that is not there), the batch is run again in halves until
the write that fails is alone: it fails its own sender, the rest commit.
When the database itself is unreachable or busy, running the halves would
only multiply the wait: every write of the batch fails at once, as before.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

_ENVIRONMENT: tuple[type[BaseException], ...] = (
    OperationalError, InterfaceError, sqlite3.OperationalError, sqlite3.InterfaceError, OSError, TimeoutError,
)
try:  # the writer's driver on PostgreSQL; its own errors come out of the pipelined statements unwrapped
    import psycopg

    _ENVIRONMENT += (psycopg.OperationalError, psycopg.InterfaceError)
except ImportError:  # pragma: no cover - installed with the hub
    pass


def one_write_may_be_at_fault(exc: BaseException) -> bool:
    """True unless ``exc`` says the database (not a write) is the trouble."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return False
    return not isinstance(exc, _ENVIRONMENT)


def describe(exc: BaseException) -> str:
    """The error's kind and the database's own sentence, never the statement's
    parameters (SQLAlchemy's message lists them: customers' text)."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    sentence = str(orig).splitlines()[0] if str(orig) else ""
    return f"{type(orig).__name__}: {sentence[:200]}"
