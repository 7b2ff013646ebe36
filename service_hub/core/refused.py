"""The one way a handler refuses a frame."""

from __future__ import annotations


class Refused(Exception):
    """A frame the hub will not act on; becomes an error frame, never a crash."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
