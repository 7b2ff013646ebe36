"""asyncio services of the customer client (no Qt): device probes, the pre-session check."""
