"""What the hub and both desktop programs agree on, and the only server code clients import.

- ``frames``: the wire protocol (typed frames, versions, limits, parsing).
- ``events``: the codes the hub writes into system chat messages, parsed once.
- ``report``: the trial report's shape, as the hub serves it and the desktop reads it.
- ``precheck_meter``: how both ends of the pre-session network check count bytes.
- ``ice``: the one rule for which interfaces WebRTC may use (loopback for the demo).

Nothing here imports ``service_hub`` or a client package; import contracts
(``pyproject.toml``, ``[tool.importlinter]``) keep it that way.
"""
