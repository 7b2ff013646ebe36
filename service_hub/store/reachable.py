"""A database the hub cannot open, said in one sentence for the operator."""

from __future__ import annotations

import sqlite3

from sqlalchemy.engine import make_url
from sqlalchemy.exc import InterfaceError, OperationalError

# What opening an unreachable, refusing or missing database raises (the
# drivers' own errors come wrapped by SQLAlchemy).
DATABASE_UNREACHABLE: tuple[type[BaseException], ...] = (
    OSError, TimeoutError, OperationalError, InterfaceError, sqlite3.OperationalError,
)


class DatabaseUnreachable(Exception):
    """The database could not be opened; the message is the operator's sentence."""


def database_problem(url: str, exc: BaseException) -> str:
    """"cannot open the database at <url without password>: <reason>", and what to check."""
    shown = make_url(url).render_as_string(hide_password=True)
    reason = str(getattr(exc, "orig", None) or exc).splitlines()[0] if str(exc) else type(exc).__name__
    if shown.startswith("sqlite"):
        hint = "check that the data directory exists and is writable"
    else:
        hint = "check that PostgreSQL runs there and that database_url (or --database-url) is right"
    return f"cannot open the database at {shown}: {reason[:300]}; {hint}."
