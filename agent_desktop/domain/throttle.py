"""Typing notifications (the shared rules in ``client_core.conversation.typing``)."""

from client_core.conversation.typing import Expiry, Throttle

__all__ = ["Expiry", "Throttle"]
