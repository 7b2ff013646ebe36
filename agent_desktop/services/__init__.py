"""asyncio services (sign-in over HTTP); no Qt."""
