"""Pure customer-client logic: no Qt, no sockets, no clock of its own (tests drive it)."""
