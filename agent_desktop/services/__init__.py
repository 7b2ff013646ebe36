"""asyncio services, no Qt: the expert's desk at the hub (``agent_desk``, ``desk_frames``),
sign-in over HTTP (``login``), the trial metrics (``metrics_client``)."""
