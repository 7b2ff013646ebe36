"""asyncio services of the customer client, no Qt: the customer's visit (``customer_visit``),
device probes and the pre-session check."""
