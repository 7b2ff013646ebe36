"""The conversation layer both apps share (no Qt): transcript, early frames, the call.

- ``transcript``: one conversation's messages in the hub's seq order, own
  messages pending until the hub stores them, replays and echoes applied once.
- ``early``: frames that overtook what they belong to (kept, bounded, replayed).
- ``call``: a conversation's video call over the hub's signaling.

System event codes are the wire package's ``hub_protocol.events``.
"""
